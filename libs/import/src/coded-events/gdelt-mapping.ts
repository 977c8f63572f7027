import { PlaceKind } from '@actorgraph/graph';
import { cameoActor, rowActorName, type CameoActorScope } from './cameo-actor';
import { codedImportedEvent, eventSummary, importedPlace, urlSource } from './coded-records';
import type { GdeltActorFields, GdeltEventRow, GdeltGeo } from './gdelt-event-row';
import type { ImportActor, ImportedEvent, ImportPlace, ImportSource } from './import-records';

/** The interaction id of a GDELT event: its GLOBALEVENTID. */
export function gdeltInteractionId(globalEventId: string): string {
  return `interaction:gdelt-${globalEventId}`;
}

/** The source of GDELT 1.0 events that carry no SOURCEURL: the event database itself. */
const GDELT_SOURCE: ImportSource = {
  id: 'source:gdelt',
  props: {
    id: 'source:gdelt',
    title: 'GDELT Event Database',
    publisher: 'The GDELT Project',
    url: 'https://www.gdeltproject.org/',
    publishedAt: null,
    dataset: 'gdelt',
  },
};

/** A GDELT actor in our model (see {@link cameoActor}); scoped by the event when its code has no country. */
export function gdeltActor(
  fields: GdeltActorFields,
  scope: CameoActorScope = { eventKey: '', eventCountry: null },
): ImportActor | null {
  return cameoActor(fields, scope, 'gdelt');
}

const GEO_KINDS: Readonly<Record<number, PlaceKind>> = {
  1: PlaceKind.COUNTRY,
  2: PlaceKind.REGION,
  3: PlaceKind.CITY,
  4: PlaceKind.CITY,
  5: PlaceKind.REGION,
};

/** ActionGeo with coordinates → a place keyed on its full name (`Edinburg, Texas, United States`). */
export function gdeltPlace(geo: GdeltGeo | null): ImportPlace | null {
  if (!geo) return null;
  const columns = {
    latitude: geo.latitude,
    longitude: geo.longitude,
    countryCode: geo.countryCode || null,
    adm1Code: geo.adm1Code || null,
    featureId: geo.featureId || null,
  };
  return importedPlace(geo.fullName, GEO_KINDS[geo.type] ?? PlaceKind.CITY, geo.fullName, columns, 'gdelt');
}

/** A parsed GDELT row as an interaction between its actors, at its ActionGeo, reported in its SOURCEURL. */
export function mapGdeltEvent(row: GdeltEventRow): ImportedEvent {
  const scope: CameoActorScope = { eventKey: row.globalEventId, eventCountry: row.actionGeo?.fullName ?? null };
  const actor1 = gdeltActor(row.actor1, scope);
  const actor2 = gdeltActor(row.actor2, scope);
  return codedImportedEvent({
    id: gdeltInteractionId(row.globalEventId),
    cameo: row.eventCode,
    day: row.day,
    summary: eventSummary(actor1?.name ?? null, actor2?.name ?? null, row.eventCode),
    dataset: 'gdelt',
    columns: {
      gdeltEventId: row.globalEventId,
      // The names the row wrote, from which coded actors without a codebook name are named (most frequent).
      actor1Name: rowActorName(row.actor1),
      actor2Name: rowActorName(row.actor2),
      isRootEvent: row.isRootEvent,
      quadClass: row.quadClass,
      goldstein: row.goldstein,
      numMentions: row.numMentions,
      numSources: row.numSources,
      numArticles: row.numArticles,
      avgTone: row.avgTone,
      dateAdded: row.dateAdded,
      sourceUrl: row.sourceUrl,
    },
    initiator: actor1,
    target: actor2,
    place: gdeltPlace(row.actionGeo),
    source: row.sourceUrl ? urlSource(row.sourceUrl, 'gdelt', null) : GDELT_SOURCE,
    evidence: { quote: '' },
  });
}
