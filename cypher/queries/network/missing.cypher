// Network: whether the graph has interactions but no projection yet (a database loaded before the projection
// existed, or by neo4j-admin import): the API then rebuilds it on start. Returns: missing.
RETURN NOT EXISTS { MATCH (:NetworkState) } AND EXISTS { MATCH (:Interaction) } AS missing
