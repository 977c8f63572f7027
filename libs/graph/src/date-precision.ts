/** How exactly a date is known: `2025-08-10` (DAY), `2025-08` (MONTH) or `2025` (YEAR). */
export enum DatePrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
