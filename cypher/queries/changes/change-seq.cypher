// The seq of one change, found by its id: where a reconnecting subscriber resumes.
// $id: a change id. Returns: seq — no row when unknown (or an entry older than the numbered log).
MATCH (c:Change {id: $id})
WHERE c.seq IS NOT NULL
RETURN c.seq AS seq
