import { CypherRegistry } from './cypher-registry';

describe('CypherRegistry.requireAll', () => {
  const registry = new CypherRegistry();

  it("gives each of a service's queries under the name it uses", () => {
    const queries = registry.requireAll({ paths: 'paths', textHits: 'interactions/text-hits' });
    expect(Object.keys(queries)).toEqual(['paths', 'textHits']);
    expect(queries.paths).toBe(registry.require('paths'));
    expect(queries.textHits.name).toBe('interactions/text-hits');
  });

  it('fails on a missing file, naming where it was expected, as require does', () => {
    expect(() => registry.requireAll({ paths: 'paths', missing: 'no-such/query' })).toThrow(
      /Cypher query "no-such\/query" not found: expected .*no-such\/query\.cypher/,
    );
  });
});
