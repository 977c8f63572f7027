// Authenticating a request: the key with this id, revoked or not (an index seek on the unique id).
// $id: the id written in the presented key. Returns: key (map with hash) — no row when unknown.
MATCH (k:ApiKey {id: $id})
RETURN k {.id, .name, .role, .hash, .revokedAt} AS key
