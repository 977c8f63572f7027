// Network computations (centrality, communities): the network between actors from the maintained projection's
// INTERACTED_YEAR relationships, for a window of whole years ('YYYY') (docs/network.md, Exactness; the planner's projectionWindow).
// $window: {from, to}; $where: kinds, datasets; $links: {modes}. Returns what scan-links returns: source,
// sourceName, target, targetName, weight, undirected (one row per source, target, mode).
MATCH (s:Actor)-[r:INTERACTED_YEAR]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
// @include network-links-of-projection
RETURN s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName, weight,
  mode = 'CO_PARTICIPATION' AS undirected
