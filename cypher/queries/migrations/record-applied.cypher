// Records that a migration file has been applied.
// $version: its number, $name: its name, $checksum: sha256 of the file's text.
MERGE (m:Migration {version: $version})
SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
