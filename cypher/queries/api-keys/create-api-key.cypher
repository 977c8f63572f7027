// createApiKey / `cli keys create`: stores a new key (its hash, never its secret).
// $id, $name, $role ("reader" | "editor" | "admin"), $hash (sha256 hex). Returns: key (map).
CREATE (k:ApiKey {id: $id, name: $name, role: $role, hash: $hash, createdAt: datetime(), revokedAt: null})
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
