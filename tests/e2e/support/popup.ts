import type { Browser, Page } from 'puppeteer-core';
import { openExtensionPage } from './extension';

/** Opens the popup's comparison with two models picked by search, as a user types them; resolves once the verdict shows. */
export async function compareInPopup(browser: Browser, extensionId: string, first: string, second: string): Promise<Page> {
  const popup = await openExtensionPage(browser, extensionId, 'popup.html');
  await popup.setViewport({ width: 420, height: 1100 });
  await pickTwoToCompare(popup, first, second);
  return popup;
}

/** In an open popup: the Compare tab, each model typed into its slot and picked with Enter; resolves once the verdict shows. */
export async function pickTwoToCompare(popup: Page, first: string, second: string): Promise<void> {
  await popup.click('#tab-compare');
  const [slotA, slotB] = await popup.$$('input[type="search"]');
  await slotA!.type(first);
  await popup.keyboard.press('Enter');
  await slotB!.type(second);
  await popup.keyboard.press('Enter');
  await popup.waitForSelector('[data-testid="verdict"]');
}
