import type { FilterableInteraction, InteractionFilterInput } from '@actorgraph/graph';
import fc from 'fast-check';
import type { Driver } from 'neo4j-driver';

/** What random filters are drawn from: the ids, datasets and words of the graph under test. */
export interface FilterVocabulary {
  actors: string[];
  places: string[];
  sources: string[];
  datasets: string[];
  words: string[];
}

/** Every interaction as the in-memory predicate sees it (ids of participants, day span, texts). */
export async function readFilterables(driver: Driver): Promise<(FilterableInteraction & { id: string })[]> {
  const { records } = await driver.executeQuery(`
    MATCH (i:Interaction)
    RETURN i.id AS id, i.kind AS kind, toString(i.dateStart) AS dateStart, toString(i.dateEnd) AS dateEnd,
      i.dataset AS dataset, i.summary AS summary, coalesce(i.quotes, []) AS quotes,
      COLLECT { MATCH (a:Actor)-[:INITIATED]->(i) RETURN a.id } AS initiators,
      COLLECT { MATCH (i)-[:DIRECTED_AT]->(t) RETURN t.id } AS targets,
      COLLECT { MATCH (i)-[:MENTIONS]->(m) RETURN m.id } AS mentions,
      head(COLLECT { MATCH (i)-[:OCCURRED_IN]->(p:Place) RETURN p.id }) AS place,
      COLLECT { MATCH (i)-[:REPORTED_IN]->(s:Source) RETURN s.id } AS sources`);
  return records.map((r) => r.toObject() as FilterableInteraction & { id: string });
}

export async function readVocabulary(driver: Driver): Promise<FilterVocabulary> {
  const ids = async (cypher: string) =>
    (await driver.executeQuery(cypher)).records.map((r) => r.get(0) as string).filter((x) => x !== null);
  const summaries = await ids('MATCH (i:Interaction) RETURN i.summary');
  const words = [...new Set(summaries.flatMap((s) => s.split(/[^\p{L}]+/u)).filter((w) => w.length >= 4))].sort();
  return {
    actors: await ids('MATCH (a:Actor) WHERE EXISTS { (a)--(:Interaction) } RETURN a.id ORDER BY a.id'),
    places: await ids('MATCH (p:Place) RETURN p.id ORDER BY p.id'),
    sources: await ids('MATCH (s:Source) RETURN s.id ORDER BY s.id'),
    datasets: await ids('MATCH (i:Interaction) RETURN DISTINCT i.dataset'),
    words,
  };
}

const DATES = [
  ...['2017', '2017-01', '2017-01-01', '2018-06', '2018-06-02'],
  ...['2022', '2022-03', '2022-08-15', '2022-12', '2024', '2025-01', '2025-08', '2025-08-09', '2025-08-31'],
];
const KINDS = [
  ...['CALL', 'STATEMENT', 'MEETING', 'AID', 'SUMMONS', 'MEDIATION_OFFER', 'CONCERN', 'STRIKE', 'RECALL'],
  ...['APPEAL', 'INTENT_TO_COOPERATE', 'NEGOTIATION', 'DIPLOMATIC_COOPERATION', 'DEMAND', 'THREAT', 'ASSAULT'],
];

/**
 * A random filter over the vocabulary: each key present or not, dates aligned to years, months or days (so every
 * projection level and the scan's windows are drawn), `from` never after `to`.
 */
export function filterArbitrary(v: FilterVocabulary): fc.Arbitrary<InteractionFilterInput> {
  const some = (items: string[]) => fc.uniqueArray(fc.constantFrom(...items), { minLength: 1, maxLength: 3 });
  const values: { [K in keyof InteractionFilterInput]-?: fc.Arbitrary<NonNullable<InteractionFilterInput[K]>> } = {
    kinds: some(KINDS),
    from: fc.constantFrom(...DATES),
    to: fc.constantFrom(...DATES),
    initiators: some(v.actors),
    targets: some([...v.actors, ...v.places]),
    participants: some([...v.actors, ...v.places]),
    places: some(v.places),
    sources: some(v.sources),
    datasets: some(v.datasets),
    between: fc.uniqueArray(fc.constantFrom(...v.actors), { minLength: 2, maxLength: 2 }),
    text: fc.uniqueArray(fc.constantFrom(...v.words), { minLength: 1, maxLength: 2 }).map((w) => w.join(' ')),
  };
  // Up to three keys at a time, so that most filters still match something.
  const keys = Object.keys(values) as (keyof InteractionFilterInput)[];
  return fc
    .uniqueArray(fc.constantFrom(...keys), { maxLength: 3 })
    .chain((chosen) => fc.record(Object.fromEntries(chosen.map((key) => [key, values[key]]))))
    .map((f: InteractionFilterInput) => {
      // `from` never after `to` (swapping the two keeps both drawn dates).
      if (f.from && f.to && f.to < f.from) return { ...f, from: f.to, to: f.from };
      return f;
    });
}

/** Filters the projection can answer: only kinds, datasets and dates (the other keys would send the plan to a scan). */
export function projectableFilterArbitrary(v: FilterVocabulary): fc.Arbitrary<InteractionFilterInput> {
  return filterArbitrary(v).map(({ kinds, from, to, datasets }) => ({ kinds, from, to, datasets }));
}

export const linksArbitrary = fc.record({
  coParticipation: fc.boolean(),
  mentions: fc.boolean(),
  genericActors: fc.boolean(),
});
