// Looks up the actors a batch of table rows names: by id, by a folded name or alias (nameKeys), by Wikidata id.
// $ids: actor ids; $names: folded names; $wikidataIds: Q-ids. Returns one row per match: id, kind, matched
// ('id', 'name' with the folded key, or 'wikidata' with the Q-id).
CALL () {
  UNWIND $ids AS id
  MATCH (a:Actor {id: id})
  RETURN a.id AS id, a.kind AS kind, 'id' AS matched, id AS key
  UNION
  UNWIND $names AS key
  MATCH (a:Actor)
  WHERE key IN a.nameKeys
  RETURN a.id AS id, a.kind AS kind, 'name' AS matched, key
  UNION
  UNWIND $wikidataIds AS qid
  MATCH (a:Actor)
  WHERE a.wikidataId = qid
  RETURN a.id AS id, a.kind AS kind, 'wikidata' AS matched, qid AS key
}
RETURN id, kind, matched, key
