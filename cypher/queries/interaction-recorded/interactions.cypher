// interactionRecorded: the interactions among the ids one change wrote, as the API returns them.
// $ids: the change's target ids (other ids match nothing). Returns: interaction (map), by id.
MATCH (i:Interaction)
WHERE i.id IN $ids
WITH i ORDER BY i.id
RETURN
// @include interaction-projection
AS interaction
