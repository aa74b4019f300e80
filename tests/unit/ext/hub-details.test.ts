import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBundledCatalogue } from '@/lib/catalogue/bundled';
import type { ModelDetails } from '@/lib/ext/shared/messages';
import { DEFAULT_SOURCE_URLS } from '@/lib/user-data/settings-defaults';
import { FakeNetwork, jsonAnswer, offlineAnswer } from '../hardening/fixtures/catalogue-network';

const HUB = DEFAULT_SOURCE_URLS.huggingFace;
const START = new Date('2026-08-20T12:00:00.000Z').getTime();
const catalogue = buildBundledCatalogue(new Date('2026-08-20T00:00:00Z'));
const detailsOf = (id: string) => Promise.resolve({ model: catalogue.models.find((m) => m.id === id)! } as ModelDetails);

describe('Hub details in the background: records, lineage, cache, budget', () => {
  let network: FakeNetwork;
  let details: typeof import('@/lib/ext/background/hub-details').hubDetails;
  let lookUps: typeof import('@/lib/ext/background/hub-lookup');
  const ask = (repo: string, at = START, page?: string) => details(repo, { baseUrl: HUB, now: () => new Date(at), page }, catalogue, detailsOf);

  beforeEach(async () => {
    fakeBrowser.reset();
    network = new FakeNetwork();
    network.install();
    vi.resetModules();
    details = (await import('@/lib/ext/background/hub-details')).hubDetails;
    lookUps = await import('@/lib/ext/background/hub-lookup');
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('a quantization of a catalogue model carries that model, a fine-tune only names its base', async () => {
    network.route(`${HUB}unsloth/Qwen3-30B-A3B-GGUF`, jsonAnswer({ id: 'unsloth/Qwen3-30B-A3B-GGUF', tags: ['gguf', 'base_model:quantized:Qwen/Qwen3-30B-A3B'], downloads: 5 }));
    network.route(`${HUB}someone/Qwen3-DeepSeek-R1-Mix`, jsonAnswer({ id: 'someone/Qwen3-DeepSeek-R1-Mix', tags: ['base_model:finetune:someone/mid'] }));
    network.route(`${HUB}someone/mid`, jsonAnswer({ id: 'someone/mid', tags: ['base_model:adapter:Qwen/Qwen3-30B-A3B'] }));

    const quant = await ask('unsloth/Qwen3-30B-A3B-GGUF');
    expect(quant).toMatchObject({ ok: true, lineage: { relation: 'quantized', base: 'Qwen/Qwen3-30B-A3B', baseModel: { id: 'qwen/qwen3-30b-a3b' } } });
    expect(quant.ok && quant.sameWeightsAs?.model.id).toBe('qwen/qwen3-30b-a3b');
    // The base is in the catalogue: no request for it.
    expect(network.requests.map((r) => r.url)).toEqual([`${HUB}unsloth/Qwen3-30B-A3B-GGUF`]);

    const finetune = await ask('someone/Qwen3-DeepSeek-R1-Mix');
    expect(finetune).toMatchObject({ ok: true, lineage: { relation: 'finetune', base: 'someone/mid', baseModel: { id: 'qwen/qwen3-30b-a3b' } } });
    expect(finetune.ok && finetune.sameWeightsAs).toBeUndefined();
  });

  it('asks once for many hovers of the same repo at once, and not again for a day', async () => {
    network.route(`${HUB}org/repo`, jsonAnswer({ id: 'org/repo', likes: 3 }));
    const answers = await Promise.all(Array.from({ length: 10 }, () => ask('org/repo')));
    expect(answers.every((a) => a.ok)).toBe(true);
    expect(await ask('org/repo', START + 23 * 3600_000)).toMatchObject({ ok: true, stats: { likes: 3 } });
    expect(network.requestsTo(`${HUB}org/repo`)).toHaveLength(1);
  });

  it('offline, shows the last known record and why it is not fresh', async () => {
    network.route(`${HUB}org/repo`, jsonAnswer({ id: 'org/repo', likes: 3 }));
    await ask('org/repo');
    network.route(`${HUB}org/repo`, offlineAnswer);
    const later = await ask('org/repo', START + 2 * 86_400_000);
    expect(later).toMatchObject({ ok: true, fetchedAt: new Date(START).toISOString(), stats: { likes: 3 }, staleBecause: expect.stringMatching(/could not reach/) });
  });

  it('a private or gated repo gets a clear line, and a hostile answer is no record', async () => {
    network.route(`${HUB}org/private`, () => new Response('{"error":"Repository not found"}', { status: 401 }));
    expect(await ask('org/private')).toEqual({ ok: false, repoId: 'org/private', error: 'the Hub has no public record of it (private, gated or missing)' });
    network.route(`${HUB}org/hostile`, jsonAnswer({ id: '<img src=x onerror=alert(1)>', tags: 'nope' }));
    expect(await ask('org/hostile')).toMatchObject({ ok: false, error: expect.stringMatching(/not a model/) });
  });

  it('keeps each page within its request budget, and a new load starts a new one', async () => {
    const repos = Array.from({ length: 60 }, (_, i) => `org/repo-${i}`);
    for (const id of repos) network.route(`${HUB}${id}`, jsonAnswer({ id }));
    // Hovers spread over ten minutes: the rate limiter refills, the page's budget does not.
    for (const [i, id] of repos.entries()) await ask(id, START + i * 10_000, '7');
    expect(network.requests).toHaveLength(lookUps.PAGE_REQUEST_BUDGET);
    expect(await ask('org/repo-59', START + 600_000, '7')).toMatchObject({ ok: false, error: `this page has used its ${lookUps.PAGE_REQUEST_BUDGET} Hugging Face look-ups` });
    lookUps.startPageBudget('7', { loading: true, url: 'https://huggingface.co/models' });
    expect(await ask('org/repo-59', START + 600_000, '7')).toMatchObject({ ok: true });
  });

  it('a move to another address in the page (no load) starts a new budget; a #fragment change does not', async () => {
    const repos = Array.from({ length: 45 }, (_, i) => `org/repo-${i}`);
    for (const id of repos) network.route(`${HUB}${id}`, jsonAnswer({ id }));
    const BUDGET = lookUps.PAGE_REQUEST_BUDGET;
    lookUps.startPageBudget('8', { loading: true, url: 'https://huggingface.co/models' });
    for (const [i, id] of repos.slice(0, BUDGET).entries()) await ask(id, START + i * 10_000, '8');
    const spent = { ok: false, error: `this page has used its ${BUDGET} Hugging Face look-ups` };
    expect(await ask(repos[BUDGET]!, START + 600_000, '8')).toMatchObject(spent);
    lookUps.startPageBudget('8', { loading: false, url: 'https://huggingface.co/models#top' });
    expect(await ask(repos[BUDGET + 1]!, START + 600_000, '8')).toMatchObject(spent);
    lookUps.startPageBudget('8', { loading: false, url: 'https://huggingface.co/models?p=2' });
    expect(await ask(repos[BUDGET + 2]!, START + 600_000, '8')).toMatchObject({ ok: true });
  });

  it('a 429 pause outlives a stopped service worker', async () => {
    network.route(`${HUB}org/busy`, () => new Response('slow down', { status: 429, headers: { 'retry-after': '120' } }));
    network.route(`${HUB}org/later`, jsonAnswer({ id: 'org/later' }));
    expect(await ask('org/busy')).toMatchObject({ ok: false, error: expect.stringMatching(/rate-limiting/) });
    // The worker stops: its memory is gone, storage is not.
    vi.resetModules();
    details = (await import('@/lib/ext/background/hub-details')).hubDetails;
    expect(await ask('org/later', START + 60_000)).toMatchObject({ ok: false, error: 'Hugging Face look-ups are paused for 60 s' });
    expect(network.requestsTo(`${HUB}org/later`)).toHaveLength(0);
    expect(await ask('org/later', START + 121_000)).toMatchObject({ ok: true });
  });

  it('a catalogue model card gets the last known Hub figures at once, and fetches them for next time', async () => {
    network.route(`${HUB}Qwen/Qwen3-30B-A3B`, jsonAnswer({ id: 'Qwen/Qwen3-30B-A3B', downloads: 402_000, likes: 812 }));
    const options = { baseUrl: HUB, now: () => new Date(START) };
    expect(await lookUps.knownHubRecord('Qwen/Qwen3-30B-A3B', options)).toBeUndefined();
    await vi.waitFor(async () => expect(await lookUps.knownHubRecord('Qwen/Qwen3-30B-A3B', options)).toMatchObject({ stats: { downloads: 402_000, likes: 812 } }));
    expect(network.requestsTo(`${HUB}Qwen/Qwen3-30B-A3B`)).toHaveLength(1);
  });
});
