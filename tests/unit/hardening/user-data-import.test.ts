// @vitest-environment happy-dom
import fc from 'fast-check';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PinnedTab } from '@/entrypoints/popup/pinned-tab';
import { MAX_NAME_LENGTH } from '@/lib/catalogue/clean-text';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests } from '@/lib/ext/shared/messages';
import { importPins } from '@/lib/ext/shared/pin-store';
import { STORAGE_KEYS } from './fixtures/storage-keys';
import { MAX_PINS, type Pin } from '@/lib/pins/pin';
import { PINS_SPEC } from '@/lib/pins/pins-spec';
import { exportPins, MAX_IMPORT_BYTES } from '@/lib/pins/transfer';
import { openPopup } from './fixtures/popup';
import { deliver, popupSender } from './fixtures/senders';
import { UNVERSIONED_PINS } from './fixtures/stored-shapes';
import { areaText, store, storedText } from './fixtures/storage';

const KEPT = UNVERSIONED_PINS[1]!.pins;
const NOW = new Date('2026-03-01T12:00:00.000Z');

function exportFile(pins: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'model-lens-pins', version: 1, exportedAt: NOW.toISOString(), pins, ...extra });
}

const MALFORMED: [string, string, RegExp][] = [
  ['an HTML error page', '<!doctype html><title>404 Not Found</title>', /^The file is not JSON/],
  ['a truncated export', exportPins({ pins: KEPT }, NOW).slice(0, -40), /^The file is not JSON/],
  ['an empty file', '', /^The file is not JSON/],
  ['another extension’s export', JSON.stringify({ format: 'other-extension', version: 1, pins: ['openai/gpt-4o'] }), /lacks "format": "model-lens-pins"/],
  ['a bare list of model ids', JSON.stringify(['openai/gpt-4o']), /lacks "format": "model-lens-pins"/],
  ['an export from a newer version', JSON.stringify({ format: 'model-lens-pins', version: 2, pins: [] }), /newer version of Model Lens/],
  ['an export without pins', JSON.stringify({ format: 'model-lens-pins', version: 1, pins: { a: 1 } }), /no list of pins/],
  ['more pins than can be kept', exportFile(Array.from({ length: MAX_PINS + 1 }, (_, index) => `m${index}`)), /at most 5,000 can be kept/],
  // Under the limit in characters, over it in bytes: the message contract lets it through.
  ['over 20 MB of multi-byte text', exportFile([], { note: 'é'.repeat(MAX_IMPORT_BYTES / 2 + 1) }), /larger than 20 MB/],
];

beforeEach(async () => {
  fakeBrowser.reset();
  listenForRequests(backgroundHandlers);
  await store({ [STORAGE_KEYS.pins]: { version: 1, data: { pins: KEPT } } });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('importing a file that is not a pins export', () => {
  it.each(MALFORMED)('refuses %s with a clear error and changes nothing', async (_, text, error) => {
    const before = await areaText();
    await expect(importPins(text, false, new Date())).rejects.toThrow(error);
    expect(await areaText()).toBe(before);

    const reply = await deliver({ type: 'importPins', text }, popupSender());
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(error) });
    expect(await areaText()).toBe(before);
  });

  it('never quotes the file in its error', async () => {
    await expect(importPins('<img src=x onerror=alert(1)>', false, new Date())).rejects.toThrow(/^The file is not JSON, so it is not a Model Lens pins export\.$/);
  });
});

describe('choosing a file in the popup', () => {
  async function chooseFile(file: File) {
    const popup = await openPopup();
    const container = document.body.appendChild(document.createElement('div'));
    render(h(PinnedTab, { state: popup }), container);
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!;
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(popup.message.value).toBeDefined());
    return popup.message.value;
  }

  it('says why a file over 20 MB is refused, and changes nothing', async () => {
    const before = await areaText();
    const file = new File([exportFile([], { note: 'x'.repeat(MAX_IMPORT_BYTES) })], 'pins.json', { type: 'application/json' });
    expect(await chooseFile(file)).toEqual({ kind: 'error', text: 'The file is larger than 20 MB, the most Model Lens reads as a pins export.' });
    expect(await areaText()).toBe(before);
  });

  it('says why a file that is not JSON is refused, and changes nothing', async () => {
    const before = await areaText();
    const file = new File(['{"format": "model-lens-pins", "pins": ['], 'pins.json');
    expect(await chooseFile(file)).toEqual({ kind: 'error', text: expect.stringMatching(/^The file is not JSON/) });
    expect(await areaText()).toBe(before);
  });

  it('imports a good file and says how many pins it added', async () => {
    const added: Pin = { modelId: 'x-ai/grok-4', name: 'Grok 4', pinnedAt: '2026-02-01T00:00:00.000Z' };
    expect(await chooseFile(new File([exportPins({ pins: [added, ...KEPT] }, NOW)], 'pins.json'))).toEqual({ kind: 'ok', text: 'Imported: 1 new pin.' });
    expect(await storedText(STORAGE_KEYS.pins)).toBe(JSON.stringify({ version: 1, data: { pins: [added, ...KEPT] } }));
  });
});

