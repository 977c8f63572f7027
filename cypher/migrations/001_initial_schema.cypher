// 001: the initial schema. Every statement is idempotent (IF NOT EXISTS).
// Uniqueness on every id; indexes for names, kinds and dates; full-text search
// over actor and place names and aliases (diacritics folded: Sanchez finds Sánchez)
// and over interaction summaries and quotes.

CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:Migration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (p:Place) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT interaction_id IF NOT EXISTS FOR (i:Interaction) REQUIRE i.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (s:Source) REQUIRE s.id IS UNIQUE;

CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX actor_kind IF NOT EXISTS FOR (a:Actor) ON (a.kind);
CREATE INDEX place_name IF NOT EXISTS FOR (p:Place) ON (p.name);
CREATE INDEX interaction_kind IF NOT EXISTS FOR (i:Interaction) ON (i.kind);
CREATE INDEX interaction_date_start IF NOT EXISTS FOR (i:Interaction) ON (i.dateStart);
CREATE INDEX interaction_date_end IF NOT EXISTS FOR (i:Interaction) ON (i.dateEnd);
CREATE INDEX interaction_dataset IF NOT EXISTS FOR (i:Interaction) ON (i.dataset);

CREATE FULLTEXT INDEX actor_names IF NOT EXISTS
FOR (n:Actor|Place) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

CREATE FULLTEXT INDEX interaction_texts IF NOT EXISTS
FOR (i:Interaction) ON EACH [i.summary, i.quotes]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
