// Fragment: a standing relation `r` from `subject` to `object` as the map the API returns, with its
// accreditedTo actor and its evidence [{source, quote}] joined from sourceIds and quotes in the order given (a
// source's stored full text left out: it is there to check quotes).
r {
    .id, .role, .lengthKm, .volume, .from, .to,
    type: type(r),
    negated: coalesce(r.negated, false),
    subject: subject {.*},
    object: object {.*},
    accreditedTo: head(COLLECT { MATCH (x:Actor {id: r.accreditedTo}) RETURN x {.*} }),
    evidence: COLLECT {
      UNWIND range(0, size(coalesce(r.sourceIds, [])) - 1) AS k
      MATCH (s:Source {id: r.sourceIds[k]})
      RETURN {quote: r.quotes[k], source: s {.*, text: null}} AS evidence ORDER BY k
    }
  }
