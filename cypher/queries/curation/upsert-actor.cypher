// upsertActor: creates or updates one actor, with the label of its kind, as the dataset loader writes it.
// $row: {id, label, props}; $kindLabels: every actor kind label, removed before the right one is set.
// Returns: actor (map).
MERGE (a:Actor {id: $row.id})
SET a += $row.props
REMOVE a:$($kindLabels)
SET a:$($row.label)
RETURN a {.*} AS actor
