// Network: deletes every projection relationship source → target of the given pairs (before they are recomputed).
// $pairs: [{source, target}]. Returns: deleted (relationships).
UNWIND $pairs AS row
// @include network-endpoints
MATCH (a)-[r:INTERACTED|INTERACTED_YEAR|INTERACTED_MONTH]->(b)
DELETE r
RETURN count(r) AS deleted
