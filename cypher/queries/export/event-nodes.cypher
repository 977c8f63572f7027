// export (event view: a bipartite graph of actors and places, and interactions), nodes: the participants
// (initiators, targets, mentions, places) of the matching interactions, by id, then the interactions, oldest first.
// $where: fragments/interaction-where; $links.modes: MENTION in it draws mentions; $links.genericActors: false
// leaves generic actors out (their interactions stay, with their other participants); $ids: null for every
// matching interaction, else only those initiated by one of these ids.
// Returns one row per node: node {id, name, kind, type, …; for an interaction: date, firstDay, lastDay,
// dataset, summary, evidenceCount}.
CALL () {
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
  MATCH (i)-[link:INITIATED|DIRECTED_AT|MENTIONS|OCCURRED_IN]-(n)
  WHERE (n:Actor OR n:Place) AND (type(link) <> 'MENTIONS' OR 'MENTION' IN $links.modes) AND (coalesce($links.genericActors, true) OR NOT coalesce(n.generic, false))
  WITH DISTINCT n ORDER BY n.id
  RETURN n {
    .id, .name, .kind, .aliases, .description, .recognition, .wikidataId, .generic,
    type: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'PLACE' END
  } AS node
  UNION ALL
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
  RETURN i {
    .id, .kind, .date, .dataset, .summary, name: i.summary, type: 'INTERACTION',
    firstDay: toString(i.dateStart), lastDay: toString(i.dateEnd),
    evidenceCount: COUNT { (i)-[:REPORTED_IN]->() }
  } AS node
}
RETURN node
