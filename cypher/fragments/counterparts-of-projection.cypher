// Fragment: inside a per-actor CALL, after projection relationships `r` between the actor and another actor `other`
// (either direction) that match the window: the counterparts, from the relationships of the modes in $links.modes
// and of the filter's kinds and datasets. Returns counterparts as counterparts/by-actor.cypher does.
WITH other, r
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
WITH other, sum(r.count) AS shares, collect(DISTINCT r.kind) AS kinds, collect(DISTINCT r.mode) AS modes,
  min(r.firstKey) AS firstKey, max(r.lastKey) AS lastKey
ORDER BY shares DESC, split(lastKey, ' ')[0] DESC, other.name, other.id
LIMIT $limit
RETURN collect({
  actor: other {.*}, count: shares,
  kinds: COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind },
  modes: COLLECT { UNWIND modes AS mode RETURN mode ORDER BY mode },
  first: split(firstKey, ' ')[2], last: split(lastKey, ' ')[2]
}) AS counterparts
