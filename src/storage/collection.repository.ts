/**
 * The collection repository: every query scoped by organisation. It implements the services'
 * ports (tickets, performed contacts, refusals, review queue) and the portfolio, agency and
 * collector reads and writes. The code lives in one file per aggregate, chained by inheritance
 * (tickets → contacts → requests → portfolio → staff) so that callers keep one object.
 */
import type {
  ContactStore,
  RefusalStore,
  ReviewQueue,
  TicketStore,
} from '../services/collection/ports.ts'
import { StaffRepository } from './collection-staff.repository.ts'

export type { PortfolioRows } from './collection-portfolio.repository.ts'

/** Collection data access for one database (or one transaction). */
export class CollectionRepository
  extends StaffRepository
  implements TicketStore, ContactStore, RefusalStore, ReviewQueue {}
