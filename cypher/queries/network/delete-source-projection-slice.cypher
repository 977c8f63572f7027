// Network: deletes at most $limit of the projection relationships starting at one actor (`cli network rebuild` of
// an actor with more than one transaction should delete). $id: the actor; $limit: how many. Returns: deleted.
MATCH (:Actor {id: $id})-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->()
WITH r
LIMIT $limit
DELETE r
RETURN count(r) AS deleted
