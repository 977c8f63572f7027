// Fragment: after projection relationships `r` from actor `s` to actor `t` that match the window, the dyads: the
// relationships of the modes in $links.modes and of the filter's kinds and datasets, summed per (s, t).
// Returns what dyads-of-interactions returns, from the projection's counts and first/last keys (docs/network.md).
WITH s, r, t
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
WITH s, t, sum(r.count) AS count, collect(DISTINCT r.kind) AS kinds, collect(DISTINCT r.mode) AS modes,
  min(r.firstKey) AS firstKey, max(r.lastKey) AS lastKey
ORDER BY count DESC, s.id, t.id
LIMIT $limit
RETURN s {.*} AS source, t {.*} AS target, count,
  COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds,
  COLLECT { UNWIND modes AS mode RETURN mode ORDER BY mode } AS modes,
  split(firstKey, ' ')[2] AS first, split(lastKey, ' ')[2] AS last
