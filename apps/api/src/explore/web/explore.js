/* global document, window, URLSearchParams */
// The graph explorer (/explore): search an actor, draw its network, expand nodes, filter by kind, dataset and
// time, colour by kind, size by degree or PageRank, read an edge's interactions with their evidence, download
// the view. Bundled with sigma.js and graphology by scripts/build-web-assets.mjs: nothing comes from elsewhere.
import Graph from 'graphology';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import pagerank from 'graphology-metrics/centrality/pagerank';
import Sigma from 'sigma';
import './explore.css';

const KIND_COLOURS = {
  PERSON: '#3b82f6',
  STATE: '#dc2626',
  ORGANIZATION: '#16a34a',
  PLACE: '#a16207',
};
const OTHER_COLOUR = '#6b7280';
const colourOf = (attrs) => KIND_COLOURS[attrs.type === 'PLACE' ? 'PLACE' : attrs.kind] ?? OTHER_COLOUR;
const FORMATS = [
  ['graphml', 'GraphML'],
  ['gexf', 'GEXF'],
  ['gexf', 'GEXF (dynamic)', { dynamic: 'true' }],
  ['cytoscape', 'Cytoscape.js'],
  ['graphology', 'graphology'],
  ['csv', 'CSV nodes', { part: 'nodes' }],
  ['csv', 'CSV edges', { part: 'edges' }],
];

const state = {
  graph: new Graph({ multi: true, type: 'directed' }),
  expanded: new Set(),
  hiddenKinds: new Set(),
  dataset: '',
  days: [],
  from: 0,
  to: 0,
  sizeBy: 'degree',
  selected: null,
  layout: null,
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'on') for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    else if (key in node) node[key] = value;
    else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
}

/** A side-panel section: its heading, then its controls. */
function section(title, ...controls) {
  return [el('h2', { textContent: title }), ...controls];
}

async function graphql(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data;
}

// ---------- the page ----------
const root = document.getElementById('explore');
const ui = {
  search: el('input', { type: 'search', placeholder: 'Search an actor (typos and accents forgiven)', id: 'search' }),
  results: el('ul', { id: 'results' }),
  status: el('div', { className: 'status', id: 'status' }),
  kinds: el('div', { className: 'row', id: 'kinds' }),
  dataset: el('select', { id: 'dataset' }),
  fromSlider: el('input', { type: 'range', id: 'from-slider', min: '0', max: '0', value: '0' }),
  toSlider: el('input', { type: 'range', id: 'to-slider', min: '0', max: '0', value: '0' }),
  window: el('div', { className: 'status', id: 'window' }),
  sizeBy: el(
    'select',
    { id: 'size-by' },
    el('option', { value: 'degree', textContent: 'degree' }),
    el('option', { value: 'pagerank', textContent: 'PageRank' }),
  ),
  downloads: el('div', { className: 'downloads', id: 'downloads' }),
  selection: el('div', { id: 'selection' }),
  evidence: el('div', { className: 'evidence', id: 'evidence' }),
  container: el('div', { id: 'graph' }),
};
root.append(
  el(
    'div',
    { className: 'side' },
    el('h1', { textContent: 'Actorgraph explorer' }),
    ui.search,
    ui.results,
    ui.status,
    ...section('Show kinds', ui.kinds),
    ...section('Dataset', ui.dataset),
    ...section(
      'Time',
      el('label', { textContent: 'from ' }, ui.fromSlider),
      el('label', { textContent: 'to ' }, ui.toSlider),
      ui.window,
    ),
    ...section('Size by', ui.sizeBy),
    ...section('Download this view', ui.downloads),
    ...section('Selection', ui.selection, ui.evidence),
  ),
  el('div', { className: 'stage' }, ui.container),
);
for (const [kind, colour] of Object.entries(KIND_COLOURS)) {
  const box = el('input', {
    type: 'checkbox',
    checked: true,
    value: kind,
    on: { change: () => toggleKind(kind, box.checked) },
  });
  ui.kinds.append(
    el('label', {}, box, el('span', { className: 'swatch', style: `background:${colour}` }), kind.toLowerCase()),
  );
}

