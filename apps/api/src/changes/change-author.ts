import type { ChangeAuthor } from '@actorgraph/change-log';
import type { Principal } from '../access/principal';

/** Who the change log says made a write through the API: the API key, or "anonymous". */
export function changeAuthor(principal: Principal | null): ChangeAuthor {
  return { by: principal?.keyId ?? 'anonymous', byName: principal?.name ?? null };
}
