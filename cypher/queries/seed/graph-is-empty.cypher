// Whether the graph holds no actor yet: the API seeds the shipped dataset only then.
// Returns one row: empty (boolean).
RETURN NOT EXISTS { MATCH (:Actor) } AS empty
