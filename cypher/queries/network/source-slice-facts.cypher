// Network: the facts of the next interactions one actor initiated, in id order, for `cli network rebuild` and
// `check` of an actor that initiated more than one transaction should read (a hub state of a large graph).
// $id: the actor; $after: the last interaction id of the previous slice ('' for the first); $limit: how many.
// Returns: fragments/network-facts.
MATCH (:Actor {id: $id})-[:INITIATED]->(i:Interaction)
WHERE i.id > $after
WITH i
ORDER BY i.id
LIMIT $limit
RETURN
// @include network-facts
