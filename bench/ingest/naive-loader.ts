import type { Driver } from 'neo4j-driver';
import { actorLabel, datasetFiles, interactionProps } from '../support/dataset-files';

/**
 * The floor: one transaction per record, each a handful of MERGE statements (what a first script does).
 * Same graph shape as the project's loader. Returns the number of interactions written.
 */
export async function naiveLoad(driver: Driver, folder: string, dataset: string): Promise<number> {
  const session = driver.session();
  let interactions = 0;
  try {
    for (const data of datasetFiles(folder)) {
      for (const s of data.sources ?? [])
        await session.executeWrite((tx) =>
          tx.run('MERGE (s:Source {id: $id}) SET s += $props', { id: s['id'], props: { ...s, dataset } }),
        );
      for (const a of data.actors ?? [])
        await session.executeWrite((tx) =>
          tx.run('MERGE (a:Actor {id: $id}) SET a += $props, a:$($label)', {
            id: a['id'],
            label: actorLabel(a['kind']),
            props: {
              id: a['id'],
              kind: a['kind'].toUpperCase(),
              name: a['name'],
              aliases: a['aliases'] ?? [],
              dataset,
            },
          }),
        );
      for (const p of data.places ?? [])
        await session.executeWrite((tx) =>
          tx.run('MERGE (p:Place {id: $id}) SET p += $props', {
            id: p['id'],
            props: { ...p, kind: p['kind'].toUpperCase(), dataset },
          }),
        );
      for (const x of data.interactions ?? []) {
        const { label, ...props } = interactionProps(x, dataset);
        await session.executeWrite(async (tx) => {
          await tx.run(
            'MERGE (i:Interaction {id: $id}) SET i += $props, i:$($label), i.dateStart = date($props.dateStart), i.dateEnd = date($props.dateEnd)',
            { id: x['id'], props, label },
          );
          for (const a of x['initiators'])
            await tx.run('MATCH (a:Actor {id: $a}), (i:Interaction {id: $i}) MERGE (a)-[:INITIATED]->(i)', {
              a,
              i: x['id'],
            });
          for (const t of x['targets'] ?? [])
            await tx.run(
              'MATCH (t {id: $t}), (i:Interaction {id: $i}) WHERE t:Actor OR t:Place MERGE (i)-[:DIRECTED_AT]->(t)',
              { t, i: x['id'] },
            );
          for (const m of x['mentions'] ?? [])
            await tx.run('MATCH (m:Actor {id: $m}), (i:Interaction {id: $i}) MERGE (i)-[:MENTIONS]->(m)', {
              m,
              i: x['id'],
            });
          if (x['place'])
            await tx.run('MATCH (p:Place {id: $p}), (i:Interaction {id: $i}) MERGE (i)-[:OCCURRED_IN]->(p)', {
              p: x['place'],
              i: x['id'],
            });
          for (const e of x['evidence'])
            await tx.run(
              'MATCH (s:Source {id: $s}), (i:Interaction {id: $i}) MERGE (i)-[r:REPORTED_IN]->(s) SET r.quote = $q',
              { s: e['source'], q: e['quote'], i: x['id'] },
            );
        });
        interactions += 1;
      }
    }
  } finally {
    await session.close();
  }
  return interactions;
}
