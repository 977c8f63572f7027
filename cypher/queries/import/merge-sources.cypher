// Creates the sources coded events are reported in (URLs, ICEWS stories); an existing source is left as it is.
// $rows: [{id, props}] with props {id, title, publisher, url, publishedAt, dataset}.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
ON CREATE SET s += row.props
