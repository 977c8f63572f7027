import type { ColumnName, FieldRef, ValueSpec } from './table-mapping';

/** One row of a table (a CSV record or a JSON line), as the mapping reads it. */
export interface TableRow {
  /** The line the row starts on (1-based, the header is line 1). */
  line: number;
  /** The row as written, for the rejects file. */
  raw: string;
  /** A column's value (a field, `a.b` nested, for JSON lines); undefined when the file has no such column. */
  get(column: string): unknown;
}

/** A value read from a row: text, a number or a boolean; null when empty. */
export type Cell = string | number | boolean | null;

/** A row the mapping cannot turn into a record; the message becomes the reject reason. */
export class RowError extends Error {}

/** How a file writes "no value", besides the empty cell. */
export interface ReadContext {
  empty: ReadonlySet<string>;
}

export function columnNames(column: ColumnName): string[] {
  return Array.isArray(column) ? column : [column];
}

/** The spec of a field reference (a bare string is a column). */
export function specOf(ref: FieldRef): ValueSpec {
  return typeof ref === 'string' ? { column: ref } : ref;
}

/** The first of a column's alternative names the row has. */
export function readColumn(row: TableRow, column: ColumnName): unknown {
  for (const name of columnNames(column)) {
    const value = row.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function text(value: unknown, context: ReadContext): string | null {
  if (value === undefined || value === null) return null;
  const written = typeof value === 'object' ? JSON.stringify(value) : String(value);
  const trimmed = written.trim();
  return trimmed === '' || context.empty.has(trimmed) ? null : trimmed;
}

function placeholder(column: string, row: TableRow, context: ReadContext): string {
  const value = readColumn(row, column.trim());
  const parts = Array.isArray(value) ? value : [value];
  return parts
    .map((p) => text(p, context))
    .filter((p): p is string => p !== null)
    .join(', ');
}

/**
 * Fills `{Column}` placeholders; a `[…]` segment is dropped when a placeholder in it is empty, so
 * `"{actor1}[ → {actor2}]"` reads "Police" when the row has no second actor.
 */
export function fillTemplate(template: string, row: TableRow, context: ReadContext): string {
  const fill = (segment: string) => segment.replace(/\{([^{}]+)\}/g, (_m, c: string) => placeholder(c, row, context));
  return template
    .replace(/\[([^[\]]*)\]/g, (_m, segment: string) =>
      [...segment.matchAll(/\{([^{}]+)\}/g)].every((m) => placeholder(m[1]!, row, context) !== '') ? fill(segment) : '',
    )
    .replace(/\{([^{}]+)\}/g, (_m, c: string) => placeholder(c, row, context))
    .replace(/\s+/g, ' ')
    .trim();
}

/** The texts a column holds: a list (JSON) or one cell, split when the spec says so. */
function rawTexts(row: TableRow, spec: ValueSpec, context: ReadContext): string[] {
  if (spec.value !== undefined) return [String(spec.value)];
  if (spec.template !== undefined) {
    const filled = fillTemplate(spec.template, row, context);
    return filled === '' ? [] : [filled];
  }
  const value = spec.column === undefined ? undefined : readColumn(row, spec.column);
  const items = Array.isArray(value) ? value : [value];
  const texts = items.map((item) => text(item, context)).filter((t): t is string => t !== null);
  if (!spec.split) return texts;
  return texts.flatMap((t) => t.split(spec.split!).map((part) => part.trim()));
}

/** A number in any notation a spreadsheet or pandas writes: `3`, `-0.1164`, `1.0`, `1e-3`, `1,5` is not one. */
function toNumber(value: string, integer: boolean, label: string): number {
  const n = Number(value);
  if (value === '' || !Number.isFinite(n)) throw new RowError(`${label} "${value}" is not a number`);
  if (integer && !Number.isInteger(n)) throw new RowError(`${label} "${value}" is not an integer`);
  return n;
}

function convert(value: string, spec: ValueSpec, label: string): Cell {
  switch (spec.type) {
    case 'number':
      return toNumber(value, false, label);
    case 'integer':
      return toNumber(value, true, label);
    case 'boolean':
      if (/^(1|1\.0|true|yes|y|t)$/i.test(value)) return true;
      if (/^(0|0\.0|false|no|n|f)$/i.test(value)) return false;
      throw new RowError(`${label} "${value}" is not a boolean`);
    default:
      return value;
  }
}

function mapped(value: string, spec: ValueSpec, label: string): Cell | undefined {
  if (!spec.values) return value;
  const table = spec.values;
  if (value in table) return table[value];
  // Case does not matter, nor a float written for an integer code (`1.0` for `1`).
  const plain = value.replace(/^(-?\d+)\.0+$/, '$1').toLowerCase();
  const folded = Object.keys(table).find((k) => k.toLowerCase() === value.toLowerCase() || k.toLowerCase() === plain);
  if (folded !== undefined) return table[folded];
  if ('*' in table) return table['*'];
  if (spec.default !== undefined) return spec.default;
  const keys = Object.keys(table);
  const known = keys.length <= 8 ? keys.join(', ') : `${keys.length} values`;
  throw new RowError(`${label} "${value}" is not in the mapping's values (${known})`);
}

function label(spec: ValueSpec): string {
  if (spec.column !== undefined) return columnNames(spec.column)[0]!;
  return spec.template !== undefined ? 'template' : 'value';
}

/** Every value a field gives for a row: split, mapped, typed; empty cells give the default, if any. */
export function readValues(ref: FieldRef, row: TableRow, context: ReadContext): Cell[] {
  const spec = specOf(ref);
  const name = label(spec);
  const texts = rawTexts(row, spec, context);
  if (texts.length === 0) return spec.default === undefined || spec.default === null ? [] : [spec.default];
  const out: Cell[] = [];
  for (const t of texts) {
    const m = mapped(t, spec, name);
    if (m === undefined || m === null) continue;
    out.push(typeof m === 'string' ? convert(m, spec, name) : m);
  }
  return out;
}

/** The first value a field gives, or null. */
export function readValue(ref: FieldRef | undefined, row: TableRow, context: ReadContext): Cell {
  if (ref === undefined) return null;
  return readValues(ref, row, context)[0] ?? null;
}

/** The first value as text, or null. */
export function readText(ref: FieldRef | undefined, row: TableRow, context: ReadContext): string | null {
  const value = readValue(ref, row, context);
  return value === null ? null : String(value);
}

/** The columns a field reads, and whether the file may lack them. */
export function referencedColumns(ref: FieldRef | undefined): { names: string[]; optional: boolean }[] {
  if (ref === undefined) return [];
  const spec = specOf(ref);
  const optional = spec.optional === true;
  if (spec.column !== undefined) return [{ names: columnNames(spec.column), optional }];
  if (spec.template !== undefined) {
    return [...spec.template.matchAll(/\{([^{}]+)\}/g)].map((m) => ({ names: [m[1]!.trim()], optional: true }));
  }
  return [];
}
