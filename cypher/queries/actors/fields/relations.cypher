// Actor.relations(types, at): the standing relations (LEADS, REPRESENTS…) each actor is the subject or object of.
// $actorIds: the actors (one DataLoader batch); $types: relation types to include (RelationType values);
// $atStart, $atEnd: the first and last day of `at`, or null for all; a relation is valid when its
// [validFrom, validTo] overlaps them, an absent bound being open.
// Returns one row per actor id: actorId, relations (list of maps; subject, object and accreditedTo as maps,
// evidence [{source, quote}] joined from sourceIds and quotes in the order given).
UNWIND $actorIds AS actorId
CALL (actorId) {
  MATCH (:Actor {id: actorId})-[r:$any($types)]-(other)
  WHERE (other:Actor OR other:Place)
    AND ($atEnd IS NULL OR r.validFrom IS NULL OR r.validFrom <= $atEnd)
    AND ($atStart IS NULL OR r.validTo IS NULL OR r.validTo >= $atStart)
  WITH DISTINCT r, other, startNode(r) AS subject, endNode(r) AS object
  ORDER BY type(r), other.name, r.id
  RETURN collect(
    // @include relation-projection
  ) AS relations
}
RETURN actorId, relations
