import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '../../scripts/bench/corpus';
import { extensionWorker } from '../../scripts/browser/launch';
import { pageMentionCount, settledCount } from '../../scripts/browser/page-mentions';
import { manyNodesPage } from '../../scripts/bench/pages';
import { extensionTasks, TRACE_CATEGORIES, type ExtensionTaskStats } from '../../scripts/bench/trace';
import { pause, waitFor } from './support/extension';
import { hostileFixture, openFixtureSite, type FixtureSite } from './support/fixture-site';
import { waitForMark } from './support/page-marks';

/**
 * The browser's line for a long task is 50 ms; `npm run bench` holds the extension to it (median
 * of three traced loads, worst shown). A test run shares the machine with whatever else runs, so
 * here the bound is three times that line, on the main thread's CPU time: a task that long means
 * the work stopped being cut into slices, not that the machine was busy.
 */
const SLICING_BROKEN_MS = 3 * 50;

/** The marks registered for painting: how many, how many on screen, and how far the farthest is, in screen heights. */
function registeredMarks(page: Page): Promise<{ total: number; onScreen: number; farthestScreens: number }> {
  return page.evaluate(() => {
    let total = 0;
    let onScreen = 0;
    let farthest = 0;
    for (const highlight of CSS.highlights.values()) {
      for (const mark of highlight) {
        const range = new Range();
        range.setStart(mark.startContainer, mark.startOffset);
        range.setEnd(mark.endContainer, mark.endOffset);
        const box = range.getBoundingClientRect();
        total += 1;
        if (box.bottom > 0 && box.top < innerHeight) onScreen += 1;
        farthest = Math.max(farthest, -box.bottom, box.top - innerHeight);
      }
    }
    return { total, onScreen, farthestScreens: farthest / innerHeight };
  });
}

