import { describe, expect, it } from 'vitest';
import type { CatalogueModel } from '@/lib/catalogue/catalogue';
import { decompose } from '@/lib/compare/decomposed';
import { catalogueModel, figure, LLAMA, MINI, rank, SONNET } from './fixtures';

/** A vision model with a benchmark quality and an input/output price (blended = (3 × input + output) / 4). */
function visionModel(n: number, quality: number, input: number, output = input, extra: Partial<CatalogueModel> = {}): CatalogueModel {
  return catalogueModel({
    id: `lab/vision-${n}`,
    name: `Vision ${n}`,
    price: { input: figure(input), output: figure(output) },
    contextWindow: figure(128_000),
    modalities: { input: ['text', 'image'], output: ['text'] },
    capabilities: { vision: 'openrouter' },
    rank: rank(50, { subScores: { quality, adoption: 10, ecosystem: 10, value: 10, freshness: 10 } }),
    ...extra,
  });
}

function byKey(model: CatalogueModel, catalogue: readonly CatalogueModel[]) {
  return new Map(decompose(model, catalogue).capabilities.map((c) => [c.key, c]));
}

describe('decomposed capabilities: one sentence per fact in the data', () => {
  it('lists every capability of Claude Sonnet 4 with its figures', () => {
    const capabilities = decompose(SONNET, [SONNET, MINI, LLAMA]).capabilities;
    expect(capabilities.map((c) => c.sentence)).toEqual([
      'Writes text, up to 64K tokens per answer',
      'Holds 200K tokens of context: a long (128K to 1M tokens) window',
      'Reads images within 200K tokens of context',
      'Reads files and PDFs within 200K tokens of context',
      'Calls tools: picks a function you define and fills in its arguments',
      'Reasons step by step before it answers (effort levels not recorded)',
      'Caches prompts: repeated input costs $0.30 instead of $3.00 per 1M tokens (90% less)',
    ]);
  });

  it('names the license of open weights, and says when the answer length is not given', () => {
    const sentences = decompose(LLAMA, [SONNET, MINI, LLAMA]).capabilities.map((c) => c.sentence);
    expect(sentences).toContain('Writes text (answer length limit not given)');
    expect(sentences).toContain('Open weights under the llama3.1 license: you can download and run it yourself');
    expect(sentences).toContain('Holds 131K tokens of context: a long (128K to 1M tokens) window');
  });

  it('reads image generation, speech and embeddings from the output modalities', () => {
    const flux = catalogueModel({ id: 'bfl/flux', name: 'FLUX', type: 'image', modalities: { input: ['text', 'image'], output: ['image'] } });
    const voice = catalogueModel({ id: 'lab/voice', name: 'Voice', type: 'speech', modalities: { input: ['text'], output: ['speech'] } });
    const embed = catalogueModel({ id: 'lab/embed', name: 'Embed', type: 'embedding', modalities: { input: ['text'], output: ['embeddings'] } });
    const sentencesOf = (m: CatalogueModel) => decompose(m, [flux, voice, embed]).capabilities.map((c) => c.sentence);
    expect(sentencesOf(flux)).toEqual(['Reads images', 'Generates and edits images from text and images']);
    expect(sentencesOf(voice)).toEqual(['Speaks: answers with generated audio']);
    expect(sentencesOf(embed)).toEqual(['Turns text into embedding vectors (the sources give no dimension count)']);
  });

  it('says so when no source describes the API features', () => {
    const bare = catalogueModel({ id: 'lab/bare', name: 'Bare' });
    expect(decompose(bare, [bare]).notice).toMatch(/^No source describes its API features/);
    expect(decompose(SONNET, [SONNET]).notice).toBeUndefined();
  });
});

describe('Unique: only where earned', () => {
  // Twenty vision models: Vision 1 is the cheapest and the best; the others cost $2–$20 at quality 40–59.
  const field = Array.from({ length: 19 }, (_, i) => visionModel(i + 2, 40 + i, i + 2));
  const leader = visionModel(1, 80, 1, 1, { contextWindow: figure(1_000_000) });
  const catalogue = [leader, ...field];

  it('claims the top 5% among twenty or more models sharing the capability, with the figure', () => {
    expect(byKey(leader, catalogue).get('imageInput')?.unique).toBe(
      'The cheapest of 20 vision models ($1.00 per 1M tokens, blended 3:1 input:output); the largest context of 20 vision models (1M tokens); the highest quality of 20 vision models (quality 80/100).',
    );
  });

  it('says nothing when nothing stands out', () => {
    expect(byKey(field[9]!, catalogue).get('imageInput')?.unique).toBeUndefined();
  });

  it('claims the only one with a combination among the models sharing the capability', () => {
    const searcher = visionModel(30, 45, 9, 9, { capabilities: { vision: 'openrouter', webSearch: 'openrouter' } });
    expect(byKey(searcher, [searcher, ...field]).get('imageInput')?.unique).toBe(
      'The only one of 20 vision models that also searches the web.',
    );
  });
});

describe('vs alternatives', () => {
  it('places it by price among models of its quality band and names those that score higher for at most 2× the price', () => {
    const subject = visionModel(1, 62, 2); // blended $2.00, quality band ≥ 60
    const catalogue = [
      subject,
      visionModel(2, 61, 1), // same band, cheaper, not clearly better
      visionModel(3, 70, 3), // higher, within 2×
      visionModel(4, 66, 4), // higher, exactly 2×
      visionModel(5, 90, 5), // higher, beyond 2×
      visionModel(6, 63, 3), // within noise: not "higher"
      visionModel(7, 50, 0.5), // below the band
    ];
    expect(byKey(subject, catalogue).get('imageInput')?.alternatives).toBe(
      '2nd cheapest of 6 vision models with quality ≥ 60; 2 score higher and cost at most 2× more: Vision 3 and Vision 4.',
    );
  });

  it('says when none scores higher within reach', () => {
    const subject = visionModel(1, 75, 1);
    expect(byKey(subject, [subject, visionModel(2, 70, 1)]).get('imageInput')?.alternatives).toBe(
      'Cheapest of 2 vision models with quality ≥ 70; none scores higher for at most 2× the price.',
    );
  });

  it('says when it is alone in its quality band', () => {
    const subject = visionModel(1, 75, 1);
    expect(byKey(subject, [subject, visionModel(2, 60, 1)]).get('imageInput')?.alternatives).toBe(
      'The only one of 2 vision models with quality ≥ 70 and a known price; none scores higher for at most 2× the price.',
    );
  });

  it('does not weigh an estimated quality against measured ones', () => {
    const estimated = visionModel(1, 90, 2, 2, { rank: rank(50, { qualityEstimated: true }) });
    expect(byKey(estimated, [estimated, visionModel(2, 50, 1), visionModel(3, 60, 3)]).get('imageInput')?.alternatives).toBe(
      '2nd cheapest of 3 vision models with a known price; it has no benchmark quality to weigh that against.',
    );
  });

  it('says when no other model of its type shares the capability', () => {
    expect(byKey(SONNET, [SONNET, LLAMA]).get('promptCaching')?.alternatives).toBe('No other text model in the catalogue caches prompts.');
  });
});
