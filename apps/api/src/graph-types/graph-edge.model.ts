import { LinkMode } from '@actorgraph/graph';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphEdgeType } from './graph-edge-type.enum';
import { EGO_EDGE_ID_CAP, EGO_EDGE_SAMPLE } from '../common/limits/limits';

@ObjectType({
  description: 'A directed edge of a graph view: interactions of one kind between two nodes, or a standing relation.',
})
export class GraphEdge {
  @Field(() => ID, {
    description:
      'Stable id: kind, source and target, e.g. "CALL:person:volodymyr-zelenskyy->person:kassym-jomart-tokayev" ' +
      '(a co-participation or mention edge starts with its mode, "CO_PARTICIPATION:MEETING:…"; a negated relation ' +
      'with NOT_).',
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

  @Field(() => LinkMode, {
    nullable: true,
    description:
      'Interactions only: how they link the two nodes (docs/network.md): DIRECTED (initiator → target), ' +
      'CO_PARTICIPATION (two initiators of events without target, lower id → higher id), MENTION.',
  })
  mode!: LinkMode | null;

  @Field(() => String, {
    nullable: true,
    description: 'The first day (YYYY-MM-DD) of the earliest interaction, or of the relation; for timelines.',
  })
  firstDay!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The last day (YYYY-MM-DD) of the latest interaction, or of the relation (null: still valid).',
  })
  lastDay!: string | null;

  @Field(() => [ID], {
    description:
      `The interactions the edge stands for, oldest first, at most ${EGO_EDGE_ID_CAP} (interactionCount counts them ` +
      `all). When an edge's less busy end took part in more than ${EGO_EDGE_SAMPLE} matching interactions of the ` +
      `edge's kind, the ids are those found among ${EGO_EDGE_SAMPLE} of them, and the drawing says \`truncated\`.`,
  })
  interactionIds!: string[];

  @Field(() => Int, { description: 'How many interactions the edge stands for (0 for a relation).' })
  interactionCount!: number;

  @Field(() => [String], {
    description: 'The datasets of those interactions, or of the relation, in alphabetical order.',
  })
  datasets!: string[];
}
