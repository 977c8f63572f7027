import { Field, Int, ObjectType } from '@nestjs/graphql';
import { KindCount } from '../stats/models/kind-count.model';
import { Balance } from './balance.model';

@ObjectType({
  description:
    'One period of a time series. An interaction counts in every period its dates overlap (a year-precision event in ' +
    'each month of its year), as a filter on that period would find it.',
})
export class SeriesPoint {
  @Field(() => String, { description: "The period: '2025' (YEAR) or '2025-08' (MONTH)." })
  period!: string;

  @Field(() => Int, { description: 'Interactions overlapping the period; 0 for a quiet period.' })
  count!: number;

  @Field(() => [KindCount], { description: 'Counts per kind, kinds present only, sorted by kind.' })
  byKind!: KindCount[];

  @Field(() => Balance, { description: 'The same interactions per quad class, with their mean Goldstein score.' })
  balance!: Balance;
}
