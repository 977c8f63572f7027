import { appendFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startApi } from '../support/start-api';

/**
 * Export memory (issue 15: the 1M-interaction network exports without the API's memory growing by more than
 * 200 MB). `export-memory <out.jsonl> [exports=graphml,gexf-dynamic]` over the graph already in the bench Neo4j:
 * the API in its own process (support/api.child.ts), one whole-network export at a time (GET /export/<format>, no
 * filter), the body read and counted, never kept. Its resident memory (VmRSS) is sampled every 100 ms; growth =
 * the peak while the export streams − the RSS just before it. One JSON line per export: bytes, seconds, MB. The
 * bench's long deadlines (support/bench-neo4j.ts): the memory of a whole export is measured, not the 20 s deadline.
 */
const EXPORTS: Record<string, string> = {
  graphml: '/export/graphml',
  gexf: '/export/gexf',
  'gexf-dynamic': '/export/gexf?dynamic=true',
  cytoscape: '/export/cytoscape',
  graphology: '/export/graphology',
  'csv-edges': '/export/csv?part=edges',
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const [out = 'bench/.runs/export.jsonl', which = 'graphml,gexf-dynamic'] = process.argv.slice(2);
  const api = await startApi();
  try {
    // Warm: the first requests load the schema, the driver's pool and the routes; not part of an export's cost.
    for (let i = 0; i < 3; i += 1) await (await fetch(`${api.url}/health`)).text();
    for (const name of which.split(',')) {
      const path = EXPORTS[name];
      if (!path) throw new Error(`unknown export ${name}: one of ${Object.keys(EXPORTS).join(', ')}`);
      await sleep(2000); // let the API settle (its own GC) before the baseline
      const before = api.rssMb();
      let peak = before;
      let streaming = true;
      const sampler = (async () => {
        while (streaming) {
          peak = Math.max(peak, api.rssMb() || 0);
          await sleep(100);
        }
      })();
      const started = performance.now();
      const response = await fetch(`${api.url}${path}`);
      let bytes = 0;
      let firstByteMs = NaN;
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (bytes === 0) firstByteMs = performance.now() - started;
        bytes += chunk.byteLength;
      }
      const seconds = (performance.now() - started) / 1000;
      streaming = false;
      await sampler;
      const row = {
        export: name,
        path,
        status: response.status,
        truncated: response.headers.get('x-actorgraph-truncated'),
        bytes,
        seconds,
        firstByteMs: Math.round(firstByteMs),
        rssBeforeMb: Math.round(before),
        rssPeakMb: Math.round(peak),
        growthMb: Math.round(peak - before),
        rssAfterMb: Math.round(api.rssMb()),
        loadavg: loadavg().map((x) => Math.round(x * 100) / 100),
      };
      appendFileSync(out, `${JSON.stringify(row)}\n`);
      process.stdout.write(`${JSON.stringify(row)}\n`);
      if (response.status !== 200) process.exitCode = 1;
    }
  } finally {
    api.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
