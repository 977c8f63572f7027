import {
  GraphQLError,
  Kind,
  type ASTNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ApiErrorCode } from '../errors/api-error';
import { fragmentMeasure } from './fragment-measure';

/** Deepest field nesting an operation may have (introspection not counted); a page of interactions with evidence needs 6. */
export const MAX_QUERY_DEPTH = 10;

/** Introspection (`__schema`, `__type`) is as deep as the type system, ~15 for GraphiQL's query; it is not data. */
const isIntrospection = (name: string) => name.startsWith('__');

/**
 * Fields nested deeper than `maxDepth` in any operation are refused (`{ a { b } }` has depth 2; fragments add no level
 * of their own). Each fragment's depth is computed once and remembered, so the rule is linear in the document: a
 * chain of fragments each spreading the previous one twice costs one visit per fragment, not 2^n. Unlike mercurius's
 * `queryDepth` option, introspection fields are not counted, so GraphiQL and schema tools keep working.
 */
export function queryDepthRule(maxDepth: number = MAX_QUERY_DEPTH): ValidationRule {
  return (context) => {
    const fragmentDepth = fragmentMeasure(context.getDocument(), (selectionSet) => depthOf(selectionSet));

    const depthOf = (selectionSet: SelectionSetNode | undefined): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (isIntrospection(selection.name.value)) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet));
        } else {
          deepest = Math.max(deepest, fragmentDepth(selection.name.value));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet);
        if (depth > maxDepth) {
          const name = operation.name ? `"${operation.name.value}"` : 'The';
          context.reportError(
            new GraphQLError(`${name} query is nested ${depth} levels deep; the query depth limit is ${maxDepth}`, {
              nodes: [operation as ASTNode],
              extensions: { code: ApiErrorCode.LIMIT_EXCEEDED, depth, limit: maxDepth },
            }),
          );
        }
        return false;
      },
    };
  };
}
