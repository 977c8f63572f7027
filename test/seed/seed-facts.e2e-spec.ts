import { normalizeForQuote } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import { toNative } from '@actorgraph/neo4j';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { parse } from 'yaml';
import { sharedFixture } from '../support/shared-fixture';
import { clearGraph, startEmptyApi, type TestApi } from '../support/test-api';

// The shipped seed dataset, checked against the article it was curated from: the facts an
// analyst looks up first, each asked with plain Cypher and each tied to its evidence quote.
const root = join(__dirname, '..', '..');
const DATASET = 'data/kazakhstan-ukraine-2025.yaml';
const SOURCE = 'source:kazakhstan-ukraine-2025';

const ZELENSKYY = 'person:volodymyr-zelenskyy';
const TOKAYEV = 'person:kassym-jomart-tokayev';
const VRUBLEVSKY = 'person:petr-vrublevsky';
const KAZAKHSTAN = 'state:kazakhstan';
const UKRAINE = 'state:ukraine';
const RUSSIA = 'state:russia';
const DPR = 'state:donetsk-peoples-republic';
const LPR = 'state:luhansk-peoples-republic';
const FOREIGN_MINISTRY = 'org:kazakhstan-foreign-ministry';

let driver: Driver;

/** Runs a read query and returns its rows as plain JS objects (integers as numbers, dates as ISO strings). */
async function rows<T = Record<string, any>>(cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const { records } = await driver.executeQuery(cypher, params);
  return records.map((record) => toNative(record.toObject()) as T);
}

/** Everything an analyst reads off one interaction: its properties, who, whom, where, and the evidence. */
interface InteractionFacts {
  id: string;
  labels: string[];
  kind: string;
  date: string;
  datePrecision: string;
  dateStart: string;
  dateEnd: string;
  amount: string | null;
  initiators: string[];
  targets: string[];
  places: string[];
  quotes: string[];
}

const INTERACTION_FACTS = `
  RETURN i.id AS id, labels(i) AS labels, i.kind AS kind, i.date AS date, i.datePrecision AS datePrecision,
         i.dateStart AS dateStart, i.dateEnd AS dateEnd, i.amount AS amount,
         COLLECT { MATCH (a)-[:INITIATED]->(i) RETURN a.id ORDER BY a.id } AS initiators,
         COLLECT { MATCH (i)-[:DIRECTED_AT]->(t) RETURN t.id ORDER BY t.id } AS targets,
         COLLECT { MATCH (i)-[:OCCURRED_IN]->(p) RETURN p.id ORDER BY p.id } AS places,
         COLLECT { MATCH (i)-[r:REPORTED_IN]->(:Source {id: $source}) RETURN r.quote ORDER BY r.quote } AS quotes
  ORDER BY id`;

/** The interactions matched by `match` (which must bind `i`), with their facts. */
function interactions(match: string, params: Record<string, unknown> = {}): Promise<InteractionFacts[]> {
  return rows<InteractionFacts>(`${match} WITH DISTINCT i ${INTERACTION_FACTS}`, { ...params, source: SOURCE });
}

/** The one interaction matched by `match`; fails the test if there are none or several. */
async function theInteraction(match: string, params: Record<string, unknown> = {}): Promise<InteractionFacts> {
  const found = await interactions(match, params);
  expect(found.map((i) => i.id)).toHaveLength(1);
  return found[0]!;
}

/** Whether some quote contains `text`, typography aside. */
function quotedIn(quotes: readonly string[], text: string): boolean {
  return quotes.some((quote) => normalizeForQuote(quote).includes(normalizeForQuote(text)));
}

/** A standing relation between two records, with its properties (exactly one expected). */
async function theRelation(type: string, subject: string, object: string): Promise<Record<string, any>> {
  const found = await rows<{ r: Record<string, any> }>(
    `MATCH (s {id: $subject})-[r]->(o {id: $object}) WHERE type(r) = $type RETURN r`,
    { type, subject, object },
  );
  expect(found).toHaveLength(1);
  return found[0]!.r;
}

