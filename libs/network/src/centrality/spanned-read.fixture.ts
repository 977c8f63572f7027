import {
  decodeSpan,
  partOf,
  periodNumber,
  spannedColumns,
  type SpannedColumns,
  type SpannedLinks,
  type SpannedRead,
} from './spanned-network';

/**
 * For the specs: a windowed read held in memory, cut into parts as Neo4jNetworkSource.readSpans cuts it (part `k` the
 * links that start from `partStarts[k]` up to the next part's start, part 0 also those that start earlier). `nodes`
 * are the actors, in their numbering; a link to anything else is left out. `held`: parts handed out only when
 * `release` is called, to see what waits for them.
 */
export function inMemorySpannedRead(
  groups: readonly SpannedLinks[],
  nodes: readonly string[],
  partStarts: readonly string[],
  held: readonly number[] = [],
): SpannedRead & { release(k: number): void; asked: Set<number> } {
  const starts = partStarts.map(periodNumber);
  const index = new Map(nodes.map((id, k) => [id, k]));
  const releases = new Map<number, () => void>();
  const asked = new Set<number>();
  const part = async (k: number): Promise<SpannedColumns> => {
    asked.add(k);
    if (held.includes(k)) await new Promise<void>((resolve) => releases.set(k, resolve));
    const inPart = groups.map((group) => {
      const keep = group.spans.flatMap((code, i) => (partOf(starts, decodeSpan(code).start) === k ? [i] : []));
      const pick = <T>(values: readonly T[]) => keep.map((i) => values[i]!);
      return {
        source: group.source,
        targets: pick(group.targets),
        weights: pick(group.weights),
        spans: pick(group.spans),
      };
    });
    return spannedColumns(inPart, index, starts[k + 1] ?? Infinity);
  };
  return {
    nodes,
    names: new Map(nodes.map((id) => [id, id.toUpperCase()])),
    partStarts: starts,
    part,
    release: (k) => releases.get(k)?.(),
    asked,
  };
}
