// Actor.interactions(role, where, first, after): a page of each actor's interactions, latest first.
// $actorIds: the actors (one DataLoader batch); $role: INITIATOR (INITIATED), TARGET (DIRECTED_AT) or ANY
// (also MENTIONS); $where: see fragments/interaction-where; $skip, $limit: the page, the same for every actor;
// $withTotal: count every matching interaction (else totalCount is 0 and a hub's interactions are not all read);
// $unfiltered: true when no key of $where filters (the API computes it from the filter's definition).
// Returns one row per actor id that is an actor's own: actorId, actor (its properties, for `actor(id)`'s look-ahead,
// which then needs no other statement), totalCount, interactions (list of maps).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (actor:Actor {id: actorId})
  // A hub (degree² above 2 × page end × all interactions) finds its page faster by walking the date index
  // from the latest day down and keeping its own interactions than by sorting all of them; only unfiltered.
  WITH actor, COUNT { (actor)-[:INITIATED|DIRECTED_AT|MENTIONS]-() } ^ 2 > 2 * ($skip + $limit) * COUNT { (:Interaction) }
    AND $unfiltered AS hub
  CALL (actor, hub) {
    WITH actor WHERE NOT hub
    MATCH (actor)-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
    WHERE CASE $role
        WHEN 'INITIATOR' THEN type(r) = 'INITIATED'
        WHEN 'TARGET' THEN type(r) = 'DIRECTED_AT'
        ELSE true
      END
      AND
// @include interaction-where
    WITH DISTINCT i
    RETURN i ORDER BY i.dateStart DESC, i.id SKIP $skip LIMIT $limit
    UNION
    MATCH (i:Interaction)
    WHERE i.dateStart <= CASE WHEN hub THEN date('9999-12-31') END
      AND EXISTS {
        MATCH (actor)-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i)
        WHERE CASE $role
            WHEN 'INITIATOR' THEN type(r) = 'INITIATED'
            WHEN 'TARGET' THEN type(r) = 'DIRECTED_AT'
            ELSE true
          END
      }
    RETURN i ORDER BY i.dateStart DESC, i.id SKIP $skip LIMIT $limit
  }
  WITH actor, i ORDER BY i.dateStart DESC, i.id
  WITH actor, collect(i) AS page
  CALL (actor) {
    WITH actor WHERE $withTotal
    MATCH (actor)-[r:INITIATED|DIRECTED_AT|MENTIONS]-(i:Interaction)
    WHERE CASE $role
        WHEN 'INITIATOR' THEN type(r) = 'INITIATED'
        WHEN 'TARGET' THEN type(r) = 'DIRECTED_AT'
        ELSE true
      END
      AND
// @include interaction-where
    RETURN count(DISTINCT i) AS totalCount
  }
  RETURN actor {.*} AS actor, totalCount,
    [i IN page |
// @include interaction-projection
    ] AS interactions
}
RETURN actorId, actor, totalCount, interactions
