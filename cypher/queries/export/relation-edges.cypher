// export, standing relations as edges (LEADS, REPRESENTS, RECOGNIZES, …: fragments/relation-types), each relation
// once, when it holds in the date window of $where (fragments/relation-window, the rule egoNetwork uses) and both
// its ends are nodes of the export. $where: {from, to} (days or null); $ids: the export's actor and place ids, or
// null for every actor and place (the whole graph; generic ones too unless $links.genericActors is false).
// Returns one row per relation, by subject, type, object, id: id, source, target, relation, negated, role,
// validFrom, validTo, evidenceCount, dataset.
CALL () {
  MATCH (s)-[r:
// @include relation-types
  ]->(o)
  WHERE $ids IS NULL AND (s:Actor OR s:Place) AND (o:Actor OR o:Place)
    AND (coalesce($links.genericActors, true) OR NOT coalesce(s.generic OR o.generic, false)) AND
// @include relation-window
  RETURN s, r, o
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  CALL (id) {
    MATCH (s:Actor {id: id})
    RETURN s
    UNION
    MATCH (s:Place {id: id})
    RETURN s
  }
  MATCH (s)-[r:
// @include relation-types
  ]->(o)
  WHERE o.id IN $ids AND (o:Actor OR o:Place) AND
// @include relation-window
  RETURN s, r, o
}
WITH s, r, o ORDER BY s.id, type(r), o.id, r.id
RETURN coalesce(r.id, 'relation:' + type(r) + ':' + s.id + ':' + o.id + ':' + elementId(r)) AS id,
  s.id AS source, o.id AS target, type(r) AS relation, coalesce(r.negated, false) AS negated, r.role AS role,
  toString(r.validFrom) AS validFrom, toString(r.validTo) AS validTo, size(coalesce(r.quotes, [])) AS evidenceCount,
  r.dataset AS dataset
