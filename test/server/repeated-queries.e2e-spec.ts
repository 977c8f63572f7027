import type { Driver } from 'neo4j-driver';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

// A client's saved query is sent again and again with other variables. Every run must be coerced and answered as the
// first was: input fields left out take their schema defaults (graphql-jit, once on here, compiled the query from the
// second run and then refused `links: {mentions: false}` for the missing `coParticipation`).

const DYADS = `query StateDyads($where: InteractionWhere, $links: LinkOptions) {
  dyads(level: STATE, where: $where, links: $links, first: 5) { source { id } target { id } count }
}`;

describe('the same query, run again with other variables', () => {
  let api: TestApi;
  let driver: Driver;

  beforeAll(async () => {
    ({ api, driver } = await startSeededApi());
  });

  afterAll(() => stopTestApi(api, driver));

  it('answers every run, input fields left out taking their defaults', async () => {
    const answers = [];
    for (const from of ['2021', '2022', '2022-03', '2023', '2021']) {
      const answer = await api.graphql<{ dyads: { count: number }[] }>(DYADS, {
        where: { from },
        links: { mentions: false },
      });
      expect({ from, errors: answer.errors }).toEqual({ from, errors: undefined });
      answers.push(answer.data!.dyads);
    }
    expect(answers[0]!.length).toBeGreaterThan(0);
    // The first and the last ask the same: the same answer.
    expect(answers[4]).toEqual(answers[0]);
    // Leaving a default out is the same as spelling it: coParticipation and genericActors default to true.
    const spelled = await api.graphql<{ dyads: unknown[] }>(DYADS, {
      where: { from: '2021' },
      links: { mentions: false, coParticipation: true, genericActors: true },
    });
    expect(spelled.data!.dyads).toEqual(answers[0]);
  });
});
