// egoNetwork, what the projection does not keep of the drawn interaction edges (edges/from-projection*), read only
// when a client selects it: each edge's interaction ids, oldest first, and its last day. An edge's interactions are
// found from its less busy end, then kept by the network pair rule (fragments/interaction-pairs) and the filter.
// $edges: [{id, source, target, mode, kind}]; $where: fragments/interaction-where; $links: {modes, genericActors};
// $idCap: the most interaction ids per edge.
// Returns one row per edge with interactions: id, interactionIds (at most $idCap), lastDay ('YYYY-MM-DD').
UNWIND $edges AS e
MATCH (a:Actor {id: e.source})
CALL (e) {
  MATCH (b:Actor {id: e.target})
  RETURN b
  UNION
  MATCH (b:Place {id: e.target})
  RETURN b
}
CALL (e, a, b) {
  WITH e, a, b
  WHERE COUNT { (a)-[:INITIATED]->() } <= COUNT { (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-() }
  MATCH (a)-[:INITIATED]->(i:Interaction {kind: e.kind})
  RETURN i
  UNION
  WITH e, a, b
  WHERE COUNT { (a)-[:INITIATED]->() } > COUNT { (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-() }
  MATCH (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction {kind: e.kind})
  RETURN i
}
WITH e, a, b, i
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH e, a, b, i, s, t, mode
WHERE s = a AND t = b AND mode = e.mode
WITH e, i ORDER BY i.dateStart, i.dateEnd, i.date, i.id
WITH e, collect(i.id) AS ids, max(i.dateEnd) AS lastDay
RETURN e.id AS id, ids[..$idCap] AS interactionIds, toString(lastDay) AS lastDay
