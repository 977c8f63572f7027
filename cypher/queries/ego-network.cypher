// egoNetwork(actorId, hops, where, limit): the actors and places within $hops of an actor, over who spoke to whom
// (an interaction matching the filter from an initiator to a target actor, in either direction) and standing relations.
// $actorId: the centre; $hops: 1 to 3; $where: see fragments/interaction-where (interactions only, not relations);
// $relationTypes: the RelationType enum's values; $limit: the most nodes to return.
// Nodes are ranked by hop distance, then activity (summed weight of their edges in the network), then id, and the
// first $limit are kept, so every kept node still reaches the centre. Edges join kept nodes only: one per
// (interaction kind, initiator, target) with its count, one per (relation type, subject, object, negated);
// a negated relation (Kazakhstan does not recognize the DPR) has an id starting NOT_.
// Returns one row (none when the actor is unknown): nodes (maps, centre first), edges (maps, heaviest first).
MATCH (centre:Actor {id: $actorId})
// Breadth-first search, one round per hop: `reached` holds every node found with its distance.
WITH centre, reduce(state = {reached: [{node: centre, hop: 0}], frontier: [centre]}, hop IN range(1, $hops) |
  reduce(s = state, next IN [COLLECT {
      UNWIND state.frontier AS f
      CALL (f) {
        MATCH (f:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(n:Actor)
        WHERE
// @include interaction-where
        RETURN n
        UNION
        MATCH (f:Actor)<-[:DIRECTED_AT]-(i:Interaction)<-[:INITIATED]-(n:Actor)
        WHERE
// @include interaction-where
        RETURN n
        UNION
        MATCH (f)-[r]-(n)
        WHERE type(r) IN $relationTypes AND (n:Actor OR n:Place)
        RETURN n
      }
      WITH DISTINCT n
      WHERE NOT n IN [x IN state.reached | x.node]
      RETURN n
    }] | {reached: s.reached + [n IN next | {node: n, hop: hop}], frontier: next})
).reached AS reached
WITH reached, [x IN reached | x.node] AS found
CALL (found) {
  UNWIND found AS s
  MATCH (s:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(t:Actor)
  WHERE s <> t AND t IN found AND
// @include interaction-where
  WITH s, t, i ORDER BY i.dateStart, i.dateEnd, i.id
  WITH s, t, i.kind AS kind, count(i) AS weight, collect(i.date) AS dates
  RETURN collect({
    id: kind + ':' + s.id + '->' + t.id, source: s.id, target: t.id, kind: kind, type: 'INTERACTION',
    negated: false, weight: weight, firstDate: dates[0], lastDate: dates[-1]
  }) AS interactionEdges
}
CALL (found) {
  UNWIND found AS s
  MATCH (s)-[r]->(o)
  WHERE type(r) IN $relationTypes AND o IN found
  WITH s, o, type(r) AS kind, coalesce(r.negated, false) AS negated, min(r.from) AS firstDate, max(r.to) AS lastDate
  RETURN collect({
    id: CASE WHEN negated THEN 'NOT_' ELSE '' END + kind + ':' + s.id + '->' + o.id, source: s.id, target: o.id,
    kind: kind, type: 'RELATION', negated: negated, weight: 1, firstDate: firstDate, lastDate: lastDate
  }) AS relationEdges
}
WITH reached, interactionEdges + relationEdges AS edges
UNWIND reached AS x
WITH edges, x.node AS n, x.hop AS hop,
  reduce(total = 0, e IN edges | total + CASE WHEN x.node.id IN [e.source, e.target] THEN e.weight ELSE 0 END) AS activity
ORDER BY hop, activity DESC, n.id
LIMIT $limit
WITH edges, collect({
  id: n.id, label: n.name, kind: n.kind, type: CASE WHEN n:Actor THEN 'ACTOR' ELSE 'PLACE' END
}) AS nodes
WITH nodes, [node IN nodes | node.id] AS kept, edges
RETURN nodes, COLLECT {
  UNWIND edges AS e
  WITH e WHERE e.source IN kept AND e.target IN kept
  RETURN e ORDER BY e.weight DESC, e.id
} AS edges
