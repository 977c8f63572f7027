// egoNetwork(actorId, hops, where, limit): the actors and places within $hops of an actor, over who spoke to whom
// (an interaction matching the filter from an initiator to a target actor, in either direction) and standing relations.
// $actorId: the centre; $hops: 1 to 3; $where: see fragments/interaction-where (interactions only, not relations);
// $relationTypes: the RelationType enum's values; $limit: the most nodes to return; $fanout: the most interactions
// (and relations) each node is widened through, and the most new nodes a hop adds; $edgeSample: the most
// interactions each kept node is read for edges. A hub so costs a sample of its interactions, not all of them.
// Widening stops once the nodes reached fill $limit (farther ones would rank after them). When more than $limit
// are reached, the centre is kept, then the nearest, then those in most interactions overall, then by id, so every
// kept node still reaches the centre. Edges join kept nodes only: one per (interaction kind, initiator, target) with
// its count among the initiator's first $edgeSample matching interactions, one per (relation type, subject, object,
// negated); a negated relation (Kazakhstan does not recognize the DPR) has an id starting NOT_. Nodes are listed by
// hop distance, then activity (summed weight of their edges), then id.
// Returns one row (none when the actor is unknown): nodes (maps, centre first), edges (maps, heaviest first).
MATCH (centre:Actor {id: $actorId})
// Breadth-first search, one round per hop: `reached` holds every node found with its distance.
WITH centre, reduce(state = {reached: [{node: centre, hop: 0}], frontier: [centre]}, hop IN range(1, $hops) |
  reduce(s = state, next IN [COLLECT {
      UNWIND CASE WHEN size(state.reached) < $limit THEN state.frontier ELSE [] END AS f
      CALL (f) {
        CALL (f) {
          MATCH (f:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(n:Actor)
          WHERE
// @include interaction-where
          RETURN n
          UNION ALL
          MATCH (f:Actor)<-[:DIRECTED_AT]-(i:Interaction)<-[:INITIATED]-(n:Actor)
          WHERE
// @include interaction-where
          RETURN n
        }
        RETURN n LIMIT $fanout
        UNION ALL
        MATCH (f)-[r:
// @include relation-types
        ]-(n)
        WHERE type(r) IN $relationTypes AND (n:Actor OR n:Place)
        RETURN n LIMIT $fanout
      }
      WITH DISTINCT n
      WHERE NOT n IN [x IN state.reached | x.node]
      RETURN n LIMIT $fanout
    }] | {reached: s.reached + [n IN next | {node: n, hop: hop}], frontier: next})
).reached AS reached
UNWIND reached AS x
WITH x, x.node AS n
WITH x, COUNT { (n)-[:INITIATED|DIRECTED_AT|MENTIONS]-() } AS degree
ORDER BY x.hop, degree DESC, x.node.id
LIMIT $limit
WITH collect(x) AS kept
WITH kept, [x IN kept | x.node] AS found
CALL (found) {
  UNWIND found AS s
  CALL (s) {
    MATCH (s:Actor)-[:INITIATED]->(i:Interaction)
    WHERE
// @include interaction-where
    RETURN i LIMIT $edgeSample
  }
  MATCH (i)-[:DIRECTED_AT]->(t:Actor)
  WHERE s <> t AND t IN found
  WITH s, t, i ORDER BY i.dateStart, i.dateEnd, i.id
  WITH s, t, i.kind AS kind, count(i) AS weight, collect(i.date) AS dates
  RETURN collect({
    id: kind + ':' + s.id + '->' + t.id, source: s.id, target: t.id, kind: kind, type: 'INTERACTION',
    negated: false, weight: weight, firstDate: dates[0], lastDate: dates[-1]
  }) AS interactionEdges
}
CALL (found) {
  UNWIND found AS s
  MATCH (s)-[r:
// @include relation-types
  ]->(o)
  WHERE type(r) IN $relationTypes AND o IN found
  WITH s, o, type(r) AS kind, coalesce(r.negated, false) AS negated, min(r.from) AS firstDate, max(r.to) AS lastDate
  RETURN collect({
    id: CASE WHEN negated THEN 'NOT_' ELSE '' END + kind + ':' + s.id + '->' + o.id, source: s.id, target: o.id,
    kind: kind, type: 'RELATION', negated: negated, weight: 1, firstDate: firstDate, lastDate: lastDate
  }) AS relationEdges
}
WITH kept, interactionEdges + relationEdges AS edges
// Activity per node id, summed once over the edges (at most $limit entries), then looked up per node.
CALL (edges) {
  UNWIND edges AS e
  UNWIND [e.source, e.target] AS id
  WITH id, sum(e.weight) AS activity
  RETURN collect({id: id, activity: activity}) AS activities
}
UNWIND kept AS x
WITH edges, activities, x.node AS n, x.hop AS hop, x.node.id AS id
WITH edges, n, hop, id, coalesce(head([a IN activities WHERE a.id = id | a.activity]), 0) AS activity
ORDER BY hop, activity DESC, id
WITH edges, collect({
  id: n.id, label: n.name, kind: n.kind, type: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'PLACE' END
}) AS nodes
RETURN nodes, COLLECT {
  UNWIND edges AS e
  RETURN e ORDER BY e.weight DESC, e.id
} AS edges
