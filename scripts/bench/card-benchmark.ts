import type { Browser, Page } from 'puppeteer-core';
import { cardIsOpen, markCentre } from '../../tests/e2e/support/card';
import { ms } from './measure';
import { extensionTasks, lastDispatchOf, TRACE_CATEGORIES } from './trace';

const FRAME_MS = 1000 / 60;
const HOVER_DELAY_MS = 300;
const OPENS = ['first open (the card script is loaded)', 'a later open'] as const;

/** Texts of the first distinct marks, for the pointer to rest on (each is scrolled to first). */
function distinctMarkTexts(page: Page, count: number): Promise<string[]> {
  return page.evaluate((wanted) => {
    const texts = new Set<string>();
    for (const staticRange of CSS.highlights.get('model-lens') ?? []) {
      const range = new Range();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      texts.add(range.toString());
      if (texts.size === wanted) break;
    }
    return [...texts];
  }, count);
}

/**
 * The card's work once the hover delay has passed (the card's code and the model's details are
 * fetched during the delay): the longest extension task from then until the card is on screen
 * is what must fit in a frame.
 */
export async function cardOpenings(browser: Browser, url: string, extensionId: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => (CSS.highlights.get('model-lens')?.size ?? 0) > 0);
  await new Promise((r) => setTimeout(r, 1500));
  const names = await distinctMarkTexts(page, OPENS.length);
  const lines = [
    '| open | longest extension task after the hover delay (target: one frame, 16.7 ms) | extension scripting after the delay | during the delay | pointer at rest → card on screen (300 ms delay included) |',
    '|---|---|---|---|---|',
  ];
  for (const [i, name] of names.entries()) {
    const { x, y } = await markCentre(page, name);
    await page.mouse.move(x - 40, y + 60);
    await page.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 500));
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    const movedAt = performance.now();
    await page.mouse.move(x, y);
    while (!(await cardIsOpen(page))) await new Promise((r) => setTimeout(r, 5));
    const shownAfter = performance.now() - movedAt;
    await new Promise((r) => setTimeout(r, 300));
    const trace = Buffer.from((await page.tracing.stop())!).toString('utf8');
    // The pointer comes to rest at its last move; the delay runs from there.
    const delayEnds = lastDispatchOf(trace, 'mousemove') + HOVER_DELAY_MS * 1000;
    const during = extensionTasks(trace, extensionId);
    const after = extensionTasks(trace, extensionId, delayEnds);
    const fits = after.longestMs <= FRAME_MS ? 'fits' : 'does not fit';
    lines.push(
      `| ${OPENS[i]} ("${name}") | ${ms(after.longestMs)} (${fits} in a frame) | ${ms(after.scriptingMs)} in ${after.tasks} tasks | ${ms(during.scriptingMs - after.scriptingMs)} | ${ms(shownAfter)} |`,
    );
  }
  await page.close();
  return lines;
}
