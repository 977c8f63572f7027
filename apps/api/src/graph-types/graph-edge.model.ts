import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphEdgeType } from './graph-edge-type.enum';

@ObjectType({
  description: 'A directed edge of a graph view: interactions of one kind between two nodes, or a standing relation.',
})
export class GraphEdge {
  @Field(() => ID, {
    description:
      'Stable id: kind, source and target, e.g. "CALL:person:volodymyr-zelenskyy->person:kassym-jomart-tokayev" ' +
      '(a negated relation starts with NOT_).',
  })
  id!: string;

  @Field(() => ID, { description: 'The id of the node the edge starts from (initiator, or relation subject).' })
  source!: string;

  @Field(() => ID, { description: 'The id of the node the edge points to (target, or relation object).' })
  target!: string;

  @Field(() => String, { description: 'The interaction kind (CALL…) or the relation type (LEADS…).' })
  kind!: string;

  @Field(() => GraphEdgeType, { description: 'Whether the edge stands for interactions or a standing relation.' })
  type!: GraphEdgeType;

  @Field(() => Boolean, {
    description: 'Relations only: true when the relation is explicitly denied (a state does not recognize another).',
  })
  negated!: boolean;

  @Field(() => Int, { description: 'How many interactions the edge stands for; 1 for a relation.' })
  weight!: number;

  @Field(() => String, {
    nullable: true,
    description: 'The date of the earliest interaction, or when the relation began, as precise as known.',
  })
  firstDate!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The date of the latest interaction, or when the relation ended, as precise as known.',
  })
  lastDate!: string | null;
}
