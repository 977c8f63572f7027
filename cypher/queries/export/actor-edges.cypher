// export (actor view), edges: who dealt with whom, one edge per (source, target, mode) by the network pair rule
// (docs/network.md, fragments/interaction-pairs): DIRECTED initiator → target (actor or place); CO_PARTICIPATION
// between the initiators of an event with no target, lower id → higher id; MENTION initiator → mentioned.
// Aggregated from the interactions (not the projection): an edge carries its interaction ids and evidence count.
// $where: fragments/interaction-where; $ids: null for every matching interaction, else the node ids the export is
// limited to (both endpoints in it); $links: {modes}, the modes to include; $idCap: the most interaction ids per edge;
// $spanCap: the most distinct day spans per edge.
// Returns one row per edge, by source, target, mode: source, target, mode, kinds, count, firstDay, lastDay,
// interactionIds (oldest first, at most $idCap), evidenceCount, datasets, spans ([firstDay, lastDay] distinct,
// at most $spanCap + 1: more than $spanCap means "too many to list").
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
WITH s.id AS source, t.id AS target, mode, i
WHERE $ids IS NULL OR (source IN $ids AND target IN $ids)
WITH source, target, mode, i, COUNT { (i)-[:REPORTED_IN]->() } AS evidence
ORDER BY i.dateStart, i.dateEnd, i.id
WITH source, target, mode,
  collect(DISTINCT i.kind) AS kinds, count(i) AS count, min(i.dateStart) AS firstDay, max(i.dateEnd) AS lastDay,
  collect(i.id) AS ids, sum(evidence) AS evidenceCount, collect(DISTINCT i.dataset) AS datasets,
  collect(DISTINCT [toString(i.dateStart), toString(i.dateEnd)]) AS spans
RETURN source, target, mode, kinds, count, toString(firstDay) AS firstDay, toString(lastDay) AS lastDay,
  ids[..$idCap] AS interactionIds, evidenceCount, datasets, spans[..$spanCap + 1] AS spans
ORDER BY source, target, mode
