// Fragment: the end of the candidates' CALL of an egoNetwork widening statement, after the neighbours `n`
// of the frontier: those not yet reached ($reached: ids), busiest first — interactions overall (as initiator, target
// or mention, whatever the filter; counted from the node's degree, these relationships only ever reaching an
// interaction), then id. Returns ranked (ids).
// DISTINCT on `n` alone: the imported lists must not be part of the key (memory).
WITH DISTINCT n
WHERE NOT n.id IN $reached
WITH n.id AS id, COUNT { (n)-[:INITIATED|DIRECTED_AT|MENTIONS]-() } AS degree
ORDER BY degree DESC, id
RETURN collect(id) AS ranked
