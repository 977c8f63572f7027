import { getNamedType, isObjectType, type FieldNode, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (fragments, aliases, @skip and @include), rather than a hand-written walk.
import { collectSubfields } from 'graphql/execution/collectFields';

/**
 * Whether the client selected `path` under the field being resolved — one name (`totalCount` of a connection) or
 * a path of names (`['edges', 'interactionIds']`: the field under a list of objects) — so a resolver can skip work
 * nobody will read. True when unsure (an abstract type on the way).
 */
export function selectsSubfield(info: GraphQLResolveInfo, path: string | readonly string[]): boolean {
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of typeof path === 'string' ? [path] : path) {
    if (!isObjectType(type)) return true;
    const fields = collectSubfields(info.schema, info.fragments, info.variableValues, type, nodes);
    const selected = [...fields.values()].flat().filter((node) => node.name.value === name);
    if (selected.length === 0) return false;
    const field = type.getFields()[name];
    if (!field) return false;
    type = getNamedType(field.type);
    nodes = selected;
  }
  return true;
}
