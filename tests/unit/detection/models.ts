import { buildDetectionIndex, type IndexableModel } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';

/** A small hand-written catalogue in the merged shape, enough to exercise the detector's rules. */
export function model(
  id: string,
  name: string,
  options: { names?: string[]; modelsDev?: string[]; hf?: string; authorName?: string; position?: number; providers?: number; resoldOnlyBy?: string } = {},
): IndexableModel {
  return {
    id,
    name,
    names: [name, ...(options.names ?? [])],
    author: id.slice(0, id.indexOf('/')),
    authorName: options.authorName,
    type: 'text',
    // A model one reseller lists and OpenRouter does not, as models.dev gives it.
    ids: options.resoldOnlyBy
      ? { openrouter: [], modelsDev: [`${options.resoldOnlyBy}/${id}`] }
      : { openrouter: [id], modelsDev: options.modelsDev ?? [], ...(options.hf ? { huggingFace: options.hf } : {}) },
    providers: Array.from({ length: options.resoldOnlyBy ? 1 : (options.providers ?? 3) }, (_, i) => `p${i}`),
    // A better position is a higher score, as the rank makes them.
    rank: { score: 100 - (options.position ?? 100) / 10, position: options.position ?? 100, of: 100, subScores: { quality: null, adoption: null, ecosystem: null, value: null, freshness: null }, qualityEstimated: true },
  };
}

