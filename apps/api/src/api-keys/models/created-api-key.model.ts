import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../access/role';

@ObjectType({ description: 'A key just created, with its secret: shown this once, never stored or shown again.' })
export class CreatedApiKey {
  @Field(() => ID, { description: 'The key id, for listing and revoking.' })
  id!: string;

  @Field({ description: 'The name given to the key.' })
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;

  @Field({
    description: 'The key to send as `authorization: Bearer <secret>`; keep it safe, it cannot be shown again.',
  })
  secret!: string;
}
