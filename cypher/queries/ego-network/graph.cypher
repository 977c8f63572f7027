// egoNetwork, the drawing: the kept nodes, the standing relations between them, and whether the interaction edges
// (ego-network/interaction-edges, read from at most $edgeSample matching interactions of each kept node) may miss
// one. Relation edges, one per (type, subject, object, negated), only relations valid in the date window.
// $ids: the kept node ids; $where: fragments/interaction-where; $relationTypes; $edgeSample.
// Returns one row: nodes ({id, label, kind, type}), relationEdges (maps), capped (true when two or more kept nodes
// had more than $edgeSample matching interactions: an interaction edge between two of them may be missing).
CALL () {
  UNWIND $ids AS id
  CALL (id) {
    MATCH (n:Actor {id: id})
    RETURN n
    UNION
    MATCH (n:Place {id: id})
    RETURN n
  }
  RETURN collect({id: n.id, label: n.name, kind: n.kind, type: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'PLACE' END}) AS nodes
}
CALL () {
  UNWIND $ids AS id
  CALL (id) {
    MATCH (k:Actor {id: id})
    RETURN k
    UNION
    MATCH (k:Place {id: id})
    RETURN k
  }
  WITH k, COLLECT {
    MATCH (k)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
    WHERE
// @include interaction-where
    RETURN i LIMIT $edgeSample + 1
  } AS sample
  RETURN size([x IN collect(size(sample) > $edgeSample) WHERE x]) AS cappedNodes
}
CALL () {
  UNWIND $ids AS id
  CALL (id) {
    MATCH (s:Actor {id: id})
    RETURN s
    UNION
    MATCH (s:Place {id: id})
    RETURN s
  }
  MATCH (s)-[r:
// @include relation-types
  ]->(o)
  WHERE type(r) IN $relationTypes AND o.id IN $ids
    AND
// @include relation-window
  WITH s, o, type(r) AS kind, coalesce(r.negated, false) AS negated, min(r.from) AS firstDate, max(r.to) AS lastDate,
    min(r.validFrom) AS firstDay, max(r.validTo) AS lastDay, collect(DISTINCT r.dataset) AS datasets
  RETURN collect({
    id: CASE WHEN negated THEN 'NOT_' ELSE '' END + kind + ':' + s.id + '->' + o.id, source: s.id, target: o.id,
    kind: kind, mode: null, type: 'RELATION', negated: negated, weight: 1, firstDate: firstDate, lastDate: lastDate,
    firstDay: firstDay, lastDay: lastDay, interactionIds: [], interactionCount: 0, datasets: datasets
  }) AS relationEdges
}
// An edge is missed only when both its ends had more interactions than were read: one busy node costs nothing.
RETURN nodes, relationEdges, cappedNodes >= 2 AS capped
