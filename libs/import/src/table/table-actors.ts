import {
  ACTOR_KIND_ID_PREFIX,
  ActorKind,
  cameoCountryName,
  countryCodeByName,
  foldName,
  idPrefix,
  slugify,
} from '@actorgraph/graph';
import { createHash } from 'node:crypto';
import { cameoActor, rowActorName, type CameoActorFields } from '../coded-events/cameo-actor';
import { codedActor, stateId } from '../coded-events/coded-records';
import type { ImportActor, PropertyValue } from '../coded-events/import-records';
import { readColumn, readText, readValues, RowError, type Cell, type ReadContext, type TableRow } from './field-values';
import type { ActorsSpec, CameoActorSpec } from './table-mapping';

/** An actor a row names, before it is looked up in the graph. */
export type ActorRef =
  | { by: 'id'; id: string }
  | { by: 'name'; name: string; kind: ActorKind; wikidataId: string | null; generic: boolean }
  | { by: 'coded'; actor: ImportActor; rowName: string | null };

/** What the graph already holds for the names, ids and Wikidata ids of a batch. */
export interface KnownActors {
  /** Actor id → its kind, for every id the batch names or would create. */
  kinds: ReadonlyMap<string, ActorKind>;
  /** Folded name or alias → the ids of the actors that hold it. */
  byName: ReadonlyMap<string, string[]>;
  byWikidata: ReadonlyMap<string, string>;
}

