import { AnalysisLevel } from '@actorgraph/graph';
import { ArgsType, Field } from '@nestjs/graphql';
import { CentralityWindowInput } from '../centrality/windows/centrality-window.input';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../interaction-filter/link-options.input';

/** What a network computation (centrality, communities) runs over: the same four arguments on each. */
@ArgsType()
export class NetworkArgs {
  @Field(() => InteractionWhere, {
    nullable: true,
    description: 'Which interactions make up the network; all when absent.',
  })
  where?: InteractionWhere | null;

  @Field(LINKS_ARG.type, { nullable: LINKS_ARG.nullable, description: LINKS_ARG.description })
  links?: LinkOptionsInput | null;

  @Field(() => AnalysisLevel, {
    defaultValue: AnalysisLevel.ACTOR,
    description:
      'ACTOR, or STATE: the network of dyads(level: STATE), each endpoint counted for its state at the date of ' +
      'each interaction (docs/state-level.md); always read by scanning the matching interactions.',
  })
  level!: AnalysisLevel;

  @Field(() => CentralityWindowInput, {
    nullable: true,
    description:
      'Also compute each whole month or year of this range (the results over the whole range, each with its ' +
      'result per window in `windows`); `where` then may not bound the dates. Without it, one result.',
  })
  window?: CentralityWindowInput | null;
}
