import { RelationType } from '@actorgraph/graph';
import { defaultCypherRoot } from '@actorgraph/neo4j';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// ego-network.cypher expands relations through this written-out list (a `$any($types)` expansion reads every
// relationship of a hub): a relation type added to the enum but not here would silently vanish from the network.
describe('cypher/fragments/relation-types.cypher', () => {
  it('lists exactly the RelationType values', () => {
    const text = readFileSync(join(defaultCypherRoot(), 'fragments', 'relation-types.cypher'), 'utf8');
    const listed = text
      .split('\n')
      .filter((line) => line.trim() && !line.trim().startsWith('//'))
      .join('')
      .split('|')
      .map((type) => type.trim());
    expect(listed.sort()).toEqual(Object.values(RelationType).sort());
  });
});
