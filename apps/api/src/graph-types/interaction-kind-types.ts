import { INTERACTION_KIND_INFO } from '@actorgraph/graph';
import { ObjectType } from '@nestjs/graphql';
import { Interaction } from './interaction.model';

/**
 * One GraphQL type per interaction kind (`Call`, `Strike`…), each implementing
 * `Interaction`, so a client can select kind-specific fragments. Generated
 * from the kind table so a new kind needs no new file.
 */
export const INTERACTION_KIND_TYPES = Object.values(INTERACTION_KIND_INFO).map((info) => {
  const type = class extends Interaction {};
  Object.defineProperty(type, 'name', { value: info.label });
  ObjectType(info.label, { implements: () => [Interaction], description: info.description })(type);
  return type;
});
