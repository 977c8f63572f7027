import { parentPort } from 'node:worker_threads';
import { runNetworkJob, type NetworkJob } from './network-job';

/**
 * Entry of the network worker threads (started by NetworkWorkerPool): runs one job per message, off the API's
 * event loop, and answers `{ id, result }` or `{ id, error }`.
 */
parentPort?.on('message', (message: { id: number; job: NetworkJob }) => {
  try {
    const result = runNetworkJob(message.job);
    const transfer =
      result.kind === 'scores'
        ? [result.scores, result.ranking.order, result.ranking.rank].map((array) => array.buffer as ArrayBuffer)
        : [];
    parentPort!.postMessage({ id: message.id, result }, transfer);
  } catch (error) {
    parentPort!.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
  }
});
