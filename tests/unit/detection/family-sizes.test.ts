import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('google/gemma-3-4b-it', 'Gemma 3 4B', { authorName: 'Google' }),
  model('google/gemma-3-12b-it', 'Gemma 3 12B', { authorName: 'Google' }),
  model('google/gemma-3-27b-it', 'Gemma 3 27B', { authorName: 'Google' }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.1-405b-instruct', 'Llama 3.1 405B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.2-1b-instruct', 'Llama 3.2 1B Instruct', { authorName: 'Meta' }),
  model('nousresearch/hermes-3-llama-3.1-70b', 'Hermes 3 70B Instruct', { authorName: 'Nous' }),
  model('nousresearch/hermes-3-llama-3.1-405b', 'Hermes 3 405B Instruct', { authorName: 'Nous' }),
  model('nousresearch/hermes-4-70b', 'Hermes 4 70B', { authorName: 'Nous' }),
  model('qwen/qwen3-32b', 'Qwen3 32B', { authorName: 'Qwen' }),
  model('qwen/qwen3-30b-a3b', 'Qwen3 30B A3B', { authorName: 'Qwen' }),
  model('qwen/qwen3-0.6b', 'Qwen3 0.6B', { authorName: 'Qwen' }),
  model('qwen/qwen3-8b', 'Qwen3 8B', { authorName: 'Qwen' }),
  model('qwen/qwen3.6-27b', 'Qwen3.6 27B', { authorName: 'Qwen' }),
  model('qwen/qwen3.6-35b-a3b', 'Qwen3.6 35B A3B', { authorName: 'Qwen' }),
  model('qwen/qwen3.6-3b', 'Qwen3.6 3B', { authorName: 'Qwen' }),
  model('openai/gpt-oss-120b', 'gpt-oss-120b', { authorName: 'OpenAI' }),
  model('openai/gpt-oss-20b', 'gpt-oss-20b', { authorName: 'OpenAI' }),
];
const found = finderFor(MODELS);
const specific = (text: string) => found(text).filter(([, id]) => !id.startsWith('family:'));

