/** The column migration 007 adds to the complaint desk's complaints (issue 8: the category filter). */
import './complaints.table.ts'

declare module './complaints.table.ts' {
  interface CdComplaintTable {
    /** The source's category (e.g. an import's `category` column); null for forms. */
    category?: string | null
  }
}
