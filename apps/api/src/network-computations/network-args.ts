import { AnalysisLevel } from '@actorgraph/graph';
import { ArgsType, Field } from '@nestjs/graphql';
import { CentralityWindowInput } from '../centrality/windows/centrality-window.input';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';
import { LINKS_ARG, LinkOptionsInput } from '../interaction-filter/link-options.input';

/** What a network computation (centrality, communities) runs over: the same four arguments on each. */
export interface NetworkArgs {
  where?: InteractionWhere | null;
  links?: LinkOptionsInput | null;
  level: AnalysisLevel;
  window?: CentralityWindowInput | null;
}

/** What one computation does with `level` and `window`, in its own words. */
export interface NetworkArgsWording {
  /** What STATE makes of the computation, e.g. 'rank states'. */
  level: string;
  /** What each window adds to the answer, e.g. "each actor's score per window in `windows`". */
  window: string;
}

/**
 * The four arguments as an ArgsType whose `level` and `window` say what this computation does with them; a
 * computation's args class extends it (`class CentralityArgs extends networkArgs({ … })`).
 */
export function networkArgs(wording: NetworkArgsWording): abstract new () => NetworkArgs {
  @ArgsType()
  abstract class NetworkArgsType implements NetworkArgs {
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
        `ACTOR, or STATE to ${wording.level}: the network of dyads(level: STATE), each endpoint counted for its ` +
        'state at the date of each interaction (docs/state-level.md); always read by scanning the matching ' +
        'interactions.',
    })
    level!: AnalysisLevel;

    @Field(() => CentralityWindowInput, {
      nullable: true,
      description:
        `Also compute each whole month or year of this range: the result over the whole range, and ${wording.window}; ` +
        '`where` then may not bound the dates. Without it, one result.',
    })
    window?: CentralityWindowInput | null;
  }
  return NetworkArgsType;
}
