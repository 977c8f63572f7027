// Fragment: binds the endpoints of a projection row `row` ({source, target}) as `a` (the source actor) and `b`
// (the target actor or place); rows whose endpoints are not both stored are dropped.
MATCH (a:Actor {id: row.source})
OPTIONAL MATCH (targetActor:Actor {id: row.target})
OPTIONAL MATCH (targetPlace:Place {id: row.target})
WITH row, a, coalesce(targetActor, targetPlace) AS b
WHERE b IS NOT NULL
