import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { UpsertActorInput } from './upsert-actor.input';
import { UpsertActorPayload } from './upsert-actor.payload';
import { UpsertActorService } from './upsert-actor.service';

@Resolver()
export class UpsertActorResolver {
  constructor(private readonly service: UpsertActorService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => UpsertActorPayload, {
    description: 'Creates an actor, or updates the one with this id; validated as the dataset loader validates.',
  })
  upsertActor(
    @Args('input', { type: () => UpsertActorInput, description: 'The actor.' }) input: UpsertActorInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<UpsertActorPayload> {
    return this.service.upsertActor(input, principal);
  }
}
