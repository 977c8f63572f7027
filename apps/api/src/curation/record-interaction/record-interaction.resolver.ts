import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal } from '../../access/current-principal.decorator';
import type { Principal } from '../../access/principal';
import { RequireRole } from '../../access/require-role.decorator';
import { Role } from '../../access/role';
import { RecordInteractionInput } from './record-interaction.input';
import { RecordInteractionPayload } from './record-interaction.payload';
import { RecordInteractionService } from './record-interaction.service';

@Resolver()
export class RecordInteractionResolver {
  constructor(private readonly service: RecordInteractionService) {}

  @RequireRole(Role.EDITOR)
  @Mutation(() => RecordInteractionPayload, {
    description:
      'Records an interaction with its evidence, or updates the one with this id; validated as the loader validates.',
  })
  recordInteraction(
    @Args('input', { type: () => RecordInteractionInput, description: 'The interaction.' })
    input: RecordInteractionInput,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<RecordInteractionPayload> {
    return this.service.recordInteraction(input, principal);
  }
}
