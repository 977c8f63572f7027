// The ids closest to a reference that matched nothing, for its NOT_FOUND message: names and aliases that
// share a word with it, one typo forgiven (a Lucene query built and escaped by buildLuceneQuery).
// $query: the Lucene query; $limit: how many ids. Returns: id, best first.
CALL db.index.fulltext.queryNodes('actor_names', $query, {limit: $limit}) YIELD node, score
WHERE node:Actor OR node:Place
RETURN node.id AS id
ORDER BY score DESC, id
LIMIT $limit
