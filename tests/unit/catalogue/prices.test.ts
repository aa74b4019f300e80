import { describe, expect, it } from 'vitest';
import { mergeSources } from '@/lib/catalogue/merge';
import { perTokenToPerMillion } from '@/lib/catalogue/price';
import { parseModelsDev } from '@/lib/catalogue/sources/models-dev';
import { parseOpenRouter } from '@/lib/catalogue/sources/openrouter';

const openrouter = (data: unknown[]) => parseOpenRouter({ data }, '2026-08-19T00:00:00Z').models;
const modelsDev = (json: Record<string, unknown>) => parseModelsDev(json, '2026-07-01T00:00:00Z').models;
const provider = (models: Record<string, unknown>) => ({ name: 'x', models });

describe('prices with units', () => {
  const [image] = openrouter([
    {
      id: 'black-forest-labs/flux.2-pro',
      name: 'Black Forest Labs: FLUX.2 Pro',
      architecture: { input_modalities: ['text', 'image'], output_modalities: ['image'] },
      pricing: { prompt: '0', completion: '0', image: '0.03', image_output: '0.00000732421875' },
    },
  ]);

  it('reads an image model listed at 0/0 as not priced per token, with its per-image prices kept', () => {
    expect(image!.type).toBe('image');
    expect(image!.prices?.input).toBeUndefined();
    expect(image!.prices?.output).toBeUndefined();
    expect(image!.freeVariant).toBe(false);
    expect(image!.prices?.units).toEqual([
      { usd: 7.32421875, per: '1M image output tokens' },
      { usd: 0.03, per: 'image' },
    ]);
  });

  it('maps every OpenRouter pricing field to its unit, tiered prices with when they apply', () => {
    const [model] = openrouter([
      {
        id: 'google/gemini-x',
        name: 'Google: Gemini X',
        pricing: {
          prompt: '0.00000125',
          completion: '0.00001',
          input_cache_read: '0.000000125',
          input_cache_write: '0.000000375',
          input_cache_write_1h: '0.0000005',
          internal_reasoning: '0.00001',
          image_token: '0.000002',
          audio: '0.000001',
          audio_output: '0.00002',
          input_audio_cache: '0.00000025',
          request: '0.001',
          web_search: '0.01',
          overrides: [{ min_prompt_tokens: 200000, prompt: '0.0000025', completion: '0.000015' }, 'garbage'],
        },
      },
    ]);
    const units = model!.prices!.units!;
    expect(units).toHaveLength(14);
    expect(units).toEqual(
      expect.arrayContaining([
        { usd: 1.25, per: '1M input tokens' },
        { usd: 0.125, per: '1M cache-read tokens' },
        { usd: 0.5, per: '1M cache-write tokens (1h)' },
        { usd: 10, per: '1M reasoning tokens' },
        { usd: 2, per: '1M image tokens' },
        { usd: 1, per: '1M audio tokens' },
        { usd: 20, per: '1M audio output tokens' },
        { usd: 0.25, per: '1M audio cache tokens' },
        { usd: 0.001, per: 'request' },
        { usd: 0.01, per: 'web search' },
        { usd: 2.5, per: '1M input tokens', when: 'prompts over 200K tokens' },
        { usd: 15, per: '1M output tokens', when: 'prompts over 200K tokens' },
      ]),
    );
    // The headline token prices are the ones that always apply, not the tier above 200K.
    expect(model!.prices).toMatchObject({ input: 1.25, output: 10, cacheRead: 0.125, request: 0.001 });
  });

  it('is free only where the listing says so: a :free variant, never a bare 0/0', () => {
    const models = openrouter([
      { id: 'cohere/rerank-4', name: 'Cohere: Rerank 4', architecture: { output_modalities: ['rerank'] }, pricing: { prompt: '0', completion: '0' } },
      { id: 'deepgram/flux-tts:free', name: 'Deepgram: Flux TTS (free)', architecture: { output_modalities: ['speech'] }, pricing: { prompt: '0', completion: '0' } },
    ]);
    const rerank = models.find((m) => m.sourceId === 'cohere/rerank-4')!;
    expect(rerank.freeVariant).toBe(false);
    expect(rerank.prices?.units).toBeUndefined();
    const tts = models.find((m) => m.sourceId === 'deepgram/flux-tts')!;
    expect(tts.freeVariant).toBe(true);
    expect(tts.prices).toMatchObject({ input: 0, output: 0 });
  });

  it('reads a models.dev 0 as unknown unless the listing says free, and keeps the 200K tier', () => {
    const models = modelsDev({
      nvidia: provider({ 'black-forest-labs/flux.1-dev': { id: 'black-forest-labs/flux.1-dev', name: 'FLUX.1-dev', modalities: { input: ['text'], output: ['image'] }, cost: { input: 0, output: 0 } } }),
      openrouter: provider({ 'x/y:free': { id: 'x/y:free', name: 'Y (free)', cost: { input: 0, output: 0 } } }),
      google: provider({
        'gemini-2.5-pro': { id: 'gemini-2.5-pro', name: 'Gemini 2.5 Pro', cost: { input: 1.25, output: 10, cache_read: 0, context_over_200k: { input: 2.5, output: 15 } } },
      }),
    });
    const flux = models.find((m) => m.provider === 'nvidia')!;
    expect(flux.prices?.input).toBeUndefined();
    expect(flux.freeVariant).toBeUndefined();
    expect(models.find((m) => m.provider === 'openrouter')!.prices).toMatchObject({ input: 0, output: 0 });
    const gemini = models.find((m) => m.provider === 'google')!;
    expect(gemini.prices).toMatchObject({ input: 1.25, output: 10 });
    expect(gemini.prices?.cacheRead).toBeUndefined();
    expect(gemini.prices?.units).toContainEqual({ usd: 2.5, per: '1M input tokens', when: 'prompts over 200K tokens' });
  });
});

