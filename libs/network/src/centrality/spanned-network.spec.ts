import { networkLinks } from '@actorgraph/graph';
import { decodeSpan, periodNumber, readParts, spanCode, windowNetwork, type SpannedLinks } from './spanned-network';
import { inMemorySpannedRead } from './spanned-read.fixture';

/** One link a group, spans given as 'YYYY' or 'YYYY–YYYY'. */
function group(source: string, target: string, weight: number, span: string, undirected = false): SpannedLinks {
  const [start, end = start] = span.split('–') as [string, string?];
  return {
    source,
    targets: [target],
    weights: [weight],
    spans: [spanCode({ start: periodNumber(start), end: periodNumber(end), undirected })],
  };
}

/** A read whose actors are a, b and c (in id order); anything else is not an actor. One part unless told. */
const spanned = (groups: SpannedLinks[], partStarts = ['2019']) =>
  inMemorySpannedRead(groups, ['a', 'b', 'c'], partStarts);

const year = (from: string, to = from) => ({ level: 'YEAR' as const, from, to });

describe('a read over several windows', () => {
  it('orders periods as numbers as their text orders them', () => {
    expect(periodNumber('2025')).toBe(2025);
    expect(periodNumber('2025-08')).toBe(202508);
    expect(['2024-12', '2025-01', '2025-10'].map(periodNumber)).toEqual([202412, 202501, 202510]);
  });

  it('gives a span and direction as one number, and back, for every year and month', () => {
    for (const [start, end] of [
      ['2025', '2025'],
      ['1990', '2031'],
      ['2024-12', '2025-01'],
      ['0001-01', '9999-12'],
    ] as const)
      for (const undirected of [false, true]) {
        const span = { start: periodNumber(start), end: periodNumber(end), undirected };
        expect(decodeSpan(spanCode(span))).toEqual(span);
      }
  });

  it('gives each window the links whose span meets it, and only the nodes they join, in id order', async () => {
    const read = spanned([
      group('c', 'b', 1, '2023'),
      group('a', 'b', 2, '2022'),
      group('c', 'a', 4, '2021–2022', true),
      group('a', 'a', 9, '2022'),
    ]);
    const in2023 = await windowNetwork(read, year('2023'));
    expect(in2023.nodes).toEqual(['b', 'c']);
    expect(networkLinks(in2023)).toEqual([{ source: 'c', target: 'b', weight: 1, undirected: false }]);
    const in2022 = await windowNetwork(read, year('2022'));
    // The self-loop is left out, the link of 2021–2022 is in.
    expect(networkLinks(in2022)).toEqual([
      { source: 'a', target: 'b', weight: 2, undirected: false },
      { source: 'c', target: 'a', weight: 4, undirected: true },
    ]);
    const none = await windowNetwork(read, year('2019', '2020'));
    expect(none.nodes).toEqual([]);
  });

  it('leaves out a link to what is not an actor (a place)', async () => {
    const read = spanned([group('a', 'town', 5, '2022'), group('a', 'b', 1, '2022')]);
    expect(Array.from((await read.part(0)).weights)).toEqual([1]);
    const network = await windowNetwork(read, year('2022'));
    expect(network.nodes).toEqual(['a', 'b']);
  });

  it('keeps a pair read several times (one row per kind) as several links, for the worker to merge', async () => {
    const read = spanned([
      {
        source: 'a',
        targets: ['b', 'b'],
        weights: [1, 3],
        spans: [2022, 2022].map((year) => spanCode({ start: year, end: year, undirected: false })),
      },
    ]);
    const network = await windowNetwork(read, year('2022'));
    expect(Array.from(network.weights)).toEqual([1, 3]);
  });

  describe('in parts by the period a link starts in', () => {
    const groups = [
      group('a', 'b', 1, '2020'),
      group('b', 'c', 2, '2019–2021'),
      group('c', 'a', 4, '2021'),
      group('a', 'c', 8, '2022'),
      group('b', 'a', 16, '2018–2022'),
    ];
    const weightsOf = async (read: ReturnType<typeof spanned>, from: string, to = from) =>
      networkLinks(await windowNetwork(read, year(from, to)))
        .map((link) => link.weight)
        .sort((x, y) => x - y);

    it('gives every window what one read gives it, a link that spans parts counted once in each window it meets', async () => {
      const whole = spanned(groups);
      const inParts = spanned(groups, ['2019', '2021', '2022']);
      for (const [from, to] of [['2019', '2022'], ['2019'], ['2020'], ['2021'], ['2022'], ['2020', '2021']] as const)
        expect(await weightsOf(inParts, from, to)).toEqual(await weightsOf(whole, from, to));
      expect(await weightsOf(inParts, '2019', '2022')).toEqual([1, 2, 4, 8, 16]);
      expect(await weightsOf(inParts, '2021')).toEqual([2, 4, 16]);
    });

    it('computes a window once the parts that start by its end are read, without waiting for the rest', async () => {
      const read = inMemorySpannedRead(groups, ['a', 'b', 'c'], ['2019', '2021', '2022'], [2]);
      expect(await weightsOf(read, '2020')).toEqual([1, 2, 16]);
      expect(read.asked).toEqual(new Set([0]));
      const later = weightsOf(read, '2019', '2022');
      await new Promise((resolve) => setImmediate(resolve));
      expect(read.asked).toEqual(new Set([0, 1, 2]));
      read.release(2);
      expect(await later).toEqual([1, 2, 4, 8, 16]);
    });

    it('starts parts at the windows’ first periods, at most twelve spread over them', () => {
      expect(readParts(['2016', '2015', '2015', '2017'])).toEqual(['2015', '2016', '2017']);
      const months = Array.from(
        { length: 120 },
        (_, k) => `${2015 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`,
      );
      const parts = readParts([...months].reverse());
      expect(parts).toHaveLength(12);
      expect(parts[0]).toBe('2015-01');
      expect(parts[1]).toBe('2015-11');
      expect([...parts].sort()).toEqual(parts);
    });
  });
});
