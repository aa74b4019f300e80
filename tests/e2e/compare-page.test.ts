import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelDetails, StatusResponse } from '@/lib/ext/shared/messages';
import { FixtureServer, json } from '../../scripts/browser/fixture-server';
import { launchWithExtension } from '../../scripts/browser/launch';
import { hasSharedFixtures, readShared } from '../real-data/shared-fixtures';
import { MODELS_DEV_PATH, OPENROUTER_PATH, SOURCES_HOST, useSourcesOf } from './support/catalogue-sources';
import { openExtensionPage, request, waitFor } from './support/extension';

// Screenshots for the README are rewritten only when asked: UPDATE_SCREENSHOTS=1 npm run test:browser
const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS ? resolve(import.meta.dirname, '../../docs/screenshots') : resolve(import.meta.dirname, '../../.output/screenshots');
const SONNET = 'anthropic/claude-sonnet-4.6';
const MINI = 'openai/gpt-5-mini';
const GPT5 = 'openai/gpt-5';
const SEED_ROWS = ['Type', 'Rank', 'Adoption', 'Quality', 'Ecosystem', 'Match Graph', 'Pricing', 'Starting Price', 'Capabilities', 'Times Matched'];

interface Saved {
  name: string;
  text?: string;
  png?: { signature: string; width: number; height: number; base64: string };
}

/** The compare page, read as a user reads it. */
function readPage(page: Page) {
  return page.evaluate(() => {
    const text = (e: Element | null | undefined) => e?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    return {
      title: text(document.querySelector('h1')),
      verdict: text(document.querySelector('[data-testid="verdict"]')),
      missing: [...document.querySelectorAll('[data-testid="missing"]')].map(text),
      seed: [...document.querySelectorAll('[data-testid="seed-table"] tbody tr')].map((row) => [...row.children].map(text)),
      allFigures: document.querySelectorAll('.all-figures table.comparison tbody tr[data-row]').length,
      capabilities: [...document.querySelectorAll('[data-testid="capabilities"]')].map((section) => ({
        model: section.getAttribute('data-model'),
        items: [...section.querySelectorAll('li[data-capability]')].map((li) => ({
          sentence: text(li.querySelector('.sentence')),
          unique: text(li.querySelector('.unique')),
          alternatives: text(li.querySelector('.alternatives')),
        })),
        pickInstead: text(section.querySelector('[data-testid="pick-instead"]')),
      })),
      somethingDifferent: {
        heading: text(document.querySelector('[data-testid="something-different"] h2')),
        neighbours: [...document.querySelectorAll('[data-testid="something-different"] li')].map(text),
      },
    };
  });
}

/** Catches the page's downloads: the file name and what the file holds. */
async function catchDownloads(page: Page): Promise<void> {
  await page.evaluate(() => {
    const saved: { name: string; href: string }[] = [];
    (window as unknown as { saved: typeof saved }).saved = saved;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, href: this.href });
    };
  });
}

function lastDownload(page: Page): Promise<Saved> {
  return page.evaluate(async () => {
    const saved = (window as unknown as { saved: { name: string; href: string }[] }).saved;
    const last = saved[saved.length - 1]!;
    const blob = await (await fetch(last.href)).blob();
    if (!last.name.endsWith('.png')) return { name: last.name, text: await blob.text() };
    const signature = [...new Uint8Array(await blob.slice(0, 4).arrayBuffer())].map((b) => b.toString(16)).join(' ');
    const bitmap = await createImageBitmap(blob);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    return { name: last.name, png: { signature, width: bitmap.width, height: bitmap.height, base64: btoa(binary) } };
  });
}

