import { InteractionKind } from '@actorgraph/graph';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGdeltEventRow, type GdeltEventRow } from './gdelt-event-row';
import { parseGdeltMentionRow } from './gdelt-mention-row';
import { gdeltActor, mapGdeltEvent } from './gdelt-mapping';
import { isRejection } from './import-records';

const fixtures = join(__dirname, '..', '..', '..', '..', 'test', 'fixtures', 'import');
const lines = (file: string) =>
  readFileSync(join(fixtures, file), 'utf8')
    .split('\n')
    .filter((l) => l !== '');

describe('a GDELT 2.0 events row', () => {
  const rows = lines('gdelt-small.tsv').map((line) => parseGdeltEventRow(line, 'gdelt2'));

  it('parses the good rows and rejects each bad one with its reason', () => {
    expect(rows.map((r) => (isRejection(r) ? r.reason : 'ok'))).toEqual([
      'ok',
      'ok',
      'ok',
      'wrong column count: 60 columns, expected 61 (gdelt2)',
      'ok',
      'ok',
      'unparsable date: SQLDATE "20171345"',
      'unknown CAMEO event code "999"',
    ]);
  });

  it('reads the actors, the event code, the numbers, ActionGeo and SOURCEURL by position', () => {
    const row = rows[1] as GdeltEventRow;
    expect(row).toMatchObject({
      globalEventId: '613301450',
      day: '2017-01-01',
      eventCode: '043',
      quadClass: 1,
      goldstein: 2.8,
      numMentions: 2,
      actor1: { code: 'USA', name: 'LAS VEGAS', countryCode: 'USA' },
      actor2: { code: 'BRA', name: 'CURITIBA', countryCode: 'BRA' },
      sourceUrl: 'http://m.lasvegassun.com/news/2016/dec/31/new-years-eve-las-vegas/',
    });
    expect(row.actionGeo).toMatchObject({ type: 4, latitude: -25.4167, longitude: -49.25 });
  });

  it('reads the GDELT 1.0 layout (58 columns, no ADM2Code) to the same fields', () => {
    const [v1] = lines('gdelt1-small.tsv').map((line) => parseGdeltEventRow(line, 'gdelt1-url'));
    const v2 = rows[0] as GdeltEventRow;
    expect(v1).toEqual({ ...v2, globalEventId: '800000000' });
  });
});

describe('a GDELT events row as graph records', () => {
  const row = parseGdeltEventRow(lines('gdelt-small.tsv')[1]!, 'gdelt2') as GdeltEventRow;
  const event = mapGdeltEvent(row);

  it('is an interaction keyed on its GLOBALEVENTID, of the kind its CAMEO code maps to', () => {
    expect(event.interaction).toMatchObject({
      id: 'interaction:gdelt-613301450',
      kind: InteractionKind.MEETING,
      initiators: ['state:united-states'],
      targets: ['state:brazil'],
      place: 'place:curitiba-paranar-brazil',
    });
    expect(event.interaction.props).toMatchObject({
      dataset: 'gdelt',
      cameo: '043',
      date: '2017-01-01',
      datePrecision: 'DAY',
      dateStart: '2017-01-01',
      summary: 'United States → Brazil: Host a visit (CAMEO 043)',
    });
  });

  it('makes a bare country code the state named by our table, not by the row (LAS VEGAS)', () => {
    expect(event.actors[0]).toMatchObject({
      id: 'state:united-states',
      name: 'United States',
      codes: { cameoCode: 'USA' },
    });
  });

  it('makes any other code one organization per code, named from the CAMEO codebook, with the codes as properties', () => {
    const actor = gdeltActor({ ...row.actor1, code: 'USAGOV', name: 'OBAMA', typeCodes: ['GOV'] });
    expect(actor).toMatchObject({
      id: 'org:cameo-usagov',
      kind: 'ORGANIZATION',
      name: 'United States Government',
      codes: { cameoCode: 'USAGOV', countryCode: 'USA', typeCodes: ['GOV'], nameFrom: 'codebook' },
    });
    expect(actor?.create['nameKeys']).toEqual([]);
  });

  it('names a code the codebook cannot by the row name until the most frequent name is known', () => {
    const actor = gdeltActor({ ...row.actor1, code: 'IGOUNOREFHCR', name: 'UNHCR', countryCode: '' });
    expect(actor).toMatchObject({ id: 'org:cameo-igounorefhcr', name: 'Unhcr (IGOUNOREFHCR)' });
    expect(actor?.create['nameFrom']).toBe('most-frequent');
  });

  it('scopes a role code with no country by the country of the event, and marks it generic', () => {
    const fields = { ...row.actor1, code: 'GOV', name: 'GOVERNMENT', countryCode: '', typeCodes: ['GOV'] };
    const inUk = gdeltActor(fields, { eventKey: '1', eventCountry: 'London, London, City of, United Kingdom' });
    const inIndia = gdeltActor(fields, { eventKey: '2', eventCountry: 'New Delhi, Delhi, India' });
    const nowhere = gdeltActor(fields, { eventKey: '3', eventCountry: null });
    expect(inUk).toMatchObject({
      id: 'org:cameo-gov-in-gbr',
      name: 'Government (country not coded; events in United Kingdom)',
      codes: { generic: true, genericScope: 'GBR' },
    });
    expect(inIndia?.id).toBe('org:cameo-gov-in-ind');
    expect(nowhere).toMatchObject({ id: 'org:cameo-gov-event-3', codes: { generic: true, genericScope: 'event' } });
  });

  it('has its SOURCEURL as the source it is reported in', () => {
    expect(event.sources[0]?.props).toMatchObject({
      url: 'http://m.lasvegassun.com/news/2016/dec/31/new-years-eve-las-vegas/',
      publisher: 'm.lasvegassun.com',
    });
    expect(event.interaction.evidence).toEqual([{ source: event.sources[0]!.id, props: { quote: '' } }]);
  });
});

describe('a GDELT Mentions row', () => {
  it('reads the event id, source, identifier, sentence and confidence, and rejects a short row', () => {
    const parsed = lines('gdelt-small.mentions.tsv').map(parseGdeltMentionRow);
    expect(parsed[0]).toMatchObject({
      globalEventId: '613301450',
      sourceName: 'lasvegassun.com',
      sentenceId: 19,
      confidence: 20,
    });
    expect(parsed.filter(isRejection)).toEqual([
      { reason: 'wrong column count: 10 columns, expected 16 (GDELT mentions)' },
    ]);
  });
});
