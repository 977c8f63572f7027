// Fragment: an interaction `i` as the map the API returns, with its participants, place and evidence,
// each list in a stable order (by name, evidence by source and quote) so answers do not shuffle. A source's stored
// full text is left out: it is there to check quotes, and would be sent again with every piece of evidence.
i {
  .id, .kind, .date, .datePrecision, .until, .summary, .amount, .cameo, .dataset,
  dateStart: toString(i.dateStart),
  dateEnd: toString(i.dateEnd),
  initiators: COLLECT { MATCH (a:Actor)-[:INITIATED]->(i) RETURN a {.*} ORDER BY a.name, a.id },
  targets: COLLECT { MATCH (i)-[:DIRECTED_AT]->(t) WHERE t:Actor OR t:Place RETURN t {.*} ORDER BY t.name, t.id },
  mentions: COLLECT { MATCH (i)-[:MENTIONS]->(m) WHERE m:Actor OR m:Place RETURN m {.*} ORDER BY m.name, m.id },
  place: head(COLLECT { MATCH (i)-[:OCCURRED_IN]->(p:Place) RETURN p {.*} ORDER BY p.id }),
  evidence: COLLECT {
    MATCH (i)-[r:REPORTED_IN]->(s:Source)
    RETURN {quote: r.quote, source: s {.*, text: null}} AS evidence ORDER BY s.id, r.quote
  }
}
