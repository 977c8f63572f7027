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
        'Weighted degree: the interactions the actor initiated plus those directed at it (and its co-participations, ' +
        'mentions when asked), counted once per actor on the other side.',
    },
    PAGERANK: {
      description:
        'PageRank (damping 0.85) over links weighted by interaction count, a co-participation walked either way: ' +
        'actors addressed by well-addressed actors score high. Scores sum to 1.',
    },
    BETWEENNESS: {
      description:
        'Brandes betweenness over directed links (a co-participation both ways), unweighted: the share of shortest ' +
        'paths between other actors that pass through this one, normalized to [0, 1] — the brokers. Exact while ' +
        'expected to take at most 5 s (actors × (actors + links) searches); beyond, estimated from as many source ' +
        'actors as fit in 10 s (at least 50), drawn by a seeded generator (the same answer every time) and scaled ' +
        'by actors ÷ sources, with `approximate: true` (on a 1,000-actor test network, 100 sources put every score ' +
        'within 10% of the top score of exact); refused when even 50 sources would not fit.',
    },
  },
});
