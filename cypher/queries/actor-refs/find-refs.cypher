// Looks up the actor and place references of one API request (ids, names, aliases in filters and arguments).
// $refs: [{ref, key}] — ref as written, key a folded name it is looked up by (libs/graph nameRefKeys: foldName,
// and the Latin spelling's for a name in another script); a ref may come with several keys.
// Names go through the actor_names full-text index (a phrase query), then must equal a nameKey exactly.
// An old id of a merged actor finds the kept one. Returns one row per match: ref, key, id, matched ('id',
// 'merged' or 'name').
UNWIND $refs AS ref
CALL (ref) {
  MATCH (a:Actor {id: ref.ref})
  RETURN a.id AS id, 'id' AS matched
  UNION
  MATCH (:MergedActorId {id: ref.ref})-[:MERGED_INTO]->(a:Actor)
  RETURN a.id AS id, 'merged' AS matched
  UNION
  MATCH (p:Place {id: ref.ref})
  RETURN p.id AS id, 'id' AS matched
  UNION
  WITH ref WHERE ref.key <> ''
  CALL db.index.fulltext.queryNodes('actor_names', '"' + ref.key + '"', {limit: 500}) YIELD node
  WITH ref, node WHERE (node:Actor OR node:Place) AND ref.key IN node.nameKeys
  RETURN node.id AS id, 'name' AS matched
}
RETURN ref.ref AS ref, ref.key AS key, id, matched
