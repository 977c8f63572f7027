import type { Driver } from 'neo4j-driver';
import { type TestApi, startSeededApi, stopTestApi } from '../support/test-api';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const GRAPH_FIELDS =
  'nodes { id label kind type } edges { id source target kind type negated weight firstDate lastDate }';

/** What a visualizer relies on: unique node and edge ids, and every edge joining two listed nodes. */
function expectDrawable(graph: { nodes: { id: string }[]; edges: { id: string; source: string; target: string }[] }) {
  const ids = graph.nodes.map((n) => n.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
  for (const edge of graph.edges) {
    expect(ids).toContain(edge.source);
    expect(ids).toContain(edge.target);
  }
}

describe('egoNetwork', () => {
  let api: TestApi;
  let driver: Driver;

  async function egoNetwork(args: string): Promise<any> {
    const response = await api.graphql(`{ egoNetwork(${args}) { ${GRAPH_FIELDS} } }`);
    expect(response.errors).toBeUndefined();
    return response.data!['egoNetwork'];
  }

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it("shows Tokayev's direct neighbours: Zelenskyy, Kazakhstan and the two republics he refused to recognize", async () => {
    const graph = await egoNetwork(`actorId: "${TOKAYEV}"`);
    expect(graph.nodes[0]).toEqual({ id: TOKAYEV, label: 'Kassym-Jomart Tokayev', kind: 'PERSON', type: 'ACTOR' });
    expect(graph.nodes.map((n: any) => n.id).sort()).toEqual([
      TOKAYEV,
      'person:volodymyr-zelenskyy',
      'state:donetsk-peoples-republic',
      'state:kazakhstan',
      'state:luhansk-peoples-republic',
    ]);
    expectDrawable(graph);
    const edges = Object.fromEntries(graph.edges.map((e: any) => [e.id, e]));
    expect(edges[`CALL:person:volodymyr-zelenskyy->${TOKAYEV}`]).toEqual({
      id: `CALL:person:volodymyr-zelenskyy->${TOKAYEV}`,
      source: 'person:volodymyr-zelenskyy',
      target: TOKAYEV,
      kind: 'CALL',
      type: 'INTERACTION',
      negated: false,
      weight: 1,
      firstDate: '2025-08-10',
      lastDate: '2025-08-10',
    });
    expect(edges[`LEADS:${TOKAYEV}->state:kazakhstan`]).toMatchObject({ type: 'RELATION', weight: 1 });
    // Kazakhstan's stated non-recognition of the DPR joins two nodes of the network, marked as denied.
    expect(edges['NOT_RECOGNIZES:state:kazakhstan->state:donetsk-peoples-republic']).toMatchObject({
      kind: 'RECOGNIZES',
      negated: true,
      firstDate: '2022-06',
    });
  });

  it('narrows the interactions by `where`, keeping standing relations', async () => {
    const graph = await egoNetwork(`actorId: "${TOKAYEV}", where: { kinds: [CALL] }`);
    expect(graph.nodes.map((n: any) => n.id).sort()).toEqual([
      TOKAYEV,
      'person:volodymyr-zelenskyy',
      'state:kazakhstan',
    ]);
    expect(graph.edges.filter((e: any) => e.type === 'INTERACTION').map((e: any) => e.kind)).toEqual(['CALL']);
    expectDrawable(graph);
  });

  it('caps the nodes at `limit`, keeping the centre and the nearest, most active neighbours', async () => {
    const wide = await egoNetwork(`actorId: "${TOKAYEV}", hops: 3, limit: 500`);
    expect(wide.nodes.length).toBeGreaterThan(20);
    expect(wide.nodes.map((n: any) => n.id)).toEqual(expect.arrayContaining(['place:cpc-pipeline', 'state:ukraine']));
    expectDrawable(wide);

    const capped = await egoNetwork(`actorId: "${TOKAYEV}", hops: 3, limit: 3`);
    expect(capped.nodes).toHaveLength(3);
    expect(capped.nodes[0].id).toBe(TOKAYEV);
    expectDrawable(capped);
  });

  it('draws places struck and events without target: the strike on Kropotkinskaya, the Trump–Putin meeting', async () => {
    const fields =
      'nodes { id type } edges { id source target kind mode firstDay lastDay interactionIds interactionCount datasets } truncated';
    const ukraine = (await api.graphql(`{ egoNetwork(actorId: "state:ukraine", limit: 500) { ${fields} } }`)).data![
      'egoNetwork'
    ];
    expect(ukraine.truncated).toBe(false);
    const station = 'place:kropotkinskaya-oil-pumping-station';
    expect(ukraine.nodes).toContainEqual({ id: station, type: 'PLACE' });
    const strike = ukraine.edges.find((e: any) => e.target === station);
    expect(strike).toMatchObject({
      id: `STRIKE:state:ukraine->${station}`,
      mode: 'DIRECTED',
      firstDay: '2025-01-01',
      lastDay: '2025-12-31',
      interactionIds: ['interaction:2025-ukraine-strikes-kropotkinskaya-pumping-station'],
      interactionCount: 1,
      datasets: ['kazakhstan-ukraine-2025'],
    });
    expectDrawable(ukraine);
    // Without interactionIds and lastDay (which the projection does not keep, so they are read only when asked),
    // the same edges, with the same weights and first days.
    const lean = (await api.graphql(`{ egoNetwork(actorId: "state:ukraine", limit: 500) { edges { id firstDay } } }`))
      .data!['egoNetwork'];
    expect(lean.edges).toEqual(ukraine.edges.map((e: any) => ({ id: e.id, firstDay: e.firstDay })));

    const trump = (await api.graphql(`{ egoNetwork(actorId: "person:donald-trump") { ${fields} } }`)).data![
      'egoNetwork'
    ];
    expect(trump.edges).toContainEqual(
      expect.objectContaining({
        id: 'CO_PARTICIPATION:MEETING:person:donald-trump->person:vladimir-putin',
        mode: 'CO_PARTICIPATION',
        firstDay: '2025-08-01',
        lastDay: '2025-08-31',
      }),
    );
    const noCo = await api.graphql(
      `{ egoNetwork(actorId: "person:donald-trump", links: { coParticipation: false }) { nodes { id } } }`,
    );
    expect(noCo.data!['egoNetwork'].nodes.map((n: any) => n.id)).not.toContain('person:vladimir-putin');
    const withMentions = await api.graphql(
      `{ egoNetwork(actorId: "person:donald-trump", links: { mentions: true }) { nodes { id } edges { mode } } }`,
    );
    expect(withMentions.data!['egoNetwork'].nodes.map((n: any) => n.id)).toContain('state:united-states');
    expect(withMentions.data!['egoNetwork'].edges.map((e: any) => e.mode)).toContain('MENTION');
  });

  it('keeps only the standing relations valid in the date window: no recognition of the DPR in 2021', async () => {
    const ask = async (window: string) => {
      const r = await api.graphql(`{ egoNetwork(actorId: "state:russia", limit: 500${window}) { edges { id } } }`);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return r.data!['egoNetwork'].edges.map((e: any) => e.id);
    };
    expect(await ask('')).toContain('RECOGNIZES:state:russia->state:donetsk-peoples-republic');
    expect(await ask(', where: { from: "2021", to: "2021" }')).not.toContain(
      'RECOGNIZES:state:russia->state:donetsk-peoples-republic',
    );
  });

  it('refuses hops: 4 with LIMIT_EXCEEDED naming hops', async () => {
    const response = await api.graphql(`{ egoNetwork(actorId: "${TOKAYEV}", hops: 4) { nodes { id } } }`);
    expect(response.status).toBe(200);
    expect(response.errors?.[0]?.message).toBe('hops must be between 1 and 3; got 4');
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', argument: 'hops' });
  });

  it('answers NOT_FOUND naming actorId for an unknown actor, never a 500', async () => {
    const response = await api.graphql('{ egoNetwork(actorId: "person:nobody") { nodes { id } } }');
    expect(response.status).toBe(200);
    expect(response.errors?.[0]).toMatchObject({
      message: 'actorId: no actor "person:nobody"',
      extensions: { code: 'NOT_FOUND', argument: 'actorId' },
    });
  });
});
