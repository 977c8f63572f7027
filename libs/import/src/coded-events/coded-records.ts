import {
  ActorKind,
  cameoEventName,
  cameoInteractionKind,
  DatePrecision,
  foldName,
  latinNames,
  type PlaceKind,
  slugify,
} from '@actorgraph/graph';
import { createHash } from 'node:crypto';
import type {
  EventDataset,
  ImportActor,
  ImportedEvent,
  ImportPlace,
  ImportSource,
  PropertyValue,
} from './import-records';

/** Drops null and empty-list values, so `SET n += codes` never erases what another row or dataset set. */
export function definedProps(props: Record<string, PropertyValue>): Record<string, PropertyValue> {
  return Object.fromEntries(
    Object.entries(props).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
}

/**
 * An actor in our id scheme. `nameKeys` (what curated loads resolve names against) is filled only for
 * names that identify one actor: a state's or a named person's; generic coded actors leave it empty.
 */
export function codedActor(
  kind: ActorKind,
  id: string,
  name: string,
  dataset: EventDataset,
  codes: Record<string, PropertyValue>,
  options: { nameIsUnique: boolean; description?: string | null; iso3?: string | null },
): ImportActor {
  return {
    id,
    kind,
    name,
    create: {
      id,
      kind,
      name,
      aliases: [],
      nameKeys: options.nameIsUnique ? [foldName(name)] : [],
      latinNames: latinNames([name]),
      description: options.description ?? null,
      recognition: null,
      wikidataId: null,
      iso3: options.iso3 ?? null,
      dataset,
    },
    codes: definedProps(codes),
  };
}

/** `state:<slug of the country's name>`: the id curated data gives the same state. */
export function stateId(countryName: string): string {
  return `state:${slugify(countryName)}`;
}

/** A source per URL (or other mention identifier), keyed on a hash so every dataset finds the same one. */
export function urlSource(identifier: string, dataset: EventDataset, sourceName: string | null): ImportSource {
  const id = `source:url-${createHash('sha1').update(identifier).digest('hex').slice(0, 16)}`;
  const isUrl = /^https?:\/\//i.test(identifier);
  let publisher = sourceName;
  if (!publisher && isUrl) {
    try {
      publisher = new URL(identifier).hostname.replace(/^www\./, '');
    } catch {
      publisher = null;
    }
  }
  return {
    id,
    props: { id, title: identifier, publisher, url: isUrl ? identifier : null, publishedAt: null, dataset },
  };
}

/** One line for an event: `United States → China: Consult (CAMEO 040)`. */
export function eventSummary(initiator: string | null, target: string | null, cameo: string): string {
  const who = initiator ?? 'An unnamed actor';
  return `${who}${target ? ` → ${target}` : ''}: ${cameoEventName(cameo) ?? 'Event'} (CAMEO ${cameo})`;
}

/**
 * A place an import row names, keyed on `key` (null when that has no letters or digits): what every imported place's
 * node holds (no aliases, no description) plus the format's own `columns`.
 */
export function importedPlace(
  key: string,
  kind: PlaceKind,
  name: string,
  columns: Record<string, PropertyValue>,
  dataset: EventDataset,
): ImportPlace | null {
  const id = `place:${slugify(key)}`;
  if (id === 'place:') return null;
  return {
    id,
    kind,
    name,
    props: {
      id,
      kind,
      name,
      aliases: [],
      nameKeys: [],
      latinNames: latinNames([name]),
      description: null,
      ...columns,
      dataset,
    },
  };
}

/**
 * A coded event with one initiator and one target coded actor (either may be missing), its place and the one
 * source it came from. Its node holds what every coded event holds, whatever its format (a day, no quote, its CAMEO
 * code, kind and dataset), plus the format's own `columns`; `evidence` goes on the REPORTED_IN edge.
 */
export function codedImportedEvent(event: {
  id: string;
  cameo: string;
  day: string;
  summary: string;
  dataset: EventDataset;
  columns: Record<string, PropertyValue>;
  initiator: ImportActor | null;
  target: ImportActor | null;
  place: ImportPlace | null;
  source: ImportSource;
  evidence: Record<string, PropertyValue>;
}): ImportedEvent {
  const { id, cameo, day, summary, dataset, columns, initiator, target, place, source, evidence } = event;
  const kind = cameoInteractionKind(cameo);
  // The parsers reject such rows; one reaching here is a bug, not bad input.
  if (!kind) throw new Error(`unknown CAMEO code ${cameo} reached the mapping`);
  const props: Record<string, PropertyValue> = {
    id,
    kind,
    date: day,
    datePrecision: DatePrecision.DAY,
    until: null,
    dateStart: day,
    dateEnd: day,
    summary,
    amount: null,
    cameo,
    dataset,
    quotes: [],
    ...columns,
  };
  return {
    interaction: {
      id,
      kind,
      props,
      initiators: initiator ? [initiator.id] : [],
      targets: target ? [target.id] : [],
      place: place?.id ?? null,
      evidence: [{ source: source.id, props: evidence }],
    },
    actors: [initiator, target].filter((a): a is ImportActor => a !== null),
    place,
    sources: [source],
  };
}
