import type { Browser, Page } from 'puppeteer-core';
import { cardIsOpen, markCentre } from '../../tests/e2e/support/card';
import { markedTexts } from '../../tests/e2e/support/page-marks';
import { ms } from './measure';
import { extensionTasks, lastDispatchOf, TRACE_CATEGORIES } from './trace';

const FRAME_MS = 1000 / 60;
const HOVER_DELAY_MS = 300;
const OPENS = ['first open (the card script is loaded)', 'a later open'] as const;

/**
 * Scrolls down a screen at a time, as a reader does, until this many different names are marked
 * (only marks on screen or near it are registered with the page).
 */
async function scrollToMarkedNames(page: Page, count: number): Promise<string[]> {
  for (let screen = 0; screen < 100; screen += 1) {
    const names = [...new Set(await markedTexts(page))];
    if (names.length >= count) return names.slice(0, count);
    await page.evaluate(() => scrollBy(0, innerHeight));
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`fewer than ${count} names marked in the first 100 screens`);
}

/**
 * The card's work once the hover delay has passed (the card's code and the model's details are
 * fetched during the delay): the longest extension task from then until the card is on screen
 * is what must fit in a frame.
 */
export async function cardOpenings(browser: Browser, url: string, extensionId: string): Promise<string[]> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 1500));
  const names = await scrollToMarkedNames(page, OPENS.length);
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
