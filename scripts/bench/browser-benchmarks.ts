/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { buildDetectionIndex } from '../../lib/detection/alias-index';
import { createMatcher } from '../../lib/detection/matcher';
import { hasSharedFixtures, SHARED_FIXTURES } from '../../tests/real-data/shared-fixtures';
import { FixtureServer, json } from '../browser/fixture-server';
import { extensionWorker, launchBrowser, launchWithExtension } from '../browser/launch';
import { pageMentionCount, settledCount } from '../browser/page-mentions';
import { alternationSource } from './alternation';
import { cardOpenings } from './card-benchmark';
import { benchCatalogue, seedText } from './corpus';
import { frameCost } from './frame-benchmark';
import { mb, ms, ratio } from './measure';
import { articlePage, manyNodesPage, writeBenchPage } from './pages';
import { extensionTasks, TRACE_CATEGORIES, type ExtensionTaskStats } from './trace';

const HOST = 'openrouter.ai';
export const SETTLE_MS = 1500;
const MARKJS_TIMEOUT_MS = 120_000;
const MARKJS = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');

interface BenchPage {
  name: string;
  path: string;
  file: string;
}

/**
 * In the page: when each mark was first registered for painting (checked every frame; only
 * marks near the screen are registered, so the set stays small). A string, so the
 * transpiler's helpers do not leak into the page.
 */
