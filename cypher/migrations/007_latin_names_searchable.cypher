// 007: names written in another script are found by their Latin spelling (issue 17). Actors and places keep
// `latinNames` (the transliterated names and aliases: "Касым-Жомарт Токаев" → "Kasym-Zhomart Tokaev", written by
// every writer of actors and places), and the actor_names full-text index covers it with the names and aliases, so
// search("Tokayev") finds an actor stored in Cyrillic. A full-text index cannot gain a property in place: it is
// dropped and created again under the same name (every query asks for it by name). Nodes written before this
// migration get their latinNames when they are written again (the shipped dataset on the next start or load).

DROP INDEX actor_names IF EXISTS;
CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Actor|Place) ON EACH [n.name, n.aliases, n.latinNames]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
