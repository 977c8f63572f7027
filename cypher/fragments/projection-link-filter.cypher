// Fragment: after projection relationships `r` from actor `s` to actor `t` that match the window, keeps those of
// the modes in $links.modes (generic actors only when $links.genericActors allows) and of the filter's kinds and
// datasets ($where.kinds, $where.datasets; null: all).
WITH s, r, t
WHERE r.mode IN $links.modes
  AND (coalesce($links.genericActors, true) OR NOT coalesce(startNode(r).generic OR endNode(r).generic, false))
  AND ($where.kinds IS NULL OR r.kind IN $where.kinds)
  AND ($where.datasets IS NULL OR r.dataset IN $where.datasets)
