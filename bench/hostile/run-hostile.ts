import { appendFileSync } from 'node:fs';
import { startApi } from '../support/start-api';
import { runHostile } from './hostile';

/**
 * `run-hostile <out.jsonl> [seconds per attack=10] [actor] [other]`: the hostile-load bench (hostile.ts) against the
 * API started in its own process over the bench Neo4j, rate limits off (one address sends everything), its own default
 * deadlines (request 20 s, transaction 30 s, session wait 5 s: what a real client gets). Appends one
 * JSON line per attack and a last {memory} line: the API's RSS before, at its peak and after.
 */
async function main(): Promise<void> {
  const [out = 'bench/.runs/hostile.jsonl', seconds = '10', actor, other] = process.argv.slice(2);
  const api = await startApi('defaults');
  try {
    const run = await runHostile(api.url, Number(seconds), { actor, other }, (row) => {
      appendFileSync(out, `${JSON.stringify(row)}\n`);
      process.stdout.write(`${JSON.stringify(row)}\n`);
    });
    const memory = { memory: { rssBeforeMb: run.rssBeforeMb, rssPeakMb: run.rssPeakMb, rssAfterMb: run.rssAfterMb } };
    appendFileSync(out, `${JSON.stringify(memory)}\n`);
    process.stdout.write(`${JSON.stringify(memory)}\n`);
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
