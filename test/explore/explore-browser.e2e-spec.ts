import type { Browser, Page } from 'playwright-core';
import type { Driver } from 'neo4j-driver';
import { launchBrowser, offlinePage, saveScreenshot, type BlockedPage } from '../support/browser';
import { buildWebAssetsOnce } from '../support/web-assets';
import { startSeededApi, stopTestApi, type TestApi } from '../support/test-api';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const ZELENSKYY = 'person:volodymyr-zelenskyy';

const shown = async (page: Page) => ({
  nodes: Number(await page.locator('#status').getAttribute('data-nodes')),
  edges: Number(await page.locator('#status').getAttribute('data-edges')),
});
const loaded = (page: Page) => page.evaluate(() => (globalThis as any).explorer.graph.order as number);

// An analyst who writes no GraphQL, on a machine with no internet: every request but 127.0.0.1 is blocked.
describe('the graph explorer at /explore, with no internet', () => {
  let api: TestApi;
  let driver: Driver;
  let browser: Browser;
  let tab: BlockedPage;

  beforeAll(async () => {
    buildWebAssetsOnce();
    ({ api, driver } = await startSeededApi());
    browser = await launchBrowser();
    tab = await offlinePage(browser);
    await tab.page.goto(`${api.url}/explore`);
  });

  afterAll(async () => {
    await browser?.close();
    await stopTestApi(api, driver);
  });

  it('finds Tokayev despite a typo and draws his network', async () => {
    const { page } = tab;
    await page.locator('#search').fill('Tokaev');
    await page.locator(`#results button[data-actor="${TOKAYEV}"]`).click();
    await page.locator('#selected-label', { hasText: 'Kassym-Jomart Tokayev' }).waitFor();
    await page.waitForFunction(
      () => Number((globalThis as any).document.querySelector('#status')?.getAttribute('data-nodes')) > 1,
    );
    await page.waitForTimeout(2000); // let the layout settle for the screenshot
    await saveScreenshot(page, 'explore-1-tokayev');
    expect((await shown(page)).nodes).toBeGreaterThanOrEqual(3);
    expect(await page.locator(`#neighbours button[data-node="${ZELENSKYY}"]`).count()).toBe(1);
  });

  it('expands a neighbour: Zelenskyy brings his own counterparts', async () => {
    const { page } = tab;
    const before = await loaded(page);
    await page.locator(`#neighbours button[data-node="${ZELENSKYY}"]`).click();
    await page.locator('#expand').click();
    await page.waitForFunction((n) => (globalThis as any).explorer.graph.order > n, before);
    await page.waitForTimeout(2000);
    await saveScreenshot(page, 'explore-2-expanded');
    expect(await loaded(page)).toBeGreaterThan(before);
    expect(await page.locator('#downloads a').count()).toBe(7);
    const href = await page.locator('#downloads a').first().getAttribute('href');
    expect(href).toContain(`actors=${encodeURIComponent(`${TOKAYEV},${ZELENSKYY}`)}`);
  });

  it('moves the time slider: fewer edges before August 2025', async () => {
    const { page } = tab;
    const all = await shown(page);
    await page.locator('#to-slider').evaluate((input: any) => {
      input.value = '0';
      input.dispatchEvent(new Event('input'));
    });
    const early = await shown(page);
    await saveScreenshot(page, 'explore-3-slider');
    expect(early.edges).toBeLessThan(all.edges);
    expect(await page.locator('#window').innerText()).toMatch(/^\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d$/);
    await page.locator('#to-slider').evaluate((input: any) => {
      input.value = input.max;
      input.dispatchEvent(new Event('input'));
    });
    expect(await shown(page)).toEqual(all);
  });

  it("opens an edge's interactions with their evidence quotes and sources", async () => {
    const { page } = tab;
    await page.locator('#edges button', { hasText: 'Kassym-Jomart Tokayev' }).first().click();
    const quote = page.locator('#evidence blockquote').first();
    await quote.waitFor();
    await saveScreenshot(page, 'explore-4-evidence');
    expect(await page.locator('#evidence .interaction').count()).toBeGreaterThanOrEqual(1);
    expect(await quote.innerText()).toMatch(/^“.+” — /);
    expect(tab.blocked).toEqual([]);
    expect(tab.errors).toEqual([]);
  });

  it('stays usable with 5,000 nodes and 20,000 edges: drawn, filtered and sized by PageRank', async () => {
    const { page } = tab;
    const counts = await page.evaluate(() => {
      const explorer = (globalThis as any).explorer;
      const graph = explorer.graph;
      graph.clear();
      explorer.state.expanded.clear();
      let seed = 42;
      const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
      const kinds = ['PERSON', 'STATE', 'ORGANIZATION'];
      for (let i = 0; i < 5000; i += 1) {
        const kind = kinds[i % 3];
        graph.addNode(`n${i}`, {
          label: `Actor ${i}`,
          type: 'ACTOR',
          kind,
          x: random(),
          y: random(),
          size: 3,
          color: '#888',
        });
      }
      for (let e = 0; e < 20000; e += 1) {
        const source = `n${Math.floor(random() * 5000)}`;
        const target = `n${Math.floor(random() * 5000)}`;
        const day = `202${Math.floor(random() * 5)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
        graph.addDirectedEdgeWithKey(`e${e}`, source, target, {
          mode: 'DIRECTED',
          kinds: ['CALL'],
          count: 1,
          firstDay: day,
          lastDay: day,
          datasets: ['synthetic'],
          size: 1,
          color: '#ccc',
        });
      }
      explorer.refresh();
      return { order: graph.order, size: graph.size };
    });
    expect(counts).toEqual({ order: 5000, size: 20000 });
    await page.locator('#size-by').selectOption('pagerank');
    await page.locator('#kinds input[value="STATE"]').uncheck();
    const filtered = await shown(page);
    expect(filtered.nodes).toBeLessThan(5000);
    expect(filtered.edges).toBeLessThan(20000);
    await page.waitForTimeout(3000);
    await saveScreenshot(page, 'explore-5-large');
    await page.locator('#kinds input[value="STATE"]').check();
    expect((await shown(page)).edges).toBe(20000);
    expect(tab.errors).toEqual([]);
  });
});
