/** A debtor's counterparties and their contact details (masked), each with its lawful source and do-not-contact state. */
import { Badge } from '../../components/badge.tsx'
import { DataTable } from '../../components/data-table.tsx'
import type { Column } from '../../components/data-table.tsx'
import { useI18n } from '../../i18n/i18n-provider.tsx'
import { labelOf } from '../../i18n/label.ts'

/** One counterparty of the debtor view (names and values masked by the server). */
export interface CounterpartyRow {
  id: string
  role: string
  relation: string | null
  name: string | null
  points: { id: string; kind: string; value: string; source: string; doNotContact: boolean }[]
}

/** Lists the counterparties with one line per contact detail. */
export function CounterpartiesTable({ rows }: { rows: readonly CounterpartyRow[] }) {
  const i18n = useI18n()
  const { t } = i18n
  const columns: Column<CounterpartyRow>[] = [
    {
      key: 'role',
      header: t('collection.debtor.role'),
      render: (c) =>
        [labelOf(i18n, 'collection.role', c.role), c.relation, c.name].filter(Boolean).join(' · '),
    },
    {
      key: 'points',
      header: t('collection.contact.points'),
      render: (c) => (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {c.points.map((p) => (
            <li key={p.id}>
              {labelOf(i18n, 'collection.contact.kind', p.kind)} {p.value} ·{' '}
              {t('collection.contact.source', {
                source: labelOf(i18n, 'collection.contact.from', p.source),
              })}{' '}
              {p.doNotContact && <Badge tone="deny">{t('collection.contact.doNotContact')}</Badge>}
            </li>
          ))}
        </ul>
      ),
    },
  ]
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(c) => c.id}
      caption={t('collection.contact.title')}
    />
  )
}
