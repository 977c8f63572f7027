// Looks up what a curated record references or names: by id, by a folded name or alias, or by the
// old id of an actor merged into another (merged: true, id: the actor it was merged into).
// $refs: [{ref, key}] (key: the folded name). Returns: ref, id, type ('actor'|'place'|'source'), kind, names, merged,
// text (a source's stored normalized text, which the record's quotes must occur in; else null).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (a:Actor) WHERE a.id = ref.ref OR ref.key IN a.nameKeys
  RETURN a.id AS id, 'actor' AS type, toLower(a.kind) AS kind, [a.name] + coalesce(a.aliases, []) AS names,
    false AS merged, null AS text
  UNION
  MATCH (:MergedActorId {id: ref.ref})-[:MERGED_INTO]->(a:Actor)
  RETURN a.id AS id, 'actor' AS type, toLower(a.kind) AS kind, [a.name] + coalesce(a.aliases, []) AS names,
    true AS merged, null AS text
  UNION
  MATCH (p:Place) WHERE p.id = ref.ref OR ref.key IN p.nameKeys
  RETURN p.id AS id, 'place' AS type, toLower(p.kind) AS kind, [p.name] + coalesce(p.aliases, []) AS names,
    false AS merged, null AS text
  UNION
  MATCH (s:Source {id: ref.ref})
  RETURN s.id AS id, 'source' AS type, 'source' AS kind, [] AS names, false AS merged, s.text AS text
}
RETURN ref.ref AS ref, id, type, kind, names, merged, text
