import { KeyAuthenticator } from '@actorgraph/access';
import type { AppConfig } from '@actorgraph/config';
import type { FastifyRequest } from 'fastify';
import { presentedApiKey } from '../access/presented-api-key';
import { Role, roleAllows } from '../access/role';
import { ApiErrorCode } from '../errors/api-error';
import { HttpApiError } from '../access/http-api-error';

/**
 * The access rule of a GraphQL read, for GET /export/…: a presented key must be valid (401 otherwise, even when
 * reads are public); without PUBLIC_READS a key with the reader role is needed (401 without a key, 403 with a
 * lower role — there is none below reader today).
 */
export async function checkExportAccess(
  request: FastifyRequest,
  authenticator: KeyAuthenticator,
  config: AppConfig,
): Promise<void> {
  const presented = presentedApiKey(request.headers);
  const key = presented ? await authenticator.authenticate(presented) : null;
  if (presented !== undefined && !key) {
    throw new HttpApiError(ApiErrorCode.UNAUTHENTICATED, 'The API key is malformed, unknown or revoked.', 401);
  }
  if (config.PUBLIC_READS) return;
  if (!key) throw new HttpApiError(ApiErrorCode.UNAUTHENTICATED, 'Exports need an API key with the reader role.', 401);
  if (!roleAllows(key.role as Role, Role.READER)) {
    throw new HttpApiError(ApiErrorCode.FORBIDDEN, `Exports need the reader role; this key has ${key.role}.`, 403);
  }
}
