import { requestPrincipal } from '../access/request-principal';
import { ApiError, ApiErrorCode } from '../errors/api-error';
import type { CostStore } from './cost-store';

const WINDOW_MS = 60_000;

/** The request-like object the ledger reads: fastify's request (its principal, found by the access hook, and ip). */
export interface CostedRequest {
  readonly ip: string;
}

/** A client past its allowance: HTTP 429 with RATE_LIMITED, what the request costs and when to retry. */
export class CostRateLimitedError extends ApiError {
  readonly statusCode = 429;
}

/** What one request was charged, for the metrics and the logs. */
const charged = new WeakMap<object, number>();

export function chargedCost(request: object): number | undefined {
  return charged.get(request);
}

/**
 * Counts what each client spends, in cost units, per key (or, without one, per address): at most
 * `perMinute` units a minute (0: no limit). GraphQL requests are charged their estimated cost before they run;
 * other heavy routes (exports) call {@link CostLedger.charge} with theirs.
 */
export class CostLedger {
  constructor(
    private readonly store: CostStore,
    private readonly perMinute: number,
  ) {}

  /** Closes the store's connections (Redis), at shutdown. */
  async close(): Promise<void> {
    await this.store.close?.();
  }

  /** The client a request is counted against. */
  static clientOf(request: CostedRequest): string {
    const principal = requestPrincipal(request);
    return principal ? `key:${principal.keyId}` : `ip:${request.ip}`;
  }

  /**
   * Spends `units` from the request's client, or throws RATE_LIMITED (HTTP 429) saying when to retry.
   * Returns the units left.
   */
  async charge(request: CostedRequest, units: number): Promise<number> {
    charged.set(request, (charged.get(request) ?? 0) + units);
    if (this.perMinute === 0) return Infinity;
    const take = await this.store.take(CostLedger.clientOf(request), units, this.perMinute, WINDOW_MS, Date.now());
    if (take.allowed) return take.remaining;
    const seconds = Math.max(1, Math.ceil(take.retryAfterMs / 1000));
    throw new CostRateLimitedError(
      ApiErrorCode.RATE_LIMITED,
      `This request costs ${units} units and ${take.remaining} of your ${this.perMinute} units a minute are left; ` +
        `retry in ${seconds} s.`,
      undefined,
      { cost: units, remaining: take.remaining, retryAfterSeconds: seconds },
    );
  }
}
