import { isPartialDate, parsePartialDate, type PartialDate } from '@actorgraph/graph';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function monthNumber(name: string): string | null {
  const folded = name.toLowerCase().replace(/\.$/, '');
  const index = MONTHS.findIndex((m) => m === folded || (folded.length >= 3 && m.startsWith(folded)));
  return index < 0 ? null : String(index + 1).padStart(2, '0');
}

const pad = (n: string) => n.padStart(2, '0');

/** The ISO form (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) of a date as tables write it, or null when not recognized. */
function isoForm(written: string): string | null {
  const text = written.trim();
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (m) return m[3] ? `${m[1]}-${pad(m[2]!)}-${pad(m[3])}` : `${m[1]}-${pad(m[2]!)}`;
  m = /^(\d{4})(\d{2})(\d{2})?(?:\.0+)?$/.exec(text); // SQLDATE 20170101 (pandas: 20170101.0), MonthYear 201701
  if (m) return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
  m = /^(\d{4})(?:\.0+)?$/.exec(text);
  if (m) return m[1]!;
  m = /^(\d{1,2})[ -]([A-Za-z]+\.?)[ -,]+(\d{4})$/.exec(text); // 15 January 2023, 15-Jan-2023
  if (m && monthNumber(m[2]!)) return `${m[3]}-${monthNumber(m[2]!)}-${pad(m[1]!)}`;
  m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(text); // January 15, 2023
  if (m && monthNumber(m[1]!)) return `${m[3]}-${monthNumber(m[1]!)}-${pad(m[2]!)}`;
  m = /^([A-Za-z]+\.?) (\d{4})$/.exec(text); // January 2023
  if (m && monthNumber(m[1]!)) return `${m[2]}-${monthNumber(m[1]!)}`;
  return null;
}

/**
 * A table's date as a partial date: ISO dates of any precision (with a time, which is dropped), `YYYYMMDD`
 * (GDELT's SQLDATE, also as pandas writes it, `20170101.0`), `15 January 2023` (ACLED) and `January 15, 2023`.
 * Slash dates (`01/02/2023`) are refused: day and month cannot be told apart. `precision` (day, month, year)
 * keeps only what is known (`2023-01-15` known to the month → `2023-01`).
 */
export function parseTableDate(written: string, precision: string | null): PartialDate | { error: string } {
  const iso = isoForm(written);
  if (!iso) {
    return { error: `unparsable date "${written}" (use YYYY-MM-DD, YYYYMMDD or "15 January 2023")` };
  }
  const cut = precision?.toUpperCase();
  const kept = cut === 'YEAR' ? iso.slice(0, 4) : cut === 'MONTH' ? iso.slice(0, 7) : iso;
  const date = parsePartialDate(kept);
  return isPartialDate(date) ? date : { error: `impossible date "${written}": ${date.error}` };
}
