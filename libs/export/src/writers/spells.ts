/** The day after `day` (YYYY-MM-DD), in UTC. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * Interactions' day spans merged into spells: overlapping or touching spans (one ends the day before the next
 * starts) become one, oldest first. Spans are `[firstDay, lastDay]`, inclusive.
 */
export function mergeSpells(spans: readonly (readonly [string, string])[]): [string, string][] {
  const sorted = [...spans].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1));
  const merged: [string, string][] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= nextDay(last[1])) {
      if (end > last[1]) last[1] = end;
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
