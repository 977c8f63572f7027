import { idPrefix } from '../ids';
import { InteractionKind } from '../interaction-kind';
import { isPartialDate, parsePartialDate } from '../partial-date';
import {
  INTERACTION_FILTER_KEY_NAMES,
  INTERACTION_FILTER_KEYS,
  type InteractionFilterInput,
  type InteractionFilterKey,
} from './filter-keys';
import { parseTextFilter, type TextFilter } from './text-terms';

/**
 * A checked filter: every key present, null when it does not filter. Dates are the first (`from`) and last
 * (`to`) day they cover; `text` is parsed into words.
 */
export interface InteractionFilter {
  readonly kinds: readonly string[] | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly initiators: readonly string[] | null;
  readonly targets: readonly string[] | null;
  readonly participants: readonly string[] | null;
  readonly places: readonly string[] | null;
  readonly sources: readonly string[] | null;
  readonly datasets: readonly string[] | null;
  readonly between: readonly [string, string] | null;
  readonly text: TextFilter | null;
}

/** Why a filter was refused: the argument at fault (`where.to`) and what is wrong with it. */
export interface FilterProblem {
  readonly argument: string;
  readonly message: string;
}

/** The filter that keeps everything. */
export const NO_INTERACTION_FILTER: InteractionFilter = Object.freeze(
  Object.fromEntries(INTERACTION_FILTER_KEY_NAMES.map((key) => [key, null])) as unknown as InteractionFilter,
);

type Parsed = { value: unknown } | { error: string };

function parseKey(key: InteractionFilterKey, raw: unknown): Parsed {
  const spec = INTERACTION_FILTER_KEYS[key];
  if (spec.type === 'text' || spec.type === 'date') {
    if (typeof raw !== 'string') return { error: 'must be a string' };
    if (spec.type === 'text') {
      if (raw.trim() === '') return { value: null };
      const text = parseTextFilter(raw);
      return 'error' in text ? text : { value: text };
    }
    const date = parsePartialDate(raw);
    if (!isPartialDate(date)) return date;
    return { value: key === 'to' ? date.end : date.start };
  }
  if (!Array.isArray(raw) || raw.some((item) => typeof item !== 'string'))
    return { error: 'must be a list of strings' };
  const list = [...new Set(raw as string[])];
  if (list.length === 0) return { value: null };
  if (spec.type === 'kinds') {
    const unknown = list.find((kind) => !(Object.values(InteractionKind) as string[]).includes(kind));
    if (unknown !== undefined) return { error: `"${unknown}" is not an interaction kind` };
  }
  if (spec.type === 'pair') {
    if (list.length !== 2 || (raw as string[]).length !== 2) return { error: 'must name exactly two different ids' };
    return { value: [list[0], list[1]] };
  }
  return { value: list };
}

/**
 * Checks a filter as a client wrote it and returns it with every key present, or every problem found
 * (`argument` prefixes the names in the problems: `where.to`).
 */
export function parseInteractionFilter(
  input: InteractionFilterInput | null | undefined,
  argument = 'where',
): InteractionFilter | { problems: FilterProblem[] } {
  const filter: Record<string, unknown> = {};
  const problems: FilterProblem[] = [];
  for (const key of INTERACTION_FILTER_KEY_NAMES) {
    const raw = input?.[key];
    if (raw === undefined || raw === null) {
      filter[key] = null;
      continue;
    }
    const parsed = parseKey(key, raw);
    if ('error' in parsed) problems.push({ argument: `${argument}.${key}`, message: parsed.error });
    else filter[key] = parsed.value;
  }
  const { from, to } = filter as { from: string | null; to: string | null };
  if (from && to && to < from) {
    problems.push({
      argument: `${argument}.to`,
      message: `(${input?.to}) is before ${argument}.from (${input?.from})`,
    });
  }
  return problems.length > 0 ? { problems } : (filter as unknown as InteractionFilter);
}

export function isInteractionFilter(
  value: InteractionFilter | { problems: FilterProblem[] },
): value is InteractionFilter {
  return !('problems' in value);
}

/** The keys a filter uses (not null), in the order of the definition. */
export function filterKeysUsed(filter: InteractionFilter): InteractionFilterKey[] {
  return INTERACTION_FILTER_KEY_NAMES.filter((key) => filter[key] !== null);
}

/**
 * The `$where` map every Cypher file reads (see cypher/fragments/interaction-where.cypher): one entry per key of
 * the definition, null when not filtering; `text` is the Lucene query for the `interaction_texts` index.
 */
export type WhereParams = {
  [K in InteractionFilterKey]: K extends 'from' | 'to' | 'text' ? string | null : string[] | null;
};

export function toWhereParams(filter: InteractionFilter): WhereParams {
  const params: Record<string, unknown> = {};
  for (const key of INTERACTION_FILTER_KEY_NAMES) {
    const value = filter[key];
    if (key === 'text') params[key] = filter.text?.query ?? null;
    else params[key] = Array.isArray(value) ? [...value] : value;
  }
  return params as WhereParams;
}

/** Whether an id names a place (places are endpoints of interactions too). */
export function isPlaceId(id: string): boolean {
  return idPrefix(id) === 'place';
}
