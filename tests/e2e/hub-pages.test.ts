import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Settings } from '@/lib/user-data/settings';
import { FixtureServer, json, type Reply } from '../../scripts/browser/fixture-server';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { cardIsOpen, cardSnapshot, hover, waitForCard } from './support/card';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';
import { markedTexts, waitForMark } from './support/page-marks';

const HUB = 'huggingface.co';
const API = '/api/models/';
const BUDGET = 40;
const page = (name: string) => ({ file: resolve(import.meta.dirname, '../fixtures/pages', name) });

/** What the mocked Hub API knows: `/api/models/{repo}` items in the Hub's shape. */
const RECORDS: Record<string, Record<string, unknown> | Reply> = {
  'unsloth/Qwen3-30B-A3B-GGUF': { library_name: 'gguf', pipeline_tag: 'text-generation', downloads: 95_200, likes: 301, tags: ['gguf', 'base_model:Qwen/Qwen3-30B-A3B', 'base_model:quantized:Qwen/Qwen3-30B-A3B'] },
  'mlx-community/Qwen3-30B-A3B-4bit': { library_name: 'mlx', tags: ['mlx', '4-bit', 'base_model:quantized:Qwen/Qwen3-30B-A3B'] },
  'someone/Qwen3-8B-DeepSeek-R1-Uncensored': {
    library_name: 'transformers',
    pipeline_tag: 'text-generation',
    downloads: 3200,
    likes: 88,
    tags: ['license:apache-2.0', 'base_model:finetune:Qwen/Qwen3-30B-A3B'],
    lastModified: '2026-08-18T10:00:00.000Z',
    safetensors: { total: 8_190_000_000 },
  },
  'someone/qwen3-lora-adapter': { library_name: 'peft', tags: ['base_model:adapter:Qwen/Qwen3-30B-A3B'] },
  'some-lab/brand-new-model-7b': { pipeline_tag: 'text-generation', gated: 'manual', safetensors: { total: 7_240_000_000 }, tags: ['license:mit'], inferenceProviderMapping: { together: {} } },
  'private-org/secret-model': { status: 401, headers: { 'content-type': 'application/json' }, body: '{"error":"Invalid credentials in Authorization header"}' },
  'loop/a': { tags: ['base_model:merge:loop/b'] },
  'loop/b': { tags: ['base_model:finetune:loop/a'] },
  'evil/hostile': { pipeline_tag: '<script>alert(1)</script>', tags: ['base_model:finetune:javascript:alert(1)'], cardData: { license: '<img src=x onerror=alert(1)>' } },
  'Qwen/Qwen3-30B-A3B-Base': { pipeline_tag: 'text-generation', tags: ['license:apache-2.0'] },
  'busy/model': { status: 429, headers: { 'retry-after': '120' }, body: 'Too Many Requests' },
  'later/model': { tags: [] },
  // A catalogue model's official repo: its card shows these figures, with their source and age.
  'meta-llama/Llama-3.3-70B-Instruct': { pipeline_tag: 'text-generation', downloads: 1_234_567, likes: 2_345, tags: ['license:llama3.3'] },
};
const BULK = Array.from({ length: 200 }, (_, i) => `bulk-org/model-${i}`);

/** The card each repo on the listing opens, by a line it shows. */
const LISTING_CARDS: [string, string][] = [
  ['meta-llama/Llama-3.3-70B-Instruct', 'Llama 3.3 70B Instruct'],
  ['mistralai/Mistral-7B-Instruct-v0.3', 'Mistral 7B Instruct'],
  ['black-forest-labs/FLUX.1-dev', 'FLUX.1-dev'],
  ['Qwen/Qwen3-30B-A3B', 'Qwen3 30B A3B'],
  ['unsloth/Qwen3-30B-A3B-GGUF', 'GGUF quantization by unsloth of Qwen3 30B A3B'],
  ['mlx-community/Qwen3-30B-A3B-4bit', 'MLX quantization by mlx-community of Qwen3 30B A3B'],
  ['someone/Qwen3-8B-DeepSeek-R1-Uncensored', 'Fine-tune, based on Qwen3 30B A3B'],
  ['someone/qwen3-lora-adapter', 'Adapter, based on Qwen3 30B A3B'],
  ['some-lab/brand-new-model-7b', 'not in the model catalogue'],
  ['private-org/secret-model', 'the Hub has no public record of it (private, gated or missing)'],
  ['loop/a', 'its base models form a cycle'],
  ['evil/hostile', 'ignored 1 base model value that is not a repo id'],
];

