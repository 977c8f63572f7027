import { AnalysisLevel } from '@actorgraph/graph';
import { InteractionWhere } from '../interaction-filter/interaction-where.input';

/** The `where` argument of the network computations (centrality, communities): the interactions of the network. */
export const NETWORK_WHERE_ARG = {
  type: () => InteractionWhere,
  nullable: true,
  description: 'Which interactions make up the network; all when absent.',
} as const;

/** The `level` argument of the network computations, the same on centrality and communities. */
export const ANALYSIS_LEVEL_ARG = {
  type: () => AnalysisLevel,
  defaultValue: AnalysisLevel.ACTOR,
  description:
    'ACTOR, or STATE: the network of dyads(level: STATE), each endpoint counted for its state at the date of ' +
    'each interaction (docs/state-level.md); always read by scanning the matching interactions.',
} as const;
