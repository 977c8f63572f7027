// Network: deletes the projection relationships starting at the given actors (`cli network rebuild`, chunk by chunk).
// $ids: actor ids. Returns: deleted.
UNWIND $ids AS sourceId
MATCH (:Actor {id: sourceId})-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->()
DELETE r
RETURN count(r) AS deleted