const renderer = new Sigma(state.graph, ui.container, {
  settings: {
    enableEdgeEvents: true,
    hideEdgesOnMove: true,
    renderEdgeLabels: false,
    labelRenderedSizeThreshold: 4,
    // Sizes are screen pixels, whatever the graph's coordinates after the layout.
    itemSizesReference: 'screen',
    zoomToSizeRatioFunction: (ratio) => ratio,
  },
  // Filters hide rather than remove: moving the slider back shows the same drawing.
  nodeReducer: (node) => (visibleNode(node) ? {} : { visibility: 'hidden' }),
  edgeReducer: (edge) => (visibleEdge(edge) ? {} : { visibility: 'hidden' }),
});
// For the browser tests and the curious: the loaded graph and the hooks that redraw it.
window.explorer = {
  graph: state.graph,
  renderer,
  state,
  refresh: () => (updateTimeAxis(), resize(), runLayout(), refresh()),
};

// ---------- filters ----------
function edgeInWindow(attrs) {
  if (state.days.length === 0) return true;
  const from = state.days[state.from];
  const to = state.days[state.to];
  return attrs.firstDay <= to && attrs.lastDay >= from;
}
function visibleEdge(edge) {
  const attrs = state.graph.getEdgeAttributes(edge);
  if (state.dataset && !(attrs.datasets ?? []).includes(state.dataset)) return false;
  if (!edgeInWindow(attrs)) return false;
  return visibleKind(state.graph.source(edge)) && visibleKind(state.graph.target(edge));
}
function visibleKind(node) {
  const attrs = state.graph.getNodeAttributes(node);
  return !state.hiddenKinds.has(attrs.type === 'PLACE' ? 'PLACE' : attrs.kind);
}
function visibleNode(node) {
  if (!visibleKind(node)) return false;
  if (state.expanded.has(node)) return true;
  return state.graph.someEdge(node, (edge) => visibleEdge(edge));
}
function toggleKind(kind, shown) {
  if (shown) state.hiddenKinds.delete(kind);
  else state.hiddenKinds.add(kind);
  refresh();
}

function refresh() {
  renderer.refresh();
  let nodes = 0;
  let edges = 0;
  state.graph.forEachNode((node) => (nodes += visibleNode(node) ? 1 : 0));
  state.graph.forEachEdge((edge) => (edges += visibleEdge(edge) ? 1 : 0));
  ui.status.textContent = `${nodes} nodes, ${edges} edges shown (${state.graph.order} and ${state.graph.size} loaded)`;
  ui.status.dataset.nodes = String(nodes);
  ui.status.dataset.edges = String(edges);
  if (state.days.length > 0) ui.window.textContent = `${state.days[state.from]} to ${state.days[state.to]}`;
  updateDownloads();
}

function exportQuery() {
  const params = new URLSearchParams({ actors: [...state.expanded].join(','), hops: '1' });
  if (state.dataset) params.set('datasets', state.dataset);
  if (state.days.length > 0) {
    params.set('from', state.days[state.from]);
    params.set('to', state.days[state.to]);
  }
  return params;
}
function updateDownloads() {
  ui.downloads.replaceChildren();
  if (state.expanded.size === 0) return;
  for (const [format, label, extra = {}] of FORMATS) {
    const params = exportQuery();
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    ui.downloads.append(el('a', { href: `/export/${format}?${params}`, textContent: label, download: '' }));
  }
}

ui.dataset.addEventListener('change', () => {
  state.dataset = ui.dataset.value;
  refresh();
});
ui.fromSlider.addEventListener('input', () => {
  state.from = Math.min(Number(ui.fromSlider.value), state.to);
  ui.fromSlider.value = String(state.from);
  refresh();
});
ui.toSlider.addEventListener('input', () => {
  state.to = Math.max(Number(ui.toSlider.value), state.from);
  ui.toSlider.value = String(state.to);
  refresh();
});
ui.sizeBy.addEventListener('change', () => {
  state.sizeBy = ui.sizeBy.value;
  resize();
  refresh();
});

/** The time slider's steps: every first and last day of the loaded edges, in order. */
function updateTimeAxis() {
  const days = new Set();
  const datasets = new Set();
  state.graph.forEachEdge((_e, attrs) => {
    if (attrs.firstDay) days.add(attrs.firstDay);
    if (attrs.lastDay) days.add(attrs.lastDay);
    for (const d of attrs.datasets ?? []) datasets.add(d);
  });
  const wasFull = state.days.length === 0 || (state.from === 0 && state.to === state.days.length - 1);
  state.days = [...days].sort();
  const last = Math.max(state.days.length - 1, 0);
  ui.fromSlider.max = ui.toSlider.max = String(last);
  if (wasFull) {
    state.from = 0;
    state.to = last;
  }
  ui.fromSlider.value = String(state.from);
  ui.toSlider.value = String(state.to);
  ui.dataset.replaceChildren(el('option', { value: '', textContent: 'all datasets' }));
  for (const d of [...datasets].sort())
    ui.dataset.append(el('option', { value: d, textContent: d, selected: d === state.dataset }));
}

