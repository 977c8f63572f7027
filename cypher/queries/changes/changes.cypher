// changes(where, first, after): the change log, newest first.
// $operation, $by, $targetId, $loadId: exact matches or null (a bulk load's batches share its loadId); $since, $until: ISO instants (inclusive) or null;
// $skip, $limit: the page. Returns one row: totalCount, changes (list of maps, `at` as an ISO string).
MATCH (c:Change)
WHERE ($operation IS NULL OR c.operation = $operation)
  AND ($by IS NULL OR c.by = $by)
  AND ($since IS NULL OR c.at >= datetime($since))
  AND ($until IS NULL OR c.at <= datetime($until))
  AND ($targetId IS NULL OR $targetId IN c.targetIds)
  AND ($loadId IS NULL OR c.loadId = $loadId)
WITH c ORDER BY c.at DESC, c.seq DESC, c.id DESC
WITH collect(c) AS matched
RETURN size(matched) AS totalCount, [c IN matched[$skip..($skip + $limit)] | c {.*, at: toString(c.at)}] AS changes
