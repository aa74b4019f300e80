import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../../scripts/browser/fixture-server';
import { E2E_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { cardIsOpen, cardSnapshot, clickCardButton, hover, markCentre, waitForCard } from './support/card';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';
import { compareInPopup } from './support/popup';
import { afterHandled, pageActivity } from './support/page-activity';
import { markedTexts, waitForMark } from './support/page-marks';

const DEMO_PAGE = resolve(import.meta.dirname, '../../scripts/demo/page.html');
const PINS = (name: string) => resolve(import.meta.dirname, '../fixtures/pins', name);
// Screenshots for the README are rewritten only when asked: UPDATE_SCREENSHOTS=1 npm run test:browser
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : resolve(import.meta.dirname, '../../.output/screenshots');

describe('the overlay: hover card, popup comparison, pins, sites, keyboard', () => {
  const server = new FixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'model-lens-profile-'));
  let browser: Browser;
  let extensionId: string;
  let worker: WebWorker;

  async function launch(): Promise<void> {
    const launched = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: profile, localHosts: ['openrouter.ai', 'allowed.test'], windowSize: { width: 1280, height: 860 } });
    browser = launched.browser;
    extensionId = launched.extensionId;
    worker = await extensionWorker(browser, extensionId);
    await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
  }

  async function openDemo(): Promise<Page> {
    const page = await browser.newPage();
    await page.goto(server.url('/', 'openrouter.ai'));
    await waitForMark(page, 'Claude Sonnet 4');
    return page;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await server.start();
    server.route('/', { file: DEMO_PAGE });
    server.route('/snapshots', { body: '<!doctype html><title>Release notes</title><p>We pinned GPT-4o (2024-11-20) in production.</p><p>The playground runs GPT-4o.</p>', headers: { 'content-type': 'text/html' } });
    server.route('/article', { body: '<!doctype html><title>A blog</title><p>We moved from GPT-4o mini to Claude Opus 4.1 last month.</p>', headers: { 'content-type': 'text/html' } });
    await launch();
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('shows the right model with rank and price when a name is pointed at, and closes on Esc', async () => {
    const page = await openDemo();
    await hover(page, 'Claude Sonnet 4');
    const text = await waitForCard(page, 'Claude Sonnet 4');
    expect(text).toMatch(/\d+\/100/);
    expect(text).toMatch(/#\s*\d+\s+of\s+\d+/);
    expect(text).toContain('$3.00');
    expect(text).toContain('$15.00');
    expect(text).toContain('200K');
    expect(text).toContain('Tool calling');
    const { buttons, role } = await cardSnapshot(page);
    expect(role).toBe('dialog');
    expect(buttons).toEqual(expect.arrayContaining(['Close', 'Pin', 'Compare']));
    await page.screenshot({ path: join(SCREENSHOTS, 'card.png') });

    // Never over the word pointed at, always inside the viewport.
    const mention = await markCentre(page, 'Claude Sonnet 4');
    const card = await page.$eval('model-lens-card', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
    expect(mention.y < card.top || mention.y > card.bottom || mention.x < card.left || mention.x > card.right).toBe(true);
    expect(card.top).toBeGreaterThanOrEqual(0);
    expect(card.bottom).toBeLessThanOrEqual(860);

    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    await page.close();
  });

  it('says so on the card when a dated snapshot the catalogue does not list opens the undated model', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/snapshots', 'openrouter.ai'));
    await waitForMark(page, 'GPT-4o (2024-11-20)');
    await hover(page, 'GPT-4o (2024-11-20)');
    expect(await waitForCard(page, 'snapshot 2024-11-20')).toContain('snapshot 2024-11-20; figures for GPT-4o');

    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    await page.mouse.move(0, 0);
    await hover(page, 'GPT-4o');
    expect(await waitForCard(page, 'GPT-4o')).not.toContain('snapshot');
    await page.close();
  });

  it('pins from the card; the pin shows in the popup, marks the name, and survives a browser restart', async () => {
    const page = await openDemo();
    await hover(page, 'GPT-4o mini');
    await waitForCard(page, 'GPT-4o');
    await clickCardButton(page, 'Pin');
    await waitForCard(page, 'Pinned');
    await waitForMark(page, 'GPT-4o mini', 'model-lens-pinned');

    const popup = await openExtensionPage(browser, extensionId, 'popup.html');
    await popup.click('#tab-pinned');
    await popup.waitForFunction(() => /GPT-4o.mini/.test(document.querySelector('[aria-label="Pinned models"]')?.textContent ?? ''));
    expect(await popup.$eval('[aria-label="Pinned models"]', (el) => el.textContent)).toContain('openrouter.ai');

    await browser.close();
    await launch();
    const again = await openExtensionPage(browser, extensionId, 'popup.html');
    await again.click('#tab-pinned');
    await again.waitForFunction(() => /GPT-4o.mini/.test(document.querySelector('[aria-label="Pinned models"]')?.textContent ?? ''));
    const pins = await readStorage<{ version: number; data: { pins: { modelId: string; page?: { url: string } }[] } }>(worker, 'pins');
    expect(pins.version).toBe(1);
    expect(pins.data.pins).toHaveLength(1);
    expect(pins.data.pins[0]!.page?.url).toContain('openrouter.ai');
  });

  it('compares two models in the popup, with a verdict and the cost of the user\'s volume', async () => {
    const popup = await compareInPopup(browser, extensionId, 'claude sonnet 4', 'gpt-4o mini');
    const verdict = await popup.$eval('[data-testid="verdict"]', (el) => el.textContent);
    expect(verdict).toMatch(/^(Claude Sonnet 4|GPT-4o.mini) ranks higher at \d+\/100 vs (Claude Sonnet 4|GPT-4o.mini) at \d+\/100/);
    const costRow = await popup.$eval('tr[data-row*="cost"]', (el) => el.textContent);
    expect(costRow).toContain('$60.00');
    await popup.screenshot({ path: join(SCREENSHOTS, 'compare.png') });
  });

  it('turns on a new site from the popup: the page gets marked, now and after a reload', async () => {
    const article = await browser.newPage();
    await article.goto(server.url('/article', 'allowed.test'));
    expect(await markedTexts(article)).toEqual([]);
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: '*://allowed.test/*' }))[0]!.id!);

    const popup = await openExtensionPage(browser, extensionId, `popup.html?tab=${tabId}`);
    await popup.waitForSelector('xpath/.//button[contains(., "Enable on this site")]');
    await popup.click('xpath/.//button[contains(., "Enable on this site")]');
    await popup.waitForFunction(() => document.body.textContent?.includes('Model Lens is on for allowed.test'));
    // Back to the article, as the reader goes: marks are painted in the tab on screen.
    await article.bringToFront();
    await waitForMark(article, 'Claude Opus 4.1');
    await article.reload();
    // GPT-4o mini was pinned above, so it is marked as pinned.
    await waitForMark(article, 'GPT-4o mini', 'model-lens-pinned');
    await waitForMark(article, 'Claude Opus 4.1');

    await popup.bringToFront();
    await popup.reload();
    await popup.waitForSelector('xpath/.//button[contains(., "Turn off here")]');
    await popup.click('xpath/.//button[contains(., "Turn off here")]');
    await popup.waitForFunction(() => document.body.textContent?.includes('Model Lens is off for allowed.test'));
    // Turned off, the site's script registration is gone: the reloaded page loads without it.
    await waitFor(async () => !(await registeredSites(worker)).some((matches) => matches.includes('allowed.test')), 'the site script to be unregistered');
    await article.reload({ waitUntil: 'load' });
    expect(await pageActivity(worker, article)).toBeUndefined();
    expect(await markedTexts(article)).toEqual([]);
  });

  it('exports pins, imports an export, and refuses a hostile file with a clear error and no change', async () => {
    const popup = await openExtensionPage(browser, extensionId, 'popup.html');
    const exported = JSON.parse(await request<string>(popup, { type: 'exportPins' }));
    expect(exported.format).toBe('model-lens-pins');
    await popup.click('#tab-pinned');
    const input = await popup.waitForSelector('input[type="file"]');
    await input!.uploadFile(PINS('export.json'));
    await popup.waitForFunction(() => document.body.textContent?.includes('Imported: 2 new pins'));
    const before = await readStorage(worker, 'pins');
    await (await popup.$('input[type="file"]'))!.uploadFile(PINS('hostile.json'));
    await popup.waitForSelector('[role="alert"]');
    expect(await popup.$eval('[role="alert"]', (el) => el.textContent)).toMatch(/not a Model Lens pins export/);
    expect(await readStorage(worker, 'pins')).toEqual(before);
  });

  it('works from the keyboard alone: shortcut, Tab to Pin, Enter, Esc returns focus', async () => {
    const popup = await openExtensionPage(browser, extensionId, 'popup.html');
    await request(popup, { type: 'updateSettings', patch: { trigger: 'keyboard' } });
    const page = await openDemo();
    // Hovering does nothing in keyboard-only mode.
    await afterHandled(worker, page, 'pointerMoves', () => hover(page, 'Mistral Medium 3'));
    expect(await cardIsOpen(page)).toBe(false);

    // The caret sits in a name (as with caret browsing), then the shortcut: the browser sends the
    // command to the background, which asks the tab's content script to open the card.
    await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf('Gemini 2.5 Flash');
        if (at >= 0) {
          document.getSelection()!.collapse(node, at + 2);
          return;
        }
      }
    });
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: '*://openrouter.ai/*' })).at(-1)!.id!);
    await worker.evaluate((id) => chrome.tabs.sendMessage(id, { target: 'content', type: 'openCard' }), tabId);
    await waitForCard(page, 'Gemini 2.5 Flash');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForCard(page, 'Pinned');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    const pins = await readStorage<{ data: { pins: { modelId: string; name: string }[] } }>(worker, 'pins');
    expect(pins.data.pins.some((p) => p.name === 'Gemini 2.5 Flash')).toBe(true);
    await request(popup, { type: 'updateSettings', patch: { trigger: 'hover' } });
  });
});

/** The match patterns of the site scripts the extension has registered (sites the user turned on). */
function registeredSites(worker: WebWorker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? []));
}
