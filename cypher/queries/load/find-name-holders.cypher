// The actors and places of the database holding the names and aliases an input defines, so a name another
// record already holds is refused before anything is written.
// $keys: folded names (foldName). Names go through the actor_names full-text index (a phrase query per name),
// then must equal a nameKey exactly. Returns one row per holder: key, id, type ('actor' or 'place').
UNWIND [key IN $keys WHERE key <> ''] AS key
CALL db.index.fulltext.queryNodes('actor_names', '"' + key + '"', {limit: 500}) YIELD node
WITH key, node
WHERE (node:Actor OR node:Place) AND key IN node.nameKeys
RETURN key, node.id AS id, CASE WHEN node:Actor THEN 'actor' ELSE 'place' END AS type
