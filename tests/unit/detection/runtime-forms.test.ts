import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('microsoft/phi-4', 'Phi 4', { authorName: 'Microsoft' }),
  model('qwen/qwen-2.5-72b-instruct', 'Qwen2.5 72B Instruct', { authorName: 'Qwen' }),
  model('qwen/qwen-2.5-coder-32b-instruct', 'Qwen2.5 Coder 32B Instruct', { authorName: 'Qwen' }),
  model('meta-llama/llama-3.2-3b-instruct', 'Llama 3.2 3B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.3-70b-instruct', 'Llama 3.3 70B Instruct', { authorName: 'Meta', modelsDev: ['amazon-bedrock/meta.llama3-3-70b-instruct-v1:0'], hf: 'meta-llama/Llama-3.3-70B-Instruct' }),
  model('mistralai/mistral-small-3.2-24b-instruct', 'Mistral Small 3.2 24B', { authorName: 'Mistral', hf: 'mistralai/Mistral-Small-3.2-24B-Instruct-2506' }),
  model('anthropic/claude-sonnet-4', 'Claude Sonnet 4', { authorName: 'Anthropic', modelsDev: ['amazon-bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 'google-vertex-anthropic/claude-sonnet-4@20250514'] }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google' }),
  model('google/gemini-2.0-flash', 'Gemini 2.0 Flash', { authorName: 'Google' }),
  model('deepseek/deepseek-r1', 'R1', { authorName: 'DeepSeek', names: ['DeepSeek R1'], hf: 'deepseek-ai/DeepSeek-R1' }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI' }),
];
const found = finderFor(MODELS);
const findVersioned = finderFor([
  model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', { authorName: 'Anthropic' }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta' }),
]);
// Sizes Ollama tags name, with the relatives that state them.
const findTagged = finderFor([
  model('openai/gpt-oss-120b', 'gpt-oss-120b', { authorName: 'OpenAI' }),
  model('qwen/qwen3-coder', 'Qwen3 Coder 480B A35B', { authorName: 'Qwen' }),
  model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen' }),
  model('deepseek/deepseek-r1', 'R1', { authorName: 'DeepSeek', names: ['DeepSeek R1'] }),
  model('alibaba-cn/deepseek-r1-distill-qwen-1-5b', 'DeepSeek R1 Distill Qwen 1.5B', { authorName: 'DeepSeek' }),
]);

