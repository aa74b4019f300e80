import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanText, MAX_DESCRIPTION_LENGTH, MAX_NAME_LENGTH } from '@/lib/catalogue/clean-text';
import { hubRepoLink, modelLinks } from '@/lib/catalogue/links';
import { createSearchIndex } from '@/lib/catalogue/search';
import { parseHuggingFaceModel } from '@/lib/catalogue/sources/hugging-face';
import { buildDetectionIndex, type DetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';
import { modelById } from '@/lib/ext/background/catalogue-cache';
import { writeCatalogue } from '@/lib/ext/shared/catalogue-store';
import { deriveFromCatalogue } from '@/lib/ext/background/derived';
import { EMOJI_NAME, HOSTILE_NAME_SHOWN, hostileCatalogue, PROTOTYPE_IDS } from './fixtures/hostile-catalogue';

const NOW = new Date('2026-08-20T12:00:00.000Z');
const KNOWN_HOSTS = ['openrouter.ai', 'huggingface.co', 'models.dev'];

// Bidi embeddings/overrides/isolates and marks, BOM, C0 and C1 controls (tab and newline become spaces).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The shape of Object.prototype and Array.prototype, to compare before and after. */
function prototypeShape(): string {
  const describe = (proto: object) => Reflect.ownKeys(proto).map(String).sort().join(',');
  return `${describe(Object.prototype)}|${describe(Array.prototype)}|${String(Object.getPrototypeOf(Object.prototype))}`;
}

const catalogue = hostileCatalogue(NOW);
const model = (id: string) => catalogue.models.find((m) => m.id === id);

describe('hostile names in a catalogue payload', () => {
  it('markup stays literal text, and bidi overrides, isolates and control characters are removed', () => {
    expect(model('hostile/markup')?.name).toBe(HOSTILE_NAME_SHOWN);
    for (const m of catalogue.models) {
      for (const text of [m.name, ...m.names, m.description?.value ?? '']) expect(text).not.toMatch(INVISIBLE_CONTROLS);
    }
  });

  it('a 10,000-character name and a 20,000-character description are clamped', () => {
    const long = model('hostile/long')!;
    expect(long.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(long.name).toMatch(/^L+…$/);
    expect(model('hostile/markup')!.description!.value.length).toBeLessThanOrEqual(MAX_DESCRIPTION_LENGTH);
    for (const m of catalogue.models) expect(m.name.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
  });

  it('emoji and ZWJ sequences pass through whole; a wall of them is clamped without splitting a surrogate pair', () => {
    expect(model('hostile/emoji')?.name).toBe(EMOJI_NAME);
    const wall = model('hostile/emoji-wall')!.name;
    expect(wall.length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(wall).not.toMatch(LONE_SURROGATE);
    expect(wall.endsWith('…')).toBe(true);
  });

  it('any text, cleaned and clamped: within the limit, no invisible controls, no half surrogate pairs (property)', () => {
    const hostileUnit = fc.oneof(
      fc.constantFrom('\u202E', '\u202D', '\u2066', '\u2069', '\u200F', '\uFEFF', '\u0000', '\u001B', '\u0085', '\u200D', '👨‍👩‍👧', '🇺🇦', '<', '>', '"', '\n', '\t'),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.string({ unit: hostileUnit, maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (raw, limit) => {
        const shown = cleanText(raw, limit);
        expect(shown.length).toBeLessThanOrEqual(limit);
        expect(shown).not.toMatch(INVISIBLE_CONTROLS);
        if (!LONE_SURROGATE.test(raw)) expect(shown).not.toMatch(LONE_SURROGATE);
        expect(shown).toBe(shown.trim());
      }),
      { numRuns: 500 },
    );
  });
});

describe('links from hostile ids and names', () => {
  const isSafeLink = (url: string) => {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && KNOWN_HOSTS.includes(parsed.host) && parsed.username === '' && parsed.password === '';
  };

  it('a javascript: or protocol-relative Hugging Face id gives no link; every link is https to a known host', () => {
    const markup = model('hostile/markup')!;
    expect(markup.ids.huggingFace).toBe('javascript:alert(1)');
    expect(modelLinks(markup).map((l) => l.label)).toEqual(['OpenRouter', 'models.dev']);
    expect(modelLinks(model('hostile/link-tricks')!).map((l) => l.label)).toEqual(['OpenRouter']);
    for (const m of catalogue.models) for (const link of modelLinks(m)) expect(isSafeLink(link.url), link.url).toBe(true);
  });

  it('any ids and any name: only https links to openrouter.ai, huggingface.co and models.dev (property)', () => {
    const hostileId = fc.oneof(
      fc.constantFrom('javascript:alert(1)', '//evil.example/x', 'https://evil.example/a', 'a/b@evil.example', 'a/..', '../../x', 'a/b?x=1#y', 'data:text/html,<b>', '\u202Ea/b', 'a\\b/c', 'a/%2e%2e'),
      fc.string({ maxLength: 40 }),
      fc.tuple(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 })).map(([a, b]) => `${a}/${b}`),
    );
    fc.assert(
      fc.property(
        fc.array(hostileId, { maxLength: 3 }),
        fc.option(hostileId, { nil: undefined }),
        fc.array(hostileId, { maxLength: 2 }),
        fc.string(),
        (openrouter, huggingFace, modelsDev, name) => {
          const links = modelLinks({ ids: { openrouter, modelsDev, ...(huggingFace === undefined ? {} : { huggingFace }) }, name });
          for (const link of links) expect(isSafeLink(link.url), link.url).toBe(true);
          const hub = huggingFace === undefined ? undefined : hubRepoLink(huggingFace);
          if (hub) expect(isSafeLink(hub.url), hub.url).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('ids that name Object.prototype properties', () => {
  let prototypeBefore: string;

  beforeEach(() => {
    fakeBrowser.reset();
    prototypeBefore = prototypeShape();
  });

  it('parse, merge and rank leave Object.prototype unchanged and keep every such model under its id', () => {
    const fresh = hostileCatalogue(NOW);
    expect(prototypeShape()).toBe(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const id of PROTOTYPE_IDS) expect(fresh.models.find((m) => m.id === id), id).toBeDefined();
    // `__proto__` alone is not an author/slug id: dropped and counted, not imported.
    expect(fresh.sources.openrouter).toMatchObject({ total: 13, kept: 12, dropped: 1 });
    // A models.dev provider and model keyed "__proto__" or "constructor" is imported like any other.
    expect(fresh.sources['models.dev']).toMatchObject({ total: 4, kept: 4, dropped: 0 });
    expect(model('__proto__/__proto__')?.ids.modelsDev).toEqual(['__proto__/__proto__']);
    expect(model('constructor/constructor')?.ids.modelsDev).toEqual(['__proto__/constructor']);
    expect(model('prototype/prototype')?.ids.modelsDev).toEqual(['constructor/prototype']);
    // An item's own "__proto__" key is data to ignore, never its prototype.
    expect(Object.getPrototypeOf(model('maker/own-proto-key'))).toBe(Object.prototype);
    expect(model('maker/own-proto-key')).not.toHaveProperty('polluted');
  });

  it('the stored catalogue still finds them by id, and search and the page scanner find them by name', async () => {
    await writeCatalogue(catalogue, deriveFromCatalogue(catalogue));
    for (const id of PROTOTYPE_IDS) expect((await modelById(id))?.model.id, id).toBe(id);
    expect(await modelById('toString')).toBeUndefined();
    expect(await modelById('__proto__')).toBeUndefined();

    const search = createSearchIndex(catalogue.models);
    expect(search.search('maker/constructor', 3)[0]?.id).toBe('maker/constructor');

    const stored = (await fakeBrowser.storage.local.get('detectionIndex')).detectionIndex as string;
    const index = JSON.parse(stored) as DetectionIndex;
    const text = 'Compare constructor/constructor with maker/__proto__ and maker/hasOwnProperty.';
    const found = createMatcher(index)
      .scan(text)
      .map((m) => (m.kind === 'specific' ? index.models[m.target]!.id : undefined));
    expect(found).toEqual(['constructor/constructor', 'maker/__proto__', 'maker/hasOwnProperty']);
    // The stored index is the detection index, plus the Hub repo ids of the same models.
    const built = buildDetectionIndex(catalogue.models);
    expect({ ...index, exactIds: [] }).toEqual({ ...built, exactIds: [] });
    expect(index.exactIds).toEqual(expect.arrayContaining(built.exactIds));
    expect(prototypeShape()).toBe(prototypeBefore);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a Hugging Face task named %s is not read as a model type', (task) => {
    const hub = parseHuggingFaceModel(JSON.parse(`{"id":"org/repo","pipeline_tag":${JSON.stringify(task)}}`), NOW.toISOString());
    expect(hub.type).toBe('text');
    expect(hub.hub?.pipelineTag).toBe(task);
  });
});
