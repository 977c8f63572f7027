// egoNetwork, the drawing's interaction edges, when the projection cannot answer the filter (the planner's SCAN):
// one row per edge (mode, kind, source, target) between the kept nodes, by the network pair rule
// (fragments/interaction-pairs under $links), read from at most $edgeSample matching interactions of each kept node
// (any role), so a pair is found from its less busy end. The $edgeLimit heaviest (then by id), and one more when
// there are more; rows, not one list, so that a large drawing is read in pieces.
// $ids: the kept node ids; $where: fragments/interaction-where; $links: {modes}; $edgeSample; $idCap: the most
// interaction ids an edge lists; $edgeLimit.
// Returns edge: {id, source, target, kind, mode, type, negated, weight, firstDate, lastDate, firstDay, lastDay,
// interactionIds, interactionCount, datasets}.
UNWIND $ids AS id
CALL (id) {
  MATCH (k:Actor {id: id})
  RETURN k
  UNION
  MATCH (k:Place {id: id})
  RETURN k
}
CALL (k) {
  MATCH (k)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE
// @include interaction-where
  RETURN i LIMIT $edgeSample
}
WITH DISTINCT i
CALL (i) {
// @include interaction-pairs
}
WITH s, t, mode, i
WHERE s.id IN $ids AND t.id IN $ids
WITH s.id AS source, t.id AS target, mode, i.kind AS kind, collect(i) AS events
WITH source, target, mode, kind, events, size(events) AS weight,
  CASE mode WHEN 'DIRECTED' THEN '' ELSE mode + ':' END + kind + ':' + source + '->' + target AS id
ORDER BY weight DESC, id
LIMIT $edgeLimit + 1
UNWIND events AS i
WITH id, source, target, mode, kind, weight, i ORDER BY i.dateStart, i.dateEnd, i.date, i.id
WITH id, source, target, mode, kind, weight, collect(i.id) AS interactionIds, collect(i.date) AS dates,
  collect(i.dateEnd) AS ends, min(i.dateStart) AS firstDay, collect(DISTINCT i.dataset) AS datasets
RETURN {
  id: id, source: source, target: target, kind: kind, mode: mode, type: 'INTERACTION', negated: false,
  weight: weight, firstDate: dates[0], lastDate: dates[-1], firstDay: toString(firstDay), lastDay: toString(ends[-1]),
  interactionIds: interactionIds[..$idCap], interactionCount: weight,
  datasets: COLLECT { UNWIND datasets AS dataset RETURN dataset ORDER BY dataset }
} AS edge
