import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { catalogueItem, refreshStatusItem } from '@/lib/ext/shared/storage/items';
import { refreshNow } from '@/lib/ext/background/refresh-runner';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { modelsDevItem, modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';
import { FakeNetwork, jsonAnswer } from './fixtures/catalogue-network';
import { storedCatalogueBytes } from './fixtures/catalogue-storage';

const OPENROUTER = DEFAULT_SOURCE_URLS.openrouter;
const MODELS_DEV = DEFAULT_SOURCE_URLS.modelsDev;
const goodItems = openRouterPayload(3).data;
const goodProviders = modelsDevPayload(3);

const WRONG_SHAPES: { source: 'openrouter' | 'models.dev'; shape: string; payload: unknown; says: string }[] = [
  { source: 'openrouter', shape: '`data` missing', payload: { object: 'list' }, says: 'OpenRouter payload has no "data" list (got keys object)' },
  { source: 'openrouter', shape: '`data` renamed to `models`', payload: { models: goodItems }, says: 'OpenRouter payload has no "data" list (got keys models)' },
  { source: 'openrouter', shape: '`data` renamed to `Data`', payload: { Data: goodItems }, says: 'OpenRouter payload has no "data" list (got keys Data)' },
  { source: 'openrouter', shape: 'a bare array instead of an object', payload: goodItems, says: 'OpenRouter payload has no "data" list (got a list)' },
  { source: 'openrouter', shape: 'null', payload: null, says: 'OpenRouter payload has no "data" list (got null)' },
  { source: 'openrouter', shape: 'a JSON string', payload: 'maintenance', says: 'OpenRouter payload has no "data" list (got string)' },
  { source: 'openrouter', shape: '`data` is an object, not a list', payload: { data: { 'maker0/model-0': goodItems[0] } }, says: 'OpenRouter payload has no "data" list (got keys data)' },
  { source: 'openrouter', shape: '`data` is null', payload: { data: null }, says: 'OpenRouter payload has no "data" list (got keys data)' },
  { source: 'openrouter', shape: 'an empty object', payload: {}, says: 'OpenRouter payload has no "data" list (got an empty object)' },
  { source: 'models.dev', shape: 'an array instead of a map of providers', payload: Object.values(goodProviders), says: 'models.dev payload is not a map of providers (got a list)' },
  { source: 'models.dev', shape: 'null', payload: null, says: 'models.dev payload is not a map of providers (got null)' },
  { source: 'models.dev', shape: 'a number', payload: 404, says: 'models.dev payload is not a map of providers (got number)' },
  { source: 'models.dev', shape: 'providers wrapped in `data`', payload: { data: goodProviders }, says: 'models.dev payload lists no providers with models' },
  { source: 'models.dev', shape: '`models` renamed in every provider', payload: { reseller: { name: 'Reseller', items: { a: modelsDevItem('a', 'A') } } }, says: 'models.dev payload lists no providers with models' },
  { source: 'models.dev', shape: '`models` a list instead of a map', payload: { reseller: { models: [modelsDevItem('a', 'A')] } }, says: 'models.dev payload lists no providers with models' },
  { source: 'models.dev', shape: 'an empty object', payload: {}, says: 'models.dev payload lists no providers with models' },
  { source: 'openrouter', shape: 'an empty `data` list', payload: { data: [] }, says: 'OpenRouter payload lists no usable models (the list is empty)' },
  {
    source: 'openrouter',
    shape: '`id` renamed to `slug` in every item',
    payload: { data: goodItems.map(({ id, ...rest }) => ({ slug: id, ...rest })) },
    says: 'OpenRouter payload lists no usable models (3 items, none usable, e.g. #0: id: Invalid input: expected string, received undefined)',
  },
  {
    source: 'models.dev',
    shape: '`name` renamed to `title` in every model',
    payload: { reseller: { models: { a: { id: 'a', title: 'A' }, b: { id: 'b', title: 'B' } } } },
    says: 'models.dev payload lists no usable models (2 items, none usable, e.g. reseller/a: name: Invalid input: expected string, received undefined)',
  },
];

describe('a payload whose top level has the wrong shape', () => {
  let network: FakeNetwork;
  let lastGood: string;

  beforeEach(async () => {
    fakeBrowser.reset();
    network = new FakeNetwork();
    network.route(OPENROUTER, jsonAnswer(openRouterPayload(20))).route(MODELS_DEV, jsonAnswer(modelsDevPayload(10)));
    network.install();
    expect((await refreshNow()).state).toBe('ok');
    lastGood = await storedCatalogueBytes();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each(WRONG_SHAPES)('$source sends $shape → whole payload rejected with a clear error; cache untouched', async ({ source, payload, says }) => {
    network.route(source === 'openrouter' ? OPENROUTER : MODELS_DEV, jsonAnswer(payload));
    const status = await refreshNow();

    expect(status.state).toBe('failed');
    expect(status.sources[source]).toMatchObject({ ok: false, message: says });
    expect(status.sources[source]).not.toHaveProperty('kept');
    expect(status.message).toBe(`Kept the last good catalogue: ${source}: ${says}`);
    expect(await refreshStatusItem.read()).toEqual(status);
    expect(await storedCatalogueBytes()).toBe(lastGood);
  });

  it('the other source being fine does not let half a catalogue through', async () => {
    network.route(OPENROUTER, jsonAnswer({ models: goodItems }));
    const before = await catalogueItem.read();
    const status = await refreshNow();
    expect(status.sources['models.dev']).toMatchObject({ ok: true, kept: 11 });
    expect(status.state).toBe('failed');
    expect((await catalogueItem.read())?.models.map((m) => m.id)).toEqual(before?.models.map((m) => m.id));
    expect(await storedCatalogueBytes()).toBe(lastGood);
  });
});