describe('bare sizes that continue a family named before them', () => {
  it('reads a list of sizes after the family as its models', () => {
    // The Llama 3.1 model card.
    expect(specific('The Llama 3.1 instruction tuned text only models (8B, 70B, 405B) are optimized for multilingual dialogue use cases.')).toEqual([
      ['8B', 'meta-llama/llama-3.1-8b-instruct'],
      ['70B', 'meta-llama/llama-3.1-70b-instruct'],
      ['405B', 'meta-llama/llama-3.1-405b-instruct'],
    ]);
    // A Gemma 3 model card on a model directory.
    expect(specific('the instruction‑tuned, multimodal member of the Gemma 3 family. It supports a very long context window (128K tokens for the 27B/12B/4B sizes), and produces text outputs.')).toEqual([
      ['27B', 'google/gemma-3-27b-it'],
      ['12B', 'google/gemma-3-12b-it'],
      ['4B', 'google/gemma-3-4b-it'],
    ]);
  });

  it('reads a list a colon or a dash leads in', () => {
    // Release notes and model overviews.
    expect(specific('Gemma 3 instruction-tuned checkpoints, in three sizes: 4B, 12B and 27B.')).toEqual([
      ['4B', 'google/gemma-3-4b-it'],
      ['12B', 'google/gemma-3-12b-it'],
      ['27B', 'google/gemma-3-27b-it'],
    ]);
    expect(specific('Llama 3.1 models were trained at three scales — 8B, 70B and 405B parameters.')).toEqual([]);
  });

  it('passes over what glosses an item, and a size the family does not have', () => {
    // Fireworks' docs: Llama 3.1 has no 1B model (Llama 3.2 has one, which is another generation).
    expect(specific('For example, Llama 3.1 is available as 70B (largest, slowest, most capable), 8B (medium speed and quality), and 1B (fastest, cheapest, least capable).')).toEqual([
      ['70B', 'meta-llama/llama-3.1-70b-instruct'],
      ['8B', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
  });

  it('reads a single size only where the text says it names a model, with the nearest family that has it', () => {
    // An open-weight ranking: the older Qwen3 models named in between have no 27B or 35B-A3B.
    expect(
      specific(
        "Qwen3.6, released April 2026, is the current iteration of Alibaba's Qwen3 family — it supersedes the original Qwen3-32B and Qwen3-30B-A3B from May 2025. The 27B dense model emphasizes quality; the 35B-A3B MoE model activates only 3B parameters per token, making inference cost equivalent to a 3B dense model.",
      ),
    ).toEqual([
      ['Qwen3-32B', 'qwen/qwen3-32b'],
      ['Qwen3-30B-A3B', 'qwen/qwen3-30b-a3b'],
      ['27B', 'qwen/qwen3.6-27b'],
      ['35B-A3B', 'qwen/qwen3.6-35b-a3b'],
    ]);
    // A Hermes 3 review: Hermes 3 is named after Llama 3.1, so its 405B is meant.
    expect(specific('Where Llama-3.1-70B-Instruct is tuned to refuse certain categories of requests, Hermes 3 is trained to be steerable. The paper notes that the 405B version is so sensitive to system prompts.')).toEqual([
      ['Llama-3.1-70B-Instruct', 'meta-llama/llama-3.1-70b-instruct'],
      ['405B', 'nousresearch/hermes-3-llama-3.1-405b'],
    ]);
    // Without the Hermes family in the catalogue, "Hermes 3" is a versioned name it does not know, nearer than Llama 3.1.
    const withoutHermes = finderFor(MODELS.filter((m) => !m.id.startsWith('nousresearch/')));
    expect(withoutHermes('Where Llama-3.1-70B-Instruct is tuned to refuse certain categories of requests, Hermes 3 is trained to be steerable. The paper notes that the 405B version is so sensitive to system prompts.')).toEqual([
      ['Llama-3.1-70B-Instruct', 'meta-llama/llama-3.1-70b-instruct'],
    ]);
    // A nearer name of another brand that has no such size: either could be meant.
    expect(specific('Llama 3.1 was compared with Qwen3-32B; the 70B model won.')).toEqual([['Qwen3-32B', 'qwen/qwen3-32b']]);
    // A line with no version is named by one of its sizes (OpenAI's gpt-oss announcement).
    expect(specific('gpt-oss-120b runs efficiently on a single 80 GB GPU, while the 20B model can run on edge devices with just 16 GB of memory.')).toEqual([
      ['gpt-oss-120b', 'openai/gpt-oss-120b'],
      ['20B', 'openai/gpt-oss-20b'],
    ]);
    // A decimal size in the name that sets the family: "Qwen3-0.6B" is Qwen3.
    expect(specific('Qwen3-0.6B runs on a phone; the 8B model needs a GPU.')).toEqual([
      ['Qwen3-0.6B', 'qwen/qwen3-0.6b'],
      ['8B', 'qwen/qwen3-8b'],
    ]);
  });

  it('leaves sizes that count something, or that could be pretrained or instruct checkpoints', () => {
    // The Llama 3.1 model card: pretrained and instruct checkpoints alike.
    expect(specific('The Meta Llama 3.1 collection of multilingual large language models (LLMs) is a collection of pretrained and instruction tuned generative models in 8B, 70B and 405B sizes (text in/text out).')).toEqual([]);
    // A Gemma 3 overview: the sentence before says both checkpoints.
    expect(specific('It ships in four sizes — 1B, 4B, 12B, 27B (plus a tiny 270M variant) as both pretrained and instruction-tuned (-it) checkpoints. Gemma 3 added multimodality (vision + text input, text output) on the 4B/12B/27B sizes.')).toEqual([]);
    // Parameter counts and a pretrained base, as model cards write them.
    expect(specific('Gemma 3 was distilled from the 27B base. Llama 3.1 comes in sizes of up to 405B parameters.')).toEqual([]);
    // The family is named after the size: the one before it is not meant.
    expect(specific('Qwen3 is good at code. The 8B version of Llama 3.1 is better at chat.')).toEqual([]);
    // A family named in an earlier paragraph is not in force.
    expect(specific('Gemma 3 models are multimodal.\n\nTotal input context of 128K tokens for the 4B, 12B, and 27B sizes.')).toEqual([]);
    // A brand with no version does not say which generation.
    expect(specific('Gemma is a family of lightweight open models. The 27B model fits one GPU.')).toEqual([]);
  });
});
