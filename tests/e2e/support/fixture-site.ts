import { resolve } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { FixtureServer, type Route } from '../../../scripts/browser/fixture-server';
import { extensionWorker, launchWithExtension } from '../../../scripts/browser/launch';
import { readStorage, waitFor } from './extension';
import { watchPage, type PageWatch } from './page-watch';

/** A host the extension is on by default: fixture pages served under it are scanned. */
export const ENABLED_HOST = 'openrouter.ai';

export const hostileFixture = (name: string): Route => ({ file: resolve(import.meta.dirname, '../../fixtures/hostile', name) });

export interface FixtureSite {
  browser: Browser;
  extensionId: string;
  server: FixtureServer;
  /** A new tab at `path` on the enabled host, once loaded. `before` runs first (to watch or trace the page from its start). */
  open(path: string, options?: { before?: (page: Page) => Promise<unknown> }): Promise<Page>;
  /** The same, watched from its start for errors and for where the content script runs. */
  /** The extension's service worker, for asking a page's content script what it has handled. */
  worker: WebWorker;
  openWatched(path: string): Promise<{ page: Page; watch: PageWatch }>;
  close(): Promise<void>;
}

/**
 * Chromium with the plain build of the extension, and a local server answering for the given
 * hostnames, so fixture pages load under real site names. Resolves once the extension has its
 * detection index, so a page opened next is scanned.
 */
export async function openFixtureSite(routes: Record<string, Route>, hosts: string[] = [ENABLED_HOST]): Promise<FixtureSite> {
  const server = await new FixtureServer().start();
  // Every page asks for one; answered, the only failed requests are those a test causes.
  server.route('/favicon.ico', { status: 204, body: '' });
  for (const [path, route] of Object.entries(routes)) server.route(path, route);
  const { browser, extensionId } = await launchWithExtension({ localHosts: hosts });
  const worker = await extensionWorker(browser, extensionId);
  await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
  const open: FixtureSite['open'] = async (path, options = {}) => {
    const page = await browser.newPage();
    await options.before?.(page);
    await page.goto(server.url(path, ENABLED_HOST), { waitUntil: 'load' });
    return page;
  };
  return {
    browser,
    extensionId,
    server,
    worker,
    open,
    async openWatched(path) {
      let watch: PageWatch | undefined;
      const page = await open(path, { before: async (p) => (watch = await watchPage(p, extensionId)) });
      return { page, watch: watch! };
    },
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
