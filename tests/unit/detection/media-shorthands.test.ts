import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { mediaShorthands } from '@/lib/detection/media-shorthands';
import { finderFor, model } from './models';

/** A media model one reseller lists, as models.dev has them. */
function media(id: string, name: string, type: IndexableModel['type'], provider = 'vercel'): IndexableModel {
  return { ...model(id, name, { providers: 1 }), ids: { openrouter: [], modelsDev: [`${provider}/${id}`] }, type };
}

const found = finderFor([
  media('elevenlabs/elevenlabs-v3', 'ElevenLabs-v3', 'audio', 'poe'),
  media('elevenlabs/elevenlabs-v2.5-turbo', 'ElevenLabs-v2.5-Turbo', 'audio', 'poe'),
  media('fal-ai/stable-diffusion-3.5-large', 'Stable Diffusion 3.5 Large', 'image', 'digitalocean'),
  media('amazon/titan-embed-text-v2', 'Titan Text Embeddings V2', 'embedding'),
  media('perplexity/cohere-embed-v3-english', 'Embed v3 English', 'embedding', 'azure'),
  media('perplexity/cohere-embed-v3-multilingual', 'Embed v3 Multilingual', 'embedding', 'azure'),
  model('openai/gpt-4o', 'GPT-4o'),
]);

describe('media models by their makers’ short names', () => {
  it('reads the shortened brand, the initials of a two-word brand and the name without its modality word', () => {
    // A text-to-speech roundup, an image arena table as rendered, LiteLLM's Bedrock embedding table.
    expect(found('ElevenLabs: the expressiveness leader. Eleven v3 for emotional range across 70+ languages.')).toEqual([['Eleven v3', 'elevenlabs/elevenlabs-v3']]);
    expect(found('Diffusion SD 3.5 LargeStability AI~1150‑1180MMDiT diffusion')).toEqual([['SD 3.5 Large', 'fal-ai/stable-diffusion-3.5-large']]);
    expect(found('| Titan Embeddings V2 | `embedding(model="bedrock/amazon.titan-embed-text-v2:0")` |')).toEqual([
      ['Titan Embeddings V2', 'amazon/titan-embed-text-v2'],
      ['bedrock/amazon.titan-embed-text-v2:0', 'amazon/titan-embed-text-v2'],
    ]);
  });

  it("reads ElevenLabs' names and API ids, which put the tier before the version", () => {
    // ElevenLabs' model docs.
    expect(found('Eleven Turbo v2.5 (model_id: eleven_turbo_v2_5) is cheaper than Eleven v3')).toEqual([
      ['Eleven Turbo v2.5', 'elevenlabs/elevenlabs-v2.5-turbo'],
      ['eleven_turbo_v2_5', 'elevenlabs/elevenlabs-v2.5-turbo'],
      ['Eleven v3', 'elevenlabs/elevenlabs-v3'],
    ]);
  });

  it("reads Cohere's API ids, which put the version last", () => {
    // An embedding-model comparison.
    expect(found('| embed-english-v3.0 | Cohere | 1024 | 512 tokens |\n- For Multilingual: Cohere embed-multilingual-v3.0 Supports 100+ languages')).toEqual([
      ['embed-english-v3.0', 'perplexity/cohere-embed-v3-english'],
      ['embed-multilingual-v3.0', 'perplexity/cohere-embed-v3-multilingual'],
    ]);
  });

  it('never reads the short brand without its version', () => {
    expect(found('Eleven voices and an SD card; Titan Embeddings, Embed English and Stable Diffusion')).toEqual([]);
    expect(mediaShorthands('Kling Video 2.1')).toEqual([]);
    expect(mediaShorthands('Cohere Rerank 4 Pro')).toEqual([]);
  });
});
