// export around actors, one hop: the actors and places linked to $frontier by a matching interaction, under the
// network pair rule (fragments/interaction-pairs) and the modes asked for. $frontier: node ids; $where:
// fragments/interaction-where; $links: {modes}; $cap: the most ids to return.
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
  MATCH (f)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
  WHERE
// @include interaction-where
  CALL (i) {
// @include interaction-pairs
  }
  WITH s, t
  WHERE s = f OR t = f
  RETURN CASE WHEN s = f THEN t ELSE s END AS n
}
RETURN DISTINCT n.id AS id
LIMIT $cap
