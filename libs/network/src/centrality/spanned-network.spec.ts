import { networkLinks } from '@actorgraph/graph';
import { periodNumber, spannedColumns, windowNetwork, type SpannedLinks } from './spanned-network';

const names = new Map([
  ['a', 'A'],
  ['b', 'B'],
  ['c', 'C'],
]);

/** One link a group, spans given as 'YYYY' or 'YYYY–YYYY'. */
function group(source: string, target: string, weight: number, span: string, undirected = false): SpannedLinks {
  const [start, end = start] = span.split('–') as [string, string?];
  return {
    source,
    targets: [target],
    weights: [weight],
    undirected: [undirected],
    starts: [periodNumber(start)],
    ends: [periodNumber(end)],
  };
}

/** A read whose actors are a, b and c (in id order); anything else is not an actor. */
async function spanned(groups: SpannedLinks[]) {
  const nodes = ['a', 'b', 'c'];
  const columns = await spannedColumns(groups, new Map(nodes.map((id, k) => [id, k])));
  return { ...columns, nodes, names };
}

describe('a read over several windows', () => {
  it('orders periods as numbers as their text orders them', () => {
    expect(periodNumber('2025')).toBe(2025);
    expect(periodNumber('2025-08')).toBe(202508);
    expect(['2024-12', '2025-01', '2025-10'].map(periodNumber)).toEqual([202412, 202501, 202510]);
  });

  it('gives each window the links whose span meets it, and only the nodes they join, in id order', async () => {
    const read = await spanned([
      group('c', 'b', 1, '2023'),
      group('a', 'b', 2, '2022'),
      group('c', 'a', 4, '2021–2022', true),
      group('a', 'a', 9, '2022'),
    ]);
    const in2023 = await windowNetwork(read, { level: 'YEAR', from: '2023', to: '2023' });
    expect(in2023.nodes).toEqual(['b', 'c']);
    expect(networkLinks(in2023)).toEqual([{ source: 'c', target: 'b', weight: 1, undirected: false }]);
    const in2022 = await windowNetwork(read, { level: 'YEAR', from: '2022', to: '2022' });
    // The self-loop is left out, the link of 2021–2022 is in.
    expect(networkLinks(in2022)).toEqual([
      { source: 'a', target: 'b', weight: 2, undirected: false },
      { source: 'c', target: 'a', weight: 4, undirected: true },
    ]);
    const none = await windowNetwork(read, { level: 'YEAR', from: '2019', to: '2020' });
    expect(none.nodes).toEqual([]);
  });

  it('leaves out a link to what is not an actor (a place)', async () => {
    const read = await spanned([group('a', 'town', 5, '2022'), group('a', 'b', 1, '2022')]);
    expect(Array.from(read.weights)).toEqual([1]);
    const network = await windowNetwork(read, { level: 'YEAR', from: '2022', to: '2022' });
    expect(network.nodes).toEqual(['a', 'b']);
  });

  it('keeps a pair read several times (one row per kind) as several links, for the worker to merge', async () => {
    const read = await spanned([
      {
        source: 'a',
        targets: ['b', 'b'],
        weights: [1, 3],
        undirected: [false, false],
        starts: [2022, 2022],
        ends: [2022, 2022],
      },
    ]);
    const network = await windowNetwork(read, { level: 'YEAR', from: '2022', to: '2022' });
    expect(Array.from(network.weights)).toEqual([1, 3]);
  });
});
