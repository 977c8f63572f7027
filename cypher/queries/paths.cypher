// paths(fromId, toId, maxHops, where, links, limit): the shortest connections between two actors or places, through
// interactions and standing relations, each relationship one hop and walked in either direction. An interaction is
// crossed only between two of its participants that the pair rule links (docs/network.md) under the link options:
// an initiator and a target (always), two initiators of an interaction without target ($links.coParticipation),
// an initiator and a mentioned actor or place ($links.mentions); and it must match the filter.
// $fromId, $toId: actor or place ids; $maxHops: 1 to 6; $where: see fragments/interaction-where;
// $links: {coParticipation, mentions, genericActors}; $relationTypes: the RelationType enum's values; $limit: the most paths
// (at most the 25 SHORTEST searches for).
// Returns one row: fromFound, toFound (whether each id names an actor or place), paths (shortest first, then by
// the ids along the way), each {length, steps: [{node, via}]} with `via` (how the walk reached the node) null first.
OPTIONAL MATCH (fromActor:Actor {id: $fromId})
OPTIONAL MATCH (fromPlace:Place {id: $fromId})
OPTIONAL MATCH (toActor:Actor {id: $toId})
OPTIONAL MATCH (toPlace:Place {id: $toId})
WITH coalesce(fromActor, fromPlace) AS a, coalesce(toActor, toPlace) AS b
CALL (a, b) {
  MATCH p = SHORTEST 25 (
    (a)
    // Typed: the projection's INTERACTED* relationships (and any other) are never walked.
    ((x)-[r:INITIATED|DIRECTED_AT|MENTIONS|
// @include relation-types
    ]-(i)
      WHERE (type(r) IN ['INITIATED', 'DIRECTED_AT'] OR (type(r) = 'MENTIONS' AND $links.mentions)
          OR type(r) IN $relationTypes)
        // $links.genericActors false: no step through (or to) a generic coded actor (`generic: true`).
        AND (coalesce($links.genericActors, true) OR NOT coalesce(x.generic OR i.generic, false))
        AND (NOT i:Interaction OR (
// @include interaction-where
        ))
    ){1,6}
    (b)
    WHERE size(r) <= $maxHops
      // Through an interaction n = i[k] (entered by r[k], left by r[k + 1]): only between participants it links.
      AND all(k IN range(0, size(r) - 2) WHERE all(n IN [i[k]] WHERE NOT n:Interaction
        OR ('INITIATED' IN [type(r[k]), type(r[k + 1])] AND type(r[k]) <> type(r[k + 1]))
        OR (type(r[k]) = 'INITIATED' AND type(r[k + 1]) = 'INITIATED' AND $links.coParticipation
          AND NOT EXISTS { (n)-[:DIRECTED_AT]->() })))
  )
  WITH p, nodes(p) AS ns, relationships(p) AS rs
  ORDER BY length(p), [n IN ns | n.id]
  LIMIT $limit
  RETURN collect({
    length: length(p),
    steps: [k IN range(0, size(ns) - 1) | {
      node: {
        id: ns[k].id,
        type: CASE WHEN ns[k]:Actor THEN 'ACTOR' WHEN ns[k]:Place THEN 'PLACE' ELSE 'INTERACTION' END,
        label: CASE WHEN ns[k]:Interaction THEN ns[k].summary ELSE ns[k].name END,
        kind: ns[k].kind,
        date: ns[k].date
      },
      via: CASE WHEN k = 0 THEN null ELSE {
        type: type(rs[k - 1]),
        direction: CASE WHEN startNode(rs[k - 1]) = ns[k - 1] THEN 'FORWARD' ELSE 'BACKWARD' END,
        role: rs[k - 1].role,
        negated: coalesce(rs[k - 1].negated, false),
        quote: head(coalesce(rs[k - 1].quotes, []))
      } END
    }]
  }) AS paths
}
RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, paths
