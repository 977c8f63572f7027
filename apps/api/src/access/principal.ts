import type { Role } from './role';

/** Who is calling: the API key that authenticated the request. `null` in the context means no key. */
export interface Principal {
  /** The key's public id (never the secret), recorded in the change log as the author. */
  readonly keyId: string;
  /** The name given to the key when it was created, e.g. "newsroom-editor". */
  readonly name: string;
  readonly role: Role;
}
