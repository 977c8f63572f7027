// dyads(orderBy: CONFLICT|COOPERATION, level: STATE…) when the projection cannot answer: every interaction matching
// $where with its network pairs between actors (the pair rule), for the API to rank (by quad class, computed with
// libs/graph's rule) or to map to states first (the state rule, libs/graph stateAt).
// $where: see fragments/interaction-where; $links: {modes}.
// Returns one row per interaction with at least one pair: id, kind, date, dateStart, dateEnd, quadClass, cameo,
// goldstein, intensity, pairs [{source, target, mode}].
CALL () {
// @include candidates/by-dates
}
WITH i
WHERE
// @include interaction-where
CALL (i) {
// @include interaction-pairs
}
WITH i, s, t, mode
WHERE t:Actor
RETURN i.id AS id, i.kind AS kind, i.date AS date, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
  i.quadClass AS quadClass, i.cameo AS cameo, i.goldstein AS goldstein, i.intensity AS intensity,
  collect({source: s.id, target: t.id, mode: mode}) AS pairs
