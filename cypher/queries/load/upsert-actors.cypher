// Creates or updates actors, with the label of their kind (Person, State, Organization).
// $rows: [{id, label, props}]; $kindLabels: every actor kind label, removed before the right one is set.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a += row.props
REMOVE a:$($kindLabels)
SET a:$(row.label)
