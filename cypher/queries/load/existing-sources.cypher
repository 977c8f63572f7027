// Content hashes of sources already stored, to tell created, updated and unchanged apart.
// $ids: source ids. Returns: id, hash (null when absent).
UNWIND $ids AS id
OPTIONAL MATCH (n:Source {id: id})
RETURN id, n.contentHash AS hash
