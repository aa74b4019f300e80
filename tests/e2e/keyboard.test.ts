import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIsOpen, hover, waitForCard } from './support/card';
import { extensionWorker } from '../../scripts/browser/launch';
import { waitFor } from './support/extension';
import { afterHandled } from './support/page-activity';
import { openFixtureSite, type FixtureSite } from './support/fixture-site';
import { waitForMark } from './support/page-marks';

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Models</title>
<button id="start">Start</button>
<p>Read about <a id="opus" href="/opus">Claude Opus 4.1</a> first.</p>
<p id="prose">Then we tried GPT-4o mini on the same task.</p>
<a id="after" href="/after">The next link on the page</a>
</html>`;

/** What has focus, as the page sees it: the card's host stands for anything inside its closed shadow root. */
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id || document.activeElement?.localName || '');

describe('the card from the keyboard', () => {
  let site: FixtureSite;
  let page: Page;

  beforeAll(async () => {
    site = await openFixtureSite({ '/': { body: PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } } });
    page = await site.open('/');
    await waitForMark(page, 'GPT-4o mini');
    await waitForMark(page, 'Claude Opus 4.1');
  });

  afterAll(() => site?.close());

  it('Tab onto a marked link opens its card, Tab goes into the card, Esc closes it and focus is back on the link', async () => {
    await page.focus('#start');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('opus');
    await waitForCard(page, 'Claude Opus 4.1');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('model-lens-card');
    // Focus coming back from the card (a focus change the content script handles) does not open it again.
    await afterHandled(await extensionWorker(site.browser, site.extensionId), page, 'focusChanges', async () => {
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    });
    expect(await focused(page)).toBe('opus');
    expect(await cardIsOpen(page)).toBe(false);
  });

  it('after a hover opens the card, Tab goes into it next; Esc returns to the name (the caret is put at its end)', async () => {
    await page.focus('#start');
    await hover(page, 'GPT-4o mini');
    await waitForCard(page, 'GPT-4o');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('model-lens-card');
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    expect(await page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.id)).toBe('prose');
    expect(await page.evaluate(() => document.getSelection()?.anchorNode?.textContent?.slice(0, document.getSelection()!.anchorOffset))).toBe('Then we tried GPT-4o mini');
  });
});