function resize() {
  const scores =
    state.sizeBy === 'pagerank' && state.graph.size > 0 ? pagerank(state.graph, { getEdgeWeight: 'count' }) : null;
  let max = 0;
  state.graph.forEachNode((node) => {
    const value = scores ? scores[node] : state.graph.degree(node);
    max = Math.max(max, value);
    state.graph.setNodeAttribute(node, 'score', value);
  });
  state.graph.forEachNode((node, attrs) => {
    state.graph.setNodeAttribute(node, 'size', 4 + 12 * Math.sqrt((attrs.score || 0) / (max || 1)));
  });
}

// ---------- loading ----------
async function expand(actorId) {
  ui.status.textContent = `loading the network of ${actorId}…`;
  // Interactions only: the panel reads an edge's interactions and the slider their days (downloads keep relations).
  const query = new URLSearchParams({ actors: actorId, hops: '1', relations: 'false' });
  const response = await fetch(`/export/graphology?${query}`);
  if (!response.ok) {
    ui.status.textContent = `could not load ${actorId}: HTTP ${response.status}`;
    return;
  }
  const data = await response.json();
  const centre = state.graph.hasNode(actorId) ? state.graph.getNodeAttributes(actorId) : { x: 0, y: 0 };
  for (const { key, attributes } of data.nodes) {
    if (state.graph.hasNode(key)) continue;
    const angle = Math.random() * 2 * Math.PI;
    state.graph.addNode(key, {
      ...attributes,
      label: attributes.label ?? key,
      color: colourOf(attributes),
      x: (centre.x ?? 0) + Math.cos(angle) * (1 + Math.random()),
      y: (centre.y ?? 0) + Math.sin(angle) * (1 + Math.random()),
      size: 4,
    });
  }
  for (const { key, source, target, attributes } of data.edges) {
    if (state.graph.hasEdge(key)) continue;
    state.graph.addDirectedEdgeWithKey(key, source, target, {
      ...attributes,
      size: Math.min(1 + Math.log2(attributes.count ?? 1), 6),
      color: attributes.mode === 'DIRECTED' ? '#9aa5b1' : '#cbd2d9',
    });
  }
  state.expanded.add(actorId);
  state.graph.setNodeAttribute(actorId, 'expanded', true);
  updateTimeAxis();
  resize();
  runLayout();
  refresh();
  select(actorId);
}

function runLayout() {
  if (state.layout) state.layout.kill();
  if (state.graph.order < 2) return;
  const settings = forceAtlas2.inferSettings(state.graph);
  state.layout = new FA2Layout(state.graph, { settings: { ...settings, barnesHutOptimize: state.graph.order > 500 } });
  state.layout.start();
  const layout = state.layout;
  setTimeout(() => layout.stop(), Math.min(1500 + state.graph.order, 6000));
}

// ---------- selection and evidence ----------
function select(node) {
  state.selected = node;
  const attrs = state.graph.getNodeAttributes(node);
  const edges = state.graph.edges(node).filter((edge) => visibleEdge(edge));
  edges.sort(
    (a, b) => (state.graph.getEdgeAttribute(b, 'count') ?? 0) - (state.graph.getEdgeAttribute(a, 'count') ?? 0),
  );
  const list = el('ul', { id: 'edges' });
  for (const edge of edges.slice(0, 200)) {
    const e = state.graph.getEdgeAttributes(edge);
    const other = state.graph.opposite(node, edge);
    const name = state.graph.getNodeAttribute(other, 'label');
    const arrow = state.graph.source(edge) === node ? '→' : '←';
    list.append(
      el(
        'li',
        {},
        el('button', {
          textContent: `${arrow} ${name}: ${(e.kinds ?? []).join(', ')} ×${e.count} (${e.firstDay}…${e.lastDay})`,
          on: { click: () => showEvidence(edge) },
          'data-edge': edge,
        }),
      ),
    );
  }
  const neighbours = el('ul', { id: 'neighbours' });
  for (const other of state.graph
    .neighbors(node)
    .filter((n) => visibleNode(n))
    .slice(0, 200)) {
    neighbours.append(
      el(
        'li',
        {},
        el('button', {
          textContent: state.graph.getNodeAttribute(other, 'label'),
          on: { click: () => select(other) },
          'data-node': other,
        }),
      ),
    );
  }
  ui.selection.replaceChildren(
    el('strong', { id: 'selected-label', textContent: attrs.label }),
    el('div', { textContent: `${attrs.type === 'PLACE' ? 'place' : (attrs.kind?.toLowerCase() ?? '')} · ${node}` }),
    attrs.type === 'ACTOR' && !state.expanded.has(node)
      ? el('button', { id: 'expand', textContent: 'Expand this node', on: { click: () => expand(node) } })
      : el('span'),
    el('div', { textContent: 'Edges (click one for its evidence):' }),
    list,
    el('div', { textContent: 'Neighbours:' }),
    neighbours,
  );
  ui.evidence.replaceChildren();
}

