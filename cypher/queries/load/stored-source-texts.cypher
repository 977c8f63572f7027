// The stored texts of sources an input defines without giving a text, so their quotes are checked all the same.
// $ids: source ids. Returns: id, text (normalized, as the loader stored it) — only sources that have one.
UNWIND $ids AS id
MATCH (s:Source {id: id})
WHERE s.text IS NOT NULL
RETURN s.id AS id, s.text AS text
