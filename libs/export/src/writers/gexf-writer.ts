import {
  EDGE_ATTRIBUTES,
  joinList,
  NODE_ATTRIBUTES,
  type AttributeSpec,
  type AttributeValue,
  type ExportEdge,
  type ExportGraph,
} from '../export-graph';
import { xmlEscape } from './xml';

const GEXF_TYPE = { string: 'string', list: 'string', int: 'long', boolean: 'boolean' } as const;

export interface GexfOptions {
  /** Dynamic: each edge carries `<spells>` from its interactions' first to last days (timeformat date). */
  readonly dynamic: boolean;
}

function attributeDeclarations(specs: readonly AttributeSpec[], domain: 'node' | 'edge'): string {
  const lines = specs
    .filter((spec) => spec.name !== 'label')
    .map((spec, index) => `      <attribute id="${index}" title="${spec.name}" type="${GEXF_TYPE[spec.type]}"/>\n`)
    .join('');
  return `    <attributes class="${domain}" mode="static">\n${lines}    </attributes>\n`;
}

function attvalues(specs: readonly AttributeSpec[], values: Readonly<Record<string, AttributeValue>>): string {
  let out = '';
  specs
    .filter((spec) => spec.name !== 'label')
    .forEach((spec, index) => {
      const value = values[spec.name];
      if (value === undefined || value === null) return;
      out += `<attvalue for="${index}" value="${xmlEscape(joinList(value))}"/>`;
    });
  return out ? `<attvalues>${out}</attvalues>` : '';
}

function spells(edge: ExportEdge): string {
  if (edge.spells.length === 0) return '';
  // An open bound (a relation with no start or no end) is left out: GEXF reads it as unbounded.
  const spell = ([start, end]: readonly [string | null, string | null]) =>
    `<spell${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}/>`;
  return `<spells>${edge.spells.map(spell).join('')}</spells>`;
}

/**
 * GEXF 1.2 (the version Gephi, graphology-gexf and networkx 2.8 read), static or dynamic. Directed, with
 * parallel edges told apart by id. graphology-gexf writes static GEXF as one string; this writes spells and
 * streams.
 */
export async function* writeGexf(graph: ExportGraph, options: GexfOptions): AsyncGenerator<string> {
  const mode = options.dynamic ? 'dynamic' : 'static';
  const time = options.dynamic ? ' timeformat="date"' : '';
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2">\n';
  yield `  <meta><creator>Actorgraph</creator><description>${xmlEscape(
    `${graph.meta.title}: ${graph.meta.description}`,
  )}</description></meta>\n`;
  yield `  <graph mode="${mode}" defaultedgetype="directed"${time}>\n`;
  yield attributeDeclarations(NODE_ATTRIBUTES, 'node');
  yield attributeDeclarations(EDGE_ATTRIBUTES, 'edge');
  yield '    <nodes>\n';
  for await (const node of graph.nodes) {
    const label = xmlEscape(joinList(node.attributes['label'] ?? node.id));
    yield `      <node id="${xmlEscape(node.id)}" label="${label}">${attvalues(NODE_ATTRIBUTES, node.attributes)}</node>\n`;
  }
  yield '    </nodes>\n    <edges>\n';
  for await (const edge of graph.edges) {
    const weight = typeof edge.attributes['count'] === 'number' ? ` weight="${edge.attributes['count']}"` : '';
    yield (
      `      <edge id="${xmlEscape(edge.id)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}"` +
      `${weight}>${attvalues(EDGE_ATTRIBUTES, edge.attributes)}${options.dynamic ? spells(edge) : ''}</edge>\n`
    );
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
