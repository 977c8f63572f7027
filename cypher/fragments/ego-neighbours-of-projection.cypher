// Fragment: inside a per-frontier-node CALL of ego-network/neighbours/from-projection*, after projection
// relationships `r` between the frontier node `s` and another node `t` (either direction) that match the window:
// the ids of the nodes `s` is linked to by the modes in $links.modes and the filter's kinds and datasets.
// @include projection-link-filter
RETURN collect(DISTINCT t.id) AS viaInteractions
