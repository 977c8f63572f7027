// Actor.counterparts(where, links, first) — the planner's ACTORS strategy: from each actor's own interactions.
// A counterpart is the other end of a network pair (the pair rule, modes in $links.modes) the actor is in; an
// interaction counts once per mode it yields. Most shared first (then latest start, name, id).
// $actorIds: the actors (one DataLoader batch); $where: see fragments/interaction-where; $links: {modes};
// $limit: the most counterparts per actor.
// Returns one row per actor id: actorId, counterparts [{actor, count, kinds, modes, first, last}], first and last
// being the `date` strings of the earliest and latest shared interaction by dateStart, dateEnd, date.
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (a:Actor {id: actorId})
  CALL (a) {
    MATCH (a)-[:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
    RETURN DISTINCT i
  }
  WITH a, i
  WHERE
// @include interaction-where
  CALL (i) {
// @include interaction-pairs
  }
  WITH i, mode, CASE WHEN s = a THEN t WHEN t = a THEN s END AS other
  WHERE other:Actor
  WITH other, collect(i) AS shared, collect(DISTINCT mode) AS modes, max(i.dateStart) AS latest
  WITH other, shared, modes, size(shared) AS shares, latest
  ORDER BY shares DESC, latest DESC, other.name, other.id
  LIMIT $limit
  CALL (shared) {
    UNWIND shared AS i
    WITH i ORDER BY i.dateStart, i.dateEnd, i.date
    RETURN collect(i.date) AS dates, collect(DISTINCT i.kind) AS kinds
  }
  RETURN collect({
    actor: other {.*}, count: shares,
    kinds: COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind },
    modes: COLLECT { UNWIND modes AS mode RETURN mode ORDER BY mode },
    first: dates[0], last: dates[-1]
  }) AS counterparts
}
RETURN actorId, counterparts
