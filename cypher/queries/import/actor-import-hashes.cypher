// Hashes of actor-table rows already imported, so a re-import skips unchanged rows.
// $ids: actor ids. Returns: id, hash (null when the actor is absent or no table row was imported for it).
UNWIND $ids AS id
OPTIONAL MATCH (a:Actor {id: id})
RETURN id, a.importHash AS hash
