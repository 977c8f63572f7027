import { InputFileError } from '@actorgraph/dataset';
import { ActorKind, InteractionKind, PlaceKind } from '@actorgraph/graph';
import Ajv, { type ErrorObject } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Node } from 'yaml';
import schema from './table-mapping.schema.json';
import type { FieldRef, KindSpec, TableMapping, ValueSpec } from './table-mapping';

const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema);
const validators = {
  interactions: ajv.getSchema(`${schema.$id}#/definitions/interactions`)!,
  actors: ajv.getSchema(`${schema.$id}#/definitions/actorTable`)!,
};

/** The presets shipped with the project: `--preset gdelt` reads `presets/gdelt.yaml`. */
export const PRESETS = ['gdelt', 'acled', 'polecat', 'plover'] as const;
export type PresetName = (typeof PRESETS)[number];

/** Where a preset's mapping file is (beside this file in the sources; from the working directory otherwise). */
export function presetPath(name: string): string {
  if (!(PRESETS as readonly string[]).includes(name)) {
    throw new InputFileError(`unknown preset "${name}": choose one of ${PRESETS.join(', ')}`);
  }
  const beside = join(__dirname, 'presets', `${name}.yaml`);
  return existsSync(beside) ? beside : join(process.cwd(), 'libs', 'import', 'src', 'table', 'presets', `${name}.yaml`);
}

type Path = (string | number)[];

function pathText(path: Path): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

