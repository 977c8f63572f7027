// Looks up the actors a batch of table rows names: by id, by a folded name or alias (nameKeys), by Wikidata id.
// $ids: actor ids; $names: folded names (foldName: lower-case words separated by spaces); $wikidataIds: Q-ids.
// Names go through the actor_names full-text index (a phrase query per name), then must equal a nameKey, so a
// batch costs an index lookup per name instead of a scan of every actor.
// Returns one row per match: id, kind, matched ('id', 'name' or 'wikidata') and key (the id, name key or Q-id).
CALL () {
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})
  RETURN a.id AS id, a.kind AS kind, 'id' AS matched, id AS key
  UNION
  UNWIND [key IN $names WHERE key <> ''] AS key
  CALL db.index.fulltext.queryNodes('actor_names', '"' + key + '"', {limit: 500}) YIELD node
  WITH key, node AS a
  WHERE a:Actor AND key IN a.nameKeys
  RETURN a.id AS id, a.kind AS kind, 'name' AS matched, key
  UNION
  UNWIND $wikidataIds AS qid
  MATCH (a:Actor)
  WHERE a.wikidataId = qid
  RETURN a.id AS id, a.kind AS kind, 'wikidata' AS matched, qid AS key
}
RETURN id, kind, matched, key
