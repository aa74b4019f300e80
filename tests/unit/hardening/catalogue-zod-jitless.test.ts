import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * Extension pages run under a CSP without 'unsafe-eval': `new Function` and `eval` throw
 * there. Zod compiles fast parsers with `new Function` unless configured jitless, and probes
 * for it with a `new Function("")` that such a CSP reports as a violation even when caught.
 * Here both are replaced by stubs that refuse and record; nothing may call them.
 */
const codeGenerationAttempts: string[] = [];

function refusing(what: string) {
  return () => {
    codeGenerationAttempts.push(what);
    throw new EvalError(`${what} refused (no runtime code generation)`);
  };
}

beforeAll(() => {
  vi.stubGlobal('Function', new Proxy(Function, { construct: refusing('new Function'), apply: refusing('Function()') }));
  vi.stubGlobal('eval', refusing('eval'));
  // Every schema module is loaded fresh below, after the stubs are in place.
  vi.resetModules();
});

afterAll(() => {
  vi.unstubAllGlobals();
});

const ROOT = resolve(import.meta.dirname, '../../..');

describe('zod runs jitless: no runtime code generation', () => {
  it('every message the extension accepts parses, and one off the allow-list is refused', async () => {
    const { RequestSchema } = await import('@/lib/ext/shared/messages');
    const pin = { modelId: 'anthropic/claude-sonnet-4', name: 'Claude Sonnet 4', pinnedAt: '2026-08-20T12:00:00.000Z', page: { url: 'https://example.com/a', title: 'A' } };
    const examples = [
      { type: 'getStatus' },
      { type: 'refreshNow' },
      { type: 'getSettings' },
      { type: 'updateSettings', patch: { theme: 'dark', volume: { inputTokens: 1, outputTokens: 2 } } },
      { type: 'getModel', id: 'anthropic/claude-sonnet-4' },
      { type: 'getHubModel', repoId: 'meta-llama/Llama-3.1-8B-Instruct' },
      { type: 'changePins', operations: [{ kind: 'pin', pin }, { kind: 'unpin', modelId: 'openai/gpt-4o' }] },
      { type: 'importPins', text: '{"format":"model-lens-pins"}' },
      { type: 'exportPins' },
      { type: 'pageMentions', host: 'example.com', modelIds: ['openai/gpt-4o'], distinct: 1 },
      { type: 'hovered', id: 'openai/gpt-4o' },
      { type: 'compareWith', id: 'openai/gpt-4o' },
      { type: 'openComparison', ids: ['openai/gpt-4o', 'anthropic/claude-sonnet-4'] },
      { type: 'loadCard' },
      { type: 'enableSite', host: 'example.com' },
      { type: 'disableSite', host: 'example.com' },
      { type: 'startInTab', tabId: 3 },
      { type: 'clearSightings' },
    ];
    const accepted = RequestSchema.options.map((option) => option.shape.type.value);
    expect(examples.map((e) => e.type).sort()).toEqual([...accepted].sort());
    for (const example of examples) expect(RequestSchema.safeParse(example).error, example.type).toBeUndefined();
    expect(RequestSchema.safeParse({ type: 'runScript', code: 'alert(1)' }).success).toBe(false);
    expect(RequestSchema.safeParse({ type: 'getModel', id: '<img src=x onerror=alert(1)>' }).success).toBe(false);
    expect(codeGenerationAttempts).toEqual([]);
  });

  it('settings (current and migrated), pins, pin operations, exports and sightings parse', async () => {
    const { SETTINGS_SPEC, defaultSettings } = await import('@/lib/user-data/settings');
    const { readVersioned } = await import('@/lib/user-data/versioned');
    const { PINS_SPEC } = await import('@/lib/pins/pins-spec');
    const { PinOperationSchema } = await import('@/lib/pins/operations');
    const { exportPins, parseImport } = await import('@/lib/pins/transfer');
    const { SIGHTINGS_SPEC } = await import('@/lib/user-data/sightings-spec');

    expect(SETTINGS_SPEC.schema.parse(defaultSettings())).toEqual(defaultSettings());
    expect(readVersioned({ version: 1, data: { refreshIntervalHours: 6, sourceUrls: defaultSettings().sourceUrls, rankWeights: defaultSettings().rankWeights } }, SETTINGS_SPEC)).toMatchObject({
      kind: 'migrated',
      data: { refreshIntervalHours: 6, theme: 'auto' },
    });
    const pins = { pins: [{ modelId: 'openai/gpt-4o', name: 'GPT-4o', pinnedAt: '2026-08-20T14:00:00+02:00' }] };
    expect(PINS_SPEC.schema.parse(pins).pins[0]!.pinnedAt).toBe('2026-08-20T12:00:00.000Z');
    expect(readVersioned(['openai/gpt-4o'], PINS_SPEC)).toMatchObject({ kind: 'migrated', data: { pins: [{ modelId: 'openai/gpt-4o' }] } });
    expect(PinOperationSchema.parse({ kind: 'unpin', modelId: 'openai/gpt-4o' })).toEqual({ kind: 'unpin', modelId: 'openai/gpt-4o' });
    const imported = parseImport(exportPins(PINS_SPEC.schema.parse(pins), new Date('2026-08-21T00:00:00Z')));
    expect(imported).toMatchObject({ ok: true, pins: [{ modelId: 'openai/gpt-4o' }] });
    expect(SIGHTINGS_SPEC.schema.parse({ 'openai/gpt-4o': { count: 2, sites: { 'example.com': 2 }, lastSeen: '2026-08-20' } })).toHaveProperty(['openai/gpt-4o', 'count'], 2);
    expect(codeGenerationAttempts).toEqual([]);
  });

  it('the source item schemas (OpenRouter, models.dev, Hugging Face) parse', async () => {
    const { parseOpenRouter } = await import('@/lib/catalogue/sources/openrouter');
    const { parseModelsDev } = await import('@/lib/catalogue/sources/models-dev');
    const { parseHuggingFaceList, parseHuggingFaceModel } = await import('@/lib/catalogue/sources/hugging-face');
    const { openRouterItem, modelsDevItem } = await import('./fixtures/catalogue-payloads');

    expect(parseOpenRouter({ data: [openRouterItem({ id: 'maker/a', name: 'Maker: A' }), { bad: true }] }, 'x').report).toMatchObject({ total: 2, kept: 1 });
    expect(parseModelsDev({ p: { models: { a: modelsDevItem('a', 'A'), b: null } } }, 'x').report).toMatchObject({ total: 2, kept: 1 });
    expect(parseHuggingFaceModel({ id: 'org/repo', downloads: 5, cardData: { license: 'mit' } }, 'x').hub).toMatchObject({ downloads: 5, license: 'mit' });
    expect(parseHuggingFaceList([{ id: 'org/repo' }, { id: 'no slash' }], 'x').report).toMatchObject({ total: 2, kept: 1 });
    expect(codeGenerationAttempts).toEqual([]);
  });

  it('the page contract and the answer checks (the small zod build) parse', async () => {
    const { PageRequestSchema, PAGE_ANSWER_SCHEMAS } = await import('@/lib/ext/shared/page-messages');
    const { ANSWER_SCHEMAS, EnvelopeSchema } = await import('@/lib/ext/shared/answers');
    expect(PageRequestSchema.safeParse({ target: 'content', type: 'getPageModels' }).success).toBe(true);
    expect(PageRequestSchema.safeParse({ target: 'content', type: 'runScript' }).success).toBe(false);
    expect(PAGE_ANSWER_SCHEMAS.getPageModels.safeParse([{ id: 'openai/gpt-4o', name: 'GPT-4o', count: 1 }]).success).toBe(true);
    expect(EnvelopeSchema.safeParse({ ok: true, value: 'x' }).success).toBe(true);
    expect(ANSWER_SCHEMAS.importPins.safeParse({ added: 1, skipped: 0, leftOut: 0 }).success).toBe(true);
    expect(ANSWER_SCHEMAS.compareWith.safeParse({ opened: 'yes' }).success).toBe(false);
    expect(codeGenerationAttempts).toEqual([]);
  });

  it('every module takes zod from lib/zod or lib/zod-mini, which turn jitless on before any schema exists', () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(path);
        return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
      });
    const importsZodDirectly = ['lib', 'entrypoints', 'components']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .filter((file) => /from\s+['"]zod(?:\/[^'"]*)?['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(importsZodDirectly.sort()).toEqual(['lib/zod-mini.ts', 'lib/zod.ts']);
    for (const file of importsZodDirectly) expect(readFileSync(join(ROOT, file), 'utf8')).toMatch(/z\.config\(\{\s*jitless:\s*true\s*\}\)/);
  });
});
