import { Neo4jService } from '@actorgraph/neo4j';
import { Module, type OnApplicationShutdown } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { Neo4jNetworkSource } from './neo4j-network-source';
import { NetworkComputations } from './network-computations';
import { NetworkWorkerPool } from './network-worker-pool';
import { StateNetworkComputations, StateNetworkSource } from './state-network-source';

/**
 * Worker threads for network computations: one per core beyond the first (the first is the event loop's and,
 * on a small machine, Neo4j's), at least one. Each may hold 1 GiB of heap: a computation that needs more ends
 * its worker, not the API.
 */
export const NETWORK_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
export const NETWORK_WORKER_MEMORY_MB = 1024;

/** The pool's owner, so the application's shutdown ends the worker threads. */
class NetworkWorkers extends NetworkWorkerPool implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await this.close();
  }
}

/**
 * Centrality and communities over the who-spoke-to-whom network (NetworkComputations), one instance per
 * application so every field shares its cache and its workers. Needs the (global) Neo4jModule.
 */
@Module({
  providers: [
    {
      provide: NetworkWorkers,
      useFactory: () => new NetworkWorkers({ size: NETWORK_WORKERS, maxMemoryMb: NETWORK_WORKER_MEMORY_MB }),
    },
    {
      provide: NetworkComputations,
      inject: [Neo4jService, NetworkWorkers],
      useFactory: (neo4j: Neo4jService, workers: NetworkWorkers) =>
        new NetworkComputations(new Neo4jNetworkSource(neo4j), workers),
    },
    {
      // The STATE-level network (centrality(level: STATE)): its own cache, the same workers.
      provide: StateNetworkComputations,
      inject: [Neo4jService, NetworkWorkers],
      useFactory: (neo4j: Neo4jService, workers: NetworkWorkers) =>
        new StateNetworkComputations(new StateNetworkSource(neo4j, new Neo4jNetworkSource(neo4j)), workers),
    },
  ],
  exports: [NetworkComputations, StateNetworkComputations],
})
export class NetworkComputationsModule {}