describe('the shipped seed dataset answers the questions an analyst checks first', () => {
  let api: TestApi;

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    const loader = api.app.get(DatasetLoader, { strict: false });
    const loaded = await loader.load([DATASET]);
    expect(loaded.ok ? [] : loaded.issues).toEqual([]);
  });

  afterAll(async () => {
    await clearGraph(driver);
    await api.close();
    await driver.close();
  });

  it('who did Zelenskyy call on 2025-08-10, and what says so?', async () => {
    const call = await theInteraction(
      `MATCH (:Actor {id: $zelenskyy})-[:INITIATED]->(i:Interaction:Call {date: '2025-08-10'})-[:DIRECTED_AT]->(:Actor {id: $tokayev})`,
      { zelenskyy: ZELENSKYY, tokayev: TOKAYEV },
    );
    expect(call).toMatchObject({
      id: 'interaction:2025-08-10-zelenskyy-calls-tokayev',
      kind: 'CALL',
      date: '2025-08-10',
      datePrecision: 'DAY',
      dateStart: '2025-08-10',
      dateEnd: '2025-08-10',
      initiators: [ZELENSKYY],
      targets: [TOKAYEV],
    });
    expect(call.labels.sort()).toEqual(['Call', 'Interaction']);
    expect(quotedIn(call.quotes, 'called President Kassym-Jomart Tokayev')).toBe(true);
    expect(quotedIn(call.quotes, 'Ukraine initiated the call')).toBe(true);
  });

  it('which leaders did Zelenskyy call on 2025-08-09?', async () => {
    const named = await rows<{ name: string; id: string; quotes: string[] }>(
      `MATCH (:Actor {id: $zelenskyy})-[:INITIATED]->(i:Interaction:Call {date: '2025-08-09'})-[:DIRECTED_AT]->(t:Actor)
       RETURN t.name AS name, i.id AS id, COLLECT { MATCH (i)-[r:REPORTED_IN]->(:Source) RETURN r.quote } AS quotes
       ORDER BY name`,
      { zelenskyy: ZELENSKYY },
    );
    expect(named.map((c) => c.name)).toEqual([
      'Alexander Stubb',
      'Donald Tusk',
      'Emmanuel Macron',
      'Giorgia Meloni',
      'Keir Starmer',
      'Pedro Sánchez',
      'Ursula von der Leyen',
    ]);
    expect(new Set(named.map((c) => c.id)).size).toBe(7); // one call per leader
    for (const call of named) {
      expect(
        quotedIn(
          call.quotes,
          'Yesterday, he spoke with Macron, Meloni, Tusk, Stubb, von der Leyen, Sánchez, and Starmer.',
        ),
      ).toBe(true);
    }
  });

  it('which leaders did Zelenskyy call on 2025-08-10?', async () => {
    const calls = await interactions(
      `MATCH (:Actor {id: $zelenskyy})-[:INITIATED]->(i:Interaction:Call {date: '2025-08-10'})`,
      { zelenskyy: ZELENSKYY },
    );
    expect(calls.map((c) => c.targets)).toEqual([['person:ilham-aliyev'], ['person:ulf-kristersson'], [TOKAYEV]]);
    const names = await rows<{ name: string }>(
      `MATCH (:Actor {id: $zelenskyy})-[:INITIATED]->(:Interaction:Call {date: '2025-08-10'})-[:DIRECTED_AT]->(t:Actor)
       RETURN t.name AS name ORDER BY name`,
      { zelenskyy: ZELENSKYY },
    );
    expect(names.map((n) => n.name)).toEqual(['Ilham Aliyev', 'Kassym-Jomart Tokayev', 'Ulf Kristersson']);
    for (const call of calls.filter((c) => c.targets[0] !== TOKAYEV)) {
      expect(call.datePrecision).toBe('DAY');
      expect(
        quotedIn(
          call.quotes,
          'Today, he spoke with Swedish Prime Minister Kristersson, Ilham Aliyev, and President Tokayev',
        ),
      ).toBe(true);
    }
  });

  it('when did Russia recognize the DPR and LPR, and what are they?', async () => {
    const recognition = await theInteraction(
      `MATCH (:Actor {id: $russia})-[:INITIATED]->(i:Interaction:Recognition)-[:DIRECTED_AT]->(:State {id: $dpr})`,
      { russia: RUSSIA, dpr: DPR },
    );
    expect(recognition).toMatchObject({
      id: 'interaction:2022-02-21-russia-recognizes-dpr-lpr',
      kind: 'RECOGNITION',
      date: '2022-02-21',
      datePrecision: 'DAY',
      initiators: [RUSSIA],
      targets: [DPR, LPR],
    });
    expect(quotedIn(recognition.quotes, 'Russia recognized the DPR and LPR on February 21, 2022.')).toBe(true);
    const states = await rows<{ id: string; labels: string[]; recognition: string }>(
      `MATCH (s:Actor) WHERE s.id IN [$dpr, $lpr] RETURN s.id AS id, labels(s) AS labels, s.recognition AS recognition ORDER BY id`,
      { dpr: DPR, lpr: LPR },
    );
    expect(states.map((s) => [s.id, s.labels.sort(), s.recognition])).toEqual([
      [DPR, ['Actor', 'State'], 'DISPUTED'],
      [LPR, ['Actor', 'State'], 'DISPUTED'],
    ]);
    for (const object of [DPR, LPR]) {
      expect(await theRelation('RECOGNIZES', RUSSIA, object)).toMatchObject({ from: '2022-02-21', negated: false });
    }
  });

  it('where and when did Tokayev refuse to recognize the DPR and LPR?', async () => {
    const refusal = await theInteraction(
      `MATCH (:Actor {id: $tokayev})-[:INITIATED]->(i:Interaction:NonRecognition)-[:DIRECTED_AT]->(:State {id: $lpr})`,
      { tokayev: TOKAYEV, lpr: LPR },
    );
    expect(refusal).toMatchObject({
      id: 'interaction:2022-06-tokayev-refuses-to-recognize-dpr-lpr',
      kind: 'NON_RECOGNITION',
      date: '2022-06',
      datePrecision: 'MONTH',
      dateStart: '2022-06-01',
      dateEnd: '2022-06-30',
      initiators: [TOKAYEV],
      targets: [DPR, LPR],
      places: ['place:st-petersburg-international-economic-forum'],
    });
    expect(quotedIn(refusal.quotes, 'Kazakhstan does not recognize "quasi-state territories"')).toBe(true);
    expect(quotedIn(refusal.quotes, 'In June 2022 at the St. Petersburg International Economic Forum')).toBe(true);
    // The standing relation says the same: Kazakhstan does not recognize either, as stated in June 2022.
    for (const object of [DPR, LPR]) {
      expect(await theRelation('RECOGNIZES', KAZAKHSTAN, object)).toMatchObject({ from: '2022-06', negated: true });
    }
  });

  it('who recalled Vrublevsky?', async () => {
    const recall = await theInteraction(`MATCH (i:Interaction:Recall)-[:DIRECTED_AT]->(:Person {id: $vrublevsky})`, {
      vrublevsky: VRUBLEVSKY,
    });
    expect(recall).toMatchObject({
      id: 'interaction:2022-ukraine-recalls-vrublevsky',
      kind: 'RECALL',
      // The article says only "later" (after the August 2022 summons): the year is all it supports.
      date: '2022',
      datePrecision: 'YEAR',
      initiators: [UKRAINE],
      targets: [VRUBLEVSKY],
    });
    expect(quotedIn(recall.quotes, 'Ukraine later recalled him')).toBe(true);
  });

  it('who summoned Vrublevsky, and when?', async () => {
    const summons = await theInteraction(`MATCH (i:Interaction:Summons)-[:DIRECTED_AT]->(:Person {id: $vrublevsky})`, {
      vrublevsky: VRUBLEVSKY,
    });
    expect(summons).toMatchObject({
      id: 'interaction:2022-08-vrublevsky-summoned-to-kazakh-foreign-ministry',
      kind: 'SUMMONS',
      date: '2022-08',
      datePrecision: 'MONTH',
      initiators: [FOREIGN_MINISTRY],
      targets: [VRUBLEVSKY],
    });
    expect(quotedIn(summons.quotes, 'He was summoned to the Foreign Ministry')).toBe(true);
    // "the Foreign Ministry" is Kazakhstan's.
    await theRelation('PART_OF', FOREIGN_MINISTRY, KAZAKHSTAN);
  });

  it('what did Ukraine strike in 2025, where is it, and whose is it?', async () => {
    const strike = await theInteraction(
      `MATCH (:Actor {id: $ukraine})-[:INITIATED]->(i:Interaction:Strike {date: '2025'})`,
      { ukraine: UKRAINE },
    );
    expect(strike).toMatchObject({
      id: 'interaction:2025-ukraine-strikes-kropotkinskaya-pumping-station',
      kind: 'STRIKE',
      datePrecision: 'YEAR',
      initiators: [UKRAINE],
      targets: ['place:kropotkinskaya-oil-pumping-station'],
    });
    expect(
      quotedIn(strike.quotes, 'Ukraine struck the Caspian Pipeline Consortium’s Kropotkinskaya oil pumping station'),
    ).toBe(true);

    const [station] = await rows<{ name: string; region: string[]; state: string[]; operators: string[] }>(
      `MATCH (p:Place {id: 'place:kropotkinskaya-oil-pumping-station'})
       RETURN p.name AS name,
              COLLECT { MATCH (p)-[:LOCATED_IN]->(r:Place) RETURN r.name } AS region,
              COLLECT { MATCH (p)-[:LOCATED_IN]->(:Place)-[:LOCATED_IN]->(s:State) RETURN s.name } AS state,
              COLLECT { MATCH (o:Actor)-[:OPERATES]->(p) RETURN o.name } AS operators`,
    );
    expect(station).toEqual({
      name: 'Kropotkinskaya oil pumping station',
      region: ['Krasnodar Territory'],
      state: ['Russia'],
      operators: ['Caspian Pipeline Consortium'],
    });
  });

  it('what did Tokayev and his office say?', async () => {
    const chaos = await theInteraction(
      `MATCH (:Actor {id: $tokayev})-[:INITIATED]->(i:Interaction:Statement)-[r:REPORTED_IN]->(:Source)
       WHERE r.quote CONTAINS 'This would be chaos'`,
      { tokayev: TOKAYEV },
    );
    expect(chaos).toMatchObject({
      id: 'interaction:2022-06-tokayev-self-determination-chaos-remark',
      kind: 'STATEMENT',
      initiators: [TOKAYEV],
    });

    const proverb = await theInteraction(
      `MATCH (:Actor {id: 'org:office-of-the-president-of-kazakhstan'})-[:INITIATED]->(i:Interaction:Statement)`,
    );
    expect(proverb).toMatchObject({
      id: 'interaction:2025-08-tokayev-office-statement-bad-peace-proverb',
      kind: 'STATEMENT',
      date: '2025-08',
      datePrecision: 'MONTH',
      initiators: ['org:office-of-the-president-of-kazakhstan'],
    });
    expect(quotedIn(proverb.quotes, 'A bad peace is better than a good war.')).toBe(true);
    const office = await rows<{ aliases: string[] }>(
      `MATCH (o:Organization {id: 'org:office-of-the-president-of-kazakhstan'})-[:PART_OF]->(:State {id: $kazakhstan})
       RETURN o.aliases AS aliases`,
      { kazakhstan: KAZAKHSTAN },
    );
    expect(office).toEqual([{ aliases: ["Tokayev's office"] }]);
  });

  it('when and where was the anti-war rally in Almaty?', async () => {
    const rally = await theInteraction(`MATCH (i:Interaction:Protest)-[:OCCURRED_IN]->(:Place {id: 'place:almaty'})`);
    expect(rally).toMatchObject({
      id: 'interaction:2022-03-06-almaty-anti-war-rally',
      kind: 'PROTEST',
      date: '2022-03-06',
      datePrecision: 'DAY',
      dateStart: '2022-03-06',
      dateEnd: '2022-03-06',
      places: ['place:almaty'],
    });
    expect(
      quotedIn(
        rally.quotes,
        'On March 6, 2022, shortly after Russia’s full-scale invasion, an anti-war rally was held in Almaty.',
      ),
    ).toBe(true);
    await theRelation('LOCATED_IN', 'place:almaty', KAZAKHSTAN);
  });

  it('what humanitarian aid did Kazakhstan send Ukraine in March 2022?', async () => {
    const aid = await theInteraction(
      `MATCH (:State {id: $kazakhstan})-[:INITIATED]->(i:Interaction:Aid {date: '2022-03'})-[:DIRECTED_AT]->(:State {id: $ukraine})`,
      { kazakhstan: KAZAKHSTAN, ukraine: UKRAINE },
    );
    expect(aid).toMatchObject({
      id: 'interaction:2022-03-kazakhstan-humanitarian-aid-to-ukraine',
      kind: 'AID',
      datePrecision: 'MONTH',
      dateStart: '2022-03-01',
      dateEnd: '2022-03-31',
      initiators: [KAZAKHSTAN],
      targets: [UKRAINE],
    });
    expect(aid.amount).toContain('$2 million');
    expect(quotedIn(aid.quotes, 'Kazakhstan sent humanitarian aid worth more than $2 million')).toBe(true);
  });

  it('what standing relations tie Kazakhstan, Russia, Tokayev and Vrublevsky?', async () => {
    const border = await rows<{ lengthKm: number; quotes: string[] }>(
      `MATCH (:State {id: $kazakhstan})-[b:BORDERS]-(:State {id: $russia}) RETURN b.lengthKm AS lengthKm, b.quotes AS quotes`,
      { kazakhstan: KAZAKHSTAN, russia: RUSSIA },
    );
    expect(border).toHaveLength(1);
    expect(Math.abs(border[0]!.lengthKm - 4750 * 1.609344)).toBeLessThan(1); // 4,750 miles
    expect(quotedIn(border[0]!.quotes, 'spanning 4,750 miles')).toBe(true);

    const leads = await theRelation('LEADS', TOKAYEV, KAZAKHSTAN);
    expect(leads['role']).toBe('President');
    expect(quotedIn(leads['quotes'], 'President Kassym-Jomart Tokayev')).toBe(true);

    const represents = await theRelation('REPRESENTS', VRUBLEVSKY, UKRAINE);
    expect(represents['role']).toMatch(/ambassador/i);
    expect(represents['accreditedTo']).toBe(KAZAKHSTAN);
    expect(quotedIn(represents['quotes'], 'then-ambassador to Kazakhstan, Petr Vrublevsky')).toBe(true);
  });

  it("who is 'Zelensky'?", async () => {
    const byAlias = await rows<{ id: string }>(`MATCH (a:Actor) WHERE 'Zelensky' IN a.aliases RETURN a.id AS id`);
    expect(byAlias).toEqual([{ id: ZELENSKYY }]);
    const byName = await rows<{ id: string }>(`MATCH (a:Actor {name: 'Volodymyr Zelenskyy'}) RETURN a.id AS id`);
    expect(byName).toEqual([{ id: ZELENSKYY }]);
  });

  it('is every interaction backed by a quote that the article really contains?', async () => {
    // Every interaction of the dataset is in the graph, and nothing else.
    const curated = (
      parse(readFileSync(join(root, DATASET), 'utf8')) as { interactions: { id: string }[] }
    ).interactions
      .map((i) => i.id)
      .sort();
    const loaded = await rows<{ id: string; quotes: string[] }>(
      `MATCH (i:Interaction)
       RETURN i.id AS id, COLLECT { MATCH (i)-[r:REPORTED_IN]->(:Source) RETURN r.quote } AS quotes ORDER BY id`,
    );
    expect(loaded.map((i) => i.id)).toEqual(curated);
    expect(curated.length).toBeGreaterThanOrEqual(30);

    const unbacked = loaded.filter((i) => !i.quotes.some((quote) => quote.trim().length > 0)).map((i) => i.id);
    expect(unbacked).toEqual([]);

    // The article lives in ../shared beside the checkout: a missing one fails here, never skips the comparison.
    const article = normalizeForQuote(readFileSync(sharedFixture('sources', 'kazakhstan-ukraine-2025.txt'), 'utf8'));
    const quotes = await rows<{ id: string; quote: string }>(
      `MATCH (i:Interaction)-[r:REPORTED_IN]->(:Source) RETURN i.id AS id, r.quote AS quote`,
    );
    expect(quotes.length).toBeGreaterThanOrEqual(loaded.length);
    const notInArticle = quotes.filter((q) => !article.includes(normalizeForQuote(q.quote)));
    expect(notInArticle).toEqual([]);
  });
});
