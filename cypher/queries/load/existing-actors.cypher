// Content hashes of actors already stored, to tell created, updated and unchanged apart.
// $ids: actor ids. Returns: id, hash (null when absent).
UNWIND $ids AS id
OPTIONAL MATCH (n:Actor {id: id})
RETURN id, n.contentHash AS hash