const MARK_RECORDER = `(() => {
  const state = { firstSeen: new Map() };
  window.markRecorder = state;
  const tick = () => {
    const now = performance.now();
    for (const mark of CSS.highlights.get('model-lens') ?? []) if (!state.firstSeen.has(mark)) state.firstSeen.set(mark, now);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

export async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const metrics = await page.metrics();
  await session.detach();
  return metrics.JSHeapUsedSize ?? 0;
}

interface Measured {
  taskMs: number;
  scriptMs: number;
  heap: number;
}

async function bare(browser: Browser, url: string): Promise<Measured & { floorMs: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const metrics = await page.metrics();
  const heap = await heapAfterGc(page);
  const floorMs = await page.evaluate(() => {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as Text).data.length;
    return chars >= 0 ? performance.now() - start : 0;
  });
  await page.close();
  return { taskMs: (metrics.TaskDuration ?? 0) * 1000, scriptMs: (metrics.ScriptDuration ?? 0) * 1000, heap, floorMs };
}

/** How many names the extension found in a page (the page itself sees only the marks near the screen). */
export type NamesFound = (page: Page) => Promise<number>;

/** Measured on a load of its own: the mark recorder above keeps page-side objects of its own. */
export async function heapWithExtension(browser: Browser, url: string, namesFound: NamesFound): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await settledCount(() => namesFound(page), SETTLE_MS, 90_000);
  const heap = await heapAfterGc(page);
  await page.close();
  return heap;
}

interface ExtensionRun extends Measured {
  marks: number;
  visibleMarks: number;
  visibleMarkedAfterLoadMs: number;
  visibleMarkedSinceStartMs: number;
}

async function withExtension(browser: Browser, url: string, namesFound: NamesFound): Promise<ExtensionRun> {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(MARK_RECORDER);
  await page.goto(url, { waitUntil: 'load' });
  await settledCount(() => namesFound(page), SETTLE_MS, 90_000);
  const marks = await namesFound(page);
  const metrics = await page.metrics();
  const visible = await page.evaluate(() => {
    const recorder = (window as unknown as { markRecorder: { firstSeen: Map<StaticRange, number> } }).markRecorder;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    let latest = 0;
    let count = 0;
    for (const [staticRange, seenAt] of recorder.firstSeen) {
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      const rect = range.getBoundingClientRect();
      if (rect.bottom > 0 && rect.top < innerHeight && rect.right > 0 && rect.left < innerWidth) {
        count += 1;
        latest = Math.max(latest, seenAt);
      }
    }
    return { count, latest, loadEnd: navigation.loadEventEnd };
  });
  await page.close();
  return {
    taskMs: (metrics.TaskDuration ?? 0) * 1000,
    scriptMs: (metrics.ScriptDuration ?? 0) * 1000,
    heap: await heapWithExtension(browser, url, namesFound),
    marks,
    visibleMarks: visible.count,
    visibleMarkedAfterLoadMs: Math.max(0, visible.latest - visible.loadEnd),
    visibleMarkedSinceStartMs: visible.latest,
  };
}

const TRACED_LOADS = 3;

/** The trace of the load with the median longest task, and the worst of all loads. */
async function tracedExtension(browser: Browser, url: string, extensionId: string, namesFound: NamesFound) {
  const runs: ExtensionTaskStats[] = [];
  for (let i = 0; i < TRACED_LOADS; i += 1) runs.push(await tracedLoad(browser, url, extensionId, namesFound));
  runs.sort((a, b) => a.longestMs - b.longestMs);
  return { ...runs[Math.floor(runs.length / 2)]!, worstLongestMs: runs.at(-1)!.longestMs };
}

async function tracedLoad(browser: Browser, url: string, extensionId: string, namesFound: NamesFound): Promise<ExtensionTaskStats> {
  return extensionTasks(await loadTrace(browser, url, namesFound), extensionId);
}

/** The trace of one load of a page, until the extension's count of names settles. */
export async function loadTrace(browser: Browser, url: string, namesFound: NamesFound): Promise<string> {
  const page = await browser.newPage();
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  await page.goto(url, { waitUntil: 'load' });
  await settledCount(() => namesFound(page), SETTLE_MS, 90_000);
  const trace = await page.tracing.stop();
  await page.close();
  return Buffer.from(trace!).toString('utf8');
}

export async function frameCostOf(browser: Browser, url: string, ready: (page: Page) => Promise<unknown>): Promise<number> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await ready(page);
  const cost = await frameCost(page);
  await page.close();
  return cost;
}

async function markJs(browser: Browser, url: string, patternSource: string): Promise<{ ms: number | null; marks: number }> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.addScriptTag({ path: MARKJS });
  const run = page.evaluate(`(() => {
    const start = performance.now();
    const pattern = new RegExp(${JSON.stringify(patternSource)}, 'giu');
    let marks = 0;
    new Mark(document.body).markRegExp(pattern, { each: () => { marks += 1; } });
    return { ms: performance.now() - start, marks };
  })()`) as Promise<{ ms: number; marks: number }>;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), MARKJS_TIMEOUT_MS));
  const result = await Promise.race([run, timeout]);
  await page.close().catch(() => undefined);
  return result ?? { ms: null, marks: 0 };
}

/** Loads the full real catalogue into the extension through its own refresh, from a local server. */
export async function useFullCatalogue(browser: Browser, extensionId: string, server: FixtureServer): Promise<void> {
  const worker = await extensionWorker(browser, extensionId);
  for (let i = 0; i < 200; i += 1) {
    if (await worker.evaluate(async () => ((await chrome.storage.local.get('refreshStatus')).refreshStatus as { state?: string } | undefined)?.state === 'failed')) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (!hasSharedFixtures) return;
  server.route('/api/openrouter', json(JSON.parse(readFileSync(`${SHARED_FIXTURES}/openrouter-models-all-2026-08-19.json`, 'utf8'))));
  server.route('/api/models-dev', json(JSON.parse(readFileSync(`${SHARED_FIXTURES}/models-dev-2026-07-01.json`, 'utf8'))));
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  const urls = { openrouter: server.url('/api/openrouter'), modelsDev: server.url('/api/models-dev'), huggingFace: server.url('/api/hf/') };
  await page.evaluate(async (sourceUrls) => {
    await chrome.runtime.sendMessage({ type: 'updateSettings', patch: { sourceUrls } });
    await chrome.runtime.sendMessage({ type: 'refreshNow' });
  }, urls);
  await page.close();
}

export async function browserBenchmarks(): Promise<string[]> {
  const now = new Date();
  const { catalogue, label } = benchCatalogue(now);
  const index = buildDetectionIndex(catalogue.models);
  const forms = index.aliases.map((a) => a.form);
  const patternSource = alternationSource(forms);
  const matcher = createMatcher(index);
  const seed = seedText();

  const pages: BenchPage[] = [];
  if (hasSharedFixtures) {
    pages.push({ name: 'saved openrouter.ai/models page (199 KB)', path: '/saved-openrouter', file: `${SHARED_FIXTURES}/pages/openrouter-models-page-rendered-2025-07-31.html` });
  }
  const article = articlePage(seed, 1_000_000);
  pages.push({ name: `1 MB article (${matcher.scan(article).length} mentions in its text)`, path: '/article', file: writeBenchPage('article.html', article) });
  const big = manyNodesPage(seed, 5_000_000, 150_000);
  pages.push({ name: '5 MB page, 150k nodes', path: '/big', file: writeBenchPage('big.html', big) });

  const server = new FixtureServer();
  await server.start();
  for (const page of pages) server.route(page.path, { file: page.file });

  const lines: string[] = [];
  lines.push(`### In Chromium (extension with the ${label}: ${catalogue.models.length} models, ${forms.length} aliases)`, '');
  lines.push(
    '| page | bare page: main-thread tasks / scripting | extension: scripting (sampled) | longest extension task (wall time, and the main thread’s CPU time in it), median of 3 loads (target ≤ 50 ms) | visible mentions marked, after load | JS heap added (target ≤ 5 MB) | mark.js, same terms (one task) | floor: TreeWalker read |',
    '|---|---|---|---|---|---|---|---|',
  );

  const plain = await launchBrowser({ localHosts: [HOST] });
  const { browser: extended, extensionId } = await launchWithExtension({ localHosts: [HOST] });
  try {
    await useFullCatalogue(extended, extensionId, server);
    const namesFound: NamesFound = async (page) => pageMentionCount(await extensionWorker(extended, extensionId), page.url());
    for (const page of pages) {
      const url = server.url(page.path, HOST);
      const baseline = await bare(plain, url);
      const run = await withExtension(extended, url, namesFound);
      const traced = await tracedExtension(extended, url, extensionId, namesFound);
      const marked = await markJs(plain, url, patternSource);
      lines.push(
        [
          page.name,
          `${ms(baseline.taskMs)} / ${ms(baseline.scriptMs)}`,
          `${ms(traced.scriptingMs)} scripting in ${traced.tasks} tasks (${(traced.scriptingMs / baseline.taskMs).toFixed(2)}× the bare page's task time)`,
          `${ms(traced.longestMs)}, CPU ${ms(traced.longestThreadMs)} (worst of ${TRACED_LOADS} loads ${ms(traced.worstLongestMs)})`,
          `${ms(run.visibleMarkedAfterLoadMs)} (${run.visibleMarks} on screen, ${run.marks} names found)`,
          mb(Math.max(0, run.heap - baseline.heap)),
          marked.ms === null ? `did not finish in ${MARKJS_TIMEOUT_MS / 1000} s` : `${ms(marked.ms)} (${marked.marks} marks)`,
          ms(baseline.floorMs),
        ].join(' | ').replace(/^/, '| ') + ' |',
      );
    }
    lines.push(
      '',
      '### A frame that changes something on the page (a hover effect, an animation)',
      '',
      '| page | bare page: main-thread CPU time of the frame | with the extension | added (target ≤ 2 ms) |',
      '|---|---|---|---|',
    );
    for (const page of pages) {
      const url = server.url(page.path, HOST);
      const bareFrame = await frameCostOf(plain, url, async () => new Promise((r) => setTimeout(r, SETTLE_MS)));
      const markedFrame = await frameCostOf(extended, url, (tab) => settledCount(() => namesFound(tab), SETTLE_MS, 90_000));
      lines.push(`| ${page.name} | ${ms(bareFrame)} | ${ms(markedFrame)} | ${ms(markedFrame - bareFrame)} (${ratio(markedFrame, bareFrame)}) |`);
    }
    const article = pages.find((page) => page.path === '/article')!;
    lines.push('', `### The hover card (${article.name})`, '', ...(await cardOpenings(extended, server.url(article.path, HOST), extensionId)));
  } finally {
    await plain.close();
    await extended.close();
    await server.stop();
  }
  return lines;
}
