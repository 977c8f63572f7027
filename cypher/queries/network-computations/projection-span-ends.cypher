// Network computations: the actors a windowed read (projection-spans-*.cypher) names by internal node id, in the
// same transaction (an internal id names a node only while it exists); a node that is no actor (a place a strike hit)
// is not returned, and its links drop out of the network. $nodes: node ids (floats, as read).
// Returns: node (as given), id, name.
UNWIND $nodes AS node
MATCH (a:Actor)
WHERE id(a) = toInteger(node)
RETURN node, a.id AS id, a.name AS name
