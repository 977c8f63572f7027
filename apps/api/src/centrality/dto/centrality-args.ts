import { ArgsType } from '@nestjs/graphql';
import { networkArgs } from '../../network-computations/network-args';

/** centrality's network arguments, worded for a ranking. */
@ArgsType()
export class CentralityArgs extends networkArgs({
  level: 'rank states (and actors with no state as themselves)',
  window: "each actor's score per window in `windows`",
}) {}
