import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { openExtensionPage, readStorage, waitFor } from './support/extension';

/** What the slot's list offers for a query, as the user reads it. */
async function offered(popup: Page, slot: number, query: string): Promise<string[]> {
  const input = (await popup.$$('input[type="search"]'))[slot]!;
  await input.click({ clickCount: 3 });
  await input.type(query);
  return popup.$$eval('[role="listbox"] [role="option"] button', (buttons) => buttons.map((b) => b.firstChild?.textContent?.trim() ?? ''));
}

/** The model a slot holds, as shown under it once the list is closed. */
const slotShows = (popup: Page, slot: number) =>
  popup.$$eval('.picker', (pickers, i) => pickers[i]!.querySelector(':scope > div.small')?.textContent ?? null, slot);

describe('search in the compare picker (bundled catalogue)', () => {
  let browser: Browser;
  let popup: Page;

  beforeAll(async () => {
    let extensionId: string;
    ({ browser, extensionId } = await launchWithExtension());
    const worker = await extensionWorker(browser, extensionId);
    await waitFor(() => readStorage(worker, 'catalogue'), 'the catalogue');
    popup = await openExtensionPage(browser, extensionId, 'popup.html');
    await popup.setViewport({ width: 420, height: 900 });
    await popup.click('#tab-compare');
  });

  afterAll(() => browser?.close());

  it('picks the exact name on Enter, not a better-ranked neighbour', async () => {
    const list = await offered(popup, 0, 'Llama 3.3 70B Instruct');
    expect(list[0]).toBe('Llama 3.3 70B Instruct');
    await popup.keyboard.press('Enter');
    await popup.evaluate(() => (document.activeElement as HTMLElement).blur());
    await waitFor(async () => (await slotShows(popup, 0)) === 'Llama 3.3 70B Instruct', 'slot A to hold Llama 3.3 70B Instruct');
  });

  it('reads "3.3" as a version: only 3.3 models at the top, each once, none under a raw id', async () => {
    const list = await offered(popup, 1, 'Llama 3.3');
    expect(list.length).toBeGreaterThanOrEqual(4);
    for (const name of list.slice(0, 6)) expect(name).toMatch(/3\.3/);
    expect(new Set(list).size).toBe(list.length);
    for (const name of await offered(popup, 1, 'llama')) expect(name).not.toMatch(/^@|\//);
  });

  it('says when nothing matches, and Enter then empties the slot rather than keep the last pick', async () => {
    await offered(popup, 0, 'Zorblax 9000');
    expect(await popup.$eval('[role="status"]', (el) => el.textContent)).toBe('No model matches “Zorblax 9000”.');
    await popup.keyboard.press('Enter');
    await popup.evaluate(() => (document.activeElement as HTMLElement).blur());
    const input = (await popup.$$('input[type="search"]'))[0]!;
    await waitFor(async () => (await input.evaluate((el) => (el as HTMLInputElement).placeholder)) === 'Search models…', 'slot A to be empty');
  });
});
