import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json } from '../../scripts/browser/fixture-server';
import { E2E_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { hover, waitForCard } from './support/card';
import { OPENROUTER_PATH, SOURCES_HOST, liveCatalogueForSuite, openRouterPayload } from './support/catalogue-sources';
import { readStorage, request, waitFor } from './support/extension';
import { waitForMark } from './support/page-marks';
import { compareInPopup } from './support/popup';

describe('comparing a text model with an image model in the popup (bundled catalogue)', () => {
  const profile = mkdtempSync(join(tmpdir(), 'model-lens-kinds-'));
  let browser: Browser;
  let extensionId: string;

  beforeAll(async () => {
    const launched = await launchWithExtension({ extensionDir: E2E_EXTENSION_DIR, userDataDir: profile });
    browser = launched.browser;
    extensionId = launched.extensionId;
    const worker = await extensionWorker(browser, extensionId);
    await waitFor(() => readStorage(worker, 'detectionIndex'), 'the catalogue');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('says they do different jobs and weighs neither price nor context window against the other', async () => {
    const popup = await compareInPopup(browser, extensionId, 'claude sonnet 4', 'flux.1-dev');

    const verdict = await popup.$eval('[data-testid="verdict"]', (el) => el.textContent);
    expect(verdict).toMatch(/^Claude Sonnet 4 writes text; FLUX\.1-dev makes images — not alternatives\./);
    expect(verdict).toMatch(/#[\d,]+ of [\d,]+ text models.*#\d+ of \d+ image models/);
    expect(verdict).not.toMatch(/free for your volume|cheaper|context window/);

    const rowText = (key: string) => popup.$eval(`tr[data-row="${key}"]`, (el) => el.textContent ?? '').catch(() => undefined);
    expect(await rowText('rank')).toMatch(/image models/);
    expect(await rowText('maker')).toContain('black-forest-labs');
    expect(await rowText('cost')).toBeUndefined();
    // Neither side of a row that compares across kinds is marked the better one.
    expect(await popup.$$eval('tr[data-row="contextWindow"] td.best, tr[data-row="rank"] td.best', (cells) => cells.length)).toBe(0);
  });
});

/** Two image models as OpenRouter lists them: at 0/0 per token, priced per image token, one with an arena Elo. */
function imageModel(id: string, name: string, elo?: number): Record<string, unknown> {
  return {
    id,
    name,
    created: 1764000000,
    context_length: 0,
    architecture: { input_modalities: ['text', 'image'], output_modalities: ['image'] },
    pricing: { prompt: '0', completion: '0', image_output: '0.00000732421875' },
    ...(elo ? { benchmarks: { design_arena: [{ arena: 'models', category: 'image', elo, win_rate: 50, rank: 1 }] } } : {}),
  };
}

describe('the card of an image model from a live catalogue', () => {
  const live = liveCatalogueForSuite({ extensionDir: E2E_EXTENSION_DIR });

  beforeAll(async () => {
    const base = openRouterPayload() as { data: unknown[] };
    const images = [imageModel('black-forest-labs/flux.2-pro', 'Black Forest Labs: FLUX.2 Pro', 1215), imageModel('recraft/recraft-v4', 'Recraft: Recraft V4')];
    live.server.route(OPENROUTER_PATH, json({ data: [...base.data, ...images] }));
    live.server.route('/', { body: '<!doctype html><title>Pictures</title><p>We made the cover with Recraft V4 after trying FLUX.2 Pro.</p>', headers: { 'content-type': 'text/html' } });
    await request(live.popup, { type: 'refreshNow' });
  });

  it('ranks it among image models, says its quality is not measured and its token price not published, and never $0 or free', async () => {
    const page = await live.browser.newPage();
    await page.goto(live.server.url('/', SOURCES_HOST));
    await waitForMark(page, 'Recraft V4');
    await hover(page, 'Recraft V4');
    const text = await waitForCard(page, 'Recraft V4');
    expect(text).toMatch(/#2 of 2 image models/);
    expect(text).toContain('quality not measured');
    expect(text).toMatch(/Input \/ 1M\s*not published/);
    expect(text).toContain('$7.32 per 1M image output tokens');
    expect(text).not.toMatch(/Your volume|\$0\.00|Free tier/);
  });
});
