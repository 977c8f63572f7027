// dyads(where, first): who spoke to whom across the graph. A dyad is an (initiator actor) → (target actor)
// pair of the interactions matching the filter; an actor directed at itself is not a dyad.
// $where: see fragments/interaction-where; $limit: how many dyads.
// Returns one row per dyad, most active first (count desc, then source id, target id):
// source, target (actor maps), count, kinds (sorted), first, last (the `date` strings, at their precision,
// of the interactions that began first and last).
// Candidates come through an index (a year's dyads read that year's interactions, not all of them).
CALL () {
// @include interaction-candidates
}
MATCH (s:Actor)-[:INITIATED]->(i)-[:DIRECTED_AT]->(t:Actor)
WHERE s <> t AND
// @include interaction-where
WITH s, t, i
ORDER BY i.dateStart, i.dateEnd, i.id
WITH s, t, count(i) AS count, collect(DISTINCT i.kind) AS kinds, collect(i.date) AS dates
ORDER BY count DESC, s.id, t.id
LIMIT $limit
RETURN s {.*} AS source, t {.*} AS target, count, COLLECT { UNWIND kinds AS kind RETURN kind ORDER BY kind } AS kinds, dates[0] AS first, dates[-1] AS last
