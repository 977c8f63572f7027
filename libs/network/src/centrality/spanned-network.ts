import { subNetwork, type IndexedNetwork, type ProjectionWindow } from '@actorgraph/graph';
import { forEachIndexInTurns } from './in-turns';

/**
 * Links read for several windows at once (readSpans), one group per initiating node: link `k` goes from `source` to
 * `targets[k]`, over the span `starts[k]`–`ends[k]` of the projection relationship it comes from, in periods as
 * numbers ({@link periodNumber}); a window's network is the links whose span meets it.
 */
export interface SpannedLinks<Node = string> {
  readonly source: Node;
  readonly targets: readonly Node[];
  readonly weights: readonly number[];
  readonly undirected: readonly boolean[];
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/**
 * The links of a read over several windows, as columns: link `i` joins `nodes[sources[i]]` to `nodes[targets[i]]`
 * over the span `starts[i]`–`ends[i]`. A pair comes once per kind and period. Columns, not a link object each: at a
 * million interactions the read is a million links, and objects cost seconds of allocation and garbage collection.
 */
export interface SpannedNetwork {
  /** Actor ids. */
  readonly nodes: readonly string[];
  /** Each actor's name, by id (rankings break ties by name). */
  readonly names: ReadonlyMap<string, string>;
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  readonly undirected: Uint8Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
}

/** A month or year as a number in the same order as its text within one level: '2025' → 2025, '2025-08' → 202508. */
export function periodNumber(period: string): number {
  return Number(period.replace('-', ''));
}

/**
 * Links as columns, each node numbered by `index` (the caller's order: by id, so that every window's nodes come in id
 * order and the worker's sort finds them sorted); a link with an end the index lacks (not an actor) is left out.
 */
export async function spannedColumns<Node>(
  groups: readonly SpannedLinks<Node>[],
  index: ReadonlyMap<Node, number>,
): Promise<Omit<SpannedNetwork, 'nodes' | 'names'>> {
  const size = groups.reduce((sum, group) => sum + group.targets.length, 0);
  const columns = {
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
    starts: new Uint32Array(size),
    ends: new Uint32Array(size),
  };
  let i = 0;
  await forEachIndexInTurns(groups.length, (g) => {
    const group = groups[g]!;
    const source = index.get(group.source);
    if (source === undefined) return;
    for (let k = 0; k < group.targets.length; k += 1) {
      const target = index.get(group.targets[k]!);
      if (target === undefined) continue;
      columns.sources[i] = source;
      columns.targets[i] = target;
      columns.weights[i] = group.weights[k]!;
      columns.undirected[i] = group.undirected[k] ? 1 : 0;
      columns.starts[i] = group.starts[k]!;
      columns.ends[i] = group.ends[k]!;
      i += 1;
    }
  });
  return {
    sources: columns.sources.slice(0, i),
    targets: columns.targets.slice(0, i),
    weights: columns.weights.slice(0, i),
    undirected: columns.undirected.slice(0, i),
    starts: columns.starts.slice(0, i),
    ends: columns.ends.slice(0, i),
  };
}

/**
 * One window's network from a read over several: the links whose span meets the window (self-loops left out), and
 * only the nodes they join, in the read's order. A link read several times stays several links here: the worker
 * merges them (canonicalNetwork).
 */
export async function windowNetwork(spanned: SpannedNetwork, window: ProjectionWindow): Promise<IndexedNetwork> {
  const [from, to] = [periodNumber(window.from), periodNumber(window.to)];
  const kept: number[] = [];
  await forEachIndexInTurns(spanned.weights.length, (i) => {
    if (spanned.starts[i]! <= to && spanned.ends[i]! >= from && spanned.sources[i] !== spanned.targets[i]) kept.push(i);
  });
  return subNetwork(spanned, kept);
}
