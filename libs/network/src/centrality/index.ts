export * from './computation-cache';
export * from './neo4j-network-source';
export * from './network-computations';
export * from './network-job';
export * from './network-source';
export * from './network-worker-pool';
export * from './network-computations.module';
export * from './state-network-source';
