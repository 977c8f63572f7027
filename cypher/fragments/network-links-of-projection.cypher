// Fragment: after projection relationships `r` from actor `s` to actor `t` that match the window, the links of
// the who-spoke-to-whom network for network computations: relationships of the modes in $links.modes and of the
// filter's kinds and datasets, summed per (s, t, mode) as `weight` (each interaction once, docs/network.md).
WITH s, r, t
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
WITH s, t, r.mode AS mode, sum(r.count) AS weight
