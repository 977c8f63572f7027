import type { AppConfig } from '@actorgraph/config';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import { CostLedger } from './cost-ledger';
import { InMemoryCostStore } from './cost-store';

/** The ledger of what each client spends (in cost units), shared by GraphQL and the other heavy routes. */
@Global()
@Module({})
export class CostModule {
  /** One ledger per process, counted in memory (a shared store can replace InMemoryCostStore). */
  static createLedger(config: AppConfig): CostLedger {
    return new CostLedger(new InMemoryCostStore(), config.RATE_LIMIT_COST_PER_MINUTE);
  }

  static forRoot(ledger: CostLedger): DynamicModule {
    return { module: CostModule, providers: [{ provide: CostLedger, useValue: ledger }], exports: [CostLedger] };
  }
}
