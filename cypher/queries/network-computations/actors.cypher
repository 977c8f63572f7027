// Network computations: the actors a ranking or a community names, by id ($ids). Returns one row per actor
// found: actor (its properties).
MATCH (a:Actor)
WHERE a.id IN $ids
RETURN a {.*} AS actor
