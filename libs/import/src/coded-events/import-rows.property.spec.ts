import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGdeltEventRow, type GdeltLayout } from './gdelt-event-row';
import { mapGdeltEvent } from './gdelt-mapping';
import { parseGdeltMentionRow } from './gdelt-mention-row';
import { parseIcewsEventRow, parseIcewsHeader, type IcewsHeader } from './icews-event-row';
import { mapIcewsEvent } from './icews-mapping';
import { isRejection } from './import-records';

// Every line of a published file reaches one of these parsers: whatever it holds, the answer
// is a row (that maps to an event) or a rejection with a reason, never an exception.
const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');
const lines = (file: string) =>
  readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

const cell = fc.oneof(
  fc.string({ maxLength: 30, unit: 'binary' }),
  fc.constantFrom('', 'NA', '-', '0', '1e400', 'NaN', '99999999999999999999', '20171345', '999', '\\', '"'),
  fc.stringMatching(/^-?\d{1,10}(\.\d{1,6})?$/),
);

/** A real line with some cells replaced by arbitrary ones (tabs inside a cell shift the columns). */
function mutatedLine(good: string[]) {
  return fc
    .tuple(fc.constantFrom(...good), fc.array(fc.tuple(fc.nat(), cell), { minLength: 1, maxLength: 8 }))
    .map(([line, edits]) => {
      const cols = line.split('\t');
      for (const [at, value] of edits) cols[at % cols.length] = value;
      return cols.join('\t');
    });
}

function expectRowOrReason<T extends object>(parsed: T | { reason: string }, map: (row: T) => unknown): void {
  if (isRejection(parsed)) {
    expect(typeof parsed.reason).toBe('string');
    expect(parsed.reason.length).toBeGreaterThan(0);
  } else {
    expect(() => map(parsed)).not.toThrow();
  }
}

describe('coded event rows, for any line', () => {
  const layouts: [GdeltLayout, string][] = [
    ['gdelt2', 'gdelt-small.tsv'],
    ['gdelt1', 'gdelt1-small.tsv'],
  ];
  it.each(layouts)('a %s events line is a row that maps to an event, or a rejection', (layout, file) => {
    const good = lines(file);
    fc.assert(
      fc.property(fc.oneof(mutatedLine(good), fc.string({ maxLength: 400, unit: 'binary' })), (line) =>
        expectRowOrReason(parseGdeltEventRow(line, layout), mapGdeltEvent),
      ),
      { numRuns: 1500 },
    );
  });

  it('a GDELT mentions line is a row or a rejection', () => {
    const good = lines('gdelt-small.mentions.tsv');
    fc.assert(
      fc.property(fc.oneof(mutatedLine(good), fc.string({ maxLength: 200, unit: 'binary' })), (line) =>
        expectRowOrReason(parseGdeltMentionRow(line), () => undefined),
      ),
      { numRuns: 1500 },
    );
  });

  it('an ICEWS line is a row that maps to an event, or a rejection', () => {
    const [headerLine, ...good] = lines('icews-small.tsv');
    const header = parseIcewsHeader(headerLine!) as IcewsHeader;
    fc.assert(
      fc.property(fc.oneof(mutatedLine(good), fc.string({ maxLength: 400, unit: 'binary' })), (line) =>
        expectRowOrReason(parseIcewsEventRow(line, header), mapIcewsEvent),
      ),
      { numRuns: 1500 },
    );
  });

  it('any ICEWS header line gives column positions or the missing columns', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (line) => {
        const header = parseIcewsHeader(line);
        if ('missing' in header) expect(header.missing.length).toBeGreaterThan(0);
        else expect(header.columnCount).toBeGreaterThan(0);
      }),
    );
  });
});
