// What is stored under an actor or interaction id a curator writes: its content hash and dataset,
// and, for the old id of a merged actor, the actor it was merged into.
// $id: the record's id. Returns one row: exists, hash, dataset, mergedInto (each null when absent).
OPTIONAL MATCH (a:Actor {id: $id})
OPTIONAL MATCH (i:Interaction {id: $id})
OPTIONAL MATCH (:MergedActorId {id: $id})-[:MERGED_INTO]->(kept:Actor)
WITH coalesce(a, i) AS stored, kept
RETURN stored IS NOT NULL AS exists, stored.contentHash AS hash, stored.dataset AS dataset, kept.id AS mergedInto
