import { startTestApi, type TestApi } from '../support/test-api';

describe('the server says what it is and whether Neo4j answers', () => {
  let api: TestApi;

  beforeAll(async () => {
    api = await startTestApi();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers a GraphQL query for its version and Neo4j status', async () => {
    const response = await api.graphql(
      `{ server { name version uptimeSeconds neo4j { status version database reason } } }`,
    );
    expect(response.status).toBe(200);
    expect(response.errors).toBeUndefined();
    const server = response.data!['server'];
    expect(server.name).toBe('actorgraph');
    expect(server.version).toBe(require('../../package.json').version);
    expect(server.neo4j).toEqual({
      status: 'UP',
      version: expect.stringMatching(/^Neo4j\/5\.26\./),
      database: 'neo4j',
      reason: null,
    });
  });

  it('reports health 200 with the Neo4j version', async () => {
    const health = await api.get('/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({
      status: 'ok',
      neo4j: { status: 'UP', version: expect.stringMatching(/^Neo4j\/5\.26/) },
    });
  });

  it('rejects an unknown field with a code and a message, not a stack trace', async () => {
    const response = await api.graphql(`{ server { nope } }`);
    expect(response.status).toBe(400);
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: 'Cannot query field "nope" on type "ServerInfo". Did you mean "name"?',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    ]);
    expect(JSON.stringify(response)).not.toMatch(/\s+at\s+\S+\s+\(/);
  });

  it('describes every type and field of its schema', async () => {
    const response = await api.graphql(`{ __schema { types { name kind description fields { name description } } } }`);
    const ours = response.data!['__schema'].types.filter(
      (t: { name: string }) =>
        !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
    );
    for (const type of ours) {
      expect({ type: type.name, description: type.description }).toEqual({
        type: type.name,
        description: expect.stringMatching(/\w/),
      });
      for (const field of type.fields ?? []) {
        expect({ field: `${type.name}.${field.name}`, description: field.description }).toEqual({
          field: `${type.name}.${field.name}`,
          description: expect.stringMatching(/\w/),
        });
      }
    }
  });
});
