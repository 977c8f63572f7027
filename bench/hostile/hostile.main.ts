/**
 * Hostile-load bench (issue 14) against an API already running (see hostile.ts; run-hostile.ts starts one itself).
 * Start the API first (rate limits off, so the attackers are not simply refused as one address):
 *   RATE_LIMIT_PER_MINUTE=0 RATE_LIMIT_COST_PER_MINUTE=0 npm start
 *   npx ts-node --transpile-only bench/hostile/hostile.main.ts http://127.0.0.1:3000 [seconds per attack] [actor] [other]
 */
import { runHostile, type HostileRow } from './hostile';

const url = process.argv[2] ?? 'http://127.0.0.1:3000';
const seconds = Number(process.argv[3] ?? 15);
const [actor, other] = process.argv.slice(4);

const fmt = (p: HostileRow['health']) => `${p.p50} / ${p.p99} ms (${p.probes}, ${p.bad} bad)`;
const line = (r: HostileRow) =>
  `| ${r.attack} | ${r.largestRequestBytes} B | ${fmt(r.health)} | ${fmt(r.actor)} | ${Object.entries(r.answers)
    .map(([k, v]) => `${v}× ${k}`)
    .join(', ')} |`;

async function main(): Promise<void> {
  const run = await runHostile(url, seconds, { actor, other }, (r) => process.stdout.write(`${line(r)}\n`));
  process.stdout.write(
    `\n| Attack | Largest request | /health p50 / p99 (probes, bad) | actor(id) p50 / p99 (probes, bad) | Attack answers |\n` +
      `| --- | --- | --- | --- | --- |\n${run.rows.map(line).join('\n')}\n\nAPI RSS: ${run.rssBeforeMb} MB before, ${run.rssPeakMb} MB peak, ${run.rssAfterMb} MB after (growth ${run.rssPeakMb - run.rssBeforeMb} MB)\n`,
  );
}

void main();
