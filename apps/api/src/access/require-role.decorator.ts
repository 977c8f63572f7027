import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const REQUIRED_ROLE = 'actorgraph:required-role';

/**
 * The least role a resolver needs. Mutations must carry it; queries without it are
 * reads (public, or `reader`, by configuration). Enforced by the access guard.
 */
export const RequireRole = (role: Role) => SetMetadata(REQUIRED_ROLE, role);
