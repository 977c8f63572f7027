// Records one successful curation write in the change log, in the write's own transaction.
// $id: the change's id; $by, $byName: the API key's id and name; $operation: a ChangeOperation;
// $targetIds: the ids written; $input: the mutation's input as a JSON string. Returns: change (map).
CREATE (c:Change {
  id: $id, at: datetime(), by: $by, byName: $byName, operation: $operation, targetIds: $targetIds, input: $input
})
RETURN c {.*, at: toString(c.at)} AS change
