import { resolve } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixtureServer } from '../../scripts/browser/fixture-server';
import { extensionWorker, launchWithExtension } from '../../scripts/browser/launch';
import { readStorage, waitFor } from './support/extension';
import { markedTexts, waitForMark } from './support/page-marks';

const page = (name: string) => ({ file: resolve(import.meta.dirname, '../fixtures/pages', name) });

describe('mentions marked on pages served at openrouter.ai and huggingface.co', () => {
  const server = new FixtureServer();
  let browser: Browser;

  beforeAll(async () => {
    await server.start();
    server.route('/models', page('openrouter-models.html'));
    server.route('/deepseek-ai/DeepSeek-V3-0324', page('huggingface-model.html'));
    const launched = await launchWithExtension({ localHosts: ['openrouter.ai', 'huggingface.co'] });
    browser = launched.browser;
    const worker = await extensionWorker(browser, launched.extensionId);
    await waitFor(() => readStorage(worker, 'detectionIndex'), 'the detection index');
  });

  afterAll(async () => {
    await browser?.close();
    await server.stop();
  });

  async function open(url: string): Promise<Page> {
    const tab = await browser.newPage();
    // Record every change inside the editable regions, from before the extension runs.
    await tab.evaluateOnNewDocument(() => {
      const w = window as unknown as { editableMutations: string[] };
      w.editableMutations = [];
      document.addEventListener('DOMContentLoaded', () => {
        const editors = document.getElementById('editors');
        if (!editors) return;
        new MutationObserver((records) => w.editableMutations.push(...records.map((r) => r.type))).observe(editors, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      });
    });
    await tab.goto(url);
    return tab;
  }

  it('marks model names on an OpenRouter page, links resolved by id', async () => {
    const tab = await open(server.url('/models', 'openrouter.ai'));
    await waitForMark(tab, 'Gemini 2.5 Pro');
    const marked = await markedTexts(tab);
    expect(marked).toEqual(
      expect.arrayContaining([
        'Anthropic: Claude Sonnet 4',
        'Claude Sonnet 4',
        'Sonnet 3.7',
        'OpenAI: GPT-4o-mini',
        'GPT-4o mini',
        'Google: Gemini 2.5 Pro',
        'DeepSeek: DeepSeek V3 0324',
      ]),
    );
    // Nothing in the editors is marked.
    expect(marked.filter((t) => /Draft|Notes|custom textbox|o3/.test(t))).toEqual([]);
    await tab.close();
  });

  it('marks names that a script adds later, and never touches editable regions', async () => {
    const tab = await open(server.url('/models', 'openrouter.ai'));
    await waitForMark(tab, 'Gemini 2.5 Pro');
    const textareaBefore = await tab.$eval('#ta', (el) => (el as HTMLTextAreaElement).value);
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.append('Later: ', Object.assign(document.createElement('b'), { textContent: 'Claude' }), ' Opus 4.1 arrives');
      document.getElementById('dynamic-host')!.append(p);
      document.getElementById('later')!.setAttribute('contenteditable', 'true');
    });
    await waitForMark(tab, 'Claude Opus 4.1');
    await tab.focus('#ce');
    await tab.keyboard.press('End');
    await tab.keyboard.type(' and o3-mini');
    // Changes are handled in the order they come: once a name added after the typing is marked,
    // the typing has been seen too.
    await tab.evaluate(() => document.getElementById('dynamic-host')!.append(' Then Gemini 2.5 Flash replied.'));
    await waitForMark(tab, 'Gemini 2.5 Flash');
    const marked = await markedTexts(tab);
    expect(marked.filter((t) => t.includes('o3'))).toEqual([]);
    expect(await tab.$eval('#ta', (el) => (el as HTMLTextAreaElement).value)).toBe(textareaBefore);
    // Only the user's own typing (and the test's attribute change) changed the editable region.
    const mutations = await tab.evaluate(() => (window as unknown as { editableMutations: string[] }).editableMutations);
    expect(mutations.filter((type) => type !== 'characterData' && type !== 'attributes')).toEqual([]);
    expect(await tab.$eval('#ce', (el) => el.textContent)).toBe('Notes on Claude Sonnet 4 and GPT-4o mini and o3-mini');
    await tab.close();
  });

  it('resolves Hugging Face repo links to catalogue models, and marks repos it does not know', async () => {
    const tab = await open(server.url('/deepseek-ai/DeepSeek-V3-0324', 'huggingface.co'));
    await waitForMark(tab, 'some-lab/brand-new-model-7b');
    const marked = await markedTexts(tab);
    expect(marked).toEqual(expect.arrayContaining(['DeepSeek-V3-0324', 'Qwen/Qwen3-30B-A3B', 'some-lab/brand-new-model-7b']));
    expect(marked).not.toContain('deepseek-ai');
    await tab.close();
  });
});
