// Creates the places where coded events happened; an existing place is left as it is.
// $rows: [{id, props}] with props {id, kind, name, aliases, latitude, longitude, …}.
UNWIND $rows AS row
MERGE (p:Place {id: row.id})
ON CREATE SET p += row.props
