// Network computations: an upper bound of any network read from the projection, from the count store (no
// relationship is read): every (source, target, mode) link has at least one INTERACTED relationship, and every
// node is an actor. Returns links, nodes.
RETURN COUNT { ()-[:INTERACTED]->() } AS links, COUNT { (:Actor) } AS nodes
