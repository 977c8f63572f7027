// Fragment: the body of a `CALL () { … }` returning the interactions `i` that may overlap [$where.from,
// $where.to] — the planner's DATES strategy, through the dateStart index. Without `until` an event spans at most a
// year (YEAR precision), so one overlapping [from, to] starts in [from - 366 days, to]; events with `until` come
// from their own index. A superset of the matches: filter with interaction-where after.
MATCH (i:Interaction)
WHERE i.dateStart >= coalesce(date($where.from) - duration({days: 366}), date('-999999999-01-01'))
  AND i.dateStart <= coalesce(date($where.to), date('+999999999-12-31'))
  AND i.until IS NULL
RETURN i
UNION
MATCH (i:Interaction)
WHERE i.until IS NOT NULL
RETURN i
