// Content hashes of imported interactions already stored, so a re-import skips unchanged rows.
// $ids: interaction ids (interaction:gdelt-…, interaction:icews-…). Returns: id, hash (null when absent).
UNWIND $ids AS id
OPTIONAL MATCH (i:Interaction {id: id})
RETURN id, i.contentHash AS hash
