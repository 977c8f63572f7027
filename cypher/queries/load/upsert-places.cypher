// Creates or updates places.
// $rows: [{id, props}] where props holds every property (null removes one).
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
SET p += row.props
