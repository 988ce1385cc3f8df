import y2024 from './data/2024.json'
import y2025 from './data/2025.json'
import y2026 from './data/2026.json'
import { buildCalendar, type HolidayYear, type WorkingDayCalendar } from './holiday-calendar.ts'

/** The holiday notices shipped as data; a new year is one more JSON file added here. */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [y2024, y2025, y2026]

/** China's working-day calendar for the shipped years (2024–2026). */
export const CHINA_CALENDAR: WorkingDayCalendar = buildCalendar(CHINA_HOLIDAY_YEARS)
