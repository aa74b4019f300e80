import { describe, expect, it } from 'vitest';
import type { IndexableModel } from '@/lib/detection/alias-index';
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

// Families as Ollama's library names them: a family and version, the size in the tag or in the text.
const findSized = finderFor([
  model('meta-llama/llama-3.3-70b-instruct', 'Llama 3.3 70B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.2-3b-instruct', 'Llama 3.2 3B Instruct', { authorName: 'Meta' }),
  model('meta-llama/llama-3.2-11b-vision-instruct', 'Llama 3.2 11B Vision Instruct', { authorName: 'Meta' }),
  model('meta/llama-3.2-90b', 'Llama 3.2 90B Vision Instruct', { authorName: 'Meta' }),
  model('qwen/qwen3.5-397b-a17b', 'Qwen3.5 397B A17B', { authorName: 'Qwen', names: ['Qwen 3.5 397B'] }),
  model('qwen/qwen3.5-27b', 'Qwen3.5 27B', { authorName: 'Qwen' }),
  model('qwen/qwen-2.5-7b-instruct', 'Qwen2.5 7B Instruct', { authorName: 'Qwen' }),
  model('qwen/qwen3-coder', 'Qwen3 Coder 480B A35B', { authorName: 'Qwen', names: ['Qwen3 Coder', 'Qwen 3 Coder'] }),
  model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen' }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI' }),
]);

