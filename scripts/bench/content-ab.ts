/**
 * Compares builds of the extension on one benchmark page, alternating between them round by
 * round so that a shared machine's load falls on both alike:
 *
 *   npx tsx scripts/bench/content-ab.ts --page big --rounds 5 before=/tmp/before .output/chrome-mv3
 *
 * Per round and build: the longest extension task of a load (the main thread's CPU time, with
 * the collections and functions in it), the JS heap added, and a frame's CPU time (bare page's
 * beside it). Prints medians at the end. Builds are `label=dir` or a dir.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Browser } from 'puppeteer-core';
import { FixtureServer } from '../browser/fixture-server';
import { extensionWorker, launchBrowser, launchWithExtension } from '../browser/launch';
import { pageMentionCount, settledCount } from '../browser/page-mentions';
import { frameCostOf, heapAfterGc, heapWithExtension, loadTrace, SETTLE_MS, useFullCatalogue, type NamesFound } from './browser-benchmarks';
import { seedText } from './corpus';
import { median, ms, mb } from './measure';
import { articlePage, manyNodesPage, writeBenchPage } from './pages';
import { longestTaskBreakdown } from './trace';

const HOST = 'openrouter.ai';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    page: { type: 'string', default: 'big' },
    rounds: { type: 'string', default: '3' },
    measure: { type: 'string', default: 'task,heap,frame' },
  },
});
const measures = new Set(values.measure!.split(','));
const seed = seedText();
const file =
  values.page === 'article' ? writeBenchPage('article.html', articlePage(seed, 1_000_000)) : writeBenchPage('big.html', manyNodesPage(seed, 5_000_000, 150_000));

const server = new FixtureServer();
await server.start();
server.route('/page', { file });
const url = server.url('/page', HOST);

interface Build {
  label: string;
  browser: Browser;
  namesFound: NamesFound;
  extensionId: string;
  results: Record<string, number[]>;
}

const plain = await launchBrowser({ localHosts: [HOST] });
const builds: Build[] = [];
for (const spec of positionals) {
  const [label, dir] = spec.includes('=') ? spec.split('=') : [spec, spec];
  const { browser, extensionId } = await launchWithExtension({ localHosts: [HOST], extensionDir: dir });
  await useFullCatalogue(browser, extensionId, server);
  const namesFound: NamesFound = async (page) => pageMentionCount(await extensionWorker(browser, extensionId), page.url());
  builds.push({ label: label!, browser, namesFound, extensionId, results: {} });
}
const record = (build: Build, key: string, value: number) => (build.results[key] ??= []).push(value);

async function bareHeap(): Promise<number> {
  const page = await plain.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  const heap = await heapAfterGc(page);
  await page.close();
  return heap;
}

try {
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const baseHeap = measures.has('heap') ? await bareHeap() : 0;
    const bareFrame = measures.has('frame') ? await frameCostOf(plain, url, async () => new Promise((r) => setTimeout(r, SETTLE_MS))) : 0;
    for (const build of builds) {
      const line: string[] = [`round ${round + 1} ${build.label}:`];
      if (measures.has('task')) {
        const trace = await loadTrace(build.browser, url, build.namesFound);
        if (process.env.SAVE_TRACES) writeFileSync(`${process.env.SAVE_TRACES}/${build.label}-${round + 1}.json`, trace);
        const breakdown = longestTaskBreakdown(trace, build.extensionId);
        if (breakdown) {
          record(build, 'longest task CPU', breakdown.threadMs);
          line.push(`longest task ${ms(breakdown.wallMs)} (CPU ${ms(breakdown.threadMs)}); GC [${breakdown.collections.join(', ')}]; in it [${breakdown.functions.join(', ')}]; steps [${breakdown.steps.join(', ')}]`);
        }
      }
      if (measures.has('heap')) {
        const added = (await heapWithExtension(build.browser, url, build.namesFound)) - baseHeap;
        record(build, 'heap added MB', added / 2 ** 20);
        line.push(`heap added ${mb(added)}`);
      }
      if (measures.has('frame')) {
        const frame = await frameCostOf(build.browser, url, (tab) => settledCount(() => build.namesFound(tab), SETTLE_MS, 90_000));
        record(build, 'frame added ms', frame - bareFrame);
        line.push(`frame ${ms(frame)} (bare ${ms(bareFrame)}, +${ms(frame - bareFrame)})`);
      }
      console.log(line.join('\n  '));
    }
  }
  for (const build of builds) {
    console.log(`${build.label}: ${Object.entries(build.results).map(([key, list]) => `${key} median ${median(list).toFixed(2)} [${list.map((v) => v.toFixed(2)).join(' ')}]`).join('; ')}`);
  }
} finally {
  await plain.close();
  for (const build of builds) await build.browser.close();
  await server.stop();
}