describe('heavy and restless pages: size, endless feeds, render loops, nodes vanishing mid-scan', () => {
  let site: FixtureSite;

  beforeAll(async () => {
    site = await openFixtureSite({
      '/big': { headers: { 'content-type': 'text/html; charset=utf-8' }, body: manyNodesPage(seedText(), 5_000_000, 200_000) },
      '/infinite-scroll': hostileFixture('infinite-scroll.html'),
      '/rerender': hostileFixture('rerender.html'),
      '/churn': hostileFixture('churn.html'),
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  const mentionCount = async (page: Page) => pageMentionCount(await extensionWorker(site.browser, site.extensionId), page.url());

  const stopTrace = async (page: Page): Promise<ExtensionTaskStats> =>
    extensionTasks(Buffer.from((await page.tracing.stop())!).toString('utf8'), site.extensionId);

  async function traced(page: Page, work: () => Promise<unknown>): Promise<ExtensionTaskStats> {
    await page.tracing.start({ categories: TRACE_CATEGORIES });
    await work();
    return stopTrace(page);
  }

  it('cuts its work on a 5 MB page of 200k nodes, finds its names, and paints only those near the screen wherever the reader is', async () => {
    const page = await site.open('/big', { before: (p) => p.tracing.start({ categories: TRACE_CATEGORIES }) });
    const marks = await settledCount(() => mentionCount(page));
    const stats = await stopTrace(page);
    const size = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ALL);
      let nodes = 0;
      while (walker.nextNode()) nodes += 1;
      return { nodes, chars: document.body.textContent!.length };
    });
    expect(size.nodes).toBeGreaterThanOrEqual(200_000);
    expect(size.chars).toBeGreaterThanOrEqual(4_900_000);
    expect(marks).toBeGreaterThan(1000);
    expect(stats.tasks).toBeGreaterThan(0);
    expect(stats.longestThreadMs, JSON.stringify(stats)).toBeLessThanOrEqual(SLICING_BROKEN_MS);

    // Painted are the names on screen and a screen around it, wherever the reader is: the
    // browser redoes every registered mark on each frame that changes the page, so all 5 MB
    // worth registered would slow every frame.
    for (const at of [0, 0.5, 0.9, 1]) {
      // To a name this far down the page.
      await page.evaluate((fraction) => {
        const texts = [...document.querySelectorAll('main span, main b, main i')].filter((element) => element.textContent!.includes('Qwen3-Next-80B-A3B-Instruct'));
        texts[Math.floor(fraction * (texts.length - 1))]!.scrollIntoView({ block: 'center' });
      }, at);
      const painted = await waitFor(async () => {
        const now = await registeredMarks(page);
        return now.onScreen > 0 && now;
      }, `marks on screen at ${at * 100}% of the page`);
      expect(painted.farthestScreens, JSON.stringify(painted)).toBeLessThanOrEqual(2.5);
      expect(painted.total, JSON.stringify(painted)).toBeLessThan(marks / 10);
    }
    await page.close();
  });

  it('marks what an endless feed appends as the reader scrolls, in short tasks', async () => {
    const page = await site.open('/infinite-scroll');
    await waitForMark(page, 'GPT-4o mini');
    const stats = await traced(page, async () => {
      for (let i = 0; i < 12; i += 1) {
        await page.mouse.wheel({ deltaY: 1600 });
        await pause(200);
      }
      // Every post has two names; all of them found, the ones scrolled past and the ones below.
      await waitFor(async () => (await mentionCount(page)) === 2 * (await page.evaluate(() => (window as unknown as { posts: number }).posts)), 'every post marked');
    });
    expect(await page.evaluate(() => (window as unknown as { posts: number }).posts)).toBeGreaterThanOrEqual(100);
    expect(stats.longestThreadMs, JSON.stringify(stats)).toBeLessThanOrEqual(SLICING_BROKEN_MS);
    await page.close();
  });

  it('stays bounded on a page that re-renders names every frame: a few short tasks per frame, a small share of the time, and silence once it stops', async () => {
    const page = await site.open('/rerender');
    // Text replaced every frame is gone before a mark on it could be painted: wait for the names to be found.
    await waitFor(async () => (await mentionCount(page)) > 0, 'names found on the page');
    const frames = () => page.evaluate(() => (window as unknown as { framesRendered: number }).framesRendered);
    const firstFrame = await frames();
    const busy = await traced(page, () => pause(3000));
    const rendered = (await frames()) - firstFrame;
    const measured = `${rendered} frames: ${JSON.stringify(busy)}`;
    expect(rendered, measured).toBeGreaterThan(60);
    expect(busy.longestThreadMs, measured).toBeLessThanOrEqual(SLICING_BROKEN_MS);
    // At most one batch of changes per frame, and a batch is at most three tasks (the observer's
    // callback, a timer, a frame callback): more would be work not paced by the page.
    expect(busy.tasks, measured).toBeLessThanOrEqual(3 * rendered);
    // The watcher allows itself a quarter of the time before it pauses; its scripting stays inside that.
    expect(busy.scriptingMs, measured).toBeLessThanOrEqual(0.25 * 3000);

    // Once the page stops, the last render is marked and the extension falls silent: no loop
    // feeding on its own work.
    await page.evaluate(() => (window as unknown as { stopRendering: () => void }).stopRendering());
    await waitFor(
      () => page.evaluate(() => [...(CSS.highlights.get('model-lens') ?? [])].filter((mark) => mark.startContainer.isConnected).length === 40),
      'the last render marked',
    );
    await pause(1500);
    const idle = await traced(page, () => pause(2000));
    expect(idle.tasks, JSON.stringify(idle)).toBe(0);
    await page.close();
  });

  it('throws nothing when the page removes, replaces, cuts and splits text while it is being scanned, and ends with exactly its names marked', async () => {
    const { page, watch } = await site.openWatched('/churn');
    // A reader's pointer wanders over the text while it churns.
    for (let i = 0; (await page.evaluate(() => (window as unknown as { churning: boolean }).churning)) && i < 200; i += 1) {
      await page.mouse.move(40 + ((i * 37) % 600), 20 + ((i * 53) % 700), { steps: 3 });
    }
    expect(await page.evaluate(() => (window as unknown as { churning: boolean }).churning)).toBe(false);

    const check = () =>
      page.evaluate(() => {
        const names = ['Claude Sonnet 4', 'GPT-4o mini', 'Gemini 2.5 Pro'];
        let onPage = 0;
        for (const p of document.querySelectorAll('#main p')) for (const name of names) onPage += p.textContent!.split(name).length - 1;
        const marks = [...(CSS.highlights.get('model-lens') ?? [])];
        const broken = marks.filter((mark) => {
          const { startContainer: start, endContainer: end } = mark;
          if (!start.isConnected || !end.isConnected || mark.endOffset > (end as Text).length) return true;
          const range = new Range();
          range.setStart(start, mark.startOffset);
          range.setEnd(end, mark.endOffset);
          return !names.includes(range.toString());
        });
        return { onPage, marked: marks.length, broken: broken.length };
      });
    await waitFor(async () => {
      const now = await check();
      return now.marked === now.onPage && now.broken === 0;
    }, 'exactly the names on the page marked').catch(async (error: Error) => {
      throw new Error(`${error.message}: ${JSON.stringify(await check())}`);
    });
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
