// Network: the next actors in id order, for `cli network rebuild` and `check` (every projection relationship
// starts at an initiator, so walking the actors covers them all). $after: the last id of the previous chunk
// ('' for the first); $limit: how many. Returns: id.
MATCH (a:Actor)
WHERE a.id > $after
RETURN a.id AS id
ORDER BY a.id
LIMIT $limit
