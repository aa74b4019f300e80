import { describe, expect, it } from 'vitest';
import { mergeSources } from '@/lib/catalogue/merge';
import { parseModelsDev } from '@/lib/catalogue/sources/models-dev';
import { parseOpenRouter } from '@/lib/catalogue/sources/openrouter';

/** Facts the sources gave wrongly, each fixed by a rule: the maker's entry, then OpenRouter, then other hosts. */

type Entry = Record<string, unknown> & { id: string; name: string };
const modelsDev = (providers: Record<string, Entry[]>) =>
  parseModelsDev(
    Object.fromEntries(Object.entries(providers).map(([id, models]) => [id, { name: id, models: Object.fromEntries(models.map((m) => [m.id, m])) }])),
    '2026-07-01T00:00:00Z',
  ).models;
const openrouter = (data: unknown[]) => parseOpenRouter({ data }, '2026-08-19T00:00:00Z').models;
const text = { input: ['text'], output: ['text'] };

describe('facts by trust order', () => {
  it('takes capability flags from OpenRouter or the maker, not from one reseller (no "Reasoning" on Llama 3.3 70B)', () => {
    const [llama] = mergeSources([
      ...openrouter([{ id: 'meta-llama/llama-3.3-70b-instruct', name: 'Meta: Llama 3.3 70B Instruct', supported_parameters: ['tools', 'temperature'] }]),
      ...modelsDev({
        'github-models': [{ id: 'meta/llama-3.3-70b-instruct', name: 'Llama-3.3-70B-Instruct', reasoning: true, tool_call: true, modalities: text }],
        groq: [{ id: 'llama-3.3-70b-versatile', name: 'Llama 3.3 70B Instruct', reasoning: false, tool_call: true, modalities: text }],
      }),
    ]);
    expect(llama!.capabilities.reasoning).toBeUndefined();
    expect(llama!.capabilities.tools).toBe('openrouter');
  });

  it('lets a majority of hosts decide a flag only where neither the maker nor OpenRouter lists the model', () => {
    const hosts = (reasoning: boolean[]) =>
      mergeSources(modelsDev(Object.fromEntries(reasoning.map((r, i) => [`host${i}`, [{ id: 'meta-llama/llama-3.1-8b', name: 'Llama 3.1 8B', reasoning: r, modalities: text }]]))))[0]!;
    expect(hosts([true, false, false]).capabilities.reasoning).toBeUndefined();
    expect(hosts([true, true, false]).capabilities.reasoning).toBe('models.dev/host0');
  });

  it("dates o3 by OpenAI's own release, not a reseller's listing date", () => {
    const [o3] = mergeSources(
      modelsDev({
        'github-models': [{ id: 'openai/o3', name: 'OpenAI o3', release_date: '2025-01-31', modalities: text }],
        openai: [{ id: 'o3', name: 'o3', release_date: '2025-04-16', modalities: text }],
        azure: [{ id: 'o3', name: 'o3', release_date: '2025-04-16', modalities: text }],
      }),
    );
    expect(o3!.releaseDate).toEqual({ value: '2025-04-16', source: 'models.dev/openai' });
  });

  it('dates DeepSeek R1 by the middle of the hosts, so one host\'s "November 2024" does not win', () => {
    const [r1] = mergeSources(
      modelsDev({
        nvidia: [{ id: 'deepseek-ai/deepseek-r1', name: 'DeepSeek R1', release_date: '2024-11-01', modalities: text }],
        vercel: [{ id: 'deepseek/deepseek-r1', name: 'DeepSeek-R1', release_date: '2025-01-20', modalities: text }],
        togetherai: [{ id: 'deepseek-ai/DeepSeek-R1', name: 'DeepSeek R1', release_date: '2025-01-20', modalities: text }],
      }),
    );
    expect(r1!.releaseDate?.value).toBe('2025-01-20');
  });

  it("gives Kimi K2 the paid listing's context, not its free tier's 32.8K, and no $0 disagreement", () => {
    const [kimi] = mergeSources(
      modelsDev({
        openrouter: [
          { id: 'moonshotai/kimi-k2:free', name: 'Kimi K2 (free)', cost: { input: 0, output: 0 }, limit: { context: 32800, output: 32800 }, modalities: text },
          { id: 'moonshotai/kimi-k2', name: 'Kimi K2', cost: { input: 0.55, output: 2.2 }, limit: { context: 131072, output: 32768 }, modalities: text },
        ],
      }),
    );
    expect(kimi!.contextWindow?.value).toBe(131072);
    expect(kimi!.price.input).toEqual({ value: 0.55, source: 'models.dev/openrouter' });
    expect(kimi!.free).toEqual({ value: true, source: 'models.dev/openrouter' });
  });

  it("drops GPT-3.5 Turbo's cache-read price above its input price (a cache read is a discount)", () => {
    const [gpt] = mergeSources(modelsDev({ openai: [{ id: 'gpt-3.5-turbo', name: 'GPT-3.5-turbo', cost: { input: 0.5, output: 1.5, cache_read: 1.25 }, modalities: text }] }));
    expect(gpt!.price.input?.value).toBe(0.5);
    expect(gpt!.price.cacheRead).toBeUndefined();
    expect(gpt!.capabilities.promptCaching).toBeUndefined();
  });

  it('names the maker of FLUX.1-dev and Whisper, not NVIDIA that hosts them, and types Whisper as transcription', () => {
    const merged = mergeSources(
      modelsDev({
        nvidia: [
          { id: 'flux_1-dev', name: 'FLUX.1-dev', modalities: { input: ['text'], output: ['image'] } },
          { id: 'whisper-large-v3', name: 'Whisper Large v3', modalities: { input: ['audio'], output: ['text'] } },
          { id: 'nemotron-4-340b', name: 'Nemotron 4 340B', modalities: text },
          { id: 'nvidia/llama-3.1-nemotron-70b', name: 'Nemotron 70B', modalities: text },
        ],
        'cloudflare-workers-ai': [
          { id: 'flux-1-schnell', name: '@cf/black-forest-labs/flux-1-schnell', modalities: { input: ['text'], output: ['image'] } },
          { id: 'whisper', name: '@cf/openai/whisper', modalities: { input: ['audio'], output: ['text'] } },
        ],
      }),
    );
    const named = (name: string) => merged.find((m) => m.name === name)!;
    expect(named('FLUX.1-dev').author).toBe('black-forest-labs');
    expect(named('Whisper Large v3')).toMatchObject({ author: 'openai', type: 'transcription' });
    // NVIDIA's own model on NVIDIA's API is still NVIDIA's.
    expect(named('Nemotron 4 340B').author).toBe('nvidia');
  });

  it('takes the maker a host writes in the name before a family guess (Deepgram Nova 3 is not Amazon Nova)', () => {
    const merged = mergeSources([
      ...openrouter([{ id: 'amazon/nova-pro-v1', name: 'Amazon: Nova Pro 1.0' }]),
      ...modelsDev({ 'cloudflare-workers-ai': [{ id: 'nova-3', name: '@cf/deepgram/nova-3', modalities: { input: ['audio'], output: ['text'] } }] }),
    ]);
    expect(merged.find((m) => m.name === '@cf/deepgram/nova-3')!.author).toBe('deepgram');
  });

  it('prices a ~…-latest alias as its target: a reseller\'s copy of the alias is not a model of its own', () => {
    const merged = mergeSources([
      ...openrouter([
        { id: 'anthropic/claude-sonnet-5', name: 'Anthropic: Claude Sonnet 5', pricing: { prompt: '0.000002', completion: '0.00001' } },
        { id: '~anthropic/claude-sonnet-latest', name: 'Anthropic: Claude Sonnet Latest', pricing: { prompt: '0.000003', completion: '0.000015' }, alias_target: { slug: 'anthropic/claude-sonnet-5' } },
      ]),
      ...modelsDev({ kilo: [{ id: '~anthropic/claude-sonnet-latest', name: 'Claude Sonnet Latest', cost: { input: 3, output: 15 }, modalities: text }] }),
    ]);
    const withAlias = merged.filter((m) => m.ids.openrouter.includes('~anthropic/claude-sonnet-latest') || m.ids.modelsDev.includes('kilo/~anthropic/claude-sonnet-latest'));
    expect(withAlias.map((m) => m.id)).toEqual(['anthropic/claude-sonnet-5']);
    expect(withAlias[0]!.price.input?.value).toBe(2);
    expect(merged).toHaveLength(1);
  });
});
