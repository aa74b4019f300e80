import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { openExtensionPage, readStorage, waitFor } from './support/extension';
import { pickTwoToCompare } from './support/popup';

const POPUP_HEIGHT = 600;

describe('the comparison in the popup', () => {
  let browser: Browser;
  let popup: Page;
  let extensionId: string;

  beforeAll(async () => {
    ({ browser, extensionId } = await launchWithExtension());
    const worker = await extensionWorker(browser, extensionId);
    await waitFor(() => readStorage(worker, 'catalogue'), 'the catalogue');
    popup = await openExtensionPage(browser, extensionId, 'popup.html');
    await popup.setViewport({ width: 420, height: POPUP_HEIGHT });
    await pickTwoToCompare(popup, 'claude sonnet 4', 'gpt-4o mini');
    await popup.waitForSelector('table.comparison');
  });

  afterAll(() => browser?.close());

  it('names each column\'s source once, not in every cell', async () => {
    const perCell = await popup.$$eval('table.comparison tbody td .source', (spans) => spans.map((s) => s.textContent));
    const cells = await popup.$$eval('table.comparison tbody td', (tds) => tds.length);
    expect(perCell.length).toBeLessThan(cells / 4);
    const columns = await popup.$$eval('table.comparison tr[data-row="sources"] td', (tds) => tds.map((td) => td.textContent ?? ''));
    expect(columns).toHaveLength(2);
    for (const column of columns) expect(column).toMatch(/^models\.dev \(\w+\), /);
  });

  it('fits two models in about two popup screens', async () => {
    const comparison = await popup.evaluate(() => ['[data-testid="verdict"]', 'table.comparison'].reduce((sum, s) => sum + document.querySelector(s)!.getBoundingClientRect().height, 0));
    // The verdict and table (2,200 px before), then the whole popup with its slots, volume and footer.
    expect(comparison).toBeLessThanOrEqual(1000);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(2.5 * POPUP_HEIGHT);
  });

  it('lines up the Model B label with Model A, while only A is picked too', async () => {
    const labelTops = (page: Page) => page.$$eval('.slots .picker label > span', (labels) => labels.map((l) => [l.textContent, Math.round(l.getBoundingClientRect().top)]));
    const both = await labelTops(popup);
    expect(both).toEqual([
      ['Model A', both[0]![1]],
      ['Model B', both[0]![1]],
    ]);
    const fresh = await openExtensionPage(browser, extensionId, 'popup.html');
    await fresh.setViewport({ width: 420, height: POPUP_HEIGHT });
    await fresh.click('#tab-compare');
    await (await fresh.$$('input[type="search"]'))[0]!.type('claude sonnet 4');
    await fresh.keyboard.press('Enter');
    await fresh.evaluate(() => (document.activeElement as HTMLElement).blur());
    await fresh.waitForSelector('.picker > div.small');
    const oneSide = await labelTops(fresh);
    expect(oneSide).toEqual([
      ['Model A', oneSide[0]![1]],
      ['Model B', oneSide[0]![1]],
    ]);
    await fresh.close();
  });
});