describe('importing a hostile pins export', () => {
  async function importThroughPopup(text: string) {
    const reply = await deliver({ type: 'importPins', text }, popupSender());
    expect(reply).toMatchObject({ ok: true });
    return JSON.parse((await storedText(STORAGE_KEYS.pins))!) as { version: number; data: { pins: Pin[] } };
  }

  it('keeps every existing pin as it was', async () => {
    const stored = await importThroughPopup(exportFile([{ modelId: 'x-ai/grok-4', name: 'Grok 4', pinnedAt: NOW.toISOString() }]));
    for (const pinned of KEPT) expect(stored.data.pins).toContainEqual(pinned);
  });

  it('never lets __proto__ or constructor keys change a prototype, at any depth', async () => {
    const text = `{
      "format": "model-lens-pins", "version": 1, "__proto__": { "polluted": "file" },
      "pins": [
        { "modelId": "a", "__proto__": { "polluted": "pin", "isAdmin": true }, "constructor": { "prototype": { "polluted": "pin" } } },
        { "modelId": "b", "page": { "__proto__": { "url": "https://inherited.example/" }, "title": "t" } },
        { "__proto__": { "modelId": "inherited-id" } },
        { "modelId": "__proto__", "name": "A model named __proto__", "pinnedAt": "${NOW.toISOString()}" }
      ]
    }`;
    const stored = await importThroughPopup(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(stored.data.pins.map(({ modelId }) => modelId)).toEqual(['__proto__', ...KEPT.map(({ modelId }) => modelId), 'a', 'b']);
    expect(JSON.stringify(stored)).not.toMatch(/polluted|inherited/);
  });

  it('clamps huge names and titles and removes bidi and control characters', async () => {
    const stored = await importThroughPopup(
      exportFile([
        { modelId: 'huge', name: 'N'.repeat(1_000_000), pinnedAt: NOW.toISOString(), page: { url: 'https://example.com/', title: 'T'.repeat(100_000) } },
        { modelId: 'bidi', name: 'gpt\u202E-4o\u0000', pinnedAt: NOW.toISOString(), page: { url: 'https://example.com/', title: '\u2067evil\u2069' } },
      ]),
    );
    const byId = new Map(stored.data.pins.map((pinned) => [pinned.modelId, pinned]));
    expect(byId.get('huge')!.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(byId.get('huge')!.page!.title.length).toBeLessThanOrEqual(200);
    expect(byId.get('bidi')).toMatchObject({ name: 'gpt-4o', page: { title: 'evil' } });
  });

  it('keeps pins whose pages are javascript:, data: or file: urls, without those pages', async () => {
    const urls = ['javascript:alert(document.cookie)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox(1)'];
    const ids = urls.map((_, index) => `hostile-${index}`);
    const stored = await importThroughPopup(exportFile(urls.map((url, index) => ({ modelId: ids[index], pinnedAt: NOW.toISOString(), page: { url, title: 'x' } }))));
    expect(ids.map((id) => stored.data.pins.find(({ modelId }) => modelId === id))).toEqual(ids.map((modelId) => ({ modelId, name: modelId, pinnedAt: NOW.toISOString() })));
    expect(JSON.stringify(stored)).not.toMatch(/javascript:|data:|file:|vbscript:/i);
  });

  it('given any JSON, either changes nothing or adds to the pins without losing one', async () => {
    const before = await storedText(STORAGE_KEYS.pins);
    const file = fc.oneof(
      fc.string(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc.record({ format: fc.constantFrom('model-lens-pins', 'other'), version: fc.oneof(fc.constant(1), fc.jsonValue()), pins: fc.array(fc.jsonValue()) }).map((value) => JSON.stringify(value)),
      fc.array(fc.record({ modelId: fc.jsonValue(), name: fc.jsonValue(), pinnedAt: fc.jsonValue(), page: fc.jsonValue() }, { requiredKeys: [] })).map((pins) => exportFile(pins)),
    );
    await fc.assert(
      fc.asyncProperty(file, async (text) => {
        await store({ [STORAGE_KEYS.pins]: JSON.parse(before!) });
        const outcome = await importPins(text, false, new Date()).then(
          () => 'imported',
          (error: unknown) => (error instanceof Error && error.message.length > 0 ? 'refused' : 'refused without a reason'),
        );
        const after = JSON.parse((await storedText(STORAGE_KEYS.pins))!) as { version: number; data: { pins: Pin[] } };
        if (outcome === 'refused') expect(JSON.stringify(after)).toBe(before);
        else expect(outcome).toBe('imported');
        expect(PINS_SPEC.schema.parse(after.data)).toEqual(after.data);
        const models = new Set(after.data.pins.map(({ modelId }) => modelId));
        for (const { modelId } of KEPT) expect(models.has(modelId)).toBe(true);
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted');
      }),
    );
  });
});
