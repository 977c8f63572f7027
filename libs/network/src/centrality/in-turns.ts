/** How many items one turn of the event loop handles: a few milliseconds of work at most. */
const ITEMS_PER_TURN = 5_000;

/**
 * Calls `each` on every index below `count`, letting the event loop run between every few thousand, so a whole
 * network read for a centrality (700,000 links at 1M interactions) does not keep other requests waiting while it
 * is indexed.
 */
export async function forEachIndexInTurns(count: number, each: (index: number) => void): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    each(i);
    if ((i + 1) % ITEMS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** {@link forEachIndexInTurns} over the items of an array. */
export function forEachInTurns<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
  return forEachIndexInTurns(items.length, (i) => each(items[i]!));
}
