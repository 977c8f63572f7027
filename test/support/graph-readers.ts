import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Debian's networkx (python3-networkx), run by Debian's python: the `python3` first on PATH may be another one. */
export const SYSTEM_PYTHON = '/usr/bin/python3';

const NETWORKX_SCRIPT = `
import json, sys
import networkx as nx
path, fmt, wanted = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
G = nx.read_graphml(path) if fmt == 'graphml' else nx.read_gexf(path, version='1.2draft')
def clean(d):
    return {k: (v if isinstance(v, (str, int, float, bool)) or v is None else repr(v)) for k, v in d.items()}
edges = list(G.edges(keys=True, data=True)) if G.is_multigraph() else [(u, v, None, d) for u, v, d in G.edges(data=True)]
print(json.dumps({
    'version': nx.__version__,
    'directed': G.is_directed(),
    'multigraph': G.is_multigraph(),
    'nodes': G.number_of_nodes(),
    'edges': G.number_of_edges(),
    'node': {n: clean(G.nodes[n]) for n in wanted if n in G},
    'edgeList': [[u, v, str(k) if k is not None else None, clean(d)] for u, v, k, d in edges],
}))
`;

export interface NetworkxReading {
  version: string;
  directed: boolean;
  multigraph: boolean;
  nodes: number;
  edges: number;
  node: Record<string, Record<string, unknown>>;
  edgeList: [string, string, string | null, Record<string, unknown>][];
}

/** Reads a GraphML or GEXF text with networkx's `read_graphml` / `read_gexf` and reports what it loaded. */
export function readWithNetworkx(text: string, format: 'graphml' | 'gexf', nodeIds: string[] = []): NetworkxReading {
  const folder = mkdtempSync(join(tmpdir(), 'actorgraph-export-'));
  const path = join(folder, `graph.${format}`);
  try {
    writeFileSync(path, text);
    const out = execFileSync(SYSTEM_PYTHON, ['-c', NETWORKX_SCRIPT, path, format, JSON.stringify(nodeIds)], {
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    });
    return JSON.parse(out) as NetworkxReading;
  } finally {
    // A file per reading, up to tens of MB: none left in the temp folder.
    rmSync(folder, { recursive: true, force: true });
  }
}
