/**
 * @module text: Chinese text normalisation shared by complaint analysis and content checks
 * (width, case, traditional → simplified, fillers between characters, counts as digits), with
 * offset maps back to the original text.
 */
export * from './mapped-text.ts'
export * from './normalize.ts'
export { parseChineseNumeral } from './chinese-numerals.ts'
