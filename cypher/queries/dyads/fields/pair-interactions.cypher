// Dyad.series / balance / reciprocity when the projection cannot answer the filter: the interactions either actor
// of the dyad initiated that match $where, with their pairs (the pair rule) between the two, in either direction.
// $sourceId, $targetId: the dyad; $where: see fragments/interaction-where; $links: {modes}.
// Returns one row per interaction: id, kind, date, dateStart, dateEnd, quadClass, cameo, goldstein, intensity,
// pairs [{source, target, mode}] (only pairs between the two actors).
MATCH (a:Actor)-[:INITIATED]->(i:Interaction)
WHERE a.id IN [$sourceId, $targetId]
WITH DISTINCT i
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH i, s, t, mode
WHERE t:Actor AND ((s.id = $sourceId AND t.id = $targetId) OR (s.id = $targetId AND t.id = $sourceId))
RETURN i.id AS id, i.kind AS kind, i.date AS date, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
  i.quadClass AS quadClass, i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity,
  collect({source: s.id, target: t.id, mode: mode}) AS pairs
ORDER BY dateStart, id
