// The change log in commit order after a point: what subscriptions deliver (apps/api/src/changes/live).
// $after: the last seq already delivered (0: from the start); $limit: most entries. Returns: change (map), oldest first.
MATCH (c:Change)
WHERE c.seq > $after
WITH c ORDER BY c.seq LIMIT $limit
RETURN c {.*, at: toString(c.at)} AS change
