import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { UpsertRelationInput } from './upsert-relation.input';
import { UpsertRelationPayload } from './upsert-relation.payload';
import { UpsertRelationService } from './upsert-relation.service';

@Resolver()
export class UpsertRelationResolver {
  constructor(private readonly service: UpsertRelationService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => UpsertRelationPayload, {
    description: 'Creates a standing relation, or updates the one with this id; validated as the loader validates.',
  })
  upsertRelation(
    @Args('input', { type: () => UpsertRelationInput, description: 'The relation.' }) input: UpsertRelationInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<UpsertRelationPayload> {
    return this.service.upsertRelation(input, principal);
  }
}
