import {
  isInteractionFilter,
  parseInteractionFilter,
  toWhereParams as definitionParams,
  type InteractionFilter,
  type WhereParams as FilterParams,
} from '@actorgraph/graph';
import type { CypherQuery, QueryRunner } from '@actorgraph/neo4j';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { InteractionWhere } from './interaction-where.input';

/** At most this many interactions may match `text`; more is refused (LIMIT_EXCEEDED), with a hint to narrow it. */
export const MAX_TEXT_HITS = 50_000;

/**
 * The `$where` map of cypher/fragments/interaction-where.cypher: the definition's keys (libs/graph
 * `toWhereParams`), plus `textIds`, the interactions the full-text index finds for `text` (null without text).
 */
export type WhereParams = FilterParams & { textIds: string[] | null };

/** Checks a filter argument (BAD_USER_INPUT naming the field at fault) and returns it with every key present. */
export function toInteractionFilter(where: InteractionWhere | null | undefined, argument = 'where'): InteractionFilter {
  const parsed = parseInteractionFilter(where, argument);
  if (!isInteractionFilter(parsed)) {
    const [first] = parsed.problems;
    throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `${first?.argument}: ${first?.message}`, first?.argument);
  }
  return parsed;
}

/**
 * Checks a filter argument and turns it into query parameters. `textIds` stays null: a query over a filter with
 * `text` needs {@link withTextHits} first (else it matches nothing).
 */
export function toWhereParams(where: InteractionWhere | null | undefined, argument = 'where'): WhereParams {
  return filterParams(toInteractionFilter(where, argument));
}

/** A checked filter's query parameters (`textIds` null until {@link withTextHits}). */
export function filterParams(filter: InteractionFilter): WhereParams {
  return { ...definitionParams(filter), textIds: null };
}

/**
 * Fills `textIds` from the full-text index (`cypher/queries/interactions/text-hits.cypher`), in the caller's
 * transaction; LIMIT_EXCEEDED when the words match more than {@link MAX_TEXT_HITS} interactions.
 */
export async function withTextHits(run: QueryRunner, textHits: CypherQuery, where: WhereParams): Promise<WhereParams> {
  if (where.text === null) return where;
  const [row] = await run<{ ids: string[] }>(textHits, { query: where.text, limit: MAX_TEXT_HITS + 1 });
  const ids = row?.ids ?? [];
  if (ids.length > MAX_TEXT_HITS) {
    throw new ApiError(
      ApiErrorCode.LIMIT_EXCEEDED,
      `where.text matches more than ${MAX_TEXT_HITS} interactions: add words, or narrow by dates, kinds or actors`,
      'where.text',
    );
  }
  return { ...where, textIds: ids };
}
