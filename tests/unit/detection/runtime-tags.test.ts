import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

// Relatives of bare Ollama names as the catalogue holds them: a reseller's short listing, another maker's fine-tune.
const RELATIVES = [
  model('deepseek/deepseek-r1', 'R1', { authorName: 'DeepSeek', names: ['DeepSeek R1'] }),
  model('deepseek/deepseek-r1-distill-llama-70b', 'R1 Distill Llama 70B', { authorName: 'DeepSeek' }),
  model('huihui-ai/deepseek-r1-distill-llama-70b-abliterated', 'DeepSeek R1 Llama 70B Abliterated', { authorName: 'huihui-ai' }),
  model('deepseek/deepseek-r1-distill-llama-8b', 'R1 Distill Llama 8B', { authorName: 'DeepSeek' }),
  { ...model('deepseek/deepseek-r1-0528-qwen3-8b', 'R1 0528 Qwen3 8B', { authorName: 'DeepSeek' }), ids: { openrouter: [], modelsDev: ['chutes/deepseek-r1-0528-qwen3-8b'] }, providers: ['chutes'] },
  model('qwen/qwen3-coder', 'Qwen3 Coder 480B A35B', { authorName: 'Qwen', names: ['Qwen3 Coder'] }),
  model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen' }),
  { ...model('qwen/qwen3-coder-30b', 'Qwen3 Coder 30B', { authorName: 'Qwen' }), ids: { openrouter: [], modelsDev: ['lmstudio/qwen/qwen3-coder-30b'] }, providers: ['lmstudio'] },
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta', names: ['llama3.1:8b'], modelsDev: ['ollama-cloud/llama3.1:8b'] }),
];
const found = finderFor(RELATIVES);

describe('Ollama size tags among several relatives', () => {
  it("reads a tag as the maker's own model of that size, not another maker's fine-tune of it or a reseller's short listing", () => {
    // A local-runtime throughput table.
    expect(found('| deepseek-r1:70b | Dense 70B | 2.5 |\n| qwen3-coder:30b | MoE 30B/3B | 41.4 |')).toEqual([
      ['deepseek-r1:70b', 'deepseek/deepseek-r1-distill-llama-70b'],
      ['qwen3-coder:30b', 'qwen/qwen3-coder-30b-a3b-instruct'],
    ]);
  });

  it('reads a tag as nothing while two of the maker’s own models have that size', () => {
    // Ollama's deepseek-r1:8b moved from the Llama distill to the 0528 Qwen3 distill: the tag alone does not say which.
    expect(found('ollama run deepseek-r1:8b')).toEqual([]);
  });
});

describe('names under a user’s namespace', () => {
  it("leaves a user's upload on ollama.com alone, and keeps gateway and maker paths", () => {
    // From an Ollama tutorial listing local models.
    expect(found('llama3.1:8b-instruct-q4_K_M llama3.1:8b-text-q4_0 songfy/llama3.1:8b If not, you will')).toEqual([
      ['llama3.1:8b-instruct-q4_K_M', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
    // LiteLLM's Ollama provider strings.
    expect(found('model="ollama/llama3.1:8b" or model="ollama_chat/llama3.1:8b"')).toEqual([
      ['ollama/llama3.1:8b', 'meta-llama/llama-3.1-8b-instruct'],
      ['ollama_chat/llama3.1:8b', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
  });
});
