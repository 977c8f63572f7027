// egoNetwork, the drawing: the kept nodes and the standing relations between them (the interaction edges are
// ego-network/edges/*). Relation edges, one per (type, subject, object, negated), only relations valid in the date
// window. $ids: the kept node ids; $where: {from, to} (fragments/relation-window); $relationTypes.
// Returns one row: nodes ({id, label, kind, type}), relationEdges (maps).
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
    firstDay: firstDay, lastDay: lastDay, interactionIds: [], interactionCount: 0,
    datasets: COLLECT { UNWIND datasets AS dataset RETURN dataset ORDER BY dataset }
  }) AS relationEdges
}
RETURN nodes, relationEdges