describe('sizes a text gives a family or a bare name', () => {
  it('reads a family and version with its tag, its variant and tag, or the size its library row states', () => {
    // Ollama's README model table.
    expect(findSized('| Llama 3.3 | 70B | 43GB | `ollama run llama3.3` |\n| Llama 3.2 Vision | 90B | 55GB | `ollama run llama3.2-vision:90b` |')).toEqual([
      ['Llama 3.3', 'family:Llama'],
      ['llama3.3', 'meta-llama/llama-3.3-70b-instruct'],
      ['Llama 3.2', 'family:Llama'],
      ['llama3.2-vision:90b', 'meta/llama-3.2-90b'],
    ]);
    // Ollama's integration docs: a cloud tag, then the size.
    expect(findSized('- `qwen3.5:cloud` — 397B; reasoning and code generation')).toEqual([['qwen3.5:cloud', 'qwen/qwen3.5-397b-a17b']]);
    // A list of sizes pins none of them to the name: each size continues the family on its own.
    expect(findSized('- `qwen3.5` — 27B and 397B')).toEqual([
      ['qwen3.5', 'family:Qwen'],
      ['27B', 'qwen/qwen3.5-27b'],
      ['397B', 'qwen/qwen3.5-397b-a17b'],
    ]);
  });

  it('leaves a family that goes on as another name, and a row that states several sizes', () => {
    // A distill table: the base is Qwen2.5-Math-7B, which the catalogue does not list.
    expect(findSized('| DeepSeek-R1-Distill-Qwen-7B | [Qwen2.5-Math-7B](https://huggingface.co/Qwen/Qwen2.5-Math-7B) |').map(([, id]) => id)).not.toContain(
      'qwen/qwen-2.5-7b-instruct',
    );
    expect(findSized('| qwen3.5 | 27B and 397B | `ollama run qwen3.5` |')).toEqual([
      ['qwen3.5', 'family:Qwen'],
      ['qwen3.5', 'family:Qwen'],
    ]);
  });

  it('reads a bare name the text then calls a model of some size as its relative of that size, and the same name just before it', () => {
    // Ollama's Claude Code integration page.
    expect(findSized('```shell\nollama pull qwen3-coder\n```\n> Note: Qwen 3 coder is a 30B parameter model requiring at least 24GB of VRAM')).toEqual([
      ['qwen3-coder', 'qwen/qwen3-coder-30b-a3b-instruct'],
      ['Qwen 3 coder', 'qwen/qwen3-coder-30b-a3b-instruct'],
    ]);
    // Forum shorthand: the size written after the bare name, as a repo or in words.
    expect(findSized('Qwen3-Coder-30B is plenty; qwen 3 coder 30b at Q4 fits in 24 GB; Qwen3 Coder 480B does not')).toEqual([
      ['Qwen3-Coder-30B', 'qwen/qwen3-coder-30b-a3b-instruct'],
      ['qwen 3 coder 30b', 'qwen/qwen3-coder-30b-a3b-instruct'],
      ['Qwen3 Coder 480B', 'qwen/qwen3-coder'],
    ]);
    // A size no relative has: not the bare model's card with the wrong size.
    expect(findSized('Qwen3-Coder-14B')).toEqual([]);
    expect(findSized('Qwen 3 coder is a 14B parameter model')).toEqual([]);
    expect(findSized('GPT-4o is a 200B parameter model, some guess')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
  });
});

const findRepos = finderFor([
  model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta', names: ['Meta Llama 3.1 8B Instruct'], hf: 'meta-llama/Llama-3.1-8B-Instruct' }),
  model('google/gemini-pro-1.5', 'Gemini 1.5 Pro', { authorName: 'Google' }),
]);

describe('quantised repos and provider version suffixes', () => {
  it("reads a quantised Hub repo named without \"Instruct\" as the pretrained checkpoint's, which the catalogue does not list", () => {
    // Model cards of GGUF quantisations.
    expect(findRepos('QuantFactory/Meta-Llama-3.1-8B-GGUF\n\nThis is quantized version of meta-llama/Meta-Llama-3.1-8B created using llama.cpp')).toEqual([]);
    expect(findRepos('bartowski/Meta-Llama-3.1-8B-Instruct-GGUF')).toEqual([['bartowski/Meta-Llama-3.1-8B-Instruct-GGUF', 'meta-llama/llama-3.1-8b-instruct']]);
    // A quantisation script's output folder and an Ollama tag are named as their authors like.
    expect(findRepos('model_id = "meta-llama/Llama-3.1-8B-Instruct"\nquant_output = "./llama-3.1-8b-gptq-4bit"\nollama run llama3.1:8b-q4_0')).toEqual([
      ['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct'],
      ['llama-3.1-8b-gptq-4bit', 'meta-llama/llama-3.1-8b-instruct'],
      ['llama3.1:8b-q4_0', 'meta-llama/llama-3.1-8b-instruct'],
    ]);
  });

  it("reads a host's faster serving of an instruct build as the model, and a fast model as its own", () => {
    // Cloudflare Workers AI's model catalogue.
    const findFast = finderFor([
      model('meta-llama/llama-3.1-8b-instruct', 'Llama 3.1 8B Instruct', { authorName: 'Meta' }),
      model('x-ai/grok-4', 'Grok 4', { authorName: 'xAI' }),
    ]);
    expect(findFast('llama-3.1-8b-instruct-fast Text Generation • Meta [Fast version]')).toEqual([['llama-3.1-8b-instruct-fast', 'meta-llama/llama-3.1-8b-instruct']]);
    expect(findFast('x-ai/grok-4-fast')).toEqual([]);
  });

  it("reads Vertex's stable-version suffix as the model", () => {
    // Vertex AI's model versions page.
    expect(findRepos('gemini-1.5-pro-002 May 24, 2024')).toEqual([['gemini-1.5-pro-002', 'google/gemini-pro-1.5']]);
  });
});

describe("Unsloth's dynamic quantisations and Hub pulls", () => {
  it('reads "UD-" quantisations and a quantisation tag after a Hub repo as the model', () => {
    const findQuants = finderFor([
      model('qwen/qwen3-coder-30b-a3b-instruct', 'Qwen3 Coder 30B A3B Instruct', { authorName: 'Qwen', hf: 'Qwen/Qwen3-Coder-30B-A3B-Instruct' }),
      model('qwen/qwen3-30b-a3b', 'Qwen3 30B A3B', { authorName: 'Qwen', hf: 'Qwen/Qwen3-30B-A3B' }),
    ]);
    // Unsloth's run guides.
    expect(findQuants('--model unsloth/Qwen3-Coder-30B-A3B-Instruct-GGUF/Qwen3-Coder-30B-A3B-Instruct-UD-Q4_K_XL.gguf \\')).toContainEqual([
      'Qwen3-Coder-30B-A3B-Instruct-UD-Q4_K_XL.gguf',
      'qwen/qwen3-coder-30b-a3b-instruct',
    ]);
    expect(findQuants('ollama run hf.co/unsloth/Qwen3-30B-A3B-GGUF:Q4_K_M')).toEqual([['Qwen3-30B-A3B-GGUF:Q4_K_M', 'qwen/qwen3-30b-a3b']]);
  });
});

describe("a provider's own entry for a model OpenRouter lists", () => {
  it("reads Bedrock's id of an OpenRouter-listed model as that model, not as the provider's separate entry", () => {
    const bedrockEntry = (id: string, name: string): IndexableModel => ({
      ...model(id, name, { providers: 1 }),
      ids: { openrouter: [], modelsDev: [`amazon-bedrock/${id.slice(id.indexOf('/') + 1)}`] },
      providers: ['amazon-bedrock'],
    });
    const findBedrock = finderFor([
      model('openai/gpt-oss-120b', 'gpt-oss-120b', { authorName: 'OpenAI' }),
      model('openai/gpt-oss-20b', 'gpt-oss-20b', { authorName: 'OpenAI' }),
      bedrockEntry('openai/openai.gpt-oss-120b-1:0', 'gpt-oss-120b'),
    ]);
    // Bedrock's model catalogue and a cross-region inference call.
    expect(findBedrock('modelId="openai.gpt-oss-120b-1:0" or us.openai.gpt-oss-20b-1:0')).toEqual([
      ['openai.gpt-oss-120b-1:0', 'openai/gpt-oss-120b'],
      ['us.openai.gpt-oss-20b-1:0', 'openai/gpt-oss-20b'],
    ]);
  });
});

describe('moving pointers and context windows in API ids', () => {
  it('reads "-latest", "-beta" and a context window written into the id as the model', () => {
    const findIds = finderFor([
      model('anthropic/claude-3.5-sonnet', 'Claude 3.5 Sonnet', { authorName: 'Anthropic', modelsDev: ['anthropic/claude-3-5-sonnet-20241022'] }),
      model('mistralai/mixtral-8x7b-instruct', 'Mixtral 8x7B Instruct', { authorName: 'Mistral', names: ['Mixtral 8x7B'] }),
      model('x-ai/grok-3-mini', 'Grok 3 Mini', { authorName: 'xAI' }),
    ]);
    // Anthropic's model aliases and Groq's early model list.
    expect(findIds('"model": "claude-3-5-sonnet-latest", or mixtral-8x7b-32768 on Groq')).toEqual([
      ['claude-3-5-sonnet-latest', 'anthropic/claude-3.5-sonnet'],
      ['mixtral-8x7b-32768', 'mistralai/mixtral-8x7b-instruct'],
    ]);
    // xAI's API before the model's release.
    expect(findIds('model="grok-3-mini-beta"')).toEqual([['grok-3-mini-beta', 'x-ai/grok-3-mini']]);
    // A number that is no context window is not part of the id.
    expect(findIds('mixtral-8x7b-31000')).toEqual([['mixtral-8x7b', 'mistralai/mixtral-8x7b-instruct']]);
  });

  it("reads a gateway's shorthand id with its serving decoration, and not a quantiser's repo of the same words", () => {
    const findIds = finderFor([model('meta-llama/llama-3-70b-instruct', 'Llama 3 70B Instruct', { authorName: 'Meta' })]);
    // An aider changelog line and a LiteLLM config.
    expect(findIds('- Added better support for groq/llama3-70b-8192 and `model: groq/llama3-70b-8192`')).toEqual([
      ['groq/llama3-70b-8192', 'meta-llama/llama-3-70b-instruct'],
      ['groq/llama3-70b-8192', 'meta-llama/llama-3-70b-instruct'],
    ]);
    // The pretrained checkpoint's quantisation, and a bare compound.
    expect(findIds('unsloth/llama-3-70b-bnb-4bit or acme/llama3-70b')).toEqual([]);
  });
});
