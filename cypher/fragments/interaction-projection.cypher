// Fragment: an interaction `i` as the map the API returns, with its participants, place and evidence.
i {
  .id, .kind, .date, .datePrecision, .until, .summary, .amount, .cameo, .dataset,
  dateStart: toString(i.dateStart),
  dateEnd: toString(i.dateEnd),
  initiators: [(a:Actor)-[:INITIATED]->(i) | a {.*}],
  targets: [(i)-[:DIRECTED_AT]->(t) WHERE t:Actor OR t:Place | t {.*}],
  mentions: [(i)-[:MENTIONS]->(m) WHERE m:Actor OR m:Place | m {.*}],
  place: head([(i)-[:OCCURRED_IN]->(p:Place) | p {.*}]),
  evidence: [(i)-[r:REPORTED_IN]->(s:Source) | {quote: r.quote, source: s {.*}}]
}
