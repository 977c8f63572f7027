import { ACTOR_KIND_LABEL, ActorKind, foldName, idProblem, latinNames } from '@actorgraph/graph';
import type { ActorRecord } from '@actorgraph/dataset';
import type { PropertyValue } from '../coded-events/import-records';
import { readText, readValues, RowError, specOf, type ReadContext, type TableRow } from './field-values';
import { actorIdFromName, type KnownActors } from './table-actors';
import type { ActorsMapping } from './table-mapping';

/** A row of an actor table, read by an actors mapping. */
export interface TableActor {
  /** The id the table gives, if any. */
  id: string | null;
  name: string;
  kind: ActorKind;
  aliases: string[];
  description: string | null;
  wikidataId: string | null;
  props: Record<string, PropertyValue>;
}

/**
 * What the actor writer writes for one row: the resolved id and the properties the row sets, named and typed as the
 * dataset loader's actor records (names, folded keys, Latin spellings, description, Wikidata id).
 */
export interface ActorUpsert extends Pick<
  ActorRecord,
  'kind' | 'name' | 'aliases' | 'nameKeys' | 'latinNames' | 'description' | 'wikidataId'
> {
  id: string;
  label: string;
  props: Record<string, PropertyValue>;
  dataset: string;
}

export function readTableActor(mapping: ActorsMapping, row: TableRow, context: ReadContext): TableActor {
  const name = readText(mapping.name, row, context);
  if (!name) throw new RowError('no name: the name column is empty');
  const kindText = readText(mapping.kind, row, context);
  const kind = (kindText?.toUpperCase() ?? '') as ActorKind;
  if (!(Object.values(ActorKind) as string[]).includes(kind)) {
    throw new RowError(`unknown actor kind "${kindText ?? ''}" (person, state or organization)`);
  }
  const id = readText(mapping.id, row, context);
  if (id) {
    const problem = idProblem(id, ['person', 'state', 'org']);
    if (problem) throw new RowError(problem);
  }
  const aliasSpec = mapping.aliases ? { split: '|', ...specOf(mapping.aliases) } : undefined;
  const aliases = aliasSpec ? readValues(aliasSpec, row, context).map(String) : [];
  const wikidataId = readText(mapping.wikidataId, row, context);
  if (wikidataId && !/^Q\d+$/.test(wikidataId)) throw new RowError(`"${wikidataId}" is not a Wikidata id (Q…)`);
  const props: Record<string, PropertyValue> = {};
  for (const [key, ref] of Object.entries(mapping.properties ?? {})) {
    const values = readValues(ref, row, context);
    props[key] = specOf(ref).split ? values.map(String) : (values[0] ?? null);
  }
  return {
    id,
    name,
    kind,
    aliases: aliases.filter((a, i) => a !== name && aliases.indexOf(a) === i),
    description: readText(mapping.description, row, context),
    wikidataId,
    props,
  };
}

/** The lookup an actor row needs: its id (given or made from the name), names and Wikidata id. */
export function actorLookupKeys(actor: TableActor): { ids: string[]; names: string[]; wikidataIds: string[] } {
  return {
    ids: [actor.id ?? actorIdFromName(actor.kind, actor.name)],
    names: [actor.name, ...actor.aliases].map(foldName),
    wikidataIds: actor.wikidataId ? [actor.wikidataId] : [],
  };
}

/**
 * Which actor a row is: the id it gives; else the actor holding its Wikidata id; else the one holding its name;
 * else a new one (`<kind>:<slug of the name>`). A name or alias of the row held by another actor, or a kind that
 * contradicts the actor in the graph, rejects the row naming both records.
 */
export function resolveTableActor(actor: TableActor, known: KnownActors, dataset: string): ActorUpsert {
  const nameHolders = (name: string) => known.byName.get(foldName(name)) ?? [];
  const id =
    actor.id ??
    (actor.wikidataId ? known.byWikidata.get(actor.wikidataId) : undefined) ??
    (nameHolders(actor.name).length === 1 ? nameHolders(actor.name)[0]! : actorIdFromName(actor.kind, actor.name));
  for (const name of [actor.name, ...actor.aliases]) {
    const others = nameHolders(name).filter((holder) => holder !== id);
    if (others.length > 0) throw new RowError(`the name "${name}" of ${id} is already held by ${others.join(', ')}`);
  }
  const stored = known.kinds.get(id);
  if (stored && stored !== actor.kind) {
    throw new RowError(`${id} is a ${stored.toLowerCase()} in the graph; the table says ${actor.kind.toLowerCase()}`);
  }
  const names = [actor.name, ...actor.aliases];
  return {
    id,
    label: ACTOR_KIND_LABEL[actor.kind],
    kind: actor.kind,
    name: actor.name,
    aliases: actor.aliases,
    nameKeys: [...new Set(names.map(foldName))],
    latinNames: latinNames(names),
    description: actor.description,
    wikidataId: actor.wikidataId,
    props: actor.props,
    dataset,
  };
}
