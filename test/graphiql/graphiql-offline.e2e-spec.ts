import type { Browser } from 'playwright-core';
import { launchBrowser, offlinePage, saveScreenshot } from '../support/browser';
import { buildWebAssetsOnce } from '../support/web-assets';
import { startSeededApi, startTestApi, stopTestApi, type TestApi } from '../support/test-api';
import type { Driver } from 'neo4j-driver';

// GraphiQL is served from the project's own bundle: with every host but 127.0.0.1 blocked, an analyst still
// opens the IDE, runs a query and reads the answer.
describe('GraphiQL at /graphiql, with no internet', () => {
  let api: TestApi;
  let driver: Driver;
  let browser: Browser;

  beforeAll(async () => {
    buildWebAssetsOnce();
    ({ api, driver } = await startSeededApi({ GRAPHQL_IDE: 'true' }));
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await stopTestApi(api, driver);
  });

  it('runs a query typed in the editor and shows its result', async () => {
    const { page, blocked, errors } = await offlinePage(browser);
    await page.goto(`${api.url}/graphiql`);
    await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ timeout: 30_000 });
    // Replace the default query through CodeMirror's own API, as typing would.
    await page.evaluate(() => {
      const editor = ((globalThis as any).document.querySelector('.graphiql-query-editor .CodeMirror') as any)
        .CodeMirror;
      editor.setValue('{ actor(id: "person:volodymyr-zelenskyy") { name kind } }');
    });
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window');
    await result.getByText('"Volodymyr Zelenskyy"').waitFor({ timeout: 30_000 });
    await saveScreenshot(page, 'graphiql-query-result');
    const text = await result.innerText();
    expect(text).toContain('"name": "Volodymyr Zelenskyy"');
    expect(text).toContain('"kind": "PERSON"');
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('serves the page with a same-origin content policy, and no page when the IDE is switched off', async () => {
    const response = await fetch(`${api.url}/graphiql`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/https?:\/\//);
    const off = await startTestApi({ GRAPHQL_IDE: 'false' });
    try {
      expect((await off.get('/graphiql')).status).toBe(404);
    } finally {
      await off.close();
    }
  });
});
