// stats: how big the graph is.
// $relationTypes: the standing relation types to count (from the RelationType enum).
// Returns one row: actors, places, interactions, sources, relations, byKind [{kind, count}] most frequent first.
CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
CALL () { MATCH (p:Place) RETURN count(p) AS places }
CALL () { MATCH (i:Interaction) RETURN count(i) AS interactions }
CALL () { MATCH (s:Source) RETURN count(s) AS sources }
CALL () {
  UNWIND $relationTypes AS relationType
  CALL (relationType) { MATCH ()-[r:$(relationType)]->() RETURN count(r) AS perType }
  RETURN sum(perType) AS relations
}
CALL () {
  MATCH (i:Interaction)
  WITH i.kind AS kind, count(*) AS count
  ORDER BY count DESC, kind
  RETURN collect({kind: kind, count: count}) AS byKind
}
RETURN actors, places, interactions, sources, relations, byKind
