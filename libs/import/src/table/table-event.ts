import { cameoEventName, INTERACTION_KIND_INFO, type InteractionKind, PlaceKind, slugify } from '@actorgraph/graph';
import { createHash } from 'node:crypto';
import { importedPlace, urlSource } from '../coded-events/coded-records';
import type {
  ImportActor,
  ImportedEvent,
  ImportPlace,
  ImportSource,
  PropertyValue,
} from '../coded-events/import-records';
import {
  readColumn,
  readText,
  readValue,
  readValues,
  RowError,
  specOf,
  type ReadContext,
  type TableRow,
} from './field-values';
import { readActorRefs, resolveActorRef, type ActorRef, type KnownActors } from './table-actors';
import { parseTableDate } from './table-dates';
import { readKind } from './table-kinds';
import type { InteractionsMapping } from './table-mapping';

/** A row read by an interactions mapping, before its actors are looked up in the graph. */
export interface TableEvent {
  id: string;
  kind: InteractionKind;
  cameo: string | null;
  /** Interaction properties, without the summary when the mapping has no template (it names resolved actors). */
  props: Record<string, PropertyValue>;
  initiators: ActorRef[];
  targets: ActorRef[];
  place: ImportPlace | null;
  source: ImportSource;
  quote: string;
}

/** The interaction id of a row: `interaction:<prefix>-<key>` (`interaction:acled-ukr12345`). */
export function tableInteractionId(prefix: string, key: string): string {
  const slug = slugify(key);
  const safe = /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)
    ? slug
    : createHash('sha1').update(key).digest('hex').slice(0, 16);
  return `interaction:${prefix}-${safe}`;
}

function readKey(mapping: InteractionsMapping, row: TableRow, context: ReadContext): string {
  const value = readValue(mapping.key, row, context);
  if (value === null) throw new RowError('no key: the key column is empty');
  return String(value);
}

function readDates(mapping: InteractionsMapping, row: TableRow, context: ReadContext) {
  const written = readText(mapping.date, row, context);
  if (written === null) throw new RowError('no date: the date column is empty');
  const precision = readText(mapping.precision, row, context);
  const date = parseTableDate(written, precision);
  if ('error' in date) throw new RowError(date.error);
  const untilText = readText(mapping.until, row, context);
  const until = untilText === null ? null : parseTableDate(untilText, null);
  if (until && 'error' in until) throw new RowError(`until: ${until.error}`);
  if (until && until.end < date.start) throw new RowError(`until ${until.value} is before the date ${date.value}`);
  return {
    date: date.value,
    datePrecision: date.precision,
    until: until?.value ?? null,
    dateStart: date.start,
    dateEnd: until?.end ?? date.end,
  };
}

function readSource(mapping: InteractionsMapping, row: TableRow, context: ReadContext): ImportSource {
  const spec = mapping.source ?? {};
  const url = readText(spec.url, row, context);
  const title = readText(spec.title, row, context);
  const publisher = readText(spec.publisher, row, context);
  const publishedAt = readText(spec.publishedAt, row, context);
  if (url) {
    const source = urlSource(url, mapping.dataset, publisher);
    if (title) source.props['title'] = title;
    if (publishedAt) source.props['publishedAt'] = publishedAt;
    return source;
  }
  const label = title ?? `${mapping.dataset} (table import)`;
  const id = `source:title-${createHash('sha1').update(`${mapping.dataset}\n${label}`).digest('hex').slice(0, 16)}`;
  return { id, props: { id, title: label, publisher, url: null, publishedAt, dataset: mapping.dataset } };
}

function readPlace(mapping: InteractionsMapping, row: TableRow, context: ReadContext): ImportPlace | null {
  if (!mapping.place) return null;
  const name = readText(mapping.place.name, row, context);
  if (!name) return null;
  const latitude = readValue(
    mapping.place.latitude && { type: 'number', ...specOf(mapping.place.latitude) },
    row,
    context,
  );
  const longitude = readValue(
    mapping.place.longitude && { type: 'number', ...specOf(mapping.place.longitude) },
    row,
    context,
  );
  const kind = (readText(mapping.place.kind, row, context)?.toUpperCase() ?? PlaceKind.CITY) as PlaceKind;
  return importedPlace(name, kind, name, { latitude, longitude }, mapping.dataset);
}

