import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';
import { ApiErrorCode } from '../errors/api-error';

/** Most tokens in a query document: about 40 KB of GraphQL; a dataset's content is one string token. */
export const MAX_TOKENS = 5_000;
/** Most nested braces and brackets: deeper documents are refused before graphql-js recurses into them. */
export const MAX_NESTING = 64;

/**
 * Checks a query's text before it is parsed, in one pass of the lexer: too many tokens, or braces nested so deep
 * that parsing or validating would recurse past the stack, are LIMIT_EXCEEDED. Returns the errors (empty when fine);
 * a syntax error is left to the parser, which reports it with its position.
 */
export function sourceCapErrors(text: string, maxTokens = MAX_TOKENS, maxNesting = MAX_NESTING): GraphQLError[] {
  const lexer = new Lexer(new Source(text));
  let tokens = 0;
  let nesting = 0;
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) {
      tokens += 1;
      if (tokens > maxTokens) {
        return [limitError(`The query has more than ${maxTokens} tokens; send a shorter query`, maxTokens)];
      }
      if (token.kind === TokenKind.BRACE_L || token.kind === TokenKind.BRACKET_L || token.kind === TokenKind.PAREN_L) {
        nesting += 1;
        if (nesting > maxNesting) {
          return [limitError(`The query nests braces more than ${maxNesting} deep`, maxNesting)];
        }
      } else if (
        token.kind === TokenKind.BRACE_R ||
        token.kind === TokenKind.BRACKET_R ||
        token.kind === TokenKind.PAREN_R
      ) {
        nesting -= 1;
      }
    }
  } catch {
    return []; // a syntax error: the parser reports it
  }
  return [];
}

function limitError(message: string, limit: number): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ApiErrorCode.LIMIT_EXCEEDED, limit } });
}