const INTERACTION_FIELDS = `id kind date summary
  initiators { name } targets { ... on Actor { name } ... on Place { name } }
  evidence { quote source { id title url } }`;

async function showEvidence(edge) {
  const attrs = state.graph.getEdgeAttributes(edge);
  const ids = (attrs.interactionIds ?? []).slice(0, 10);
  ui.evidence.replaceChildren(el('div', { textContent: 'loading the evidence…' }));
  const query = `{ ${ids.map((id, i) => `i${i}: interaction(id: ${JSON.stringify(id)}) { ${INTERACTION_FIELDS} }`).join(' ')} }`;
  const data = ids.length > 0 ? await graphql(query) : {};
  const head = el('h2', {
    textContent: `${state.graph.getNodeAttribute(state.graph.source(edge), 'label')} → ${state.graph.getNodeAttribute(state.graph.target(edge), 'label')}`,
  });
  const more =
    attrs.interactionCount > ids.length
      ? el('div', { className: 'status', textContent: `${ids.length} of ${attrs.interactionCount} interactions shown` })
      : el('span');
  const items = Object.values(data)
    .filter(Boolean)
    .map((interaction) =>
      el(
        'div',
        { className: 'interaction' },
        el('strong', { textContent: `${interaction.kind} · ${interaction.date}` }),
        el('div', { textContent: interaction.summary }),
        ...interaction.evidence.map((ev) =>
          el(
            'blockquote',
            {},
            `“${ev.quote}” — `,
            ev.source.url
              ? el('a', {
                  href: ev.source.url,
                  textContent: ev.source.title ?? ev.source.id,
                  target: '_blank',
                  rel: 'noopener',
                })
              : (ev.source.title ?? ev.source.id),
          ),
        ),
      ),
    );
  ui.evidence.replaceChildren(head, more, ...items);
}

renderer.on('clickNode', ({ node }) => select(node));
renderer.on('doubleClickNode', ({ node, event }) => {
  event.preventSigmaDefault();
  if (state.graph.getNodeAttribute(node, 'type') === 'ACTOR') expand(node);
});
renderer.on('clickEdge', ({ edge }) => showEvidence(edge));

// ---------- search ----------
let searchSeq = 0;
async function runSearch() {
  const text = ui.search.value.trim();
  const seq = ++searchSeq;
  if (text.length < 2) {
    ui.results.replaceChildren();
    return;
  }
  const data = await graphql('query($text: String!) { search(text: $text, first: 10) { actor { id name kind } } }', {
    text,
  });
  if (seq !== searchSeq) return;
  ui.results.replaceChildren(
    ...data.search
      .filter((hit) => hit.actor)
      .map((hit) =>
        el(
          'li',
          {},
          el('button', {
            textContent: `${hit.actor.name} (${hit.actor.kind.toLowerCase()})`,
            'data-actor': hit.actor.id,
            on: { click: () => expand(hit.actor.id) },
          }),
        ),
      ),
  );
}
let searchTimer;
ui.search.addEventListener('input', () => {
  clearTimeoutSafe(searchTimer);
  searchTimer = setTimeout(runSearch, 200);
});
function clearTimeoutSafe(timer) {
  if (timer) window.clearTimeout(timer);
}

const initial = new URLSearchParams(window.location.search).get('actor');
if (initial) expand(initial);
refresh();
