import type { Page } from 'puppeteer-core';
import { median } from './measure';
import { renderingTaskDurations, TRACE_CATEGORIES } from './trace';

const FRAMES = 20;

/**
 * Main-thread time of a frame in which the page changes one element's colour, as a hover
 * effect or an animation does: the median of twenty such frames. Marks registered with the
 * browser are redone in every one of them, so this is what the marks cost while the page lives.
 */
export async function frameCost(page: Page): Promise<number> {
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'frame-probe';
    probe.textContent = 'probe';
    probe.style.cssText = 'position: fixed; top: 0; left: 0; background: red';
    document.body.append(probe);
  });
  await new Promise((r) => setTimeout(r, 300));
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  for (let i = 0; i < FRAMES; i += 1) {
    await page.evaluate(() => {
      const probe = document.getElementById('frame-probe')!;
      probe.style.background = probe.style.background === 'red' ? 'blue' : 'red';
    });
    await new Promise((r) => setTimeout(r, 50));
  }
  const trace = Buffer.from((await page.tracing.stop())!).toString('utf8');
  return median(renderingTaskDurations(trace));
}
