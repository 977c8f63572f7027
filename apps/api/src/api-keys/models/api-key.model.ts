import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../../access/role';

@ObjectType({ description: 'An API key as admins see it: never its secret.' })
export class ApiKey {
  @Field(() => ID, { description: 'The key id, also written in the key itself (`ag_<id>_…`).' })
  id!: string;

  @Field({ description: 'The name given at creation, e.g. "newsroom-editor".' })
  name!: string;

  @Field(() => Role, { description: 'What the key may do.' })
  role!: Role;

  @Field({ description: 'When the key was created (ISO 8601 date-time).' })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: 'When the key was revoked; null while it works.' })
  revokedAt!: string | null;
}
