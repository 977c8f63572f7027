// Fragment: the body of a `CALL (i) { … }` returning the network pairs of an interaction `i` by the pair rule
// (docs/network.md, interactionPairs in libs/graph): s, t (source and target nodes) and mode, for the modes in
// $links.modes (LinkMode). DIRECTED: initiator → target (actor or place); CO_PARTICIPATION: two initiators of an
// interaction without any target, once, lower id → higher id; MENTION: initiator → mentioned. No self-pairs; each
// (s, t, mode) once. With $links.genericActors false, no pair with a generic actor (`generic: true`) at either end.
MATCH (s:Actor)-[:INITIATED]->(i)-[:DIRECTED_AT]->(t)
WHERE 'DIRECTED' IN $links.modes AND s <> t AND (t:Actor OR t:Place)
  AND (coalesce($links.genericActors, true) OR NOT coalesce(s.generic OR t.generic, false))
RETURN s, t, 'DIRECTED' AS mode
UNION
MATCH (s:Actor)-[:INITIATED]->(i)<-[:INITIATED]-(t:Actor)
WHERE 'CO_PARTICIPATION' IN $links.modes AND s.id < t.id AND NOT EXISTS { (i)-[:DIRECTED_AT]->() }
  AND (coalesce($links.genericActors, true) OR NOT coalesce(s.generic OR t.generic, false))
RETURN s, t, 'CO_PARTICIPATION' AS mode
UNION
MATCH (s:Actor)-[:INITIATED]->(i)-[:MENTIONS]->(t)
WHERE 'MENTION' IN $links.modes AND s <> t AND (t:Actor OR t:Place)
  AND (coalesce($links.genericActors, true) OR NOT coalesce(s.generic OR t.generic, false))
RETURN s, t, 'MENTION' AS mode
