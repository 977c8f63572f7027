// Creates or updates sources.
// $rows: [{id, props}] where props holds every property (null removes one).
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props
