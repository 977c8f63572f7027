import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ApiErrorCode } from '../errors/api-error';

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
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    const fragmentDepths = new Map<string, number>();
    // A fragment cycle (reported by NoFragmentCycles) counts 0 instead of looping.
    const visiting = new Set<string>();

    const fragmentDepth = (name: string): number => {
      const known = fragmentDepths.get(name);
      if (known !== undefined) return known;
      const fragment = fragments.get(name);
      if (!fragment || visiting.has(name)) return 0;
      visiting.add(name);
      const depth = depthOf(fragment.selectionSet);
      visiting.delete(name);
      fragmentDepths.set(name, depth);
      return depth;
    };

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
