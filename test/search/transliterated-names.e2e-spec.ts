import { textInput } from '@actorgraph/dataset';
import { DatasetLoader } from '@actorgraph/ingest';
import type { Driver } from 'neo4j-driver';
import { createTestApiKey, startEmptyApi, stopTestApi, type TestApi } from '../support/test-api';

// Issue 17 item 5: names are transliterated when indexed, not only when queried. An actor stored in Cyrillic is
// found by its Latin spelling, Kazakh letters and typos included, and so is a name a curator adds later.

const DATASET = [
  'version: 1',
  'dataset: scripts',
  'sources: [{ id: "source:scripts-wire", title: Wire }]',
  'actors:',
  '  - { id: person:tokayev-in-cyrillic, kind: person, name: "Касым-Жомарт Токаев",',
  '      evidence: [{ source: "source:scripts-wire", quote: "named in Cyrillic" }] }',
  '  - { id: person:zelenskyy-in-ukrainian, kind: person, name: "Володимир Зеленський",',
  '      evidence: [{ source: "source:scripts-wire", quote: "named in Ukrainian" }] }',
  '  - { id: org:probe-energy, kind: organization, name: Probe Energy Company,',
  '      evidence: [{ source: "source:scripts-wire", quote: "named in Latin" }] }',
  'places:',
  '  - { id: place:oskemen, kind: city, name: "Өскемен", evidence: [{ source: "source:scripts-wire", quote: "a city" }] }',
  '',
].join('\n');

describe('search finds names written in another script by their Latin spelling', () => {
  let api: TestApi;
  let driver: Driver;

  const found = async (text: string): Promise<string[]> => {
    const response = await api.graphql('query ($text: String!) { search(text: $text) { actor { id } place { id } } }', {
      text,
    });
    expect(response.errors).toBeUndefined();
    return (response.data!['search'] as { actor: { id: string } | null; place: { id: string } | null }[]).map(
      (hit) => (hit.actor ?? hit.place)!.id,
    );
  };

  beforeAll(async () => {
    ({ api, driver } = await startEmptyApi());
    const loaded = await api.app
      .get(DatasetLoader, { strict: false })
      .load([textInput('scripts.yaml', DATASET, { json: false, dataset: 'scripts' })]);
    expect(loaded.ok).toBe(true);
    await driver.executeQuery('CALL db.awaitIndexes()');
  });

  afterAll(() => stopTestApi(api, driver));

  it('stores the Latin spelling with the names', async () => {
    const { records } = await driver.executeQuery(
      'MATCH (n) WHERE n.id IN $ids RETURN n.id AS id, n.latinNames AS latin ORDER BY id',
      { ids: ['person:tokayev-in-cyrillic', 'place:oskemen', 'org:probe-energy'] },
    );
    expect(records.map((r) => [r.get('id'), r.get('latin')])).toEqual([
      ['org:probe-energy', []],
      ['person:tokayev-in-cyrillic', ['Kasym-Zhomart Tokaev']],
      ['place:oskemen', ['Oskemen']],
    ]);
  });

  it.each([
    ['Tokayev', 'person:tokayev-in-cyrillic'],
    ['Kassym-Jomart Tokayev', 'person:tokayev-in-cyrillic'],
    ['Токаев', 'person:tokayev-in-cyrillic'],
    ['Тоқаев', 'person:tokayev-in-cyrillic'],
    ['Zelenskiy', 'person:zelenskyy-in-ukrainian'],
    ['Zelenskyy', 'person:zelenskyy-in-ukrainian'],
    ['Zelenskij', 'person:zelenskyy-in-ukrainian'],
    ['Oskemen', 'place:oskemen'],
    ['Öskemen', 'place:oskemen'],
  ])('"%s" finds %s first', async (text, id) => {
    expect((await found(text))[0]).toBe(id);
  });

  it('finds a name a curator adds in Cyrillic by its Latin spelling (addAlias)', async () => {
    expect(await found('Gazprom')).toEqual([]);
    const editor = await createTestApiKey(driver, 'editor');
    const added = await api.graphql(
      'mutation { addAlias(actorId: "org:probe-energy", alias: "Газпром") { actor { aliases } } }',
      {},
      { authorization: `Bearer ${editor}` },
    );
    expect(added.errors).toBeUndefined();
    await driver.executeQuery('CALL db.awaitIndexes()');
    expect(await found('Gazprom')).toEqual(['org:probe-energy']);
  });
});
