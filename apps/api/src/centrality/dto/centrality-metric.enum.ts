import { registerEnumType } from '@nestjs/graphql';

export enum CentralityMetric {
  DEGREE = 'DEGREE',
  PAGERANK = 'PAGERANK',
  BETWEENNESS = 'BETWEENNESS',
}

registerEnumType(CentralityMetric, {
  name: 'CentralityMetric',
  description: 'How to measure an actor’s importance in the who-spoke-to-whom network.',
  valuesMap: {
    DEGREE: {
      description:
        'Weighted degree: the interactions the actor initiated plus those directed at it, counted once per actor ' +
        'on the other side.',
    },
    PAGERANK: {
      description:
        'PageRank (damping 0.85) over dyads weighted by interaction count: actors addressed by well-addressed actors ' +
        'score high. Scores sum to 1.',
    },
    BETWEENNESS: {
      description:
        'Brandes betweenness over directed dyads, unweighted: the share of shortest paths between other actors that ' +
        'pass through this one, normalized to [0, 1] — the brokers.',
    },
  },
});
