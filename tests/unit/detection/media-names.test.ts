import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
import { finderFor, model } from './models';

/** A media model one reseller lists under its maker's name, as models.dev has them. */
function media(id: string, name: string, type: IndexableModel['type']): IndexableModel {
  return { ...model(id, name, { providers: 1 }), ids: { openrouter: [], modelsDev: [`vercel/${id}`] }, type };
}

const MODELS = [
  media('bytedance/seedance-v1.0-pro', 'Seedance v1.0 Pro', 'video'),
  media('digitalocean/stable-diffusion-3.5-large', 'Stable Diffusion 3.5 Large', 'image'),
  media('google/veo-2', 'Veo-2', 'video'),
  media('leonardo-ai/lucid-origin', 'Lucid Origin', 'image'),
  model('fal-ai/schnell', 'FLUX.1 schnell', { hf: 'black-forest-labs/FLUX.1-schnell' }),
  { ...model('openai/gpt-4o-transcribe', 'GPT-4o Transcribe'), type: 'transcription' as const },
  model('openai/gpt-4o', 'GPT-4o'),
  model('openai/chatgpt-4o-latest', 'ChatGPT-4o Latest'),
  // Voyage's models on OpenRouter are all embedding models; a reseller files two more as text.
  ...['voyage-code-4', 'voyage-4', 'voyage-4-lite'].map((slug) => ({ ...model(`voyageai/${slug}`, slug), type: 'embedding' as const })),
  media('voyage/voyage-3-large', 'voyage-3-large', 'text'),
  media('tinfoil/nomic-embed-text', 'Nomic Embed Text v1.5', 'text'),
  // A one-reseller text model stays out of text detection.
  { ...model('somebot/helper-2', 'Helper 2', { providers: 1 }), ids: { openrouter: [], modelsDev: ['somebot/helper-2'] } },
];
const found = finderFor(MODELS);

describe('media models as people write them', () => {
  it('finds versioned image and video models a single provider serves, with and without the "v"', () => {
    // Phrasings from video- and image-model comparisons.
    expect(found('Seedance 1.0 Pro keeps motion steadier than Veo 2; Stable Diffusion 3.5 Large wins on text.')).toEqual([
      ['Seedance 1.0 Pro', 'bytedance/seedance-v1.0-pro'],
      ['Veo 2', 'google/veo-2'],
      ['Stable Diffusion 3.5 Large', 'digitalocean/stable-diffusion-3.5-large'],
    ]);
    expect(found('Helper 2 and Lucid Origin')).toEqual([]);
  });

  it('reads a tier written in square brackets', () => {
    expect(found('FLUX.1 [schnell] renders in four steps.')).toEqual([['FLUX.1 [schnell]', 'fal-ai/schnell']]);
  });

  it('reads a speech model named task first', () => {
    // A speech-to-text price comparison.
    expect(found('(Whisper Large-v2 and Transcribe 4o), and Google is far costlier')).toEqual([['Transcribe 4o', 'openai/gpt-4o-transcribe']]);
    // A text model's last word does not lead the same way.
    expect(found('the latest 4o model')).toEqual([['4o', 'openai/gpt-4o']]);
  });

  it('finds embedding models a reseller files as text, by their name or their family', () => {
    // An embedding-model comparison table.
    expect(found('| voyage-3-large | Voyage AI | 65.1 | $0.18 |\n| nomic-embed-text-v1.5 | Nomic (open source) | 768 |')).toEqual([
      ['voyage-3-large', 'voyage/voyage-3-large'],
      ['nomic-embed-text-v1.5', 'tinfoil/nomic-embed-text'],
    ]);
  });
});
