// apiKeys / `cli keys list`: every key, newest first, without hashes.
// No parameters. Returns: key (map) per key.
MATCH (k:ApiKey)
RETURN k {.id, .name, .role, .createdAt, .revokedAt} AS key
ORDER BY k.createdAt DESC, k.id