describe.skipIf(!hasSharedFixtures)('the compare page on the Aug 2026 catalogue (real OpenRouter and models.dev snapshots)', () => {
  const server = new FixtureServer();
  let browser: Browser;
  let extensionId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await server.start();
    server.route(OPENROUTER_PATH, json(readShared('openrouter-models-all-2026-08-19.json')));
    server.route(MODELS_DEV_PATH, json(readShared('models-dev-2026-07-01.json')));
    ({ browser, extensionId } = await launchWithExtension({ localHosts: [SOURCES_HOST], windowSize: { width: 1280, height: 1000 } }));
    const popup = await openExtensionPage(browser, extensionId, 'popup.html');
    await useSourcesOf(popup, server);
    const { refresh } = await request<StatusResponse>(popup, { type: 'refreshNow' });
    if (refresh.state !== 'ok') throw new Error(`the refresh from the snapshots failed: ${refresh.message}`);
    // One comparison opened the way the card, popup and pins open it: it counts in the Match Graph.
    await request(popup, { type: 'openComparison', ids: [SONNET, GPT5] });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  async function openCompare(ids: string): Promise<Page> {
    const page = await openExtensionPage(browser, extensionId, `compare.html?ids=${ids}`);
    await waitFor(async () => (await readPage(page)).verdict || undefined, 'the verdict');
    return page;
  }

  it('reads every section for two real models: verdict, the seed table, capabilities with vs alternatives, pick instead, the graph', async () => {
    const page = await openCompare(`${SONNET},${MINI}`);
    const shown = await readPage(page);
    expect(shown.title).toBe('Claude Sonnet 4.6 vs GPT-5 Mini');
    expect(shown.verdict).toMatch(/^(Claude Sonnet 4\.6|GPT-5 Mini) ranks higher at \d+\/100 vs .+ at \d+\/100/);
    expect(shown.missing).toEqual([]);

    expect(shown.seed.map((row) => row[0])).toEqual(SEED_ROWS);
    const seed = Object.fromEntries(shown.seed.map(([label, ...cells]) => [label, cells]));
    expect(seed.Type).toEqual(['Text generation', 'Text generation']);
    expect(seed.Rank![0]).toMatch(/^\d+\/100 \(#\d+ of [\d,]+ text models\)$/);
    expect(seed['Starting Price']![0]).toMatch(/^(from \$\d+\.\d+ \/ \$\d+\.\d+ at .+|\$\d+\.\d+ \/ \$\d+\.\d+ per 1M tokens)$/);
    expect(seed['Times Matched']).toEqual(['1', '0']);
    expect(Number(seed['Match Graph']![0])).toBeGreaterThan(0);
    expect(shown.allFigures).toBeGreaterThan(20);

    expect(shown.capabilities.map((c) => c.model)).toEqual([SONNET, MINI]);
    for (const [i, model] of shown.capabilities.entries()) {
      expect(seed.Capabilities![i]).toBe(`${model.items.length} decomposed`);
      expect(model.items.length).toBeGreaterThanOrEqual(5);
      for (const item of model.items) {
        expect(item.sentence).not.toBe('');
        expect(item.alternatives).toMatch(/^vs alternatives: \S/);
        if (item.unique) expect(item.unique).toMatch(/^Unique: (The|the) /);
      }
      expect(model.pickInstead).toContain('Quality differences under 3 points (of 100) count as level');
    }
    const sonnetSentences = shown.capabilities[0]!.items.map((item) => item.sentence);
    expect(sonnetSentences).toContain('Calls tools: picks a function you define and fills in its arguments');
    expect(sonnetSentences.some((s) => /^Reads images within [\d.]+[KM] tokens of context$/.test(s))).toBe(true);
    expect(shown.somethingDifferent).toEqual({ heading: 'Need something different?', neighbours: ['GPT-5 met 1× with these on your pages and comparisons'] });
    await page.screenshot({ path: join(SCREENSHOTS, 'compare-page.png'), fullPage: false });
    await (await page.$('[data-testid="capabilities"]'))!.screenshot({ path: join(SCREENSHOTS, 'compare-capabilities.png') });
  });

  it('exports the comparison as Markdown and as a PNG drawn from the data', async () => {
    const page = await openCompare(`${SONNET},${MINI}`);
    await catchDownloads(page);
    await page.click('[data-testid="export-markdown"]');
    const markdown = await lastDownload(page);
    expect(markdown.name).toBe('claude-sonnet-4.6-vs-gpt-5-mini.md');
    expect(markdown.text).toMatch(/^# Claude Sonnet 4\.6 vs GPT-5 Mini\n/);
    expect(markdown.text).toContain('| Times Matched | 1 | 0 |');
    expect(markdown.text).toContain('  - vs alternatives: ');

    await page.click('[data-testid="export-png"]');
    await waitFor(() => page.evaluate(() => (window as unknown as { saved: unknown[] }).saved.length === 2), 'the PNG');
    const png = await lastDownload(page);
    expect(png.name).toBe('claude-sonnet-4.6-vs-gpt-5-mini.png');
    expect(png.png).toMatchObject({ signature: '89 50 4e 47', width: 2400 });
    expect(png.png!.height).toBeGreaterThan(1000);
    // Kept for a look, not for the README (it is large).
    writeFileSync(resolve(import.meta.dirname, '../../.output/compare-export.png'), Buffer.from(png.png!.base64, 'base64'));
  });

  it('gives the card three picks instead, with reasons, and what the model was compared with', async () => {
    const page = await openExtensionPage(browser, extensionId, 'popup.html');
    const details = await request<ModelDetails>(page, { type: 'getModel', id: SONNET });
    expect(details.neighbours!.pickInstead).toHaveLength(3);
    for (const pick of details.neighbours!.pickInstead) expect(pick.reason).toMatch(/^scores (higher|as well) \(quality \d+ vs \d+.*per 1M tokens blended, with every capability it has$/);
    expect(details.neighbours!.oftenComparedWith).toEqual([{ id: GPT5, name: 'GPT-5', times: 1 }]);
    expect(details.neighbours!.timesMatched).toBe(1);
  });

  it('says which ids it cannot show instead of a blank page', async () => {
    const page = await openCompare(`nobody/no-such-model,${SONNET}`);
    const shown = await readPage(page);
    expect(shown.missing).toEqual(['Not in the catalogue (an unknown id, or a model removed since): nobody/no-such-model']);
    expect(shown.verdict).toMatch(/^Only Claude Sonnet 4\.6 is in the catalogue, at \d+\/100; add a second model to compare\.$/);
    expect(shown.capabilities).toHaveLength(1);
  });
});
