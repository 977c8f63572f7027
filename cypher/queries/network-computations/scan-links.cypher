// Network computations (centrality, communities): the who-spoke-to-whom network between actors, scanned from
// the interactions that match $where (fragments/interaction-where) by the pair rule (fragments/interaction-pairs)
// for the link modes in $links.modes. Places are left out: the computations rank actors.
// Returns one row per (source, target, mode): source, sourceName, target, targetName, weight (matching
// interactions), undirected (true for CO_PARTICIPATION, stored once lower id → higher id).
MATCH (i:Interaction)
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH s, t, mode, i
WHERE t:Actor
WITH s, t, mode, count(DISTINCT i) AS weight
RETURN s.id AS source, s.name AS sourceName, t.id AS target, t.name AS targetName, weight,
  mode = 'CO_PARTICIPATION' AS undirected
