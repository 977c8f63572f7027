// export at the STATE level: the interactions the actor view would draw, each with its network pairs (the pair
// rule, fragments/interaction-pairs: places included, as in the actor view), for the API to map every actor to
// the state it counts for at the interaction's days (libs/graph stateAt through aggregateDyads, as
// dyads(level: STATE)) and sum into edges there.
// $where: fragments/interaction-where; $ids: null for every matching interaction, else the node ids the export is
// limited to (both endpoints of a pair in it, as actor-edges.cypher); $links: {modes}.
// Returns one row per interaction with at least one pair, oldest first: id, kind, date, dateStart, dateEnd,
// dataset, evidenceCount, pairs [{source, target, mode}].
CALL () {
  MATCH (i:Interaction)
  WHERE $ids IS NULL AND
// @include interaction-where
  RETURN i
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (:Actor {id: id})-[:INITIATED]->(i:Interaction)
  WHERE
// @include interaction-where
  RETURN DISTINCT i
}
CALL (i) {
// @include interaction-pairs
}
WITH i, s, t, mode
WHERE $ids IS NULL OR (s.id IN $ids AND t.id IN $ids)
WITH i, collect({source: s.id, target: t.id, mode: mode}) AS pairs
ORDER BY i.dateStart, i.dateEnd, i.id
RETURN i.id AS id, i.kind AS kind, i.date AS date, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
  i.dataset AS dataset, COUNT { (i)-[:REPORTED_IN]->() } AS evidenceCount, pairs
