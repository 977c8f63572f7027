import { getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
// graphql-js's own field collection (fragments, aliases, @skip and @include), rather than a hand-written walk.
import { collectSubfields } from 'graphql/execution/collectFields';

/**
 * Whether the client selected `name` under the field being resolved (`totalCount` of a connection), so a
 * resolver can skip work nobody will read. True when unsure (an abstract return type).
 */
export function selectsSubfield(info: GraphQLResolveInfo, name: string): boolean {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return true;
  const fields = collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes);
  return [...fields.values()].some((nodes) => nodes.some((node) => node.name.value === name));
}
