import type { CentralityScores } from './indexed-network';

/** A node's place in a centrality ranking. */
export interface RankedScore {
  readonly id: string;
  readonly score: number;
  /** 1 for the best; equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

/** Scores closer than this (relative) are ties: power iteration leaves noise in the last digits. */
const TIE = 1e-9;

const same = (a: number, b: number) => Math.abs(a - b) <= TIE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Best first, ties in the order of `tieBreak` (e.g. by name); ranks are competition ranks.
 * `first` keeps the top of the list.
 */
export function rankScores(
  scores: CentralityScores,
  first: number,
  tieBreak: (a: string, b: string) => number = (a, b) => (a < b ? -1 : a > b ? 1 : 0),
): RankedScore[] {
  const sorted = [...scores].sort(([a, x], [b, y]) => (same(x, y) ? tieBreak(a, b) : y - x));
  const ranked: RankedScore[] = [];
  for (const [i, [id, score]] of sorted.entries()) {
    if (i >= first) break;
    const previous = ranked[i - 1];
    ranked.push({ id, score, rank: previous && same(previous.score, score) ? previous.rank : i + 1 });
  }
  return ranked;
}

/** A ranking over scores aligned with node indexes: `order[k]` is the node in place k, `rank[k]` its rank. */
export interface RankedIndexes {
  readonly order: Uint32Array;
  readonly rank: Uint32Array;
}

/** {@link rankScores} over typed arrays (what a worker hands back): best first, ties by `tieBreak`. */
export function rankIndexes(scores: Float64Array, tieBreak: (a: number, b: number) => number): RankedIndexes {
  const order = Uint32Array.from(scores.keys()).sort((a, b) =>
    same(scores[a]!, scores[b]!) ? tieBreak(a, b) : scores[b]! - scores[a]!,
  );
  const rank = new Uint32Array(order.length);
  for (let k = 0; k < order.length; k += 1) {
    rank[k] = k > 0 && same(scores[order[k - 1]!]!, scores[order[k]!]!) ? rank[k - 1]! : k + 1;
  }
  return { order, rank };
}
