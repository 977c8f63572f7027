import { NetworkChecker, NetworkModule, NetworkRebuilder } from '@actorgraph/network';
import type { Command } from 'commander';
import { withCliContext } from '../cli-context';
import { progressBar } from '../progress-bar';

/** Below this many actors a progress bar is more noise than help. */
const PROGRESS_THRESHOLD = 2_000;

const actorsBar = (label: string) => progressBar(`${label} [{bar}] {value}/{total} actors`, PROGRESS_THRESHOLD);

const chunkOption = (v: string) => Number.parseInt(v, 10);

/**
 * `cli network rebuild|check`: the who-spoke-to-whom projection (docs/network.md) rebuilt from the interactions,
 * or compared with them (exit 1 on any difference).
 */
export function registerNetworkCommand(program: Command): void {
  const network = program
    .command('network')
    .description('the who-spoke-to-whom projection kept next to the interactions (docs/network.md)');

  network
    .command('rebuild')
    .description('delete the projection and rebuild it from the interactions, a chunk of actors per transaction')
    .option('--chunk-size <n>', 'actors per transaction', chunkOption, 1000)
    .action(async (options: { chunkSize: number }) => {
      const bar = actorsBar('rebuild');
      const started = Date.now();
      const result = await withCliContext((context) =>
        context
          .select(NetworkModule)
          .get(NetworkRebuilder)
          .rebuild({ chunkSize: options.chunkSize, onProgress: (p) => bar.update(p.actors, p.totalActors) }),
      ).finally(bar.stop);
      process.stdout.write(
        `rebuilt the network from ${result.actors} actors: ${result.relationships} projection relationships ` +
          `in ${((Date.now() - started) / 1000).toFixed(1)} s; network version ${result.version}\n`,
      );
    });

  network
    .command('check')
    .description('compare the projection with a scan of the interactions; print the differences; exit 1 on any')
    .option('--chunk-size <n>', 'actors per read', chunkOption, 1000)
    .option('--max-differences <n>', 'differences to print at most', chunkOption, 100)
    .action(async (options: { chunkSize: number; maxDifferences: number }) => {
      const bar = actorsBar('check');
      const report = await withCliContext((context) =>
        context
          .select(NetworkModule)
          .get(NetworkChecker)
          .check({
            chunkSize: options.chunkSize,
            maxDifferences: options.maxDifferences,
            onProgress: (p) => bar.update(p.actors, p.totalActors),
          }),
      ).finally(bar.stop);
      for (const d of report.differences) process.stdout.write(`${d.kind}: ${d.relationship}: ${d.detail}\n`);
      if (report.truncated) process.stdout.write(`… more differences (raise --max-differences to see them)\n`);
      if (report.differences.length > 0) {
        process.stdout.write(
          `network check FAILED: ${report.differences.length}${report.truncated ? '+' : ''} difference(s) ` +
            `(${report.actors} actors, ${report.relationships} projection relationships)\n`,
        );
        process.exitCode = 1;
        return;
      }
      process.stdout.write(
        `network check passed: ${report.relationships} projection relationships from ${report.actors} actors ` +
          `equal the scan of the interactions\n`,
      );
    });
}
