import {
  INTERACTION_FILTER_KEY_NAMES,
  INTERACTION_FILTER_KEYS,
  InteractionKind,
  type FilterValueType,
  type InteractionFilterInput,
} from '@actorgraph/graph';
import { Field, ID, InputType, type ReturnTypeFunc } from '@nestjs/graphql';

/** The GraphQL type of each kind of filter key. */
const GRAPHQL_TYPES: Record<FilterValueType, ReturnTypeFunc> = {
  kinds: () => [InteractionKind],
  date: () => String,
  ids: () => [ID],
  strings: () => [String],
  pair: () => [ID],
  text: () => String,
};

// Its fields are those of the filter's definition (libs/graph: INTERACTION_FILTER_KEYS), declared below.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface InteractionWhere extends InteractionFilterInput {}

/** The interaction filter as a GraphQL input: one optional field per key of the definition, nothing else. */
@InputType({
  description: 'Which interactions to include. Every field narrows the result; an absent field does not filter.',
})
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class InteractionWhere {}

for (const key of INTERACTION_FILTER_KEY_NAMES) {
  const spec = INTERACTION_FILTER_KEYS[key];
  Field(GRAPHQL_TYPES[spec.type], { nullable: true, description: spec.description })(InteractionWhere.prototype, key);
}
