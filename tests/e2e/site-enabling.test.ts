import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../../scripts/browser/fixture-server';
import { E2E_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { openExtensionPage, readStorage, waitFor } from './support/extension';
import { markedTexts, waitForMark } from './support/page-marks';

const ARTICLE = '<!doctype html><title>A blog</title><p>We moved from GPT-4o mini to Claude Opus 4.1 last month.</p>';
const NEW_HOST = 'notyet.test';

/** The extension's popup as the toolbar button opens it over `page` (a real action click: it grants activeTab). */
async function clickToolbarButton(browser: Browser, extensionId: string, page: Page): Promise<Page> {
  const extension = (await browser.extensions()).get(extensionId)!;
  await page.bringToFront();
  await page.triggerExtensionAction(extension);
  const target = await browser.waitForTarget((t) => t.url() === `chrome-extension://${extensionId}/popup.html`, { timeout: 10_000 });
  return (await target.asPage())!;
}

async function launch(server: FixtureServer, extensionDir?: string): Promise<{ browser: Browser; extensionId: string; worker: WebWorker }> {
  const { browser, extensionId } = await launchWithExtension({ extensionDir, localHosts: ['openrouter.ai', 'allowed.test', NEW_HOST] });
  const worker = await extensionWorker(browser, extensionId);
  await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
  return { browser, extensionId, worker };
}

describe('turning a site on and off, as a user does', () => {
  const server = new FixtureServer();

  beforeAll(async () => {
    await server.start();
    server.route('/article', { body: ARTICLE, headers: { 'content-type': 'text/html' } });
    server.route('/favicon.ico', { status: 204, body: '' });
  });

  afterAll(() => server.stop());

  // The plain build: no site is granted up front. What stays untested: the browser's permission
  // prompt itself, which headless Chromium shows but no test can answer (the popup closes as it
  // opens, as in a real browser); a grant turns the site on through permissions.onAdded.
  it('offers "Enable on this site" from the toolbar button on a site that is not on, and marks the page without a reload', async () => {
    const { browser, extensionId } = await launch(server);
    try {
      const article = await browser.newPage();
      await article.goto(server.url('/article', NEW_HOST));
      const popup = await clickToolbarButton(browser, extensionId, article);
      await popup.waitForSelector('xpath/.//button[contains(., "Enable on this site")]', { timeout: 10_000 });
      expect(await popup.evaluate(() => document.body.textContent)).toContain(`Off for ${NEW_HOST}`);
      // The popup closes once the browser's prompt opens; the click has already marked the page.
      await popup.click('xpath/.//button[contains(., "Enable on this site")]').catch(() => undefined);
      await waitForMark(article, 'Claude Opus 4.1');
      expect(await markedTexts(article)).toEqual(['GPT-4o mini', 'Claude Opus 4.1']);
    } finally {
      await browser.close();
    }
  });

  it('removes the marks from pages already open when a site is turned off, and brings them back when it is turned on', async () => {
    const { browser, extensionId, worker } = await launch(server, E2E_EXTENSION_DIR);
    try {
      for (const host of ['openrouter.ai', 'allowed.test']) {
        const article = await browser.newPage();
        await article.goto(server.url('/article', host));
        const tabId = await worker.evaluate(async (pattern) => (await chrome.tabs.query({ url: pattern }))[0]!.id!, `*://${host}/*`);
        const popup = await openExtensionPage(browser, extensionId, `popup.html?tab=${tabId}`);
        if (host === 'allowed.test') {
          await popup.waitForSelector('xpath/.//button[contains(., "Enable on this site")]');
          await popup.click('xpath/.//button[contains(., "Enable on this site")]');
          await popup.waitForFunction((h) => document.body.textContent?.includes(`Model Lens is on for ${h}`), {}, host);
        }
        await article.bringToFront();
        await waitForMark(article, 'Claude Opus 4.1');

        await popup.bringToFront();
        // The popup reads its tab and settings after it opens: wait for the button it then shows.
        await popup.waitForSelector('xpath/.//button[contains(., "Turn off here")]');
        await popup.click('xpath/.//button[contains(., "Turn off here")]');
        await popup.waitForFunction((h) => document.body.textContent?.includes(`Model Lens is off for ${h}`), {}, host);
        await article.bringToFront();
        await waitFor(async () => (await markedTexts(article)).length === 0, `the marks to leave ${host}`);

        // And on again, still without a reload.
        await popup.bringToFront();
        await popup.waitForSelector('xpath/.//button[contains(., "Enable on this site")]');
        await popup.click('xpath/.//button[contains(., "Enable on this site")]');
        await popup.waitForFunction((h) => document.body.textContent?.includes(`Model Lens is on for ${h}`), {}, host);
        await article.bringToFront();
        await waitForMark(article, 'Claude Opus 4.1');
        await popup.close();
        await article.close();
      }
    } finally {
      await browser.close();
    }
  });
});