function readProperties(
  mapping: InteractionsMapping,
  row: TableRow,
  context: ReadContext,
): Record<string, PropertyValue> {
  const props: Record<string, PropertyValue> = {};
  for (const [name, ref] of Object.entries(mapping.properties ?? {})) {
    const spec = specOf(ref);
    const values = readValues(ref, row, context);
    const list = spec.split !== undefined || (spec.column !== undefined && Array.isArray(readColumn(row, spec.column)));
    props[name] = list ? values.map(String) : (values[0] ?? null);
  }
  return props;
}

/** Reads one row with an interactions mapping; a row it cannot read throws a {@link RowError}. */
export function readTableEvent(mapping: InteractionsMapping, row: TableRow, context: ReadContext): TableEvent {
  const key = readKey(mapping, row, context);
  const id = tableInteractionId(mapping.keyPrefix ?? mapping.dataset, key);
  const { kind, cameo } = readKind(mapping.kind, row, context);
  const dates = readDates(mapping, row, context);
  const initiators = readActorRefs(mapping.initiators, row, context, key, mapping.dataset);
  const targets = readActorRefs(mapping.targets, row, context, key, mapping.dataset);
  if (initiators.length === 0 && targets.length === 0)
    throw new RowError('no actors: initiators and targets are empty');
  const quote = readText(mapping.quote, row, context) ?? '';
  const summary = readText(mapping.summary, row, context);
  const named = Object.fromEntries(
    initiators.flatMap((ref, i) => (ref.by === 'coded' ? [[`actor${i + 1}Name`, ref.rowName] as const] : [])),
  );
  const targetNames = targets.flatMap((ref) => (ref.by === 'coded' ? [ref.rowName] : []));
  return {
    id,
    kind,
    cameo,
    props: {
      ...readProperties(mapping, row, context),
      id,
      kind,
      ...dates,
      ...(summary ? { summary } : {}),
      amount: null,
      dataset: mapping.dataset,
      quotes: quote ? [quote] : [],
      tableKey: key,
      ...(cameo ? { cameo } : {}),
      // Coded actors are named by the names rows wrote most often (see CodedActorNamer).
      ...(named['actor1Name'] !== undefined ? { actor1Name: named['actor1Name'] } : {}),
      ...(targetNames.length > 0 ? { actor2Name: targetNames[0]! } : {}),
    },
    initiators,
    targets,
    place: readPlace(mapping, row, context),
    source: readSource(mapping, row, context),
    quote,
  };
}

function defaultSummary(event: TableEvent, initiators: ImportActor[], targets: ImportActor[]): string {
  const who = initiators.map((a) => a.name).join(', ') || 'An unnamed actor';
  const whom = targets.map((a) => a.name).join(', ');
  const what = event.cameo
    ? `${cameoEventName(event.cameo) ?? 'Event'} (CAMEO ${event.cameo})`
    : INTERACTION_KIND_INFO[event.kind].label.replace(/([a-z])([A-Z])/g, '$1 $2');
  return `${who}${whom ? ` → ${whom}` : ''}: ${what}`;
}

/** The event with its actors looked up: what the import writer writes. */
export function resolveTableEvent(event: TableEvent, known: KnownActors, dataset: string): ImportedEvent {
  const unique = (actors: ImportActor[]) => actors.filter((a, i) => actors.findIndex((b) => b.id === a.id) === i);
  const initiators = unique(event.initiators.map((ref) => resolveActorRef(ref, known, dataset)));
  const targets = unique(event.targets.map((ref) => resolveActorRef(ref, known, dataset))).filter(
    (t) => !initiators.some((i) => i.id === t.id),
  );
  const props = definedOrNull({ summary: defaultSummary(event, initiators, targets), ...event.props });
  return {
    interaction: {
      id: event.id,
      kind: event.kind,
      props,
      initiators: initiators.map((a) => a.id),
      targets: targets.map((a) => a.id),
      place: event.place?.id ?? null,
      evidence: [{ source: event.source.id, props: { quote: event.quote } }],
    },
    actors: unique([...initiators, ...targets]),
    place: event.place,
    sources: [event.source],
  };
}

/** Keeps nulls (they clear a property a changed row no longer has) but drops undefined. */
function definedOrNull(props: Record<string, PropertyValue | undefined>): Record<string, PropertyValue> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Record<string, PropertyValue>;
}
