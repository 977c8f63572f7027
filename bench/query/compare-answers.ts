import type { Workload } from './workloads';

/**
 * What must agree between the API's answer and the peer's for one workload: the actors, interactions and counts a
 * user would see (not scores, not the order of participants within an interaction).
 */
export function answerSummary(name: Workload['name'], target: 'api' | 'peer', data: any): unknown {
  switch (name) {
    case 'W1': {
      const actor = target === 'api' ? data.actor : data.actors[0];
      const interactions = target === 'api' ? data.actor.interactions.edges.map((e: any) => e.node) : data.interactions;
      return {
        actor: actor.id,
        interactions: interactions.map((i: any) => ({
          id: i.id,
          initiators: ids(i.initiators),
          targets: ids(i.targets),
        })),
      };
    }
    case 'W2': {
      const counterparts = target === 'api' ? data.actor.counterparts : data.actors[0].counterparts;
      return counterparts.map((c: any) => [c.actor.id, c.count, c.kinds.join(','), c.first, c.last]);
    }
    case 'W3':
      // The edge set, not just its size: both draw the exact network around the hub, bounded the same way.
      return {
        nodes: ids(data.egoNetwork.nodes),
        edges: data.egoNetwork.edges.map((e: any) => `${e.source}>${e.target}:${e.weight}`).sort(),
      };
    case 'W4':
      return data.dyads.map((d: any) => [d.source.id, d.target.id, d.count, d.kinds.join(','), d.first, d.last]);
    case 'W5': {
      const hits =
        target === 'api'
          ? data.search.map((h: any) => ({ score: h.score, id: (h.actor ?? h.place ?? h.interaction).id }))
          : [...data.actorsByName.edges, ...data.placesByName.edges, ...data.interactionsByText.edges].map(
              (e: any) => ({ score: e.score, id: e.node.id }),
            );
      hits.sort((a: any, b: any) => b.score - a.score);
      const top = hits.slice(0, 10);
      // Hits tied with the 10th may be cut differently (each takes its index's own first candidates): compare the
      // scores, and the ids of the hits scoring above the 10th.
      const cut = top.at(-1)?.score ?? 0;
      return { scores: top.map((h: any) => h.score.toFixed(4)), ids: ids(top.filter((h: any) => h.score > cut)) };
    }
  }
}

const ids = (xs: { id: string }[]): string[] => xs.map((x) => x.id).sort();

/** Why the peer's answer is not the API's (naming the workload and both summaries), or null when they agree. */
export function answerDifference(name: Workload['name'], api: unknown, peer: unknown): string | null {
  const a = JSON.stringify(answerSummary(name, 'api', api));
  const p = JSON.stringify(answerSummary(name, 'peer', peer));
  return a === p ? null : `${name}: the peer's answer differs from the API's\n  api:  ${a}\n  peer: ${p}`;
}
