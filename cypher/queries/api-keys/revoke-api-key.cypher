// revokeApiKey / `cli keys revoke`: marks a key revoked; revoking twice keeps the first time.
// $id: the key id. Returns: key (map) — no row when unknown.
MATCH (k:ApiKey {id: $id})
SET k.revokedAt = coalesce(k.revokedAt, datetime())
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
