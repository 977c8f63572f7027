// Creates actors not stored yet (the loader looked their ids up first), with the label of their kind.
// $rows: [{id, label, props}]. Unlike upsert-actors, nothing is merged or relabelled: no Eager step.
UNWIND $rows AS row
CREATE (a:Actor:$(row.label))
SET a = row.props
