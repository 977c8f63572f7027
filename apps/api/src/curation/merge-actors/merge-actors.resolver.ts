import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { MergeActorsPayload } from './merge-actors.payload';
import { MergeActorsService } from './merge-actors.service';

@Resolver()
export class MergeActorsResolver {
  constructor(private readonly service: MergeActorsService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => MergeActorsPayload, {
    description:
      'Merges a duplicate actor into another of the same kind, in one transaction: every relationship moves to the kept actor, the merged names become its aliases, and the old id resolves to it from then on.',
  })
  mergeActors(
    @Args('keepId', { type: () => ID, description: 'The actor that stays.' }) keepId: string,
    @Args('mergeId', { type: () => ID, description: 'The actor merged into it and deleted; not keepId.' })
    mergeId: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<MergeActorsPayload> {
    return this.service.mergeActors(keepId, mergeId, principal);
  }
}
