// Dyad.series / balance / reciprocity from the projection (docs/network.md): the INTERACTED_YEAR relationships between
// the dyad's two actors, in both directions, for the modes asked, the filter's kinds and datasets and the window.
// $sourceId, $targetId: the dyad; $where: kinds, datasets (the planner checked nothing else filters);
// $links: {modes}; $window: {from, to} (period keys, open sides '0000…'/'9999…').
// Returns one row per (direction, mode, start, end, kind): forward (true: source → target), mode, start, end, kind,
// count, quad1..quad4, goldsteinSum, goldsteinCount.
MATCH (s:Actor {id: $sourceId})-[r:INTERACTED_YEAR]-(t:Actor {id: $targetId})
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND r.start <= $window.to AND r.end >= $window.from
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
WITH startNode(r) = s AS forward, r
RETURN forward, r.mode AS mode, r.start AS start, r.end AS end, r.kind AS kind,
  sum(r.count) AS count, sum(r.quad1) AS quad1, sum(r.quad2) AS quad2, sum(r.quad3) AS quad3, sum(r.quad4) AS quad4,
  sum(r.goldsteinSum) AS goldsteinSum, sum(r.goldsteinCount) AS goldsteinCount
ORDER BY forward DESC, mode, start, end, kind
