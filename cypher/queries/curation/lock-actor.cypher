// Takes the write lock on an actor (found by id or by the old id of an actor merged into it) before a
// read-modify-write such as addAlias, so concurrent calls queue instead of each overwriting the other's alias.
// Setting and removing a property in one statement locks the node and leaves no trace.
// $id: an actor id. Returns: id of the locked actor — no row when unknown.
OPTIONAL MATCH (direct:Actor {id: $id})
OPTIONAL MATCH (:MergedActorId {id: $id})-[:MERGED_INTO]->(kept:Actor)
WITH coalesce(direct, kept) AS a
WHERE a IS NOT NULL
SET a._lock = true
REMOVE a._lock
RETURN a.id AS id
