// Actor.counterparts(where, first): the other actors each actor interacted with, as initiator and target
// of the same interaction in either direction, most active first.
// $actorIds: the actors (one DataLoader batch); $where: see fragments/interaction-where;
// $limit: the most counterparts per actor.
// Returns one row per actor id: actorId, counterparts [{actor, count, kinds, first, last}], where first and
// last are the dates (at their precision) of the earliest and latest (by first day) interaction the two share.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (a:Actor {id: actorId})
  CALL (a) {
    MATCH (a)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(other:Actor)
    RETURN i, other
    UNION
    MATCH (other:Actor)-[:INITIATED]->(i:Interaction)-[:DIRECTED_AT]->(a)
    RETURN i, other
  }
  WITH a, i, other
  WHERE other <> a
    AND
// @include interaction-where
  WITH other, i ORDER BY i.dateStart, i.dateEnd, i.id
  WITH other, collect(i) AS shared
  WITH other, shared, size(shared) AS shares
  ORDER BY shares DESC, last(shared).dateStart DESC, other.name, other.id
  LIMIT $limit
  RETURN collect({
    actor: other {.*},
    count: shares,
    kinds: COLLECT { UNWIND shared AS x WITH DISTINCT x.kind AS kind RETURN kind ORDER BY kind },
    first: head(shared).date,
    last: last(shared).date
  }) AS counterparts
}
RETURN actorId, counterparts
