// Fragment: after projection relationships `r` from actor `s` to actor `t` that match the window, the links of
// the who-spoke-to-whom network for network computations: relationships of the modes in $links.modes and of the
// filter's kinds and datasets, summed per (s, t, mode) as `weight` (each interaction once, docs/network.md).
// @include projection-link-filter
WITH s, t, r.mode AS mode, sum(r.count) AS weight
