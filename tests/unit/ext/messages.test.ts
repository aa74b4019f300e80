import fc from 'fast-check';
import type { Runtime } from 'webextension-polyfill';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { backgroundHandlers } from '@/lib/ext/background/background-service';
import { listenForRequests, RequestSchema, type Handlers, type Request, type RequestType, type Sender } from '@/lib/ext/shared/messages';
import { STORAGE_KEYS } from '../hardening/fixtures/storage-keys';
import { exportPins, MAX_IMPORT_BYTES } from '@/lib/pins/transfer';
import { deliver, otherExtensionSender, popupSender, tabSender } from '../hardening/fixtures/senders';
import { settingsV2, SIGHTINGS_V1, UNVERSIONED_PINS } from '../hardening/fixtures/stored-shapes';
import { areaText, store } from '../hardening/fixtures/storage';

/** One well-formed request of every type on the allow-list (the compiler keeps it complete). */
const EXAMPLES: { [K in RequestType]: Extract<Request, { type: K }> } = {
  getStatus: { type: 'getStatus' },
  refreshNow: { type: 'refreshNow' },
  getSettings: { type: 'getSettings' },
  updateSettings: { type: 'updateSettings', patch: { theme: 'dark' } },
  getModel: { type: 'getModel', id: 'openai/gpt-4o' },
  getHubModel: { type: 'getHubModel', repoId: 'Qwen/Qwen3-8B' },
  changePins: { type: 'changePins', operations: [{ kind: 'unpin', modelId: 'openai/gpt-4o' }] },
  importPins: { type: 'importPins', text: exportPins({ pins: [] }, new Date('2026-01-01T00:00:00.000Z')) },
  exportPins: { type: 'exportPins' },
  pageMentions: { type: 'pageMentions', host: 'news.example.com', modelIds: ['openai/gpt-4o'], distinct: 1 },
  hovered: { type: 'hovered', id: 'openai/gpt-4o' },
  compareWith: { type: 'compareWith', id: 'openai/gpt-4o' },
  openComparison: { type: 'openComparison', ids: ['openai/gpt-4o', 'anthropic/claude-sonnet-4'] },
  loadCard: { type: 'loadCard' },
  enableSite: { type: 'enableSite', host: 'news.example.com' },
  disableSite: { type: 'disableSite', host: 'openrouter.ai' },
  startInTab: { type: 'startInTab', tabId: 7 },
  clearSightings: { type: 'clearSightings' },
};
const TYPES = Object.keys(EXAMPLES) as RequestType[];

/** Changes to user data beyond pinning, and reading all pins at once: the extension's own pages only. */
const EXTENSION_PAGES_ONLY: RequestType[] = ['updateSettings', 'importPins', 'exportPins', 'enableSite', 'disableSite', 'startInTab', 'clearSightings', 'refreshNow'];

const UNKNOWN_REQUEST = { ok: false, error: 'unknown request' };
const PAGES_ONLY = { ok: false, error: 'only extension pages may do that' };
const ids = (count: number) => Array.from({ length: count }, (_, index) => `vendor/model-${index}`);

