// actor(id): one actor by its id, or by the old id of an actor merged into it (mergeActors).
// $id: an id ("person:volodymyr-zelenskyy"). Returns: actor (map) — no row when unknown.
OPTIONAL MATCH (direct:Actor {id: $id})
OPTIONAL MATCH (:MergedActorId {id: $id})-[:MERGED_INTO]->(kept:Actor)
WITH coalesce(direct, kept) AS a
WHERE a IS NOT NULL
RETURN a {.*} AS actor
