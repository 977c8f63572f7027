// Network: the projection relationships starting at the given actors, as stored (for `cli network check`).
// $ids: actor ids. Returns: level (type), source, target, mode, kind, dataset, start, end and the measures.
UNWIND $ids AS sourceId
MATCH (a:Actor {id: sourceId})-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->(b)
RETURN type(r) AS level, a.id AS source, b.id AS target, r.mode AS mode, r.kind AS kind, r.dataset AS dataset,
  r.start AS start, r.end AS end, r.count AS count, r.quad1 AS quad1, r.quad2 AS quad2, r.quad3 AS quad3,
  r.quad4 AS quad4, r.goldsteinSum AS goldsteinSum, r.goldsteinCount AS goldsteinCount, r.firstKey AS firstKey,
  r.lastKey AS lastKey, r.first AS first, r.last AS last
