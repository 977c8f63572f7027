import { referencedColumns } from './field-values';
import type { ActorsSpec, FieldRef, InteractionsMapping, TableMapping } from './table-mapping';

/** A column a mapping reads: its alternative names, whether a file may lack it, and the mapping field naming it. */
export interface MappingColumn {
  names: string[];
  optional: boolean;
  field: string;
}

function add(out: MappingColumn[], field: string, ref: FieldRef | undefined, optional = false): void {
  for (const column of referencedColumns(ref)) out.push({ ...column, optional: column.optional || optional, field });
}

function actorColumns(out: MappingColumn[], role: string, specs: ActorsSpec | ActorsSpec[] | undefined): void {
  const list = specs === undefined ? [] : Array.isArray(specs) ? specs : [specs];
  list.forEach((spec, i) => {
    const at = Array.isArray(specs) ? `${role}[${i}]` : role;
    if (spec.each) {
      // Fields of the objects in the list are read from each object, not from the row.
      out.push({ names: [spec.each], optional: true, field: `${at}.each` });
      return;
    }
    for (const key of ['id', 'name', 'kind', 'wikidataId', 'generic'] as const) add(out, `${at}.${key}`, spec[key]);
    const cameo = spec.cameo;
    if (!cameo) return;
    for (const key of ['code', 'name', 'country', 'knownGroup', 'ethnic', 'eventPlace'] as const) {
      add(out, `${at}.cameo.${key}`, cameo[key]);
    }
    (cameo.religions ?? []).forEach((ref, j) => add(out, `${at}.cameo.religions[${j}]`, ref));
    (cameo.types ?? []).forEach((ref, j) => add(out, `${at}.cameo.types[${j}]`, ref));
  });
}

function interactionColumns(mapping: InteractionsMapping): MappingColumn[] {
  const out: MappingColumn[] = [];
  add(out, 'key', mapping.key);
  add(out, 'date', mapping.date);
  add(out, 'precision', mapping.precision);
  add(out, 'until', mapping.until);
  const kinds = Array.isArray(mapping.kind) ? mapping.kind : [mapping.kind];
  kinds.forEach((spec, i) => {
    const at = Array.isArray(mapping.kind) ? `kind[${i}]` : 'kind';
    add(out, at, { ...spec, codes: undefined, mode: undefined } as FieldRef);
    add(out, `${at}.mode`, spec.mode);
  });
  actorColumns(out, 'initiators', mapping.initiators);
  actorColumns(out, 'targets', mapping.targets);
  add(out, 'summary', mapping.summary);
  add(out, 'quote', mapping.quote);
  for (const key of ['url', 'title', 'publisher', 'publishedAt'] as const)
    add(out, `source.${key}`, mapping.source?.[key]);
  for (const key of ['name', 'latitude', 'longitude', 'kind'] as const) add(out, `place.${key}`, mapping.place?.[key]);
  for (const [key, ref] of Object.entries(mapping.properties ?? {})) add(out, `properties.${key}`, ref);
  return out;
}

/** Every column a mapping reads, with the mapping field that names it. */
export function mappingColumns(mapping: TableMapping): MappingColumn[] {
  if (mapping.mapping === 'interactions') return interactionColumns(mapping);
  const out: MappingColumn[] = [];
  for (const key of ['id', 'name', 'kind', 'aliases', 'description', 'wikidataId'] as const)
    add(out, key, mapping[key]);
  for (const [key, ref] of Object.entries(mapping.properties ?? {})) add(out, `properties.${key}`, ref);
  return out;
}

/** The columns a file's header lacks, each with the mapping field that needs it. */
export function missingColumns(mapping: TableMapping, header: readonly string[]): MappingColumn[] {
  const present = new Set(header.map((h) => h.trim().toLowerCase()));
  return mappingColumns(mapping).filter(
    (column) => !column.optional && !column.names.some((name) => present.has(name.toLowerCase())),
  );
}
