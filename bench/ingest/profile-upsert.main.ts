import { expandInputs, validateDatasets } from '@actorgraph/dataset';
import { INTERACTION_KIND_LABELS, interactionUpsertRow, UPSERT_INTERACTIONS } from '@actorgraph/ingest';
import { CypherRegistry } from '@actorgraph/neo4j';
import { writeRows } from '../../libs/ingest/src/writer/write-rows';
import { benchDriver } from '../support/bench-neo4j';

/** Profiles one batch of the project's interaction upsert on the bench server: prints db hits per operator. */
async function main(folder: string, offset: number): Promise<void> {
  const { dataset } = validateDatasets(expandInputs([folder]));
  const rows = writeRows(dataset)
    .find(([s]) => s === 'interactions')![1]
    .slice(offset, offset + 1000);
  const query = new CypherRegistry().require(UPSERT_INTERACTIONS);
  const driver = benchDriver();
  const session = driver.session();
  const started = performance.now();
  const result = await session.run(`PROFILE ${query.text}`, {
    rows: rows.map(interactionUpsertRow),
    kindLabels: INTERACTION_KIND_LABELS,
    keepEvidence: false,
  });
  process.stdout.write(`1000 rows in ${((performance.now() - started) / 1000).toFixed(2)} s\n`);
  const walk = (p: any, depth: number): void => {
    process.stdout.write(
      `${' '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits} ${p.arguments?.Details ?? ''}\n`.slice(
        0,
        220,
      ),
    );
    for (const c of p.children) walk(c, depth + 1);
  };
  walk(result.summary.profile, 0);
  await session.close();
  await driver.close();
}

main(process.argv[2] as string, Number(process.argv[3] ?? 0)).catch((e) => {
  console.error(e);
  process.exit(1);
});
