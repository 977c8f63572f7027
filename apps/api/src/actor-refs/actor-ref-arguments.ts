import type { InteractionFilterKey } from '@actorgraph/graph';
import { getNamedType, type GraphQLField, type GraphQLResolveInfo } from 'graphql';

/** The keys of the interaction filter whose values are actor or place references. */
export const ACTOR_REF_FILTER_KEYS = [
  'initiators',
  'targets',
  'participants',
  'places',
  'between',
] as const satisfies readonly InteractionFilterKey[];

/** Arguments that name one actor (or place) wherever they appear. */
const ACTOR_ID_ARGUMENTS = new Set(['actorId', 'fromId', 'toId']);

/** The GraphQL input type of the interaction filter (apps/api/src/interaction-filter/interaction-where.input.ts). */
const INTERACTION_WHERE_TYPE = 'InteractionWhere';

/** How one argument of a field holds actor references. */
export type ActorRefSlot =
  /** One id or name. */
  | { readonly kind: 'single'; readonly argument: string }
  /** An interaction filter: its actor keys hold lists of ids or names. */
  | { readonly kind: 'filter'; readonly argument: string };

const slotsByField = new WeakMap<GraphQLField<unknown, unknown>, ActorRefSlot[]>();

/**
 * The arguments of the field being resolved that hold actor references: `actorId`, `fromId`, `toId` and every
 * interaction filter. Read from the schema once per field. Mutations are left alone: they find their actors
 * themselves (and may name an id about to exist); so are subscriptions (not resolved per request), and `actor(id)`,
 * which looks a name up only when no actor has the id (actors.resolver.ts).
 */
export function actorRefSlots(info: GraphQLResolveInfo): ActorRefSlot[] {
  if (info.parentType.name === 'Mutation' || info.parentType.name === 'Subscription') return [];
  const field = info.parentType.getFields()[info.fieldName];
  if (!field) return [];
  const known = slotsByField.get(field);
  if (known) return known;
  const slots: ActorRefSlot[] = [];
  for (const arg of field.args) {
    const typeName = getNamedType(arg.type).name;
    if (typeName === INTERACTION_WHERE_TYPE) slots.push({ kind: 'filter', argument: arg.name });
    else if (ACTOR_ID_ARGUMENTS.has(arg.name)) slots.push({ kind: 'single', argument: arg.name });
  }
  slotsByField.set(field, slots);
  return slots;
}