function schemaMessage(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required field "${String(params['missingProperty'])}"`;
    case 'additionalProperties':
      return `unknown field "${String(params['additionalProperty'])}"`;
    case 'enum':
      return `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(params['allowedValue'])}`;
    case 'oneOf':
    case 'anyOf':
      return 'is none of the allowed shapes (a column name, a {column|value|template, …} spec, or a list)';
    default:
      return error.message ?? error.keyword;
  }
}

/**
 * Schema errors, minus the noise of alternatives: when a precise error (an unknown field, a wrong value) names a
 * place, the "none of the shapes" and "required in one alternative" errors of the same place are left out.
 */
function schemaProblems(errors: ErrorObject[]): { path: Path; message: string }[] {
  const problems = errors.map((error) => ({
    path: error.instancePath
      .split('/')
      .slice(1)
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~'))),
    message: schemaMessage(error),
    alternative: ['oneOf', 'anyOf'].includes(error.keyword) || /\/(anyOf|oneOf)\/\d+\/required$/.test(error.schemaPath),
    keyword: error.keyword,
  }));
  const precise = (at: string) =>
    problems.some((p) => !p.alternative && p.keyword !== 'type' && pathText(p.path).startsWith(at));
  const unique = new Map<string, { path: Path; message: string }>();
  for (const problem of problems) {
    const at = pathText(problem.path);
    if ((problem.alternative || problem.keyword === 'type') && precise(at)) continue;
    unique.set(`${at}: ${problem.message}`, { path: problem.path, message: problem.message });
  }
  return [...unique.values()];
}

/** Where an unclosed quote starts: the first line with an odd number of quotes of that kind. */
function unclosedQuoteLine(text: string, quote: string): number | null {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => (line.replace(/\\./g, '').split(quote).length - 1) % 2 === 1);
  return index < 0 ? null : index + 1;
}

const ENUMS = {
  interactionKind: Object.values(InteractionKind) as string[],
  actorKind: Object.values(ActorKind) as string[],
  placeKind: Object.values(PlaceKind) as string[],
  precision: ['DAY', 'MONTH', 'YEAR'],
};

function checkValues(
  ref: FieldRef | undefined,
  allowed: string[],
  path: Path,
  problems: { path: Path; message: string }[],
): void {
  if (ref === undefined) return;
  const spec: ValueSpec = typeof ref === 'string' ? {} : ref;
  const fixed = [
    ...Object.entries(spec.values ?? {}).map(([k, v]) => [['values', k], v] as const),
    ...(spec.default !== undefined ? [[['default'], spec.default] as const] : []),
    ...(spec.value !== undefined ? [[['value'], spec.value] as const] : []),
  ];
  for (const [at, value] of fixed) {
    if (value === null) continue;
    if (!allowed.includes(String(value).toUpperCase())) {
      problems.push({
        path: [...path, ...at],
        message: `"${String(value)}" is not one of ${allowed.map((a) => a.toLowerCase()).join(', ')}`,
      });
    }
  }
}

/** Checks the schema cannot express: one source per value, and kinds that exist. */
function semanticProblems(mapping: TableMapping): { path: Path; message: string }[] {
  const problems: { path: Path; message: string }[] = [];
  const visit = (value: unknown, path: Path) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v, i) => visit(v, [...path, i]));
    const spec = value as Record<string, unknown>;
    const sources = ['column', 'value', 'template'].filter((k) => spec[k] !== undefined);
    const isSpec = sources.length > 0 || 'values' in spec || 'split' in spec || 'optional' in spec;
    if (isSpec && sources.length !== 1 && !('codes' in spec && sources.length === 1)) {
      problems.push({ path, message: 'give exactly one of column, value or template' });
    }
    for (const [key, child] of Object.entries(spec)) if (key !== 'values') visit(child, [...path, key]);
  };
  visit(mapping, []);
  if (mapping.mapping === 'actors') {
    checkValues(mapping.kind, ENUMS.actorKind, ['kind'], problems);
    return problems;
  }
  const kinds: KindSpec[] = Array.isArray(mapping.kind) ? mapping.kind : [mapping.kind];
  kinds.forEach((spec, i) => {
    if (!spec.codes)
      checkValues(spec, ENUMS.interactionKind, Array.isArray(mapping.kind) ? ['kind', i] : ['kind'], problems);
  });
  checkValues(mapping.precision, ENUMS.precision, ['precision'], problems);
  checkValues(mapping.place?.kind, ENUMS.placeKind, ['place', 'kind'], problems);
  for (const role of ['initiators', 'targets'] as const) {
    const specs = mapping[role];
    const list = specs === undefined ? [] : Array.isArray(specs) ? specs : [specs];
    list.forEach((spec, i) =>
      checkValues(spec.kind, ENUMS.actorKind, Array.isArray(specs) ? [role, i, 'kind'] : [role, 'kind'], problems),
    );
  }
  return problems;
}

/**
 * Reads and checks a mapping file: YAML syntax, the JSON Schema, then kinds and value maps. Every problem is
 * reported at once, each naming the mapping field (`mapping.yaml:7:3 kind.values.Battles: …`); throws an
 * {@link InputFileError} listing them, so nothing is read or written with a wrong mapping.
 */
export function parseMapping(path: string): TableMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputFileError(`${path}: cannot read the mapping (${(error as Error).message})`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    const lines = doc.errors.map((e) => {
      const at = lineCounter.linePos(e.pos[0]);
      // The parser notices an unclosed quote at the end of the file; say where the quote was opened.
      const quote = /closing "quote/.test(e.message) ? '"' : /closing 'quote/.test(e.message) ? "'" : null;
      const opened = quote ? unclosedQuoteLine(text, quote) : null;
      const where = opened ? `${opened}:1` : `${at.line}:${at.col}`;
      return `${path}:${where} ${e.message.split('\n')[0]}${opened ? ' (the quote opened on this line is never closed)' : ''}`;
    });
    throw new InputFileError(`the mapping is not valid YAML:\n${lines.join('\n')}`);
  }
  const value = doc.toJS() as unknown;
  const where = (p: Path) => {
    let node: unknown = doc.getIn(p, true);
    for (let n = p.length; !node && n > 0; n -= 1) node = doc.getIn(p.slice(0, n - 1), true);
    const range = (node as Node | undefined)?.range;
    const at = range ? lineCounter.linePos(range[0]) : { line: 1, col: 1 };
    return `${path}:${at.line}:${at.col}`;
  };
  const kind = (value as { mapping?: unknown } | null)?.mapping;
  const validate = kind === 'actors' ? validators.actors : kind === 'interactions' ? validators.interactions : null;
  let problems: { path: Path; message: string }[];
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems = [{ path: [], message: 'a mapping is a YAML map (mapping: interactions|actors, dataset, …)' }];
  } else if (!validate) {
    problems = [{ path: ['mapping'], message: 'must be "interactions" or "actors"' }];
  } else if (!validate(value)) {
    problems = schemaProblems(validate.errors ?? []);
  } else {
    problems = semanticProblems(value as TableMapping);
  }
  if (problems.length > 0) {
    const lines = problems.map((p) => `${where(p.path)} ${pathText(p.path)}: ${p.message}`);
    throw new InputFileError(`the mapping has ${problems.length} problem(s):\n${lines.join('\n')}`);
  }
  return value as TableMapping;
}
