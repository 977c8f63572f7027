// export (event view), edges: initiator -INITIATED-> interaction, interaction -DIRECTED_AT-> target,
// interaction -MENTIONS-> mentioned (when $links.modes has MENTION), interaction -OCCURRED_IN-> place.
// $where, $ids, $links: as event-nodes.cypher. Returns one row per edge, by interaction (oldest first):
// source, target, mode, kind, day (firstDay), lastDay, interactionId, evidenceCount, dataset.
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
WITH i ORDER BY i.dateStart, i.dateEnd, i.id
WITH i, COUNT { (i)-[:REPORTED_IN]->() } AS evidenceCount
CALL (i) {
  MATCH (n:Actor)-[:INITIATED]->(i)
  WHERE (coalesce($links.genericActors, true) OR NOT coalesce(n.generic, false))
  RETURN n.id AS source, i.id AS target, 'INITIATED' AS mode
  UNION ALL
  MATCH (i)-[link:DIRECTED_AT|MENTIONS|OCCURRED_IN]->(n)
  WHERE (n:Actor OR n:Place) AND (type(link) <> 'MENTIONS' OR 'MENTION' IN $links.modes) AND (coalesce($links.genericActors, true) OR NOT coalesce(n.generic, false))
  RETURN i.id AS source, n.id AS target, type(link) AS mode
}
RETURN source, target, mode, i.kind AS kind, toString(i.dateStart) AS firstDay, toString(i.dateEnd) AS lastDay,
  i.id AS interactionId, evidenceCount, i.dataset AS dataset
