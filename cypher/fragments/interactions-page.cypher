// Fragment: after candidate interactions `i`, the page of those matching $where, as the interactions query returns it.
// $where: see interaction-where; $ascending: oldest first when true; $skip, $limit: the page.
// Returns one row: totalCount, interactions (list of maps).
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