function bulkPage(): Reply {
  const cards = BULK.map(
    (repo) => `<article class="overview-card-wrapper"><a class="block p-2" href="/${repo}"><header title="${repo}"><h4 class="font-mono">${repo}</h4></header><div class="text-sm text-gray-400">Text Generation • 1B • Updated 2 days ago • 12 • 1</div></a></article>`,
  );
  return { headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html><head><title>Models</title></head><body><main><div class="grid">${cards.join('\n')}</div></main></body></html>` };
}

function busyPage(): Reply {
  // Far apart: the pointer travelling to one link must not pass over another (a hover starts its look-up early).
  const links = ['later/model', 'busy/model', 'meta-llama/Llama-3.3-70B-Instruct'].map((repo) => `<p style="margin: 120px 0"><a href="/${repo}">${repo}</a></p>`);
  return { headers: { 'content-type': 'text/html; charset=utf-8' }, body: `<!doctype html><html><head><title>Busy</title></head><body>${links.join('')}</body></html>` };
}

describe('Hugging Face pages: every repo opens a card, the Hub API asked within its limits', () => {
  const server = new FixtureServer();
  let browser: Browser;
  let extensionId: string;
  const apiRequests = (prefix = '') => server.requests.filter((path) => path.startsWith(`${API}${prefix}`)).length;

  beforeAll(async () => {
    await server.start();
    server.route('/favicon.ico', { status: 204, body: '' });
    server.route('/models', page('hub-listing.html'));
    server.route('/Qwen/Qwen3-30B-A3B', page('hub-model.html'));
    server.route('/collections/Qwen/qwen3-67dd247413f0e2e4f653967f', page('hub-collection.html'));
    server.route('/bulk', bulkPage());
    server.route('/busy', busyPage());
    for (const [repo, record] of Object.entries(RECORDS)) server.route(`${API}${repo}`, 'body' in record ? (record as Reply) : json({ id: repo, ...record }));
    for (const repo of BULK) server.route(`${API}${repo}`, json({ id: repo, pipeline_tag: 'text-generation', downloads: 12, likes: 1 }));

    const launched = await launchWithExtension({ localHosts: [HUB] });
    browser = launched.browser;
    extensionId = launched.extensionId;
    const worker = await extensionWorker(browser, launched.extensionId);
    await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
    // The Hub API is mocked at the same host the pages are served from.
    const options = await openExtensionPage(browser, extensionId, 'popup.html');
    const settings = await request<Settings>(options, { type: 'getSettings' });
    await request(options, { type: 'updateSettings', patch: { sourceUrls: { ...settings.sourceUrls, huggingFace: server.url(API, HUB) } } });
    await options.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  async function open(path: string): Promise<Page> {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 1200, height: 900 });
    await tab.goto(server.url(path, HUB));
    return tab;
  }

  /** Scrolls a repo's link on screen (marks are kept only near it), then points at its mark. */
  async function expectCard(tab: Page, repo: string, line: string): Promise<string> {
    // The open card may cover the next link: close it first, as a person would.
    if (await cardIsOpen(tab)) {
      await tab.keyboard.press('Escape');
      await waitFor(async () => !(await cardIsOpen(tab)), 'the card to close');
    }
    await tab.evaluate((wanted) => {
      const link = [...document.querySelectorAll('a')].find((a) => a.textContent?.includes(wanted));
      link?.scrollIntoView({ block: 'center' });
    }, repo);
    await waitForMark(tab, repo);
    await hover(tab, repo);
    return waitForCard(tab, line).catch(async (error: unknown) => {
      throw new Error(`${repo}: ${(error as Error).message}; the card shows "${(await cardSnapshot(tab).catch(() => ({ text: 'no card' }))).text}"`);
    });
  }

  it('a listing marks each repo once, by its name only, and every repo opens its card', async () => {
    const tab = await open('/models');
    await waitForMark(tab, 'evil/hostile');
    const marked = await markedTexts(tab);
    expect([...marked].sort()).toEqual(LISTING_CARDS.map(([repo]) => repo).sort());
    // Nothing is asked of the Hub until a card is opened.
    expect(apiRequests()).toBe(0);
    // The popup's list of models on this page counts each catalogue repo once.
    const popup = await openExtensionPage(browser, extensionId, 'popup.html');
    const listed = await popup.evaluate(async (url) => {
      const [listing] = await chrome.tabs.query({ url });
      return chrome.tabs.sendMessage(listing!.id!, { target: 'content', type: 'getPageModels' }) as Promise<{ name: string; count: number }[]>;
    }, server.url('/models', HUB));
    await popup.close();
    expect(listed.map((m) => [m.name, m.count]).sort()).toEqual([['FLUX.1-dev', 1], ['Llama 3.3 70B Instruct', 1], ['Mistral 7B Instruct', 1], ['Qwen3 30B A3B', 1]]);

    for (const [repo, line] of LISTING_CARDS) await expectCard(tab, repo, line);
    const finetune = await expectCard(tab, 'someone/Qwen3-8B-DeepSeek-R1-Uncensored', 'Fine-tune, based on Qwen3 30B A3B');
    // Its own figures, never the base model's price or rank.
    expect(finetune).toMatch(/apache-2\.0/);
    expect(finetune).not.toMatch(/\/100|Input \/ 1M/);
    const hostile = await expectCard(tab, 'evil/hostile', '<img src=x onerror=alert(1)>');
    expect(hostile).toContain('<script>alert(1)</script>');
    expect(await tab.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src])').length)).toBe(0);
    // Catalogue repos resolve offline; the others cost one request each, a lineage hop (loop/b)
    // included; a catalogue model's card asks for its own repo's figures once, in the background.
    const afterFirstVisit = apiRequests();
    expect(apiRequests('loop/')).toBe(2);
    expect(afterFirstVisit).toBeLessThanOrEqual(LISTING_CARDS.length);

    // Bad Hub data gets a clear line each: a missing field is a dash, a gated repo says so.
    const adapter = await expectCard(tab, 'someone/qwen3-lora-adapter', 'Adapter, based on Qwen3 30B A3B');
    expect(adapter).toMatch(/Task —.*Downloads \(30 days\) —.*Likes —/);
    expect(adapter).toMatch(/From Hugging Face, fetched\s+today/);
    const gated = await expectCard(tab, 'some-lab/brand-new-model-7b', 'not in the model catalogue');
    expect(gated).toMatch(/Access gated/);
    expect(gated).toMatch(/Run it on together/);

    await tab.reload();
    await waitForMark(tab, 'evil/hostile');
    for (const [repo, line] of LISTING_CARDS) await expectCard(tab, repo, line);
    expect(apiRequests()).toBe(afterFirstVisit);
    // The catalogue model's card now has its official repo's figures, with source and age.
    await expectCard(tab, 'meta-llama/Llama-3.3-70B-Instruct', 'Hugging Face meta-llama/Llama-3.3-70B-Instruct: 1.23M downloads (30 days) · 2,345 likes (fetched today)');
    console.info(`[hub] listing of ${LISTING_CARDS.length} repos: ${afterFirstVisit} Hub API requests on the first visit, 0 after a reload`);
    await tab.close();
  });

  it('a model page marks its header repo, its model tree and the names in its card; a collection its items', async () => {
    const tab = await open('/Qwen/Qwen3-30B-A3B');
    await waitForMark(tab, 'unsloth/Qwen3-30B-A3B-GGUF');
    const marked = await markedTexts(tab);
    expect(marked).toEqual(expect.arrayContaining(['Qwen3-30B-A3B', 'Qwen/Qwen3-30B-A3B-Base', 'someone/Qwen3-8B-DeepSeek-R1-Uncensored', 'unsloth/Qwen3-30B-A3B-GGUF', 'Llama 3.3 70B Instruct', 'DeepSeek R1']));
    // Spaces and collections are not model repos: their links are read as text.
    expect(marked.filter((t) => /qwen3-chat|evil\/demo|Collection/.test(t))).toEqual([]);
    // Every repo id on the page opens a card.
    await expectCard(tab, 'Qwen3-30B-A3B', 'Qwen3 30B A3B');
    await expectCard(tab, 'Qwen/Qwen3-30B-A3B-Base', 'not in the model catalogue');
    await expectCard(tab, 'unsloth/Qwen3-30B-A3B-GGUF', 'GGUF quantization by unsloth of Qwen3 30B A3B');
    await expectCard(tab, 'someone/Qwen3-8B-DeepSeek-R1-Uncensored', 'Fine-tune, based on Qwen3 30B A3B');
    await tab.close();

    const collection = await open('/collections/Qwen/qwen3-67dd247413f0e2e4f653967f');
    await waitForMark(collection, 'unsloth/Qwen3-30B-A3B-GGUF');
    const items = await markedTexts(collection);
    expect(items.filter((t) => t.includes('/')).sort()).toEqual(['Qwen/Qwen3-30B-A3B', 'unsloth/Qwen3-30B-A3B-GGUF']);
    expect(items).toContain('Llama 3.3 70B Instruct');
    await expectCard(collection, 'Qwen/Qwen3-30B-A3B', 'Qwen3 30B A3B');
    await expectCard(collection, 'unsloth/Qwen3-30B-A3B-GGUF', 'GGUF quantization by unsloth of Qwen3 30B A3B');
    await collection.close();
  });

  it(`a page of 200 repo links asks nothing until hovered, and at most ${BUDGET} look-ups per page`, async () => {
    const tab = await open('/bulk');
    await waitForMark(tab, BULK[0]!);
    // Scrolled from top to bottom, every repo gets its mark, and still nothing is asked of the Hub.
    await tab.evaluate(() => document.querySelector('article:last-child')!.scrollIntoView());
    await waitForMark(tab, BULK.at(-1)!);
    expect(apiRequests('bulk-org/')).toBe(0);
    for (const repo of BULK.slice(0, BUDGET)) await expectCard(tab, repo, 'not in the model catalogue');
    expect(apiRequests('bulk-org/')).toBe(BUDGET);
    for (const repo of BULK.slice(BUDGET, BUDGET + 3)) await expectCard(tab, repo, `this page has used its ${BUDGET} Hugging Face look-ups`);
    expect(apiRequests('bulk-org/')).toBe(BUDGET);
    // The Hub moves between its pages in its own script, without a load: a new address, a new budget.
    await tab.evaluate(() => history.pushState(null, '', '/bulk?p=2'));
    await expectCard(tab, BULK[BUDGET + 3]!, 'not in the model catalogue');
    expect(apiRequests('bulk-org/')).toBe(BUDGET + 1);
    console.info(`[hub] 200-link page: 0 requests on load, ${BUDGET} after ${BUDGET + 3} hovers`);
    await tab.close();
  });

  it('a 429 pauses every look-up for its Retry-After, and catalogue cards still open', async () => {
    const tab = await open('/busy');
    await waitForMark(tab, 'later/model');
    await expectCard(tab, 'busy/model', 'is rate-limiting requests');
    await expectCard(tab, 'later/model', 'Hugging Face look-ups are paused for');
    expect(apiRequests('later/')).toBe(0);
    expect(apiRequests('busy/')).toBe(1);
    await expectCard(tab, 'meta-llama/Llama-3.3-70B-Instruct', 'Llama 3.3 70B Instruct');
    await tab.close();
  });
});
