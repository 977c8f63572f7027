// Actor.counterparts(where, first): the other actors each actor interacted with, as initiator and target
// of the same interaction in either direction, most active first.
// $actorIds: the actors (one DataLoader batch); $where: see fragments/interaction-where;
// $limit: the most counterparts per actor.
// Returns one row per actor id: actorId, counterparts [{actor, count, kinds, first, last}], where first and
// last are the dates (at their precision) of the earliest and latest (by first day) interaction the two share.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (a:Actor {id: actorId})
  // Ranking needs only a count and the latest start per counterpart: a hub's interactions are not sorted,
  // only the kept counterparts' are, for their kinds and first and last dates.
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
  WITH other, collect(i) AS shared, max(i.dateStart) AS latest
  WITH other, shared, size(shared) AS shares, latest
  ORDER BY shares DESC, latest DESC, other.name, other.id
  LIMIT $limit
  CALL (shared) {
    UNWIND shared AS i
    WITH i ORDER BY i.dateStart, i.dateEnd, i.id
    RETURN collect(i.date) AS dates, collect(DISTINCT i.kind) AS kinds
  }
  RETURN collect({actor: other {.*}, count: shares, kinds: COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind }, first: dates[0], last: dates[-1]}) AS counterparts
}
RETURN actorId, counterparts
