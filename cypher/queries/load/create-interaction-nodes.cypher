// Creates interaction nodes of one kind that are not stored yet; their links follow (link-*.cypher).
// $label: the kind's label (from the InteractionKind enum); $rows: [{props}].
// The label is a parameter, one statement per kind, rather than a label read from each row.
UNWIND $rows AS row
CREATE (i:Interaction:$($label))
SET i = row.props, i.dateStart = date(row.props.dateStart), i.dateEnd = date(row.props.dateEnd)
