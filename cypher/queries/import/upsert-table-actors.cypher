// Creates or updates the actors of an actor table (`cli import table --mapping` with mapping: actors).
// $rows: [{id, label, kind, exists, name, aliases, nameKeys, latinNames, description, wikidataId, props, dataset, hash}].
// A new actor (or one this dataset created) takes the row's name and description; an actor from elsewhere keeps
// its name, gains the row's name and aliases as aliases, and keeps a description or Wikidata id it already has.
// Extra properties are set;
// importHash marks the row as imported (an unchanged row is not written again).
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET
  a.kind = row.kind,
  a.name = row.name,
  a.aliases = [],
  a.nameKeys = [],
  a.latinNames = [],
  a.recognition = null,
  a.iso3 = null,
  a.dataset = row.dataset
SET a:$(row.label)
WITH a, row, a.dataset = row.dataset AS ours
SET a.name = CASE WHEN ours THEN row.name ELSE a.name END,
  a.description = CASE WHEN ours THEN row.description ELSE coalesce(a.description, row.description) END
WITH a, row, [n IN [row.name] + row.aliases WHERE n <> a.name] AS alsoCalled
SET
  a += row.props,
  a.aliases = reduce(acc = coalesce(a.aliases, []), n IN alsoCalled | CASE WHEN n IN acc THEN acc ELSE acc + n END),
  a.nameKeys = reduce(acc = coalesce(a.nameKeys, []), k IN row.nameKeys | CASE WHEN k IN acc THEN acc ELSE acc + k END),
  a.latinNames = reduce(acc = coalesce(a.latinNames, []), n IN row.latinNames | CASE WHEN n IN acc THEN acc ELSE acc + n END),
  a.wikidataId = coalesce(a.wikidataId, row.wikidataId),
  a.importHash = row.hash
