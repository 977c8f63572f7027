// Network: deletes an actor's projection relationships in both directions (mergeActors, before the merged actor's
// links move to the kept one; its pairs are recomputed afterwards). $id: the actor. Returns: deleted.
MATCH (a:Actor {id: $id})-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]-()
DELETE r
RETURN count(r) AS deleted
