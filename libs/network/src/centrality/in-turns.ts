/** How many items one turn of the event loop handles: a few milliseconds of work at most. */
const ITEMS_PER_TURN = 5_000;

/**
 * Calls `each` on every item, letting the event loop run between every few thousand, so a whole network read
 * for a centrality (700,000 links at 1M interactions) does not keep other requests waiting while it is indexed.
 */
export async function forEachInTurns<T>(items: readonly T[], each: (item: T) => void): Promise<void> {
  for (let i = 0; i < items.length; i += 1) {
    each(items[i]!);
    if ((i + 1) % ITEMS_PER_TURN === 0) await new Promise((resolve) => setImmediate(resolve));
  }
}
