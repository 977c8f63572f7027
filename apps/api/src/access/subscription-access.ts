import type { KeyAuthenticator } from '@actorgraph/access';
import { RequestLoaders } from '../common/loaders/request-loaders';
import type { GraphQLContext } from './graphql-context';
import { presentedApiKey } from './presented-api-key';
import { requestPrincipal } from './request-principal';

/** A graphql-ws `connection_init` payload: the key as `apiKey`, or headers (`authorization`, `x-api-key`). */
type InitPayload = { apiKey?: unknown; headers?: Record<string, unknown> } & Record<string, unknown>;

function payloadKey(payload: InitPayload | null | undefined): string | undefined {
  if (!payload || typeof payload !== 'object') return undefined;
  if (typeof payload.apiKey === 'string') return payload.apiKey.trim();
  const headers = (payload.headers && typeof payload.headers === 'object' ? payload.headers : payload) as Record<
    string,
    string | string[] | undefined
  >;
  return presentedApiKey(headers);
}

/**
 * Who is subscribing over a WebSocket (graphql-ws). The key comes in the `connection_init` payload
 * (`{ apiKey }` or `{ headers: { authorization: 'Bearer …' } }`: browsers cannot set headers on a WebSocket), else
 * from the upgrade request's headers (found by the access hook). A malformed, unknown or revoked key closes the
 * connection (4403 Forbidden) before any subscription; roles are then checked per field by RoleGuard, as over HTTP.
 */
export class SubscriptionAccess {
  private authenticator: KeyAuthenticator | null = null;

  /** Called once the application is built (create-app.ts). */
  use(authenticator: KeyAuthenticator): void {
    this.authenticator = authenticator;
  }

  /** mercurius's `subscription` options. */
  options() {
    return {
      // Before onConnect: the principal of the upgrade request (headers), and the connection's loaders.
      context: (_socket: unknown, request: object): GraphQLContext => ({
        loaders: new RequestLoaders(),
        principal: requestPrincipal(request),
      }),
      onConnect: async ({ payload }: { payload?: InitPayload }): Promise<Partial<GraphQLContext> | boolean> => {
        const presented = payloadKey(payload);
        if (presented === undefined) return true;
        const key = presented && this.authenticator ? await this.authenticator.authenticate(presented) : null;
        return key ? { principal: key } : false;
      },
      keepAlive: 15_000,
    };
  }
}
