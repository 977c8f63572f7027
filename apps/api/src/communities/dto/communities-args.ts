import { ArgsType } from '@nestjs/graphql';
import { networkArgs } from '../../network-computations/network-args';

/** communities' network arguments, worded for a partition. */
@ArgsType()
export class CommunitiesArgs extends networkArgs({
  level: 'partition states into communities',
  window: "each window's partition in `windows`",
}) {}
