import { GraphQLError, type ValidationRule } from 'graphql';
import { ApiErrorCode } from '../errors/api-error';

/**
 * Most aliased fields in one document. Aliases are how one request repeats an expensive field (`a1: centrality(…)
 * a2: centrality(…)`); the cost budget prices each repetition, this cap also bounds the work of pricing them.
 */
export const MAX_ALIASES = 100;

/** Refuses a document with more than `max` aliased fields (counted in the text, fragments once each). */
export function aliasCapRule(max: number = MAX_ALIASES): ValidationRule {
  return (context) => {
    let aliases = 0;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases += 1;
        if (aliases === max + 1) {
          context.reportError(
            new GraphQLError(`The query has more than ${max} aliased fields; send several requests instead`, {
              extensions: { code: ApiErrorCode.LIMIT_EXCEEDED, limit: max },
            }),
          );
        }
      },
    };
  };
}
