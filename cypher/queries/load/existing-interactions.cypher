// Content hashes of interactions already stored, to tell created, updated and unchanged apart.
// $ids: interaction ids. Returns: id, hash (null when absent).
UNWIND $ids AS id
OPTIONAL MATCH (n:Interaction {id: id})
RETURN id, n.contentHash AS hash
