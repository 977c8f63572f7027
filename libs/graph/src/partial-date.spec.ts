import { DatePrecision } from './date-precision';
import { isPartialDate, parsePartialDate, type PartialDate } from './partial-date';

/** Parses a date the test expects to be valid, failing with the parser's reason otherwise. */
function parsed(text: string): PartialDate {
  const result = parsePartialDate(text);
  if (!isPartialDate(result)) throw new Error(`expected "${text}" to parse, got: ${result.error}`);
  return result;
}

/** The reason a date the test expects to be rejected was rejected. */
function rejection(text: string): string {
  const result = parsePartialDate(text);
  if (isPartialDate(result)) throw new Error(`expected "${text}" to be rejected, got ${JSON.stringify(result)}`);
  return result.error;
}

describe('parsePartialDate', () => {
  describe('a date known to the day', () => {
    it('covers exactly that day', () => {
      expect(parsed('2025-08-10')).toEqual({
        value: '2025-08-10',
        precision: DatePrecision.DAY,
        start: '2025-08-10',
        end: '2025-08-10',
      });
    });

    it('accepts 29 February in a leap year', () => {
      expect(parsed('2024-02-29')).toMatchObject({
        precision: DatePrecision.DAY,
        start: '2024-02-29',
        end: '2024-02-29',
      });
    });

    it('accepts the last day of a 31-day month', () => {
      expect(parsed('2025-12-31')).toMatchObject({ start: '2025-12-31', end: '2025-12-31' });
    });
  });

  describe('a date known to the month', () => {
    it('covers the month from its first to its last day', () => {
      expect(parsed('2025-08')).toEqual({
        value: '2025-08',
        precision: DatePrecision.MONTH,
        start: '2025-08-01',
        end: '2025-08-31',
      });
    });

    it('ends February on the 29th in a leap year', () => {
      expect(parsed('2024-02')).toMatchObject({ start: '2024-02-01', end: '2024-02-29' });
    });

    it('ends February on the 28th in a common year', () => {
      expect(parsed('2025-02')).toMatchObject({ start: '2025-02-01', end: '2025-02-28' });
    });

    it('ends February on the 28th in a century year that is not a leap year', () => {
      expect(parsed('1900-02')).toMatchObject({ end: '1900-02-28' });
    });

    it('ends 30-day months on the 30th', () => {
      expect(parsed('2025-04')).toMatchObject({ end: '2025-04-30' });
      expect(parsed('2025-11')).toMatchObject({ end: '2025-11-30' });
    });
  });

  describe('a date known to the year', () => {
    it('covers 1 January to 31 December', () => {
      expect(parsed('2025')).toEqual({
        value: '2025',
        precision: DatePrecision.YEAR,
        start: '2025-01-01',
        end: '2025-12-31',
      });
    });
  });

  describe('an impossible or malformed date', () => {
    it.each([
      ['2025-02-30', 'a 30 February'],
      ['2025-02-29', 'a 29 February in a common year'],
      ['2025-04-31', 'a 31st in a 30-day month'],
      ['2025-08-00', 'day zero'],
      ['2025-13', 'month 13'],
      ['2025-00', 'month zero'],
      ['2025-13-01', 'month 13 with a day'],
      ['10 August 2025', 'a date written out in words'],
      ['2025-8-10', 'a month without its leading zero'],
      ['2025-08-1', 'a day without its leading zero'],
      ['25-08-10', 'a two-digit year'],
      ['2025/08/10', 'slashes instead of hyphens'],
      ['2025-08-10T12:00:00Z', 'a timestamp'],
      ['', 'an empty string'],
      ['0999', 'an implausible year'],
    ])('rejects %s (%s) with a reason that names the value', (text) => {
      expect(rejection(text)).toContain(`"${text}"`);
    });

    it('says how many days the month has when the day does not exist', () => {
      expect(rejection('2025-02-30')).toMatch(/28 days/);
      expect(rejection('2024-02-30')).toMatch(/29 days/);
    });

    it('names the bad month when the month does not exist', () => {
      expect(rejection('2025-13')).toMatch(/month 13/);
    });

    it('describes the expected format when the text is not an ISO date at all', () => {
      expect(rejection('10 August 2025')).toMatch(/YYYY-MM-DD/);
    });
  });
});