/** Handlers that only note what reached them. */
function listenWithRecordingHandlers() {
  const calls: { request: Request; sender: Sender }[] = [];
  const record = async (request: Request, sender: Sender) => {
    calls.push({ request, sender });
    return `answered ${request.type}`;
  };
  listenForRequests(Object.fromEntries(TYPES.map((type) => [type, record])) as unknown as Handlers);
  return calls;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('who may send requests', () => {
  it.each(TYPES)('ignores %s from another extension or from no extension', async (type) => {
    const calls = listenWithRecordingHandlers();
    expect(await deliver(EXAMPLES[type], otherExtensionSender())).toBeUndefined();
    expect(await deliver(EXAMPLES[type], { url: 'https://evil.example/' })).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it.each(TYPES)('answers %s from the popup, telling the handler it came from an extension page', async (type) => {
    const calls = listenWithRecordingHandlers();
    expect(await deliver(EXAMPLES[type], popupSender())).toEqual({ ok: true, value: `answered ${type}` });
    expect(calls).toEqual([{ request: EXAMPLES[type], sender: { fromExtensionPage: true } }]);
  });

  it.each(TYPES.filter((type) => !EXTENSION_PAGES_ONLY.includes(type)))('answers %s from a content script in a web page', async (type) => {
    const calls = listenWithRecordingHandlers();
    expect(await deliver(EXAMPLES[type], tabSender(7))).toEqual({ ok: true, value: `answered ${type}` });
    expect(calls).toEqual([{ request: EXAMPLES[type], sender: { tabId: 7, frameId: 0, fromExtensionPage: false } }]);
  });

  it.each(EXTENSION_PAGES_ONLY)('refuses %s from a content script, whatever its page claims to be', async (type) => {
    const calls = listenWithRecordingHandlers();
    const pages = [
      'https://news.example.com/article',
      `https://evil.example/${fakeBrowser.runtime.getURL('/popup.html')}`,
      `${fakeBrowser.runtime.getURL('/').slice(0, -1)}.evil.example/popup.html`,
      undefined,
    ];
    for (const url of pages) {
      expect(await deliver(EXAMPLES[type], { ...tabSender(7), url })).toEqual(PAGES_ONLY);
    }
    expect(calls).toEqual([]);
  });

  it('leaves messages meant for content scripts unanswered', async () => {
    const calls = listenWithRecordingHandlers();
    expect(await deliver({ target: 'content', type: 'getPageModels' }, popupSender())).toBeUndefined();
    expect(await deliver({ target: 'content', type: 'openCard' }, tabSender(7))).toBeUndefined();
    expect(await deliver({ ...EXAMPLES.getStatus, target: 'content' }, popupSender())).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('what may be asked', () => {
  const settingsUrls = { openrouter: 'javascript:alert(1)', modelsDev: 'https://models.dev/api.json', huggingFace: 'https://huggingface.co/api/models/' };
  const offList: [string, unknown][] = [
    ['an unknown type', { type: 'deleteEverything' }],
    ['a type with a space', { type: 'getStatus ' }],
    ['a type given as a list', { type: ['getStatus'] }],
    ['a bare string', 'getStatus'],
    ['null', null],
    ['a number', 42],
    ['a list', [EXAMPLES.getStatus]],
    ['an empty object', {}],
    ['no operations', { type: 'changePins', operations: [] }],
    ['101 operations', { type: 'changePins', operations: ids(101).map((modelId) => ({ kind: 'unpin', modelId })) }],
    ['an operation not on the list', { type: 'changePins', operations: [{ kind: 'clearAll' }] }],
    ['a pin without a time', { type: 'changePins', operations: [{ kind: 'pin', pin: { modelId: 'openai/gpt-4o', name: 'GPT-4o' } }] }],
    ['a model id that is a number', { type: 'getModel', id: 42 }],
    ['a model id with markup', { type: 'getModel', id: '<img src=x onerror=alert(1)>' }],
    ['a missing model id', { type: 'hovered' }],
    ['51 models to compare', { type: 'openComparison', ids: ids(51) }],
    ['2,001 page mentions', { type: 'pageMentions', host: 'news.example.com', modelIds: ids(2001), distinct: 1 }],
    ['a negative mention count', { type: 'pageMentions', host: 'news.example.com', modelIds: [], distinct: -1 }],
    ['an import over 20 MB', { type: 'importPins', text: 'x'.repeat(MAX_IMPORT_BYTES + 1) }],
    ['an import that is not text', { type: 'importPins', text: { pins: [] } }],
    ['a refresh interval of zero', { type: 'updateSettings', patch: { refreshIntervalHours: 0 } }],
    ['a javascript: source url', { type: 'updateSettings', patch: { sourceUrls: settingsUrls } }],
    ['a theme off the list', { type: 'updateSettings', patch: { theme: 'hacker' } }],
    ['a host with a path', { type: 'enableSite', host: 'evil.example/path' }],
    ['a repo id that climbs directories', { type: 'getHubModel', repoId: '../../etc' }],
  ];

  it.each(offList)('answers %s with "unknown request" and runs nothing', async (_, request) => {
    const calls = listenWithRecordingHandlers();
    expect(await deliver(request, popupSender())).toEqual(UNKNOWN_REQUEST);
    expect(await deliver(request, tabSender(7))).toEqual(UNKNOWN_REQUEST);
    expect(calls).toEqual([]);
  });

  it('passes on only the fields of the allow-list, never extra ones', async () => {
    const calls = listenWithRecordingHandlers();
    await deliver({ type: 'getStatus', extra: 'ignored' }, popupSender());
    await deliver(JSON.parse('{"type": "updateSettings", "patch": {"theme": "dark", "isAdmin": true, "__proto__": {"polluted": true}}}'), popupSender());
    await deliver({ type: 'changePins', operations: [{ kind: 'unpin', modelId: 'openai/gpt-4o', everything: true }] }, tabSender(7));
    expect(calls.map(({ request }) => request)).toEqual([
      { type: 'getStatus' },
      { type: 'updateSettings', patch: { theme: 'dark' } },
      { type: 'changePins', operations: [{ kind: 'unpin', modelId: 'openai/gpt-4o' }] },
    ]);
    expect(Object.getPrototypeOf((calls[1]!.request as Extract<Request, { type: 'updateSettings' }>).patch)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never lets a value reach a handler unless it parses, and then only as parsed', async () => {
    const nearlyRequests = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(...Object.values(EXAMPLES)),
      fc.record({ type: fc.constantFrom(...TYPES) }).chain((base) => fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 4 }).map((fields) => ({ ...fields, ...base }))),
      fc.constantFrom(...TYPES).chain((type) =>
        fc.record({ type: fc.constant(type), id: fc.jsonValue(), ids: fc.jsonValue(), host: fc.jsonValue(), text: fc.jsonValue(), patch: fc.jsonValue(), operations: fc.jsonValue() }, { requiredKeys: ['type'] }),
      ),
    );
    const popup = popupSender();
    const senders = fc.constantFrom<Runtime.MessageSender>(popup, tabSender(3), otherExtensionSender());
    await fc.assert(
      fc.asyncProperty(nearlyRequests, senders, async (raw, sender) => {
        fakeBrowser.reset();
        const calls = listenWithRecordingHandlers();
        const reply = await deliver(raw, sender);
        const parsed = RequestSchema.safeParse(raw);
        const forContent = !!raw && typeof raw === 'object' && (raw as { target?: unknown }).target === 'content';
        if (sender.id !== fakeBrowser.runtime.id || forContent) {
          expect(reply).toBeUndefined();
          expect(calls).toEqual([]);
        } else if (!parsed.success) {
          expect(reply).toEqual(UNKNOWN_REQUEST);
          expect(calls).toEqual([]);
        } else if (EXTENSION_PAGES_ONLY.includes(parsed.data.type) && sender !== popup) {
          expect(reply).toEqual(PAGES_ONLY);
          expect(calls).toEqual([]);
        } else {
          expect(reply).toEqual({ ok: true, value: `answered ${parsed.data.type}` });
          expect(calls.map(({ request }) => request)).toEqual([parsed.data]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('requests a web page may not make, against stored user data', () => {
  const PINS = { version: 1, data: { pins: UNVERSIONED_PINS[1]!.pins } };

  beforeEach(async () => {
    listenForRequests(backgroundHandlers);
    await store({ [STORAGE_KEYS.pins]: PINS, [STORAGE_KEYS.settings]: settingsV2(), [STORAGE_KEYS.sightings]: SIGHTINGS_V1 });
  });

  const changes = [
    EXAMPLES.updateSettings,
    { type: 'importPins', text: exportPins({ pins: [{ modelId: 'evil/model', name: 'Evil', pinnedAt: '2026-01-01T00:00:00.000Z' }] }, new Date()) },
    EXAMPLES.clearSightings,
    EXAMPLES.disableSite,
    EXAMPLES.enableSite,
  ];

  it('changes nothing when a content script asks', async () => {
    const before = await areaText();
    for (const request of changes) {
      expect(await deliver(request, tabSender(7))).toEqual(PAGES_ONLY);
    }
    expect(await deliver(EXAMPLES.exportPins, tabSender(7))).toEqual(PAGES_ONLY);
    expect(await areaText()).toBe(before);
  });

  it('makes the same changes when the popup asks', async () => {
    expect(await deliver(changes[0], popupSender())).toMatchObject({ ok: true, value: { theme: 'dark' } });
    expect(await deliver(changes[1], popupSender())).toEqual({ ok: true, value: { added: 1, skipped: 0, leftOut: 0 } });
    expect(await deliver(changes[2], popupSender())).toEqual({ ok: true });
    const stored = await fakeBrowser.storage.local.get([STORAGE_KEYS.pins, STORAGE_KEYS.sightings]);
    expect(stored[STORAGE_KEYS.pins]).toMatchObject({ data: { pins: expect.arrayContaining([expect.objectContaining({ modelId: 'evil/model' })]) } });
    expect(stored[STORAGE_KEYS.sightings]).toEqual({ version: 1, data: {} });
  });
});
