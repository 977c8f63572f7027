import { isPartialDate, parsePartialDate } from '@actorgraph/graph';
import { ApiError, ApiErrorCode } from '../../errors/api-error';
import type { InteractionWhere } from './interaction-where.input';

/** The `$where` map of `cypher/fragments/interaction-where.cypher`: every key present, null when not filtering. */
export interface WhereParams {
  kinds: string[] | null;
  from: string | null;
  to: string | null;
  initiators: string[] | null;
  targets: string[] | null;
  participants: string[] | null;
  places: string[] | null;
  sources: string[] | null;
  datasets: string[] | null;
}

function dateBound(argument: string, value: string | undefined, edge: 'start' | 'end'): string | null {
  if (value === undefined || value === null) return null;
  const parsed = parsePartialDate(value);
  if (!isPartialDate(parsed)) throw new ApiError(ApiErrorCode.BAD_USER_INPUT, `${argument}: ${parsed.error}`, argument);
  return parsed[edge];
}

/** Validates an InteractionWhere (argument name for messages) and turns it into query parameters. */
export function toWhereParams(where: InteractionWhere | null | undefined, argument = 'where'): WhereParams {
  const list = <T>(value: T[] | undefined | null) => (value && value.length > 0 ? value : null);
  const from = dateBound(`${argument}.from`, where?.from, 'start');
  const to = dateBound(`${argument}.to`, where?.to, 'end');
  if (from && to && to < from) {
    throw new ApiError(
      ApiErrorCode.BAD_USER_INPUT,
      `${argument}.to (${where?.to}) is before ${argument}.from (${where?.from})`,
      `${argument}.to`,
    );
  }
  return {
    kinds: list(where?.kinds),
    from,
    to,
    initiators: list(where?.initiators),
    targets: list(where?.targets),
    participants: list(where?.participants),
    places: list(where?.places),
    sources: list(where?.sources),
    datasets: list(where?.datasets),
  };
}
