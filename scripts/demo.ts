/// <reference types="chrome" />
/**
 * Builds the extension and opens Chromium with it loaded on a page full of model names.
 *
 *   npm start                                  real openrouter.ai/models when online, else the demo page
 *   npm start -- --headless --screenshot FILE  the same without a display: writes a PNG and exits
 *   npm start -- --offline                     always the bundled demo page
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'puppeteer-core';
import { FixtureServer } from './browser/fixture-server';
import { extensionWorker, launchWithExtension } from './browser/launch';
import { errorMessage } from '../lib/error-message';

const ONLINE_PAGE = 'https://openrouter.ai/models';
const DEMO_PAGE = resolve(import.meta.dirname, 'demo/page.html');

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      headless: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
      offline: { type: 'boolean', default: false },
      'no-build': { type: 'boolean', default: false },
    },
  });
  if (!values['no-build']) {
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) return build.status ?? 1;
  }

  const online = !values.offline && (await reachable(ONLINE_PAGE));
  const server = new FixtureServer();
  let url = ONLINE_PAGE;
  if (!online) {
    await server.start();
    server.route('/', { file: DEMO_PAGE });
    // Served under openrouter.ai so the extension's default sites include it.
    url = server.url('/', 'openrouter.ai');
  }
  console.log(online ? `Opening ${url}` : 'Offline: opening the bundled demo page with the bundled catalogue');

  const { browser, extensionId } = await launchWithExtension({
    headless: values.headless,
    localHosts: online ? [] : ['openrouter.ai'],
    windowSize: { width: 1280, height: 900 },
  });
  try {
    const worker = await extensionWorker(browser, extensionId);
    await waitForIndex(worker);
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    await page.goto(url, { waitUntil: 'load' });
    const marks = await waitForMarks(page);
    console.log(`Model Lens marked ${marks} model mention${marks === 1 ? '' : 's'} on the page.`);
    if (values.screenshot) {
      const path = resolve(process.env.INIT_CWD ?? process.cwd(), values.screenshot);
      await page.screenshot({ path: path as `${string}.png` });
      console.log(`Screenshot written to ${path}`);
    }
    if (values.headless) return 0;
    console.log('Hover a marked name; close the browser window to quit.');
    await new Promise<void>((done) => browser.once('disconnected', () => done()));
    return 0;
  } finally {
    if (browser.connected) await browser.close();
    await server.stop();
  }
}

async function reachable(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

async function waitForIndex(worker: Awaited<ReturnType<typeof extensionWorker>>): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const ready = await worker.evaluate(async () => typeof (await chrome.storage.local.get('detectionIndex')).detectionIndex === 'string');
    if (ready) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the extension did not store its detection index');
}

async function waitForMarks(page: Page): Promise<number> {
  try {
    await page.waitForFunction(() => (CSS.highlights.get('model-lens')?.size ?? 0) > 0, { timeout: 15_000 });
  } catch {
    return 0;
  }
  // Let the scan finish its slices before counting.
  await new Promise((r) => setTimeout(r, 500));
  return page.evaluate(() => CSS.highlights.get('model-lens')?.size ?? 0);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(errorMessage(error));
    process.exit(1);
  },
);
