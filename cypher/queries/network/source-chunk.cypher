// Network: the next actors in id order, for `cli network rebuild` and `check` (every projection relationship
// starts at an initiator, so walking the actors covers them all), with how many interactions each initiated (the
// caller splits a page so that one transaction holds a bounded number: a hub state initiates a large share).
// $after: the last id of the previous chunk ('' for the first); $limit: how many. Returns: id, initiated.
MATCH (a:Actor)
WHERE a.id > $after
RETURN a.id AS id, COUNT { (a)-[:INITIATED]->() } AS initiated
ORDER BY a.id
LIMIT $limit
