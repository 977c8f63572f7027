// centrality(metric, where, first): the weighted who-spoke-to-whom edge list the API ranks actors on.
// $where: see fragments/interaction-where; $limit: the cap on dyads plus one (the extra row tells
// the API the cap was passed). Returns one row per directed dyad initiator → target actor (self-loops
// excluded): source, target (actor maps) and weight (how many matching interactions), heaviest first.
MATCH (i:Interaction)
WHERE
// @include interaction-where
MATCH (s:Actor)-[:INITIATED]->(i)-[:DIRECTED_AT]->(t:Actor)
WHERE s <> t
WITH s, t, count(DISTINCT i) AS weight
ORDER BY weight DESC, s.id, t.id
LIMIT $limit
RETURN s {.*} AS source, t {.*} AS target, weight
