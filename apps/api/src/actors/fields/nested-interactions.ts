import type { InteractionFilter } from '@actorgraph/graph';
import { getArgumentValues, getNamedType, isObjectType, type GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';
import { pageOf, type PageArgs } from '../../common/pagination/page.args';
import type { InteractionWhere } from '../../interaction-filter/interaction-where.input';
import { toInteractionFilter } from '../../interaction-filter/where-params';
import type { ActorRole } from './dto/actor-role.enum';

/** `Actor.interactions`' arguments as its service and DataLoader take them (the loader's key is this object). */
export interface ActorInteractionsParams {
  role: ActorRole;
  filter: InteractionFilter;
  offset: number;
  first: number;
  /** Counting all of a hub's interactions costs more than its page: only when `totalCount` is asked for. */
  withTotal: boolean;
}

/** The one place `Actor.interactions`' arguments become its params (the field's resolver and `actor`'s look-ahead). */
export function actorInteractionsParams(
  role: ActorRole,
  where: InteractionWhere | null | undefined,
  page: PageArgs,
  withTotal: boolean,
): ActorInteractionsParams {
  return { role, filter: toInteractionFilter(where), ...pageOf(page), withTotal };
}

/**
 * When the field being resolved (an `Actor`) selects `interactions` exactly once, its params, so the actor and its
 * page are read in one transaction; null otherwise (not selected, selected twice under aliases, an abstract type).
 */
export function nestedInteractions(info: GraphQLResolveInfo): ActorInteractionsParams | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  const fieldDef = type.getFields()['interactions'];
  if (!fieldDef) return null;
  const selected = [...collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes)]
    .map(([, nodes]) => nodes)
    .filter((nodes) => nodes.some((node) => node.name.value === 'interactions'));
  const [nodes] = selected;
  if (selected.length !== 1 || !nodes || nodes.length !== 1) return null;
  const node = nodes[0]!;
  const args = getArgumentValues(fieldDef, node, info.variableValues) as unknown as {
    role: ActorRole;
    where?: InteractionWhere | null;
  } & PageArgs;
  const connection = getNamedType(fieldDef.type);
  const withTotal =
    !isObjectType(connection) ||
    [...collectSubfields(info.schema, info.fragments, info.variableValues, connection, [node]).values()].some((ns) =>
      ns.some((n) => n.name.value === 'totalCount'),
    );
  return actorInteractionsParams(args.role, args.where ?? null, args, withTotal);
}
