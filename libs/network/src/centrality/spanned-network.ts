import { subNetworkOfParts, type IndexedNetwork, type ProjectionWindow } from '@actorgraph/graph';
import { forEachIndexInTurns } from './in-turns';

/**
 * Links read for several windows at once (readSpans), one group per initiating node: link `k` goes from `source` to
 * `targets[k]`, over the span of the projection relationship it comes from, given with whether the link is undirected
 * as one number (`spans[k]`, {@link spanCode}: one number decoded instead of three, at a million links); a window's
 * network is the links whose span meets it.
 */
export interface SpannedLinks<Node = string> {
  readonly source: Node;
  readonly targets: readonly Node[];
  readonly weights: readonly number[];
  readonly spans: readonly number[];
}

/** A link's span (periods as numbers, {@link periodNumber}) and whether it is undirected. */
export interface LinkSpan {
  readonly start: number;
  readonly end: number;
  readonly undirected: boolean;
}

/**
 * A span and direction as one number, as the spans statements (projection-spans-*.cypher) compute it:
 * `(start × 10⁶ + end) × 2 + (undirected ? 1 : 0)` — exact in a double for every period number (at most 999912).
 */
export function spanCode(span: LinkSpan): number {
  return (span.start * 1e6 + span.end) * 2 + (span.undirected ? 1 : 0);
}

/** The span and direction {@link spanCode} gave as `code`. */
export function decodeSpan(code: number): LinkSpan {
  return { start: spanStart(code), end: spanEnd(code), undirected: code % 2 === 1 };
}

// Each part of a code on its own: a million links decoded without an object each.
const spanStart = (code: number) => Math.floor(code / 2e6);
const spanEnd = (code: number) => Math.floor(code / 2) % 1e6;

/**
 * Links of a read over several windows, as columns: link `i` joins node `sources[i]` to node `targets[i]` (indexes into
 * the read's `nodes`) over the span `starts[i]`–`ends[i]`. A pair comes once per kind and period. Columns, not a link
 * object each: at a million interactions the read is a million links, and objects cost seconds of allocation and
 * garbage collection.
 */
export interface SpannedColumns {
  readonly sources: Uint32Array;
  readonly targets: Uint32Array;
  readonly weights: Float64Array;
  readonly undirected: Uint8Array;
  readonly starts: Uint32Array;
  readonly ends: Uint32Array;
  /**
   * The links that last past the part's starts (end at or after the next part's first start), in index order: the
   * only ones a window after the part's starts can take from it.
   */
  readonly outlasting: Uint32Array;
}

/**
 * A read of the projection over several windows (readSpans), in parts by the period its links start in, so that the
 * first windows are computed while the next part is read: part `k` holds the links that start from `partStarts[k]` up
 * to the next part's start (part 0 also those that start earlier: their spans reach into the range). Every link is in
 * exactly one part, and a window needs only the parts that start by its end.
 */
export interface SpannedRead {
  /** Actor ids, as the parts' columns number them; the list grows as parts arrive (a number never changes). */
  readonly nodes: readonly string[];
  /** Each actor's name, by id (rankings break ties by name); grows with `nodes`. */
  readonly names: ReadonlyMap<string, string>;
  /** The first period of each part's starts, as a number ({@link periodNumber}); ascending. */
  readonly partStarts: readonly number[];
  /** Part `k`'s links, once read (parts are read in order). */
  part(k: number): Promise<SpannedColumns>;
}

/**
 * At most this many parts to a windowed read: each part costs Neo4j a statement and the API a pass over the parts
 * before it per window, and a dozen already let the first windows be computed while the rest is read.
 */
const MAX_READ_PARTS = 12;

/**
 * Where a windowed read's parts start: at the windows' first periods (so a window waits only for the parts that start
 * by its end), at most {@link MAX_READ_PARTS} of them spread evenly, the first the earliest.
 */
export function readParts(windowStarts: readonly string[]): string[] {
  const starts = [...new Set(windowStarts)].sort();
  const step = Math.max(1, starts.length / MAX_READ_PARTS);
  return Array.from({ length: Math.min(starts.length, MAX_READ_PARTS) }, (_, k) => starts[Math.floor(k * step)]!);
}

/** The part of a read a link that starts in `period` is in: the last that starts by it (part 0 for anything earlier). */
export function partOf(partStarts: readonly number[], period: number): number {
  return Math.max(
    0,
    partStarts.findLastIndex((start) => start <= period),
  );
}

/** A month or year as a number in the same order as its text within one level: '2025' → 2025, '2025-08' → 202508. */
export function periodNumber(period: string): number {
  return Number(period.replace('-', ''));
}

/**
 * Links as columns, each node numbered by `index` (the caller's order: a part's new actors by id after those of the
 * parts before, so that the worker's sort finds a window's nodes nearly sorted); a link with an end the index lacks
 * (not an actor) is left out. `nextPartStart`: where the next part's starts begin, for `outlasting`.
 */
export async function spannedColumns<Node>(
  groups: readonly SpannedLinks<Node>[],
  index: ReadonlyMap<Node, number>,
  nextPartStart = Infinity,
): Promise<SpannedColumns> {
  const size = groups.reduce((sum, group) => sum + group.targets.length, 0);
  const columns = {
    sources: new Uint32Array(size),
    targets: new Uint32Array(size),
    weights: new Float64Array(size),
    undirected: new Uint8Array(size),
    starts: new Uint32Array(size),
    ends: new Uint32Array(size),
  };
  const outlasting: number[] = [];
  let i = 0;
  await forEachIndexInTurns(groups.length, (g) => {
    const group = groups[g]!;
    const source = index.get(group.source);
    if (source === undefined) return;
    for (let k = 0; k < group.targets.length; k += 1) {
      const target = index.get(group.targets[k]!);
      if (target === undefined) continue;
      const code = group.spans[k]!;
      columns.sources[i] = source;
      columns.targets[i] = target;
      columns.weights[i] = group.weights[k]!;
      columns.undirected[i] = code % 2;
      columns.starts[i] = spanStart(code);
      columns.ends[i] = spanEnd(code);
      if (columns.ends[i]! >= nextPartStart) outlasting.push(i);
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
    outlasting: Uint32Array.from(outlasting),
  };
}

/**
 * One window's network from a read over several: the links whose span meets the window (self-loops left out), from
 * the parts that start by its end (awaited), and only the nodes they join, in the read's order. A link read several
 * times stays several links here: the worker merges them (canonicalNetwork).
 */
export async function windowNetwork(read: SpannedRead, window: ProjectionWindow): Promise<IndexedNetwork> {
  const [from, to] = [periodNumber(window.from), periodNumber(window.to)];
  const last = partOf(read.partStarts, to);
  const parts = await Promise.all(Array.from({ length: last + 1 }, (_, k) => read.part(k)));
  // A part before the one the window starts in gives it only the links that outlast the part's starts.
  const first = partOf(read.partStarts, from);
  const kept = [];
  for (const [k, links] of parts.entries()) {
    const candidates = k < first ? links.outlasting : null;
    const inWindow: number[] = [];
    await forEachIndexInTurns(candidates ? candidates.length : links.weights.length, (c) => {
      const i = candidates ? candidates[c]! : c;
      if (links.starts[i]! <= to && links.ends[i]! >= from && links.sources[i] !== links.targets[i]) inWindow.push(i);
    });
    kept.push({ links, kept: inWindow });
  }
  return subNetworkOfParts(read.nodes, kept);
}
