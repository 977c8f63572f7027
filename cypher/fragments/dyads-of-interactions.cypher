// Fragment: after candidate interactions `i`, the dyads of those matching $where: their network pairs (the pair
// rule, for the modes in $links.modes) between two actors, summed per (source, target) as stored (a
// co-participation pair from the lower id to the higher). An interaction counts once per mode it yields.
// $limit: how many dyads. Returns one row per dyad, most active first (count desc, then source id, target id):
// source, target (actor maps), count, kinds, modes (sorted), first, last (the `date` strings of the earliest and
// latest interaction by dateStart, dateEnd, date — docs/network.md's order).
WITH i
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH s, t, mode, i
WHERE t:Actor
ORDER BY i.dateStart, i.dateEnd, i.date
WITH s, t, count(*) AS count, collect(DISTINCT i.kind) AS kinds, collect(DISTINCT mode) AS modes, collect(i.date) AS dates
ORDER BY count DESC, s.id, t.id
LIMIT $limit
RETURN s {.*} AS source, t {.*} AS target, count,
  COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds,
  COLLECT { UNWIND modes AS mode RETURN mode ORDER BY mode } AS modes,
  dates[0] AS first, dates[-1] AS last
