/** The span keys of an interaction's year and month relationships in the projection. */
export interface InteractionPeriods {
  /** `INTERACTED_YEAR {start, end}`: the years of dateStart and dateEnd (`'2025'`). */
  readonly year: { readonly start: string; readonly end: string };
  /** `INTERACTED_MONTH {start, end}`: the months of dateStart and dateEnd (`'2025-08'`). */
  readonly month: { readonly start: string; readonly end: string };
}

/** Periods from the first and last day an interaction covers (`YYYY-MM-DD`). */
export function interactionPeriods(dateStart: string, dateEnd: string): InteractionPeriods {
  return {
    year: { start: dateStart.slice(0, 4), end: dateEnd.slice(0, 4) },
    month: { start: dateStart.slice(0, 7), end: dateEnd.slice(0, 7) },
  };
}

/**
 * The sort key of an interaction in time: `'<dateStart> <dateEnd> <date>'`. Keys order interactions by
 * (dateStart, dateEnd, date) — the space sorts before every character of a date — so the earliest and latest
 * of a pair are the min and max key, and `split(key, ' ')[2]` is the `date` as stored.
 */
export function interactionTimeKey(facts: { dateStart: string; dateEnd: string; date: string }): string {
  return `${facts.dateStart} ${facts.dateEnd} ${facts.date}`;
}

/** The `date` part of a time key. */
export function dateOfTimeKey(key: string): string {
  return key.split(' ')[2] ?? '';
}
