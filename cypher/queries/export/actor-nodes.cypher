// export (actor view), nodes. $ids: the node ids to list (around actors), or null: then every actor and place
// when $whole (generic actors too unless $links.genericActors is false), else the endpoints of the edges
// actor-edges.cypher gives for $where and $links.
// Returns one row per node, by id: node {id, name, kind, type, aliases, description, recognition, wikidataId}.
CALL () {
  UNWIND coalesce($ids, []) AS id
  CALL (id) {
    MATCH (n:Actor {id: id})
    RETURN n
    UNION
    MATCH (n:Place {id: id})
    RETURN n
  }
  RETURN n
  UNION ALL
  MATCH (n)
  WHERE $ids IS NULL AND $whole AND (n:Actor OR n:Place) AND (coalesce($links.genericActors, true) OR NOT coalesce(n.generic, false))
  RETURN n
  UNION ALL
  MATCH (i:Interaction)
  WHERE $ids IS NULL AND NOT $whole AND
// @include interaction-where
  CALL (i) {
// @include interaction-pairs
  }
  UNWIND [s, t] AS n
  RETURN DISTINCT n
}
WITH n ORDER BY n.id
RETURN n {
  .id, .name, .kind, .aliases, .description, .recognition, .wikidataId, .generic,
  type: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'PLACE' END
} AS node
