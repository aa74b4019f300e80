import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { readStorage, waitFor } from './support/extension';
import { compareInPopup } from './support/popup';

describe('comparing a text model with an image model in the popup', () => {
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
