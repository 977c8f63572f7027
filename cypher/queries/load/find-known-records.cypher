// Looks up references an input uses but does not define: by id, or by a folded name or alias.
// $refs: [{ref, key}] (key: the folded name). Returns: ref, id, type ('actor'|'place'|'source'), kind, names, text
// (a source's stored normalized text, which quotes attributed to it must occur in; else null).
UNWIND $refs AS ref
CALL (ref) {
  MATCH (a:Actor) WHERE a.id = ref.ref OR ref.key IN a.nameKeys
  RETURN a.id AS id, 'actor' AS type, toLower(a.kind) AS kind, [a.name] + coalesce(a.aliases, []) AS names, null AS text
  UNION
  MATCH (p:Place) WHERE p.id = ref.ref OR ref.key IN p.nameKeys
  RETURN p.id AS id, 'place' AS type, toLower(p.kind) AS kind, [p.name] + coalesce(p.aliases, []) AS names, null AS text
  UNION
  MATCH (s:Source {id: ref.ref})
  RETURN s.id AS id, 'source' AS type, 'source' AS kind, [] AS names, s.text AS text
}
RETURN ref.ref AS ref, id, type, kind, names, text
