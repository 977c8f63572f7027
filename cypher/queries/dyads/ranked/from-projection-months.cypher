// dyads(orderBy: CONFLICT | COOPERATION) at the ACTOR level from the projection's INTERACTED_MONTH relationships
// (docs/network.md), exact for filters on kinds, datasets and a window of whole periods.
// $where: kinds, datasets; $links: {modes}; $window: {from, to} (period keys; unused on totals); $orderBy: CONFLICT,
// COOPERATION or COUNT; $limit. Ranked by the order's count (quad3 + quad4, quad1 + quad2, or all), then count, ids.
// Returns what dyads returns (source, target, count, kinds, modes, first, last) plus quad1..quad4, goldsteinSum,
// goldsteinCount.
MATCH (s:Actor)-[r:INTERACTED_MONTH]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
WITH s, r, t
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
WITH s, t, sum(r.count) AS count, collect(DISTINCT r.kind) AS kinds, collect(DISTINCT r.mode) AS modes,
  min(r.firstKey) AS firstKey, max(r.lastKey) AS lastKey, sum(r.quad1) AS quad1, sum(r.quad2) AS quad2,
  sum(r.quad3) AS quad3, sum(r.quad4) AS quad4, sum(r.goldsteinSum) AS goldsteinSum,
  sum(r.goldsteinCount) AS goldsteinCount
WITH *, CASE $orderBy WHEN 'CONFLICT' THEN quad3 + quad4 WHEN 'COOPERATION' THEN quad1 + quad2 ELSE count END AS score
ORDER BY score DESC, count DESC, s.id, t.id
LIMIT $limit
RETURN s {.*} AS source, t {.*} AS target, count,
  COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds,
  COLLECT { UNWIND modes AS mode RETURN mode ORDER BY mode } AS modes,
  split(firstKey, ' ')[2] AS first, split(lastKey, ' ')[2] AS last,
  quad1, quad2, quad3, quad4, goldsteinSum, goldsteinCount
