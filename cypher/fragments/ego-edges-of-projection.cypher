// Fragment: the end of ego-network/edges/from-projection*, after projection relationships `r` from a kept node `s`
// to a kept node `t` that match the window: the edges of the modes in $links.modes and the filter's kinds and
// datasets, one per (mode, kind, source, target), summed over datasets and periods (each interaction once,
// docs/network.md); the $edgeLimit heaviest, then by id, and one more when there are more.
// @include projection-link-filter
WITH s.id AS source, t.id AS target, r.mode AS mode, r.kind AS kind, sum(r.count) AS weight,
  min(r.firstKey) AS firstKey, max(r.lastKey) AS lastKey, collect(DISTINCT r.dataset) AS datasets
WITH source, target, mode, kind, weight, firstKey, lastKey, datasets,
  CASE mode WHEN 'DIRECTED' THEN '' ELSE mode + ':' END + kind + ':' + source + '->' + target AS id
ORDER BY weight DESC, id
LIMIT $edgeLimit + 1
// A sort key is '<dateStart> <dateEnd> <date>' (docs/network.md).
RETURN {
  id: id, source: source, target: target, kind: kind, mode: mode, type: 'INTERACTION', negated: false,
  weight: weight, firstDate: split(firstKey, ' ')[2], lastDate: split(lastKey, ' ')[2],
  firstDay: split(firstKey, ' ')[0], lastDay: split(lastKey, ' ')[1], interactionIds: [], interactionCount: weight,
  datasets: COLLECT { UNWIND datasets AS dataset RETURN dataset ORDER BY dataset }
} AS edge
