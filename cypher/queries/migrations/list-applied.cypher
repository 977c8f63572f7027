// Lists the migrations already applied to this database.
// Returns: version, name, checksum — one row per :Migration node.
MATCH (m:Migration)
RETURN m.version AS version, m.name AS name, m.checksum AS checksum
ORDER BY version