describe('headline price', () => {
  const llama = (cost: Record<string, unknown>) => ({ id: 'llama-3.3-70b', name: 'Llama 3.3 70B', cost });

  it("takes the maker's own API price over OpenRouter's", () => {
    const [model] = mergeSources([
      ...openrouter([{ id: 'anthropic/claude-x', name: 'Anthropic: Claude X', pricing: { prompt: '0.0000033', completion: '0.0000165' } }]),
      ...modelsDev({ anthropic: provider({ 'claude-x': { id: 'claude-x', name: 'Claude X', cost: { input: 3, output: 15 } } }) }),
    ]);
    expect(model!.price.input).toEqual({ value: 3, source: 'models.dev/anthropic', others: [{ value: 3.3, source: 'openrouter' }] });
    expect(model!.price.units).toContainEqual({ usd: 15, per: '1M output tokens', source: 'models.dev/anthropic' });
  });

  it('takes the median paid provider where neither the maker nor OpenRouter lists it, and never a $0', () => {
    const [model] = mergeSources(
      modelsDev({
        groq: provider({ 'llama-3.3-70b': llama({ input: 0.59, output: 0.79 }) }),
        deepinfra: provider({ 'llama-3.3-70b': llama({ input: 0.23, output: 0.4 }) }),
        together: provider({ 'llama-3.3-70b': llama({ input: 0.88, output: 0.88 }) }),
        ollama: provider({ 'llama-3.3-70b': llama({ input: 0, output: 0 }) }),
      }),
    );
    expect(model!.price.input?.value).toBe(0.59);
    expect(model!.price.output?.value).toBe(0.79);
    expect(model!.free).toBeUndefined();
    expect(model!.price.lowest).toEqual({ input: 0.23, output: 0.4, source: 'models.dev/deepinfra' });
  });

  it("heads with OpenRouter's paid price of a model that also has a :free variant", () => {
    const [model] = mergeSources([
      ...openrouter([
        { id: 'google/gemma-x', name: 'Google: Gemma X', pricing: { prompt: '0.00000007', completion: '0.00000034' } },
        { id: 'google/gemma-x:free', name: 'Google: Gemma X (free)', pricing: { prompt: '0', completion: '0' } },
      ]),
      ...modelsDev({ deepinfra: provider({ 'google/gemma-x': { id: 'google/gemma-x', name: 'Gemma X', cost: { input: 0.06, output: 0.33 } } }) }),
    ]);
    expect(model!.price.input).toEqual({ value: 0.07, source: 'openrouter' });
    expect(model!.free).toEqual({ value: true, source: 'openrouter' });
    expect(model!.price.lowest).toEqual({ input: 0.06, output: 0.33, source: 'models.dev/deepinfra' });
  });

  it('heads with the free listing only where nobody sells the model', () => {
    const [model] = mergeSources(modelsDev({ openrouter: provider({ 'x/y:free': { id: 'x/y:free', name: 'Y (free)', cost: { input: 0, output: 0 } } }) }));
    expect(model!.price.input).toEqual({ value: 0, source: 'models.dev/openrouter' });
    expect(model!.free).toEqual({ value: true, source: 'models.dev/openrouter' });
  });
});

describe('per-token to per-1M conversion', () => {
  it.each([
    ['0.0000311377245508982', 31.1377245508982],
    ['0.0000005', 0.5],
    ['0.00000732421875', 7.32421875],
    ['1.4e-7', 0.14],
    [0.0000025, 2.5],
  ])('moves the decimal point of %s exactly', (raw, perMillion) => {
    expect(perTokenToPerMillion(raw)).toBe(perMillion);
  });
});
