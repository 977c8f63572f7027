import { Logger } from '@nestjs/common';
import Redis from 'ioredis';
import type { CostStore, CostTake } from './cost-store';

/**
 * The token bucket of {@link InMemoryCostStore}, in Redis: one hash per client (`units`, `at`), refilled and spent
 * by one script, atomically, on Redis's clock, so every API process counts the same allowance. Keys expire after
 * two idle windows (a full bucket is the same as no key).
 */
const TAKE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local units, capacity, windowMs = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 'units', 'at')
local stored, at = tonumber(b[1]), tonumber(b[2])
if stored == nil or at == nil then stored = capacity; at = now end
local refilled = math.min(capacity, stored + math.max(0, now - at) * capacity / windowMs)
local allowed = 0
if refilled >= units then refilled = refilled - units; allowed = 1 end
redis.call('HSET', KEYS[1], 'units', tostring(refilled), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], windowMs * 2)
return {allowed, tostring(refilled)}
`;

const PREFIX = 'actorgraph:cost:';

export class RedisCostStore implements CostStore {
  private readonly logger = new Logger(RedisCostStore.name);
  private readonly redis: Redis;
  private lastFailureLog = 0;

  constructor(url: string) {
    // Commands fail at once while Redis is down (no offline queue), and the store lets them through (below).
    this.redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false });
    this.redis.on('error', (error: Error) => this.failed(error));
    this.redis.defineCommand('actorgraphTake', { numberOfKeys: 1, lua: TAKE });
  }

  async take(key: string, units: number, capacity: number, windowMs: number): Promise<CostTake> {
    try {
      const take = (this.redis as unknown as Record<string, (...args: unknown[]) => Promise<[number, string]>>)[
        'actorgraphTake'
      ]!;
      const [allowed, left] = await take.call(this.redis, PREFIX + key, units, capacity, windowMs);
      const remaining = Number(left);
      if (allowed === 1) return { allowed: true, remaining: Math.floor(remaining), retryAfterMs: 0 };
      return {
        allowed: false,
        remaining: Math.floor(remaining),
        retryAfterMs: Math.ceil(((units - remaining) * windowMs) / capacity),
      };
    } catch (error) {
      // Fails open: an unreachable Redis must not take the API down with it; the failure is logged.
      this.failed(error as Error);
      return { allowed: true, remaining: capacity, retryAfterMs: 0 };
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }

  private failed(error: Error): void {
    if (Date.now() - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = Date.now();
    this.logger.warn(`Redis (the shared rate limit) failed; requests are not counted meanwhile: ${error.message}`);
  }
}
