import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';

const LONG_HOST = 'a-rather-long-subdomain.of-a-news-site.example.com';

/** Whether what is drawn at the centre of each element is that element: on screen and not covered or clipped. */
function allReachable(page: Page, selector: string): Promise<{ text: string; right: number; reachable: boolean }[]> {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { text: element.textContent ?? '', right: box.right, reachable: !!hit && (hit === element || element.contains(hit)) };
    }),
  );
}

describe('the popup at its narrowest', () => {
  let browser: Browser;
  let popup: Page;

  beforeAll(async () => {
    let extensionId: string;
    ({ browser, extensionId } = await launchWithExtension());
    const worker = await extensionWorker(browser, extensionId);
    await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
    popup = await openExtensionPage(browser, extensionId, 'popup.html');
    const pins = [
      { modelId: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4' },
      { modelId: 'openai/gpt-4o-mini', name: 'GPT-4o mini' },
    ].map((pin) => ({ kind: 'pin', pin: { ...pin, pinnedAt: '2026-11-30T10:00:00.000Z', page: { url: `https://${LONG_HOST}/a/long/article/path`, title: 'An article' } } }));
    await request(popup, { type: 'changePins', operations: pins });
  });

  afterAll(() => browser?.close());

  for (const width of [420, 400]) {
    it(`keeps the Settings link, the Remove buttons and the pinned-on host whole at ${width} px`, async () => {
      await popup.setViewport({ width, height: 600 });
      await popup.reload();
      await popup.click('#tab-pinned');
      await popup.waitForSelector('[aria-label="Pinned models"] li');

      const settings = await allReachable(popup, 'header a');
      expect(settings).toEqual([expect.objectContaining({ text: 'Settings', reachable: true })]);
      expect(settings[0]!.right).toBeLessThanOrEqual(width);

      const removes = await allReachable(popup, '[aria-label="Pinned models"] button');
      expect(removes).toHaveLength(2);
      for (const remove of removes) {
        expect(remove.reachable).toBe(true);
        expect(remove.right).toBeLessThanOrEqual(width);
      }
      // The host reads in full: nothing of it is hidden by an ellipsis or the popup's edge.
      const hosts = await popup.$$eval('[aria-label="Pinned models"] a', (links) =>
        links.map((link) => {
          const item = link.closest('li')!.getBoundingClientRect();
          return [...link.getClientRects()].every((r) => r.right <= item.right && r.left >= item.left) && link.closest('.grow')!.scrollWidth <= link.closest('.grow')!.clientWidth;
        }),
      );
      expect(hosts).toEqual([true, true]);
      expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
});
