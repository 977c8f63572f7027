import {
  GraphQLError,
  Kind,
  type ASTNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
} from 'graphql';
import { ApiErrorCode } from '../../errors/api-error';

/** Introspection (`__schema`, `__type`) is as deep as the type system, ~15 for GraphiQL's query; it is not data. */
const isIntrospection = (name: string) => name.startsWith('__');

/**
 * Fields nested deeper than `maxDepth` in any operation are refused (`{ a { b } }` has depth 2; fragments add no level
 * of their own). Unlike mercurius's `queryDepth` option, introspection fields are not counted, so GraphiQL and schema
 * tools keep working under a small limit.
 */
export function queryDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }

    // Depth below a selection set; a fragment cycle (reported by NoFragmentCycles) stops the walk instead of looping.
    const depthOf = (selectionSet: SelectionSetNode | undefined, visiting: Set<string>): number => {
      let deepest = 0;
      for (const selection of selectionSet?.selections ?? []) {
        if (selection.kind === Kind.FIELD) {
          if (isIntrospection(selection.name.value)) continue;
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, visiting));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, visiting));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || visiting.has(name)) continue;
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set(visiting).add(name)));
        }
      }
      return deepest;
    };

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = depthOf(operation.selectionSet, new Set());
        if (depth > maxDepth) {
          const name = operation.name ? `"${operation.name.value}"` : 'The';
          context.reportError(
            new GraphQLError(`${name} query is nested ${depth} levels deep; the query depth limit is ${maxDepth}`, {
              nodes: [operation as ASTNode],
              extensions: { code: ApiErrorCode.LIMIT_EXCEEDED },
            }),
          );
        }
        return false;
      },
    };
  };
}
