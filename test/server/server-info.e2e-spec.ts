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

  it('describes every type, field, argument, input field and enum value of its schema', async () => {
    const response = await api.graphql(`{ __schema { types {
      name description
      fields { name description args { name description } }
      inputFields { name description }
      enumValues { name description }
    } } }`);
    const builtIn = ['String', 'Int', 'Float', 'Boolean', 'ID'];
    const ours = response.data!['__schema'].types.filter(
      (t: { name: string }) => !t.name.startsWith('__') && !builtIn.includes(t.name),
    );
    const undescribed: string[] = [];
    for (const type of ours) {
      if (!type.description) undescribed.push(type.name);
      for (const field of type.fields ?? []) {
        if (!field.description) undescribed.push(`${type.name}.${field.name}`);
        for (const arg of field.args) if (!arg.description) undescribed.push(`${type.name}.${field.name}(${arg.name})`);
      }
      for (const input of type.inputFields ?? [])
        if (!input.description) undescribed.push(`${type.name}.${input.name}`);
      for (const value of type.enumValues ?? []) if (!value.description) undescribed.push(`${type.name}.${value.name}`);
    }
    expect(undescribed).toEqual([]);
  });
});
