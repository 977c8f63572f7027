import { parsePartialDate, isPartialDate } from '@actorgraph/graph';

/** `2017`, `01`, `05` → `2017-01-05` when that day exists, else null. */
export function isoDay(year: string, month: string, day: string): string | null {
  const date = parsePartialDate(`${year}-${month}-${day}`);
  return isPartialDate(date) && date.value.length === 10 ? date.start : null;
}

/** A number from a field: null when empty (or `NA`), undefined when it is not a number. */
export function optionalNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed === 'NA') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** `UNITED STATES` → `United States`: GDELT writes names in capitals. */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'(])(\p{L})/gu, (_m, lead: string, letter: string) => lead + letter.toUpperCase());
}
