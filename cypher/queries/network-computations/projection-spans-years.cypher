// Network computations over several windows of whole years at once (centrality and communities with `window`): every
// INTERACTED_YEAR relationship over the windows' whole range (in parts, below), with its span, so the API sums each
// window's network from one read (a window's links are those whose span meets it, as projection-links-years.cypher
// reads them; the API sums a pair's links of several kinds). The read is the size of the projection (a million
// relationships at a million interactions), so it is shaped for speed: mode, span and count come from migration 008's
// composite index rather than each relationship's properties; ends are internal node ids, not checked for a label
// (projection-span-ends.cypher gives the actors' ids and names in the same transaction, and a link to a place is left
// out there: a million label checks cost a third of the read); one row per initiating node with its links as lists of
// numbers (floats: the driver hands them over as plain numbers, where a row per link and an Integer object per value
// cost seconds of garbage collection); a span's periods as numbers ('YYYY' → 2025, in the same order).
// The read comes in parts by the period a relationship starts in, so that the API computes the first windows while
// Neo4j reads the next part: $starts: {from, before} (the part's starts; the first part's `from` is '', before every
// period, as its spans may start before the range); $window: {from} (the whole range's first period); $where: kinds,
// datasets; $links: {modes}. Returns: source (node id) and, link by link, targets (node ids), weights and spans: the
// span's periods as numbers and whether the link is undirected in one number, `(start × 10⁶ + end) × 2 + undirected`
// (libs/network spanned-network.ts spanCode decodes it; one number a link instead of three).
MATCH (s)-[r:INTERACTED_YEAR]->(t)
USING INDEX r:INTERACTED_YEAR(mode, start, end, count)
WHERE r.mode IN $links.modes AND r.start >= $starts.from AND r.start < $starts.before AND r.end >= $window.from
  AND r.count > 0
// @include projection-link-filter
WITH s, collect(toFloat(id(t))) AS targets, collect(toFloat(r.count)) AS weights,
  collect((toFloat(replace(r.start, '-', '')) * 1000000 + toFloat(replace(r.end, '-', ''))) * 2
    + CASE r.mode WHEN 'CO_PARTICIPATION' THEN 1 ELSE 0 END) AS spans
RETURN toFloat(id(s)) AS source, targets, weights, spans
