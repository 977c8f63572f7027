// egoNetwork, what the projection does not keep of the drawn interaction edges (edges/from-projection*), read only
// when a client selects it: each edge's interaction ids, oldest first. An edge's interactions are looked for among
// at most $edgeSample matching interactions of its kind at its less busy end (`cut`: that end had more, and the ids
// are those found among them), then kept by the network pair rule (fragments/interaction-pairs).
// $edges: [{id, source, target, mode, kind}]; $where: fragments/interaction-where; $links: {modes, genericActors};
// $edgeSample; $idCap: the most interaction ids per edge.
// Returns one row per edge: id, interactionIds (at most $idCap), cut (boolean).
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
  CALL (e, a, b) {
    WITH e, a, b
    WHERE COUNT { (a)-[:INITIATED]->() } <= COUNT { (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-() }
    MATCH (a)-[:INITIATED]->(i:Interaction {kind: e.kind})
    WHERE
// @include interaction-where
    RETURN i
    UNION
    WITH e, a, b
    WHERE COUNT { (a)-[:INITIATED]->() } > COUNT { (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-() }
    MATCH (b)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction {kind: e.kind})
    WHERE
// @include interaction-where
    RETURN i
  }
  WITH i LIMIT $edgeSample + 1
  RETURN collect(i) AS read
}
CALL (e, a, b, read) {
  UNWIND read[..$edgeSample] AS i
  CALL (i) {
// @include interaction-pairs
  }
  WITH e, a, b, i, s, t, mode
  WHERE s = a AND t = b AND mode = e.mode
  WITH i ORDER BY i.dateStart, i.dateEnd, i.date, i.id
  RETURN collect(i.id) AS ids
}
RETURN e.id AS id, ids[..$idCap] AS interactionIds, size(read) > $edgeSample AS cut
