import { ApiKeyStore } from '@actorgraph/access';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../access/require-role.decorator';
import { Role } from '../access/role';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import { ApiKey } from './models/api-key.model';
import { CreatedApiKey } from './models/created-api-key.model';

const NAME = /^\S(.{0,98}\S)?$/;

/** Key management for admins: the same store as `cli keys`. */
@Resolver(() => ApiKey)
export class ApiKeysResolver {
  constructor(private readonly store: ApiKeyStore) {}

  @RequireRole(Role.ADMIN)
  @Query(() => [ApiKey], { description: 'Every API key, newest first, revoked ones included (admin).' })
  apiKeys(): Promise<ApiKey[]> {
    return this.store.list();
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => CreatedApiKey, { description: 'Creates an API key and returns its secret, once (admin).' })
  async createApiKey(
    @Args('name', { description: 'What the key is for, 1 to 100 characters, e.g. "newsroom-editor".' }) name: string,
    @Args('role', { type: () => Role, description: 'What the key may do.' }) role: Role,
  ): Promise<CreatedApiKey> {
    if (!NAME.test(name)) {
      throw new ApiError(
        ApiErrorCode.BAD_USER_INPUT,
        'name must be 1 to 100 characters, not blank at either end',
        'name',
      );
    }
    const { key, secret } = await this.store.create(name, role);
    return { id: key.id, name: key.name, role: key.role, secret };
  }

  @RequireRole(Role.ADMIN)
  @Mutation(() => ApiKey, {
    description: 'Revokes an API key: the next request with it is refused. Revoking twice is harmless (admin).',
  })
  async revokeApiKey(@Args('id', { type: () => ID, description: 'The key id.' }) id: string): Promise<ApiKey> {
    const key = await this.store.revoke(id);
    if (!key) throw new ApiError(ApiErrorCode.NOT_FOUND, `no API key has the id "${id}"`, 'id');
    return key;
  }
}
