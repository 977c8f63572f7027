// interactions(where, orderBy, first, after): a page of interactions matching a filter.
// $where: see fragments/interaction-where; $ascending: oldest first when true;
// $skip, $limit: the page. Returns one row: totalCount, interactions (list of maps).
// Candidates come through an index (the named actors' relationships, the date range…), not a scan of all.
CALL () {
// @include interaction-candidates
}
WITH i
WHERE
// @include interaction-where
WITH i
ORDER BY
  CASE WHEN $ascending THEN i.dateStart END ASC,
  CASE WHEN $ascending THEN null ELSE i.dateStart END DESC,
  i.id
WITH collect(i) AS matched
RETURN size(matched) AS totalCount,
  [i IN matched[$skip..($skip + $limit)] |
// @include interaction-projection
  ] AS interactions
