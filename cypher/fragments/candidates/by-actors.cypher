// Fragment: the body of a `CALL () { … }` returning the interactions `i` linked to the named actors or places —
// the planner's ACTORS strategy. A superset of the matches: filter with interaction-where after.
// $anchor: {ids, relationships} chosen by anchorOfFilter (libs/graph): the ids of one filter key and the
// relationship types that key reads (INITIATED for initiators, DIRECTED_AT for targets, all three for participants).
CALL () {
  MATCH (x:Actor) WHERE x.id IN $anchor.ids
  RETURN x
  UNION
  MATCH (x:Place) WHERE x.id IN $anchor.ids
  RETURN x
}
MATCH (x)-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
WHERE type(r) IN $anchor.relationships
RETURN DISTINCT i
