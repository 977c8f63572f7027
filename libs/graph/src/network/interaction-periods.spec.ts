import { parsePartialDate, type PartialDate } from '../partial-date';
import { dateOfTimeKey, interactionPeriods, interactionTimeKey } from './interaction-periods';

const span = (date: string, until?: string) => {
  const d = parsePartialDate(date) as PartialDate;
  const u = until ? (parsePartialDate(until) as PartialDate) : d;
  return { date, dateStart: d.start, dateEnd: u.end };
};

describe('interaction periods and time keys', () => {
  it.each([
    ['2025-08-10', undefined, ['2025', '2025'], ['2025-08', '2025-08']],
    ['2025-08', undefined, ['2025', '2025'], ['2025-08', '2025-08']],
    ['2025', undefined, ['2025', '2025'], ['2025-01', '2025-12']],
    ['2022-03', '2022-05', ['2022', '2022'], ['2022-03', '2022-05']],
    ['2024-12-20', '2025-01-10', ['2024', '2025'], ['2024-12', '2025-01']],
  ])('%s until %s', (date, until, year, month) => {
    const s = span(date, until);
    const periods = interactionPeriods(s.dateStart, s.dateEnd);
    expect([periods.year.start, periods.year.end]).toEqual(year);
    expect([periods.month.start, periods.month.end]).toEqual(month);
  });

  it('orders by dateStart, then dateEnd, then the date as written', () => {
    const keys = [span('2025'), span('2025-08'), span('2025-08-01', '2025-08-31'), span('2025-08-01'), span('2024')]
      .map(interactionTimeKey)
      .sort();
    expect(keys.map(dateOfTimeKey)).toEqual(['2024', '2025', '2025-08-01', '2025-08', '2025-08-01']);
    expect(keys[2]).toBe('2025-08-01 2025-08-01 2025-08-01');
  });
});
