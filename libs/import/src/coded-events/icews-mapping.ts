import { ActorKind, cameoCountryName, countryCodeByName, PlaceKind, slugify } from '@actorgraph/graph';
import { codedActor, codedImportedEvent, eventSummary, importedPlace, stateId } from './coded-records';
import type { IcewsActorFields, IcewsEventRow } from './icews-event-row';
import type { ImportActor, ImportedEvent, ImportPlace, ImportSource } from './import-records';

export function icewsInteractionId(eventId: string): string {
  return `interaction:icews-${eventId}`;
}

/** Words that make a named ICEWS actor an organization rather than a person. */
const ORGANIZATION_WORDS =
  /\b(forces?|army|military|navy|police|office|ministry|council|commission|committee|union|party|government|parliament|assembly|court|agency|bank|department|organi[sz]ation|nations|front|movement|group|association|company|corporation|university|media|news|security|G\d+|NATO|OPEC|ASEAN)\b/i;

/**
 * An ICEWS source or target: a country with no sectors is that state (`Russia` → `state:russia`);
 * a generic sector actor (`Foreign Affairs (Bangladesh)`), an actor with no country (IGOs) or a name with an
 * organization word is an organization; any other named actor with sectors is a person (`person:donald-trump`).
 * Unspecified and unidentified actors are left out. Sectors and country stay on the actor as properties.
 */
export function icewsActor(fields: IcewsActorFields): ImportActor | null {
  const name = fields.name;
  if (!name || /^(unspecified|unidentified)\b/i.test(name)) return null;
  const codes = { icewsName: name, country: fields.country, sectors: fields.sectors };
  if (fields.sectors.length === 0) {
    const code = countryCodeByName(name);
    const country = code ? cameoCountryName(code) : name === fields.country ? name : null;
    if (country) {
      return codedActor(
        ActorKind.STATE,
        stateId(country),
        country,
        'icews',
        { ...codes, countryCode: code },
        {
          nameIsUnique: true,
          iso3: code,
        },
      );
    }
  }
  const generic = /\(.+\)$/.test(name);
  if (fields.sectors.length === 0 || generic || fields.country === null || ORGANIZATION_WORDS.test(name)) {
    return codedActor(ActorKind.ORGANIZATION, `org:${slugify(name)}`, name, 'icews', codes, { nameIsUnique: !generic });
  }
  return codedActor(ActorKind.PERSON, `person:${slugify(name)}`, name, 'icews', codes, { nameIsUnique: true });
}

/** City, else province, else country, with coordinates → a place keyed on the names it is given by. */
export function icewsPlace(row: IcewsEventRow): ImportPlace | null {
  if (row.latitude === null || row.longitude === null) return null;
  const parts = [row.city, row.province, row.country].filter((p, i, all): p is string => !!p && all.indexOf(p) === i);
  if (parts.length === 0) return null;
  const kind = row.city ? PlaceKind.CITY : row.province ? PlaceKind.REGION : PlaceKind.COUNTRY;
  const columns = { latitude: row.latitude, longitude: row.longitude, country: row.country };
  return importedPlace(parts.join(' '), kind, parts.join(', '), columns, 'icews');
}

/** One source per ICEWS story (publisher and story id); the sentence goes on the REPORTED_IN edge. */
export function icewsSource(row: IcewsEventRow): ImportSource {
  const id = row.storyId ? `source:icews-story-${row.storyId}` : 'source:icews';
  const title = row.storyId ? `${row.publisher ?? 'ICEWS'} story ${row.storyId}` : 'ICEWS coded event data';
  return { id, props: { id, title, publisher: row.publisher, url: null, publishedAt: null, dataset: 'icews' } };
}

export function mapIcewsEvent(row: IcewsEventRow): ImportedEvent {
  const source = icewsActor(row.source);
  const target = icewsActor(row.target);
  return codedImportedEvent({
    id: icewsInteractionId(row.eventId),
    cameo: row.cameoCode,
    day: row.day,
    summary: eventSummary(source?.name ?? row.source.name, target?.name ?? row.target.name, row.cameoCode),
    dataset: 'icews',
    columns: {
      icewsEventId: row.eventId,
      eventText: row.eventText,
      intensity: row.intensity,
      storyId: row.storyId,
      sentenceNumber: row.sentenceNumber,
      publisher: row.publisher,
    },
    initiator: source,
    target,
    place: icewsPlace(row),
    source: icewsSource(row),
    evidence: { quote: '', sentence: row.sentenceNumber, storyId: row.storyId },
  });
}
