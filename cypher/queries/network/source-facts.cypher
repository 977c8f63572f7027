// Network: the facts of every interaction initiated by one of the given actors (each interaction once), for
// `cli network rebuild` and `check`. $ids: actor ids. Returns: fragments/network-facts.
UNWIND $ids AS sourceId
MATCH (:Actor {id: sourceId})-[:INITIATED]->(i:Interaction)
WITH DISTINCT i
RETURN
// @include network-facts
