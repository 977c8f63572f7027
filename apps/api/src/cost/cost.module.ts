import type { AppConfig } from '@actorgraph/config';
import { Global, Injectable, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { HeavyRequests } from '../isolation/heavy-requests';
import { CostLedger } from './cost-ledger';
import { InMemoryCostStore } from './cost-store';
import { RedisCostStore } from './redis-cost-store';

/** Closes the ledger's store (a Redis connection) when the application shuts down. */
@Injectable()
class CostStoreShutdown implements OnApplicationShutdown {
  constructor(private readonly ledger: CostLedger) {}

  onApplicationShutdown(): Promise<void> {
    return this.ledger.close();
  }
}

/**
 * The ledger of what each client spends (in cost units) and the turns heavy requests take, shared by GraphQL and the
 * other heavy routes.
 */
@Global()
@Module({})
export class CostModule {
  /** One ledger per process: counted in Redis, shared by every API process, when REDIS_URL is set; else in memory. */
  static createLedger(config: AppConfig): CostLedger {
    const store = config.REDIS_URL ? new RedisCostStore(config.REDIS_URL) : new InMemoryCostStore();
    return new CostLedger(store, config.RATE_LIMIT_COST_PER_MINUTE);
  }

  static forRoot(ledger: CostLedger, heavy: HeavyRequests): DynamicModule {
    return {
      module: CostModule,
      providers: [
        { provide: CostLedger, useValue: ledger },
        { provide: HeavyRequests, useValue: heavy },
        CostStoreShutdown,
      ],
      exports: [CostLedger, HeavyRequests],
    };
  }
}
