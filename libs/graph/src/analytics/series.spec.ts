import { NetworkMode } from '../network';
import { aggregateDyads, directedCount, periodRowsOf, reverseOf, type InteractionPairFacts } from './dyad-aggregate';
import { compareDyads, DyadOrder } from './dyad-order';
import { Granularity, nextPeriod, periodDays, periodsBetween } from './granularity';
import { buildSeries, seriesWindow, totalBalance } from './series';
import { reciprocity } from './reciprocity';

const row = (start: string, end: string, kind: string, count: number, quad: 1 | 2 | 3 | 4) => ({
  start,
  end,
  kind,
  count,
  quad1: quad === 1 ? count : 0,
  quad2: quad === 2 ? count : 0,
  quad3: quad === 3 ? count : 0,
  quad4: quad === 4 ? count : 0,
  goldsteinSum: 0,
  goldsteinCount: 0,
});

describe('periods', () => {
  it('step over year ends and leap years', () => {
    expect(nextPeriod('2025-12', Granularity.MONTH)).toBe('2026-01');
    expect(periodsBetween('2022', '2025', Granularity.YEAR)).toEqual(['2022', '2023', '2024', '2025']);
    expect(periodsBetween('2024-11', '2025-02', Granularity.MONTH)).toEqual([
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
    ]);
    expect(periodDays('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
  });
});

describe('a series', () => {
  it('has a zero row for every empty period of the window', () => {
    const points = buildSeries(
      [row('2022', '2022', 'AID', 1, 2)],
      seriesWindow('2022-01-01', '2025-12-31', Granularity.YEAR),
      Granularity.YEAR,
    );
    expect(points.map((p) => [p.period, p.count])).toEqual([
      ['2022', 1],
      ['2023', 0],
      ['2024', 0],
      ['2025', 0],
    ]);
    expect(points[0]?.byKind).toEqual([{ kind: 'AID', count: 1 }]);
    expect(points[0]?.balance.materialCooperation).toBe(1);
    expect(points[1]?.balance.goldsteinMean).toBeNull();
  });

  it('counts a multi-period event in every period it overlaps, and the balance once', () => {
    const rows = [row('2025-01', '2025-12', 'CONCERN', 1, 3), row('2025-08', '2025-08', 'CALL', 2, 1)];
    const points = buildSeries(rows, seriesWindow('2025-07-01', '2025-08-31', Granularity.MONTH), Granularity.MONTH);
    expect(points.map((p) => [p.period, p.count])).toEqual([
      ['2025-07', 1],
      ['2025-08', 3],
    ]);
    expect(totalBalance(rows)).toMatchObject({ count: 3, verbalCooperation: 2, verbalConflict: 1, conflict: 1 });
  });

  it('takes an open window from the data, and gives nothing for nothing', () => {
    expect(
      buildSeries([row('2023', '2024', 'AID', 1, 2)], { from: null, to: null }, Granularity.YEAR).map((p) => p.period),
    ).toEqual(['2023', '2024']);
    expect(buildSeries([], { from: null, to: null }, Granularity.YEAR)).toEqual([]);
  });
});

const event = (
  id: string,
  pairs: [string, string, NetworkMode][],
  more: Partial<InteractionPairFacts> = {},
): InteractionPairFacts => ({
  id,
  kind: 'CALL',
  date: '2025-08-10',
  dateStart: '2025-08-10',
  dateEnd: '2025-08-10',
  pairs: pairs.map(([source, target, mode]) => ({ source, target, mode })),
  ...more,
});

describe('dyads of mapped endpoints', () => {
  const states: Record<string, string> = {
    'person:z': 'state:ukr',
    'person:t': 'state:kaz',
    'org:mfa-kaz': 'state:kaz',
  };
  const toState = (id: string) => states[id] ?? id;

  it('count an interaction once per state pair and mode, and drop pairs inside one state', () => {
    const dyads = aggregateDyads(
      [
        event('i1', [
          ['person:z', 'person:t', NetworkMode.DIRECTED],
          ['person:z', 'org:mfa-kaz', NetworkMode.DIRECTED],
        ]),
        event('i2', [['org:mfa-kaz', 'person:t', NetworkMode.DIRECTED]]),
        event('i3', [['person:t', 'person:z', NetworkMode.DIRECTED]], {
          kind: 'CONDEMNATION',
          cameo: '111',
          goldstein: -4,
        }),
      ],
      toState,
    );
    const forward = dyads.get('state:ukr\u0000state:kaz');
    expect(forward?.measures.count).toBe(1);
    expect(dyads.size).toBe(2);
    const back = reverseOf(dyads, forward!);
    expect(back?.measures).toMatchObject({ count: 1, quad3: 1, goldsteinSum: -4, goldsteinCount: 1 });
    expect(reciprocity(directedCount(forward), directedCount(back))).toEqual({
      forward: 1,
      reverse: 1,
      sourceShare: 0.5,
      targetShare: 0.5,
    });
    expect(periodRowsOf(back!, Granularity.MONTH)).toMatchObject([
      { start: '2025-08', end: '2025-08', kind: 'CONDEMNATION', count: 1 },
    ]);
  });

  it('reorder a co-participation pair after mapping, lower id first', () => {
    const dyads = aggregateDyads([event('i1', [['person:t', 'person:z', NetworkMode.CO_PARTICIPATION]])], (id) =>
      id === 'person:t' ? 'state:zz' : 'state:aa',
    );
    expect([...dyads.values()].map((d) => [d.sourceId, d.targetId])).toEqual([['state:aa', 'state:zz']]);
  });

  it('rank by conflict, then count, then ids', () => {
    const m = (count: number, conflict: number) => ({
      count,
      quad1: count - conflict,
      quad2: 0,
      quad3: conflict,
      quad4: 0,
      goldsteinSum: 0,
      goldsteinCount: 0,
    });
    const dyads = [
      { sourceId: 'a', targetId: 'b', measures: m(5, 0) },
      { sourceId: 'a', targetId: 'c', measures: m(2, 2) },
      { sourceId: 'a', targetId: 'd', measures: m(3, 2) },
    ];
    expect([...dyads].sort(compareDyads(DyadOrder.CONFLICT)).map((d) => d.targetId)).toEqual(['d', 'c', 'b']);
    expect([...dyads].sort(compareDyads(DyadOrder.COUNT)).map((d) => d.targetId)).toEqual(['b', 'd', 'c']);
  });
});
