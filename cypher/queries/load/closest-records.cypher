// Candidates for the "did you mean" of references nothing resolved: the actors and places whose names share a
// word with each reference, one typo forgiven, so suggestions are drawn from the database and not only the file.
// $queries: Lucene queries built and escaped by buildLuceneQuery, one per reference; $limit: candidates per query.
// Returns: id, type ('actor'|'place'), kind, names — the shape of find-known-records.
UNWIND $queries AS query
CALL db.index.fulltext.queryNodes('actor_names', query, {limit: $limit}) YIELD node
WITH DISTINCT node
RETURN node.id AS id,
  CASE WHEN node:Actor THEN 'actor' ELSE 'place' END AS type,
  toLower(node.kind) AS kind,
  [node.name] + coalesce(node.aliases, []) AS names
