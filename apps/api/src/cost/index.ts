export { CostLedger, CostRateLimitedError, chargedCost } from './cost-ledger';
export { CostModule } from './cost.module';
export { InMemoryCostStore, type CostStore, type CostTake } from './cost-store';
export { MAX_REQUEST_COST, fieldCost, intArgument, type FieldArgs, type FieldCost, type ItemCount } from './field-cost';
export { PRIORITY_COST } from './graphql-limits';
