// The state rule's facts (libs/graph stateAt, docs/state-level.md) for some actors: their standing relations to
// states — LEADS, REPRESENTS, PART_OF, MEMBER_OF, NATIONAL_OF — direct, or through an organization that is itself
// PART_OF (or MEMBER_OF) a state (indirect, valid while both hold), and a coded actor's country (GDELT countryCode,
// ICEWS country). Also each actor's properties, for the answer.
// $ids: actor ids. Returns one row per actor found: actor (map), id, kind, countryCode, country,
// affiliations [{type, stateId, validFrom, validTo, indirect}] (days as 'YYYY-MM-DD' strings or null).
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN a {.*} AS actor, a.id AS id, a.kind AS kind, a.countryCode AS countryCode, a.country AS country,
  COLLECT {
    MATCH (a)-[r:LEADS|REPRESENTS|PART_OF|MEMBER_OF|NATIONAL_OF]->(st:State)
    RETURN {type: type(r), stateId: st.id, validFrom: toString(r.validFrom), validTo: toString(r.validTo), indirect: false} AS affiliation
    UNION
    MATCH (a)-[r:LEADS|REPRESENTS|PART_OF|MEMBER_OF|NATIONAL_OF]->(o:Actor)-[r2:PART_OF|MEMBER_OF]->(st:State)
    WHERE NOT o:State
    WITH r, st,
      CASE WHEN r2.validFrom IS NULL OR (r.validFrom IS NOT NULL AND r.validFrom > r2.validFrom) THEN r.validFrom ELSE r2.validFrom END AS validFrom,
      CASE WHEN r2.validTo IS NULL OR (r.validTo IS NOT NULL AND r.validTo < r2.validTo) THEN r.validTo ELSE r2.validTo END AS validTo
    RETURN {type: type(r), stateId: st.id, validFrom: toString(validFrom), validTo: toString(validTo), indirect: true} AS affiliation
  } AS affiliations
