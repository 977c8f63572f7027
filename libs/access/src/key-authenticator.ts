import { APP_CONFIG, type AppConfig } from '@actorgraph/config';
import { Inject, Injectable } from '@nestjs/common';
import { apiKeyId, apiKeyMatches } from './api-key-secret';
import { ApiKeyStore } from './api-key.store';
import { parseConfiguredKeys, type ConfiguredKey } from './configured-keys';
import type { Role } from './role';

/** Who a valid key belongs to. */
export interface AuthenticatedKey {
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
}

/**
 * Checks a presented key: keys from API_KEYS first, then the database. No cache: a key revoked in the
 * database (by the API or the CLI, in any process) is refused on the very next request; the lookup is
 * an index seek on the unique id.
 */
@Injectable()
export class KeyAuthenticator {
  private readonly configured: Map<string, ConfiguredKey>;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly store: ApiKeyStore,
  ) {
    const { keys, problems } = parseConfiguredKeys(config.API_KEYS);
    if (problems.length > 0) throw new Error(`API_KEYS: ${problems.join('; ')}`);
    this.configured = new Map(keys.map((key) => [key.id, key]));
  }

  /** The key's owner, or null for a malformed, unknown, revoked or wrong key (told apart nowhere). */
  async authenticate(secret: string): Promise<AuthenticatedKey | null> {
    const id = apiKeyId(secret);
    if (!id) return null;
    const configured = this.configured.get(id);
    if (configured) {
      return apiKeyMatches(secret, configured.hash)
        ? { keyId: id, name: `${id} (API_KEYS)`, role: configured.role }
        : null;
    }
    const stored = await this.store.findById(id);
    if (!stored || stored.revokedAt !== null || !apiKeyMatches(secret, stored.hash)) return null;
    return { keyId: stored.id, name: stored.name, role: stored.role };
  }
}
