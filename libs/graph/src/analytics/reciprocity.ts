/** A directed dyad against its reverse: who took the initiative. */
export interface Reciprocity {
  /** Directed interactions source → target (matching the filter). */
  readonly forward: number;
  /** Directed interactions target → source (the reverse direction). */
  readonly reverse: number;
  /** forward / (forward + reverse); null when both are 0 (e.g. a co-participation pair). */
  readonly sourceShare: number | null;
  /** reverse / (forward + reverse); null when both are 0. */
  readonly targetShare: number | null;
}

export function reciprocity(forward: number, reverse: number): Reciprocity {
  const total = forward + reverse;
  return {
    forward,
    reverse,
    sourceShare: total > 0 ? forward / total : null,
    targetShare: total > 0 ? reverse / total : null,
  };
}
