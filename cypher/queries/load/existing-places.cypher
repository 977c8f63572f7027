// Content hashes of places already stored, to tell created, updated and unchanged apart.
// $ids: place ids. Returns: id, hash (null when absent).
UNWIND $ids AS id
OPTIONAL MATCH (n:Place {id: id})
RETURN id, n.contentHash AS hash
