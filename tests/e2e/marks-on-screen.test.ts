import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionWorker } from '../../scripts/browser/launch';
import { pageMentionCount } from '../../scripts/browser/page-mentions';
import { waitFor } from './support/extension';
import { hostileFixture, openFixtureSite, type FixtureSite } from './support/fixture-site';
import { markedTexts, waitForMark } from './support/page-marks';

/**
 * Only marks near the screen are painted, and only elements a few screens around it are
 * watched: a name must still be painted whenever it comes on screen, however it gets there.
 */
describe('names painted wherever the layout takes them: an inner scroller, a block collapsing above, the far end of the page, a fixed header', () => {
  let site: FixtureSite;

  beforeAll(async () => {
    site = await openFixtureSite({ '/moving': hostileFixture('moving-layout.html') });
  });

  afterAll(async () => {
    await site?.close();
  });

  const mentionCount = async (page: Page) => pageMentionCount(await extensionWorker(site.browser, site.extensionId), page.url());
  const painted = (page: Page, text: string) => waitForMark(page, text, 'model-lens', 10_000);

  it('paints each name when it comes on screen, and not while it is far away', async () => {
    const page = await site.open('/moving');
    await painted(page, 'Claude Opus 4.1');
    await waitFor(async () => (await mentionCount(page)) === 4, 'all four names found');
    expect(await markedTexts(page)).toEqual(['Claude Opus 4.1']);

    // The inner scroller scrolled to its last line.
    await page.evaluate(() => {
      const inner = document.getElementById('inner')!;
      inner.scrollTop = inner.scrollHeight;
    });
    await painted(page, 'DeepSeek V3');

    // A block above collapses: the line below it comes up onto the screen, and nothing scrolls.
    await page.evaluate(() => {
      document.getElementById('collapsible')!.style.display = 'none';
    });
    await painted(page, 'Gemini 2.5 Pro');

    // The far end of the page: its name painted, the fixed header's still, the one left behind no more.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await painted(page, 'GPT-4o mini');
    await waitFor(async () => !(await markedTexts(page)).includes('Gemini 2.5 Pro'), 'the name scrolled far away unpainted');
    expect(await markedTexts(page)).toContain('Claude Opus 4.1');
    await page.close();
  });
});
