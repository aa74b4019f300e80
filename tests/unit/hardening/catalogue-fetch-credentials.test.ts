import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fetchJson, type FetchLike } from '@/lib/catalogue/fetch-json';
import { lookUpHubRecord } from '@/lib/ext/background/hub-lookup';
import { refreshNow } from '@/lib/ext/background/refresh-runner';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { FakeNetwork, jsonAnswer, offlineAnswer } from './fixtures/catalogue-network';
import { modelsDevPayload, openRouterPayload } from './fixtures/catalogue-payloads';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('requests to the catalogue APIs carry no cookies or credentials', () => {
  let network: FakeNetwork;

  beforeEach(() => {
    fakeBrowser.reset();
    network = new FakeNetwork();
    network.install();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a refresh and a Hugging Face look-up fetch with credentials: "omit", no cache, and a timeout signal', async () => {
    network.route(DEFAULT_SOURCE_URLS.openrouter, jsonAnswer(openRouterPayload(3))).route(DEFAULT_SOURCE_URLS.modelsDev, jsonAnswer(modelsDevPayload(3)));
    network.route(`${DEFAULT_SOURCE_URLS.huggingFace}org/repo`, jsonAnswer({ id: 'org/repo' }));
    await refreshNow();
    await lookUpHubRecord('org/repo', { baseUrl: DEFAULT_SOURCE_URLS.huggingFace, now: () => new Date() });

    expect(network.requests.map((r) => r.url).sort()).toEqual(
      [DEFAULT_SOURCE_URLS.openrouter, DEFAULT_SOURCE_URLS.modelsDev, `${DEFAULT_SOURCE_URLS.huggingFace}org/repo`].sort(),
    );
    for (const { url, init } of network.requests) {
      expect(init.credentials, url).toBe('omit');
      expect(init.cache, url).toBe('no-store');
      expect(init.signal, url).toBeInstanceOf(AbortSignal);
      expect(new Headers(init.headers).has('cookie'), url).toBe(false);
      expect(new Headers(init.headers).has('authorization'), url).toBe(false);
    }
  });

  it.each([
    ['an answer', () => Response.json({ data: [] })],
    ['an HTTP error', () => new Response('no', { status: 503 })],
    ['a network failure', () => offlineAnswer({})],
  ])('fetchJson omits credentials whatever comes back (%s)', async (_, answer) => {
    const seen: RequestInit[] = [];
    const fetchImpl: FetchLike = async (_url, init) => {
      seen.push(init);
      return answer();
    };
    await fetchJson('https://api.example/models', { timeoutMs: 1000, now: () => new Date(), fetchImpl });
    expect(seen.map((init) => init.credentials)).toEqual(['omit']);
  });

  it('no other code calls fetch on its own: network requests all go through fetchJson', () => {
    const sourceFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) return sourceFiles(path);
        return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
      });
    const directFetches = ['lib', 'entrypoints', 'components']
      .flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .filter((line) => /(?<![\w.])fetch\(/.test(line))
          .map((line) => `${relative(ROOT, file)}: ${line.trim()}`),
      );
    expect(directFetches.sort()).toEqual([
      // The one place the extension hands the browser's network to fetchJson.
      'lib/ext/background/network.ts: export const browserFetch: FetchLike = (url, init) => fetch(url, init);',
      // The packaged catalogue, read from the extension's own files: no network, no cookies.
      'lib/ext/shared/catalogue-store.ts: const response = await fetch(browser.runtime.getURL(BUNDLED_CATALOGUE_PATH));',
    ]);
  });
});
