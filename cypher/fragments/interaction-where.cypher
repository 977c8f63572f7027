// Fragment: the interaction filter (libs/graph INTERACTION_FILTER_KEYS) on an interaction bound as `i`; the
// in-memory twin is matchesInteraction in libs/graph (a property test checks the two agree).
// $where: {kinds, from, to, initiators, targets, participants, places, sources, datasets, between, text, textIds};
// a null field does not filter. Dates overlap: an event from dateStart to dateEnd matches when any of its days lies
// in [from, to], so a month-precision event matches a filter on any day of that month. `between` [A, B]: one among
// the initiators and the other among the targets, either way. `text`: the ids the full-text index found for it
// are in $where.textIds (filled by the API before the query runs).
($where.kinds IS NULL OR i.kind IN $where.kinds)
AND ($where.from IS NULL OR i.dateEnd >= date($where.from))
AND ($where.to IS NULL OR i.dateStart <= date($where.to))
AND ($where.datasets IS NULL OR i.dataset IN $where.datasets)
AND ($where.initiators IS NULL OR EXISTS { MATCH (x:Actor)-[:INITIATED]->(i) WHERE x.id IN $where.initiators })
AND ($where.targets IS NULL OR EXISTS { MATCH (i)-[:DIRECTED_AT]->(x) WHERE x.id IN $where.targets })
AND ($where.participants IS NULL OR EXISTS { MATCH (i)-[:DIRECTED_AT|MENTIONS]->(x) WHERE x.id IN $where.participants }
     OR EXISTS { MATCH (x:Actor)-[:INITIATED]->(i) WHERE x.id IN $where.participants })
AND ($where.places IS NULL OR EXISTS { MATCH (i)-[:OCCURRED_IN|DIRECTED_AT]->(x:Place) WHERE x.id IN $where.places })
AND ($where.sources IS NULL OR EXISTS { MATCH (i)-[:REPORTED_IN]->(x:Source) WHERE x.id IN $where.sources })
AND ($where.between IS NULL
     OR EXISTS { MATCH (x:Actor)-[:INITIATED]->(i)-[:DIRECTED_AT]->(y) WHERE x.id = $where.between[0] AND y.id = $where.between[1] }
     OR EXISTS { MATCH (x:Actor)-[:INITIATED]->(i)-[:DIRECTED_AT]->(y) WHERE x.id = $where.between[1] AND y.id = $where.between[0] })
AND ($where.text IS NULL OR i.id IN $where.textIds)
