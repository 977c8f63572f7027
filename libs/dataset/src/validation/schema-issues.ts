import Ajv, { type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { closest } from 'fastest-levenshtein';
import schema from '../format/dataset.schema.json';
import type { DatasetFile } from '../files/dataset-file';
import type { ValidationIssue } from './validation-issue';

// verbose: errors carry their parent schema, which lists the known fields to suggest from.
const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

const DATE_FIELDS = new Set(['date', 'until', 'from', 'to', 'publishedAt']);

function pathOf(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** The allowed value the user most likely meant: one contained in what was written, else the nearest. */
function suggest(value: string, allowed: readonly string[]): string {
  const folded = value.toLowerCase();
  return allowed.find((candidate) => folded.includes(candidate)) ?? closest(folded, [...allowed]);
}

function describe(error: ErrorObject, value: unknown): string {
  const params = error.params as Record<string, unknown>;
  const field = pathOf(error).at(-1);
  switch (error.keyword) {
    case 'required':
      if (params['missingProperty'] === 'evidence') return 'missing evidence: give at least one {source, quote}';
      return `missing required field "${String(params['missingProperty'])}"`;
    case 'additionalProperties': {
      const extra = String(params['additionalProperty']);
      const parentSchema = error.parentSchema as { properties?: Record<string, unknown> } | undefined;
      const known = Object.keys(parentSchema?.properties ?? {});
      return `unknown field "${extra}"${known.length ? `; did you mean "${suggest(extra, known)}"?` : ''}`;
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]).map(String);
      return `unknown ${String(field)} "${String(value)}"; did you mean "${suggest(String(value), allowed)}"? (one of: ${allowed.join(', ')})`;
    }
    case 'pattern':
      if (typeof field === 'string' && DATE_FIELDS.has(field)) {
        return `"${String(value)}" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`;
      }
      return `"${String(value)}" does not match the expected form ${String(params['pattern'])}`;
    case 'type':
      return `must be ${String(params['type']).replace(',', ' or ')}, not ${Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value}`;
    case 'minItems':
      if (field === 'evidence') return 'missing evidence: give at least one {source, quote}';
      return `needs at least ${String(params['limit'])} item(s)`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'format':
      return `"${String(value)}" is not a valid ${String(params['format'])}`;
    default:
      return error.message ?? 'is invalid';
  }
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Record<string | number, unknown> | undefined)?.[key], data);
}

/** Checks a parsed file against the JSON Schema; every error becomes an issue at its own position. */
export function schemaIssues(file: DatasetFile): ValidationIssue[] {
  if (validateSchema(file.data)) return [];
  const seen = new Set<string>();
  return (validateSchema.errors ?? []).flatMap((error) => {
    const path = pathOf(error);
    const issuePath =
      error.keyword === 'additionalProperties' ? [...path, String(error.params['additionalProperty'])] : path;
    const issue = file.issue(issuePath, describe(error, valueAt(file.data, path)));
    const key = `${issue.path}|${issue.message}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [issue];
  });
}