export const MODELS: IndexableModel[] = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', modelsDev: ['openai/gpt-4o-2024-08-06', 'azure/gpt-4o'], position: 5 }),
  model('openai/gpt-4o-mini', 'GPT-4o mini', { authorName: 'OpenAI', modelsDev: ['openai/gpt-4o-mini-2024-07-18'], position: 9 }),
  model('openai/gpt-4', 'GPT-4', { authorName: 'OpenAI', modelsDev: ['openai/gpt-4-0613'], position: 40 }),
  model('openai/gpt-4-turbo', 'GPT-4 Turbo', { authorName: 'OpenAI', position: 41 }),
  model('openai/o3', 'o3', { authorName: 'OpenAI', position: 3 }),
  model('openai/o3-mini', 'o3 Mini', { authorName: 'OpenAI', names: ['o3-mini'], position: 12 }),
  model('openai/o1', 'o1', { authorName: 'OpenAI', position: 14 }),
  model('openai/dall-e-3', 'DALL·E 3', { authorName: 'OpenAI', position: 60 }),
  model('anthropic/claude-sonnet-4', 'Claude Sonnet 4', { authorName: 'Anthropic', modelsDev: ['anthropic/claude-sonnet-4-20250514', 'amazon-bedrock/anthropic.claude-sonnet-4-20250514-v1:0'], position: 2 }),
  model('anthropic/claude-3.5-sonnet', 'Claude Sonnet 3.5', { authorName: 'Anthropic', names: ['Claude 3.5 Sonnet'], modelsDev: ['anthropic/claude-3-5-sonnet-20241022'], position: 20 }),
  model('anthropic/claude-opus-4.1', 'Claude Opus 4.1', { authorName: 'Anthropic', position: 4 }),
  model('anthropic/claude-haiku-4.5', 'Claude Haiku 4.5', { authorName: 'Anthropic', position: 8 }),
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta', hf: 'meta-llama/Llama-3.1-8B-Instruct', position: 70 }),
  model('meta-llama/llama-3.1-405b-instruct', 'Llama 3.1 405B Instruct', { authorName: 'Meta', position: 30 }),
  model('meta-llama/llama-3.1-70b-instruct', 'Llama 3.1 70B Instruct', { authorName: 'Meta', position: 35 }),
  model('meta-llama/llama-4-maverick', 'Llama 4 Maverick', { authorName: 'Meta', position: 25 }),
  model('qwen/qwen-2.5-72b-instruct', 'Qwen2.5 72B Instruct', { authorName: 'Qwen', hf: 'Qwen/Qwen2.5-72B-Instruct', position: 45 }),
  model('qwen/qwen3-235b-a22b', 'Qwen3 235B A22B', { authorName: 'Qwen', position: 22 }),
  model('qwen/qwen3-32b', 'Qwen3 32B', { authorName: 'Qwen', position: 33 }),
  model('google/gemini-2.5-pro', 'Gemini 2.5 Pro', { authorName: 'Google', position: 1 }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google', position: 7 }),
  model('google/gemini-2.0-flash-001', 'Gemini 2.0 Flash', { authorName: 'Google', position: 50 }),
  model('mistralai/mistral-large', 'Mistral Large', { authorName: 'Mistral', position: 38 }),
  model('mistralai/mistral-small-3.2-24b-instruct', 'Mistral Small 3.2 24B', { authorName: 'Mistral', position: 48 }),
  model('mistralai/mistral-medium-3', 'Mistral Medium 3', { authorName: 'Mistral', position: 44 }),
  model('mistralai/codestral-2508', 'Codestral', { authorName: 'Mistral', names: ['Codestral 2508'], position: 52 }),
  model('cohere/command-r-plus', 'Command R+', { authorName: 'Cohere', position: 80 }),
  model('cohere/command-r', 'Command R', { authorName: 'Cohere', position: 81 }),
  model('cohere/command-a', 'Command A', { authorName: 'Cohere', position: 82 }),
  model('perplexity/sonar', 'Sonar', { authorName: 'Perplexity', position: 90 }),
  model('perplexity/sonar-pro', 'Sonar Pro', { authorName: 'Perplexity', position: 85 }),
  model('microsoft/phi-4', 'Phi 4', { authorName: 'Microsoft', position: 75 }),
  model('microsoft/phi-3-mini-128k-instruct', 'Phi-3 Mini 128K Instruct', { authorName: 'Microsoft', position: 95 }),
  model('microsoft/phi-3.5-mini-128k-instruct', 'Phi-3.5 Mini 128K Instruct', { authorName: 'Microsoft', position: 96 }),
  model('deepseek/deepseek-chat-v3', 'DeepSeek V3', { authorName: 'DeepSeek', names: ['DeepSeek-V3'], position: 15 }),
  model('deepseek/deepseek-r1', 'R1', { authorName: 'DeepSeek', names: ['DeepSeek R1'], position: 11 }),
  model('deepseek/deepseek-r1-distill-llama-70b', 'R1 Distill Llama 70B', { authorName: 'DeepSeek', position: 60 }),
  model('x-ai/grok-4', 'Grok 4', { authorName: 'xAI', position: 6 }),
  model('x-ai/grok-3', 'Grok 3', { authorName: 'xAI', position: 16 }),
  model('x-ai/grok-3-mini', 'Grok 3 Mini', { authorName: 'xAI', position: 17 }),
  model('openai/gpt-oss-20b', 'gpt-oss-20b', { authorName: 'OpenAI', position: 28 }),
  model('openai/gpt-5.1', 'GPT-5.1', { authorName: 'OpenAI', position: 2 }),
  model('openai/gpt-5.1-codex', 'GPT-5.1-Codex', { authorName: 'OpenAI', position: 3 }),
  model('openai/gpt-5', 'GPT-5', { authorName: 'OpenAI', position: 4 }),
  model('google/gemini-3-pro-image-preview', 'Gemini 3 Pro Image Preview', { authorName: 'Google', position: 31 }),
  model('x-ai/grok-code-fast-1', 'Grok Code Fast 1', { authorName: 'xAI', position: 19 }),
  model('meta-llama/llama-3-70b-instruct', 'Llama 3 70B Instruct', { authorName: 'Meta', position: 66 }),
  model('somebot/frontier', 'frontier', { providers: 1, position: 99 }),
];

/** What a reader would check on a small catalogue: each mention's words and the model (or family) it names. */
export function finderFor(models: readonly IndexableModel[]): (text: string) => [string, string][] {
  const index = buildDetectionIndex(models);
  const matcher = createMatcher(index);
  return (text) =>
    matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.kind === 'specific' ? index.models[m.target]!.id : `family:${index.families[m.target]}`]);
}

/** The same, with the snapshot date a mention carries when the catalogue lists no model of that date. */
export function datedFinderFor(models: readonly IndexableModel[]): (text: string) => [string, string, string?][] {
  const index = buildDetectionIndex(models);
  const matcher = createMatcher(index);
  return (text) =>
    matcher.scan(text).map((m) => {
      const row: [string, string, string?] = [text.slice(m.start, m.end), index.models[m.target]!.id];
      if (m.snapshot) row.push(m.snapshot);
      return row;
    });
}
