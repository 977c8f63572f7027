import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { DeleteInteractionPayload } from './delete-interaction.payload';
import { DeleteInteractionService } from './delete-interaction.service';

@Resolver()
export class DeleteInteractionResolver {
  constructor(private readonly service: DeleteInteractionService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => DeleteInteractionPayload, {
    description: 'Deletes an interaction and its links (participants, place, evidence); actors and sources stay.',
  })
  deleteInteraction(
    @Args('id', { type: () => ID, description: 'The interaction to delete.' }) id: string,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<DeleteInteractionPayload> {
    return this.service.deleteInteraction(id, principal);
  }
}
