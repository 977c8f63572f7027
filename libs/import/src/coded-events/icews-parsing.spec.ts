import { InteractionKind } from '@actorgraph/graph';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIcewsEventRow, parseIcewsHeader, type IcewsEventRow, type IcewsHeader } from './icews-event-row';
import { icewsActor, mapIcewsEvent } from './icews-mapping';
import { isRejection } from './import-records';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');
const [headerLine, ...rowLines] = readFileSync(join(fixtures, 'icews-small.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l !== '');
const header = parseIcewsHeader(headerLine!) as IcewsHeader;
const rows = rowLines.map((line) => parseIcewsEventRow(line, header));

describe('an ICEWS events row', () => {
  it('is read by the header, with NA as missing, and bad rows rejected with their reason', () => {
    expect(rows.map((r) => (isRejection(r) ? r.reason : 'ok'))).toEqual([
      'ok',
      'ok',
      'ok',
      'unparsable date: Event Date "2018-06-31"',
      'unknown CAMEO event code "999"',
      'wrong column count: 12 columns, expected 20 (ICEWS header)',
    ]);
    expect(rows[2]).toMatchObject({
      eventId: '32889836',
      target: { name: 'High Ranking Military Personnel (Vietnam)' },
    });
  });

  it('is not read without the ICEWS header', () => {
    expect(parseIcewsHeader('613300832\t20160102\t201601')).toMatchObject({
      missing: expect.arrayContaining(['Event ID']),
    });
  });

  it('becomes an interaction between named people, at a city, reported in a story', () => {
    const event = mapIcewsEvent(rows[0] as IcewsEventRow);
    expect(event.interaction).toMatchObject({
      id: 'interaction:icews-32891174',
      kind: InteractionKind.NEGOTIATION,
      initiators: ['person:mike-pompeo'],
      targets: ['person:kim-yong-chol'],
      place: 'place:new-york-city-state-of-new-york-united-states',
      evidence: [{ source: 'source:icews-story-47400387', props: { quote: '', sentence: 2, storyId: '47400387' } }],
    });
    expect(event.interaction.props).toMatchObject({ dataset: 'icews', cameo: '046', intensity: 7, date: '2018-06-01' });
    expect(event.actors[0]).toMatchObject({
      kind: 'PERSON',
      name: 'Mike Pompeo',
      codes: { country: 'United States', sectors: ['Government', 'Executive', 'Foreign Ministry'] },
    });
  });
});

describe('an ICEWS actor', () => {
  it.each([
    [{ name: 'Russia', sectors: [], country: 'Russian Federation' }, 'state:russia', 'STATE'],
    [{ name: 'Donald Trump', sectors: ['Government'], country: 'United States' }, 'person:donald-trump', 'PERSON'],
    [
      { name: 'Foreign Affairs (Bangladesh)', sectors: ['Executive'], country: 'Bangladesh' },
      'org:foreign-affairs-bangladesh',
      'ORGANIZATION',
    ],
    [
      { name: 'European Union', sectors: ['International Government Organization'], country: null },
      'org:european-union',
      'ORGANIZATION',
    ],
    [
      { name: 'Israeli Defense Forces', sectors: ['Military'], country: 'Israel' },
      'org:israeli-defense-forces',
      'ORGANIZATION',
    ],
    [{ name: 'Catalonia', sectors: [], country: 'Spain' }, 'org:catalonia', 'ORGANIZATION'],
  ])('%j is %s', (fields, id, kind) => {
    expect(icewsActor(fields)).toMatchObject({ id, kind });
  });

  it('leaves out unspecified actors', () => {
    expect(icewsActor({ name: 'Unspecified Actor', sectors: ['Unspecified'], country: null })).toBeNull();
  });
});
