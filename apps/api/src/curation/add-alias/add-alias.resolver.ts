import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { AddAliasPayload } from './add-alias.payload';
import { AddAliasService } from './add-alias.service';

@Resolver()
export class AddAliasResolver {
  constructor(private readonly service: AddAliasService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => AddAliasPayload, {
    description: 'Adds a name or spelling to an actor, so references and searches by it find the actor.',
  })
  addAlias(
    @Args('actorId', { type: () => ID, description: 'The actor (an old id of a merged actor finds the kept one).' })
    actorId: string,
    @Args('alias', { type: () => String, description: 'The new alias; no other actor may carry it.' }) alias: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<AddAliasPayload> {
    return this.service.addAlias(actorId, alias, principal);
  }
}
