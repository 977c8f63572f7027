// Network computations over several windows of whole years at once (centrality and communities with `window`): the
// links of projection-links-years.cypher over the windows' whole range, summed per (s, t, mode) and per span of the
// INTERACTED_YEAR relationships (start, end: 'YYYY'), so the API sums each window's network from one read
// (a window's links are the rows whose span meets it, as projection-links-years reads them).
// $window: {from, to} (the whole range); $where: kinds, datasets; $links: {modes}. Returns: source, sourceName,
// target, targetName, weight, undirected, start, end.
MATCH (s:Actor)-[r:INTERACTED_YEAR]->(t:Actor)
WHERE r.start <= $window.to AND r.end >= $window.from
// @include projection-link-filter
WITH s, t, r.mode AS mode, r.start AS start, r.end AS end, sum(r.count) AS weight
RETURN s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName, weight,
  mode = 'CO_PARTICIPATION' AS undirected, start, end
