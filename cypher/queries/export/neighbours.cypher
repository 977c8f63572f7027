// export around actors, one hop: the actors and places linked to $frontier by a matching interaction, under the
// network pair rule (docs/network.md) and the modes asked for. $frontier: node ids; $where: fragments/interaction-where;
// $modes: DIRECTED, CO_PARTICIPATION, MENTION; $cap: the most ids to return.
// Returns one row per neighbour id (the frontier itself included when linked to another frontier node).
UNWIND $frontier AS id
CALL (id) {
  MATCH (f:Actor {id: id})
  RETURN f
  UNION
  MATCH (f:Place {id: id})
  RETURN f
}
CALL (f) {
  MATCH (f:Actor)-[:INITIATED]->(i:Interaction)-[link:DIRECTED_AT|MENTIONS]->(n)
  WHERE (n:Actor OR n:Place) AND (type(link) = 'DIRECTED_AT' AND 'DIRECTED' IN $modes
    OR type(link) = 'MENTIONS' AND 'MENTION' IN $modes) AND
// @include interaction-where
  RETURN n
  UNION
  MATCH (f)<-[link:DIRECTED_AT|MENTIONS]-(i:Interaction)<-[:INITIATED]-(n:Actor)
  WHERE (type(link) = 'DIRECTED_AT' AND 'DIRECTED' IN $modes OR type(link) = 'MENTIONS' AND 'MENTION' IN $modes) AND
// @include interaction-where
  RETURN n
  UNION
  MATCH (f:Actor)-[:INITIATED]->(i:Interaction)<-[:INITIATED]-(n:Actor)
  WHERE 'CO_PARTICIPATION' IN $modes AND NOT EXISTS { (i)-[:DIRECTED_AT]->() } AND
// @include interaction-where
  RETURN n
}
RETURN DISTINCT n.id AS id
LIMIT $cap