/** The id an actor created from a name gets: `person:vladimir-putin`; names in other scripts get a hash. */
export function actorIdFromName(kind: ActorKind, name: string): string {
  const prefix = ACTOR_KIND_ID_PREFIX[kind];
  const slug = slugify(name);
  if (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return `${prefix}:${slug}`;
  return `${prefix}:x-${createHash('sha1').update(foldName(name)).digest('hex').slice(0, 12)}`;
}

function asKind(value: Cell | undefined): ActorKind {
  if (value === undefined || value === null) return ActorKind.ORGANIZATION;
  const kind = String(value).toUpperCase();
  if (!(Object.values(ActorKind) as string[]).includes(kind)) throw new RowError(`unknown actor kind "${value}"`);
  return kind as ActorKind;
}

/** A row seen through one object of a JSON list (`source[i]`), for `each`. */
function objectRow(row: TableRow, item: unknown): TableRow {
  return {
    line: row.line,
    raw: row.raw,
    get: (column) => {
      let value: unknown = item;
      for (const part of column.split('.')) {
        if (value === null || typeof value !== 'object') return undefined;
        value = (value as Record<string, unknown>)[part];
      }
      return value;
    },
  };
}

function cameoFields(spec: CameoActorSpec, row: TableRow, context: ReadContext): CameoActorFields {
  const many = (refs: CameoActorSpec['types']) =>
    (refs ?? []).map((ref) => readText(ref, row, context)).filter((v): v is string => v !== null);
  return {
    code: readText(spec.code, row, context) ?? '',
    name: readText(spec.name, row, context) ?? '',
    countryCode: readText(spec.country, row, context) ?? '',
    knownGroupCode: readText(spec.knownGroup, row, context) ?? '',
    ethnicCode: readText(spec.ethnic, row, context) ?? '',
    religionCodes: many(spec.religions),
    typeCodes: many(spec.types),
  };
}

function refsOfRow(
  spec: ActorsSpec,
  row: TableRow,
  context: ReadContext,
  eventKey: string,
  dataset: string,
): ActorRef[] {
  if (spec.cameo) {
    const fields = cameoFields(spec.cameo, row, context);
    const scope = { eventKey, eventCountry: readText(spec.cameo.eventPlace, row, context) };
    const actor = cameoActor(fields, scope, dataset);
    return actor ? [{ by: 'coded', actor, rowName: rowActorName(fields) }] : [];
  }
  const ids = spec.id ? readValues(spec.id, row, context).map(String) : [];
  const names = spec.name ? readValues(spec.name, row, context).map(String) : [];
  const kinds = spec.kind ? readValues(spec.kind, row, context) : [];
  const qids = spec.wikidataId ? readValues(spec.wikidataId, row, context).map(String) : [];
  const generic = spec.generic ? readValues(spec.generic, row, context) : [];
  const refs: ActorRef[] = ids.map((id) => ({ by: 'id', id }));
  names.forEach((name, i) => {
    // A name written as an id (`person:vladimir-putin`) is that id.
    if (idPrefix(name) && /^(person|state|org):/.test(name)) return refs.push({ by: 'id', id: name });
    const qid = qids[i] ?? (names.length === 1 ? qids[0] : undefined);
    refs.push({
      by: 'name',
      name,
      kind: asKind(kinds[i] ?? kinds[0]),
      wikidataId: qid && /^Q\d+$/.test(qid) ? qid : null,
      generic: (generic[i] ?? generic[0]) === true,
    });
  });
  return refs;
}

/** The actors of one role a row names, by every spec of the role, without repeats. */
export function readActorRefs(
  specs: ActorsSpec | ActorsSpec[] | undefined,
  row: TableRow,
  context: ReadContext,
  eventKey: string,
  dataset: string,
): ActorRef[] {
  const list = specs === undefined ? [] : Array.isArray(specs) ? specs : [specs];
  const refs: ActorRef[] = [];
  for (const spec of list) {
    if (spec.each) {
      const items = readColumn(row, spec.each);
      if (items === undefined || items === null) continue;
      if (!Array.isArray(items)) throw new RowError(`${spec.each} is not a list of actors`);
      for (const item of items) refs.push(...refsOfRow(spec, objectRow(row, item), context, eventKey, dataset));
    } else {
      refs.push(...refsOfRow(spec, row, context, eventKey, dataset));
    }
  }
  return refs;
}

/** What the lookup of a batch needs: ids to check, folded names and Wikidata ids to find. */
export function lookupKeys(refs: readonly ActorRef[]): { ids: string[]; names: string[]; wikidataIds: string[] } {
  const ids = new Set<string>();
  const names = new Set<string>();
  const wikidataIds = new Set<string>();
  for (const ref of refs) {
    if (ref.by === 'id') ids.add(ref.id);
    if (ref.by === 'name') {
      names.add(foldName(ref.name));
      ids.add(newActorId(ref));
      if (ref.wikidataId) wikidataIds.add(ref.wikidataId);
    }
  }
  return { ids: [...ids], names: [...names], wikidataIds: [...wikidataIds] };
}

/** The id a name reference gets when the graph does not know the name: a country's state, else from the name. */
function newActorId(ref: Extract<ActorRef, { by: 'name' }>): string {
  const country = ref.kind !== ActorKind.PERSON ? countryCodeByName(ref.name) : null;
  return country ? stateId(cameoCountryName(country)!) : actorIdFromName(ref.kind, ref.name);
}

/**
 * The actor a reference stands for, as `cli load` resolves names: an id must exist; a Wikidata id held by an actor
 * is that actor; a name or alias one actor holds is that actor (two holders: the row is rejected, naming both);
 * a country's name is that state; any other name is a new actor of the spec's kind. The record written is the
 * same whether the actor is new or already there (its creation properties apply only when new), so a row's
 * content hash does not change once its actors exist, and a re-import finds it unchanged.
 */
export function resolveActorRef(ref: ActorRef, known: KnownActors, dataset: string): ImportActor {
  if (ref.by === 'coded') return ref.actor;
  if (ref.by === 'id') {
    const kind = known.kinds.get(ref.id);
    if (!kind) throw new RowError(`unknown actor id "${ref.id}"`);
    return codedActor(kind, ref.id, ref.id, dataset, {}, { nameIsUnique: false });
  }
  const holders = known.byName.get(foldName(ref.name)) ?? [];
  const byWikidata = ref.wikidataId ? known.byWikidata.get(ref.wikidataId) : undefined;
  if (!byWikidata && holders.length > 1) {
    throw new RowError(`ambiguous name "${ref.name}": held by ${holders.join(' and ')}`);
  }
  const fresh = newActorId(ref);
  const id = byWikidata ?? holders[0] ?? fresh;
  const country = ref.kind !== ActorKind.PERSON ? countryCodeByName(ref.name) : null;
  if (country && id === fresh) {
    const name = cameoCountryName(country)!;
    return codedActor(
      ActorKind.STATE,
      id,
      name,
      dataset,
      { countryCode: country },
      { nameIsUnique: true, iso3: country },
    );
  }
  const codes: Record<string, PropertyValue> = ref.generic ? { generic: true } : {};
  const actor = codedActor(known.kinds.get(id) ?? ref.kind, id, ref.name, dataset, codes, {
    nameIsUnique: !ref.generic,
  });
  actor.create['wikidataId'] = ref.wikidataId;
  return actor;
}
