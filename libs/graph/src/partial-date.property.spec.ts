import fc from 'fast-check';
import { isPartialDate, parsePartialDate } from './partial-date';

/** Strings shaped like dates (right and wrong) plus arbitrary text, so both branches get exercised. */
const dateLike = fc.oneof(
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.option(fc.integer({ min: 0, max: 13 })),
      fc.option(fc.integer({ min: 0, max: 32 })),
    )
    .map(([y, m, d]) =>
      [
        String(y).padStart(4, '0'),
        m === null ? null : String(m).padStart(2, '0'),
        m === null || d === null ? null : String(d).padStart(2, '0'),
      ]
        .filter((part) => part !== null)
        .join('-'),
    ),
);

describe('parsePartialDate, for any input', () => {
  it('returns a date whose span is real and ordered, or a reason quoting the input', () => {
    fc.assert(
      fc.property(dateLike, (text) => {
        const parsed = parsePartialDate(text);
        if (!isPartialDate(parsed)) {
          expect(parsed.error).toContain(`"${text}"`);
          return;
        }
        expect(parsed.value).toBe(text);
        expect(parsed.start <= parsed.end).toBe(true);
        for (const day of [parsed.start, parsed.end]) {
          // A real calendar day: Date round-trips it unchanged.
          expect(new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10)).toBe(day);
        }
        expect(parsed.start.startsWith(text) || text.length === 10).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
