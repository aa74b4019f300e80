import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../../scripts/browser/fixture-server';
import { FIREFOX_EXTENSION_DIR, launchFirefoxWithExtension } from '../../scripts/browser/launch-firefox';
import type { Catalogue } from '../../lib/catalogue/catalogue';
import { BUNDLED_CATALOGUE_PATH } from '../../lib/catalogue/bundled-path';
import { formatInteger, formatPerMillion } from '../../lib/compare/format';
import { cardIsOpen, hover, markCentre } from './support/card';
import { waitFor } from './support/extension';
import { markedTexts, waitForMark } from './support/page-marks';

const VIEWPORT = { width: 1280, height: 800 };

// Names a reader would spot, and one in an editor that must stay untouched.
const PAGE = `<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Models this week</title>
<h1>Models this week</h1>
<p>Claude Sonnet 4 tops the table, GPT-4o mini is the cheap pick, and Gemini 2.5 Pro reads the longest documents.</p>
<p>Nothing else here: a model of restraint.</p>
<div id="draft" contenteditable="true">Draft: compare with Claude Opus 4.1</div>
</html>`;

// Without a Firefox on the machine, the launch downloads one, or fails saying how to install one.
describe('the Firefox build', () => {
  const server = new FixtureServer();
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await server.start();
    server.route('/', { body: PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } });
    server.route('/favicon.ico', { status: 204, body: '' });
    // The refresh the extension starts on install goes to these hosts too: here they resolve to
    // this machine, where nothing answers on the HTTPS port, so the bundled catalogue stays.
    ({ browser } = await launchFirefoxWithExtension({ localHosts: ['openrouter.ai', 'models.dev', 'huggingface.co'], windowSize: VIEWPORT }));
    page = await browser.newPage();
    await page.goto(server.url('/', 'openrouter.ai'));
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  it('loads, and its content script marks the model names on an openrouter.ai page, not the editor', async () => {
    // Marks need the detection index, which the background derives from the bundled catalogue.
    await waitForMark(page, 'Gemini 2.5 Pro');
    expect(await markedTexts(page)).toEqual(['Claude Sonnet 4', 'GPT-4o mini', 'Gemini 2.5 Pro']);
    // The editor keeps its one text node: nothing was wrapped or rewritten in it.
    expect(await page.$eval('#draft', (el) => [el.childNodes.length, el.textContent])).toEqual([1, 'Draft: compare with Claude Opus 4.1']);
  });

  it('opens the card for a name pointed at, with the bundled catalogue\'s rank and prices, and closes it on Esc', async () => {
    const shipped = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, BUNDLED_CATALOGUE_PATH), 'utf8')) as Catalogue;
    const model = shipped.models.find((m) => m.name === 'Claude Sonnet 4')!;
    await waitForMark(page, 'Claude Sonnet 4');
    await hover(page, 'Claude Sonnet 4');
    // Rank "#n of m" counts the bundled catalogue: a live one would have another m.
    await waitFor(() => cardShows(page, `#${formatInteger(model.rank.position)} of ${formatInteger(model.rank.of)}`), 'the card with the rank');
    expect(await cardShows(page, formatPerMillion(model.price.input!.value))).toBe(true);
    expect(await cardShows(page, formatPerMillion(model.price.output!.value))).toBe(true);
    expect(await cardShows(page, 'Tool calling')).toBe(true);
    expect(await cardShows(page, 'Nowhere on the card')).toBe(false);

    // Fully on screen, of a readable size, and not over the name pointed at.
    const card = (await (await page.$('model-lens-card'))!.boundingBox())!;
    expect(card.width).toBeGreaterThan(250);
    expect(card.height).toBeGreaterThan(200);
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(card.y + card.height).toBeLessThanOrEqual(VIEWPORT.height);
    const mention = await markCentre(page, 'Claude Sonnet 4');
    const overMention = mention.x >= card.x && mention.x <= card.x + card.width && mention.y >= card.y && mention.y <= card.y + card.height;
    expect(overMention).toBe(false);

    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
  });

  it('pins from the card: the card says so, and a new tab marks the name as pinned', async () => {
    await hover(page, 'GPT-4o mini');
    const pin = await waitFor(() => findOnCard(page, 'Pin'), 'the Pin button on the card');
    await page.mouse.click(pin.x, pin.y);
    await waitFor(() => cardShows(page, 'Pinned'), 'the card to say Pinned');
    await waitForMark(page, 'GPT-4o mini', 'model-lens-pinned');

    const another = await browser.newPage();
    await another.goto(server.url('/', 'openrouter.ai'));
    await waitForMark(another, 'GPT-4o mini', 'model-lens-pinned');
    expect(await markedTexts(another, 'model-lens-pinned')).toEqual(['GPT-4o mini']);
    expect(await markedTexts(another)).toEqual(['Claude Sonnet 4', 'Gemini 2.5 Pro']);
  });
});

/**
 * Where the card shows `text`, found the way find-in-page finds it: the centre of the first
 * match, if that match lies inside the card's box. The card's shadow root is closed and
 * WebDriver BiDi has no accessibility snapshot, but Firefox's `window.find` searches rendered
 * text, shadow trees included.
 */
function findOnCard(page: Page, text: string): Promise<{ x: number; y: number } | undefined> {
  return page.evaluate((wanted) => {
    const selection = getSelection()!;
    selection.removeAllRanges();
    const find = (window as unknown as { find(text: string, caseSensitive: boolean, backwards: boolean, wrapAround: boolean): boolean }).find;
    const found = find.call(window, wanted, true, false, true) ? selection.getRangeAt(0).getBoundingClientRect() : undefined;
    selection.removeAllRanges();
    const card = document.querySelector('model-lens-card')?.getBoundingClientRect();
    if (!found || !card) return undefined;
    const inside = found.left >= card.left && found.right <= card.right && found.top >= card.top && found.bottom <= card.bottom;
    return inside ? { x: found.left + found.width / 2, y: found.top + found.height / 2 } : undefined;
  }, text);
}

async function cardShows(page: Page, text: string): Promise<boolean> {
  return (await findOnCard(page, text)) !== undefined;
}