describe('provider and runtime dialects', () => {
  it('reads Ollama tags with sizes and quantisation, as pull commands write them', () => {
    expect(found('ollama pull phi4:14b-q4_K_M\nollama run qwen2.5:72b\nollama run llama3.2:3b-instruct-q8_0')).toEqual([
      ['phi4:14b-q4_K_M', 'microsoft/phi-4'],
      ['qwen2.5:72b', 'qwen/qwen-2.5-72b-instruct'],
      ['llama3.2:3b-instruct-q8_0', 'meta-llama/llama-3.2-3b-instruct'],
    ]);
    // The catalogue has the 32B coder only: a 7B tag is another model.
    expect(found('ollama run qwen2.5-coder:7b')).toEqual([]);
  });

  it('reads GGUF files and quantised repos as the model they were made from', () => {
    expect(found('./llama-server -m Mistral-Small-3.2-24B-Instruct-2506-Q4_K_M.gguf -c 8192')).toEqual([
      ['Mistral-Small-3.2-24B-Instruct-2506-Q4_K_M.gguf', 'mistralai/mistral-small-3.2-24b-instruct'],
    ]);
    expect(found('Llama-3.3-70B-Instruct-AWQ, Llama-3.3-70B-Instruct-exl2 and DeepSeek-R1-NVFP4 fit on one node')).toEqual([
      ['Llama-3.3-70B-Instruct-AWQ', 'meta-llama/llama-3.3-70b-instruct'],
      ['Llama-3.3-70B-Instruct-exl2', 'meta-llama/llama-3.3-70b-instruct'],
      ['DeepSeek-R1-NVFP4', 'deepseek/deepseek-r1'],
    ]);
  });

  it('reads a version written with a "v", and Fireworks’ "p" for its dot', () => {
    // LiteLLM's Bedrock table and Fireworks' docs.
    expect(findVersioned('| Anthropic Claude-V3.5 Sonnet | `completion(model=...)` |')).toEqual([['Anthropic Claude-V3.5 Sonnet', 'anthropic/claude-3.5-sonnet']]);
    expect(findVersioned("model='accounts/fireworks/models/llama-v3p1-70b-instruct', messages=[")).toEqual([
      ['accounts/fireworks/models/llama-v3p1-70b-instruct', 'meta-llama/llama-3.1-70b-instruct'],
    ]);
    // Llama 3.2 70B is not listed: "v3p2" is not 3.1.
    expect(findVersioned('llama-v3p2-70b-instruct')).toEqual([]);
  });

  it('reads a host’s serving variant listed as a model of its own as that variant', () => {
    // Together's model strings; one reseller lists the Turbo build.
    const findServed = finderFor([
      model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta', hf: 'meta-llama/Llama-3.1-8B-Instruct' }),
      { ...model('meta-llama/llama-3.1-8b-instruct-turbo', 'Meta Llama 3.1 8B Instruct Turbo', { providers: 1 }), ids: { openrouter: [], modelsDev: ['helicone/llama-3.1-8b-instruct-turbo'] } },
    ]);
    expect(findServed('"meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo" or meta-llama/Llama-3.1-8B-Instruct-AWQ')).toEqual([
      ['meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'meta-llama/llama-3.1-8b-instruct-turbo'],
      ['meta-llama/Llama-3.1-8B-Instruct-AWQ', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
  });

  it('reads Ollama’s hosted tags, with the size the display name states', () => {
    // Ollama's cloud-model docs.
    expect(findTagged('ollama run gpt-oss:120b-cloud')).toEqual([['gpt-oss:120b-cloud', 'openai/gpt-oss-120b']]);
    expect(findTagged('`qwen3-coder:480b-cloud` is the recommended model')).toEqual([['qwen3-coder:480b-cloud', 'qwen/qwen3-coder']]);
  });

  it('reads a size a distilled relative names, however the reseller writes it, as that relative', () => {
    // A tokens-per-second table: Ollama's deepseek-r1:1.5b is the 1.5B Qwen distill (listed as "…-qwen-1-5b").
    expect(findTagged('| deepseek-r1:1.5b | Dense 1.5B | 91.0 |')).toEqual([['deepseek-r1:1.5b', 'alibaba-cn/deepseek-r1-distill-qwen-1-5b']]);
  });

  it('does not read a name that goes on past its build words as the shorter model', () => {
    // An arena row: the experimental thinking build is not Gemini 2.0 Flash.
    expect(found('🥈 Gemini-2.0-Flash-Thinking-Exp-01-21 | 1380 | Google')).toEqual([]);
  });

  it('reads Bedrock ids with inference-profile regions and Vertex versions', () => {
    expect(found('modelId="eu.anthropic.claude-sonnet-4-20250514-v1:0" or meta.llama3-3-70b-instruct-v1:0')).toEqual([
      ['eu.anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic/claude-sonnet-4'],
      ['meta.llama3-3-70b-instruct-v1:0', 'meta-llama/llama-3.3-70b-instruct'],
    ]);
    expect(found('model = "gemini-2.5-pro@default"')).toEqual([['gemini-2.5-pro@default', 'google/gemini-2.5-pro']]);
    // LiteLLM's Vertex partner models, served "as a service".
    expect(found('response = completion(model="vertex_ai/meta/llama-3.3-70b-instruct-maas", messages=messages)')).toEqual([
      ['vertex_ai/meta/llama-3.3-70b-instruct-maas', 'meta-llama/llama-3.3-70b-instruct'],
    ]);
  });

  it('reads OpenRouter variants and gateway paths', () => {
    expect(found('"deepseek/deepseek-r1:free", openai/gpt-4o:online and bedrock/anthropic.claude-sonnet-4-20250514-v1:0')).toEqual([
      ['deepseek/deepseek-r1:free', 'deepseek/deepseek-r1'],
      ['openai/gpt-4o:online', 'openai/gpt-4o'],
      ['bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic/claude-sonnet-4'],
    ]);
    expect(found('@cf/meta/llama-3.3-70b-instruct and vertex_ai/gemini-2.5-pro')).toEqual([
      ['@cf/meta/llama-3.3-70b-instruct', 'meta-llama/llama-3.3-70b-instruct'],
      ['vertex_ai/gemini-2.5-pro', 'google/gemini-2.5-pro'],
    ]);
  });

  it('leaves prose punctuation alone', () => {
    expect(found('Tested on Codex/GPT-4o: fine. At 10:30 GPT-4o: slow.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['GPT-4o', 'openai/gpt-4o'],
    ]);
  });
});
