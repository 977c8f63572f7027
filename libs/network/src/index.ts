export type { InteractionFacts } from './interaction-facts';
export {
  addMeasures,
  BucketAggregate,
  bucketKey,
  interactionBuckets,
  pairKey,
  type Bucket,
  type BucketMeasures,
} from './network-buckets';
export {
  compareBuckets,
  describeBucket,
  NetworkChecker,
  type CheckReport,
  type NetworkDifference,
} from './network-checker';
export { NetworkMaintainer, type NetworkChange } from './network-maintainer';
export { NetworkModule } from './network.module';
export { NetworkRebuilder, type RebuildProgress } from './network-rebuilder';
export { NetworkStatements, type StoredPair } from './network-statements';
export * from './centrality';
