import { describe, expect, it } from 'vitest';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { compileMatcher, createMatcher } from '@/lib/detection/matcher';
import { finderFor, model, MODELS } from './models';

const index = buildDetectionIndex(MODELS);
const matcher = createMatcher(index);

/** What a reader would check: which words were recognised, and as what. */
function found(text: string): [string, string][] {
  return matcher.scan(text).map((m) => [
    text.slice(m.start, m.end),
    m.kind === 'specific' ? index.models[m.target]!.id : `family:${index.families[m.target]}`,
  ]);
}

describe('model name detection', () => {
  it('recognises display names, ids, slugs and dated snapshots', () => {
    expect(found('We moved from GPT-4o to Claude Sonnet 4 via anthropic/claude-sonnet-4 and claude-sonnet-4-20250514.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['Claude Sonnet 4', 'anthropic/claude-sonnet-4'],
      ['anthropic/claude-sonnet-4', 'anthropic/claude-sonnet-4'],
      ['claude-sonnet-4-20250514', 'anthropic/claude-sonnet-4'],
    ]);
    expect(found('pin o3-2025-04-16 and gpt-4o-2024-08-06')).toEqual([
      ['o3-2025-04-16', 'openai/o3'],
      ['gpt-4o-2024-08-06', 'openai/gpt-4o'],
    ]);
    expect(found('bedrock: anthropic.claude-sonnet-4-20250514-v1:0')).toEqual([
      ['anthropic.claude-sonnet-4-20250514-v1:0', 'anthropic/claude-sonnet-4'],
    ]);
  });

  it('lets the longest name win', () => {
    expect(found('GPT-4o mini beats GPT-4o; Llama 3.1 405B is not Llama 3.1 70B.')).toEqual([
      ['GPT-4o mini', 'openai/gpt-4o-mini'],
      ['GPT-4o', 'openai/gpt-4o'],
      ['Llama 3.1 405B', 'meta-llama/llama-3.1-405b-instruct'],
      ['Llama 3.1 70B', 'meta-llama/llama-3.1-70b-instruct'],
    ]);
    expect(found('GPT-4 Turbo and Command R+ and Command R')).toEqual([
      ['GPT-4 Turbo', 'openai/gpt-4-turbo'],
      ['Command R+', 'cohere/command-r-plus'],
      ['Command R', 'cohere/command-r'],
    ]);
  });

  it('matches whole tokens only', () => {
    expect(found('GPT-4o')).toEqual([['GPT-4o', 'openai/gpt-4o']]);
    expect(found('mono3 and GPT-4omega and xGPT-4o')).toEqual([]);
    expect(found('complexity O(1) and o-1 visas')).toEqual([]);
    expect(found('o3 and o1 are reasoning models; O3 is ozone')).toEqual([
      ['o3', 'openai/o3'],
      ['o1', 'openai/o1'],
    ]);
  });

  it('folds spacing, separators and case, with offsets into the original text', () => {
    const text = 'Qwen2.5-72B, Qwen 2.5 72B, qwen-2.5-72b-instruct and QWEN2.5 72B INSTRUCT';
    expect(found(text).map(([, id]) => id)).toEqual(Array(4).fill('qwen/qwen-2.5-72b-instruct'));
    expect(found('GPT\u20114o mini, Claude\u00a0Sonnet\u00a04, Clau\u00adde Opus 4.1, GPT-\u200b4o, DALL·E 3, DALL-E 3')).toEqual([
      ['GPT\u20114o mini', 'openai/gpt-4o-mini'],
      ['Claude\u00a0Sonnet\u00a04', 'anthropic/claude-sonnet-4'],
      ['Clau\u00adde Opus 4.1', 'anthropic/claude-opus-4.1'],
      ['GPT-\u200b4o', 'openai/gpt-4o'],
      ['DALL·E 3', 'openai/dall-e-3'],
      ['DALL-E 3', 'openai/dall-e-3'],
    ]);
  });

  it('knows both word orders and the brandless tier', () => {
    expect(found('Claude 3.5 Sonnet, Claude Sonnet 3.5, Opus 4.1 and Haiku 4.5')).toEqual([
      ['Claude 3.5 Sonnet', 'anthropic/claude-3.5-sonnet'],
      ['Claude Sonnet 3.5', 'anthropic/claude-3.5-sonnet'],
      ['Opus 4.1', 'anthropic/claude-opus-4.1'],
      ['Haiku 4.5', 'anthropic/claude-haiku-4.5'],
    ]);
  });

  it('recognises Hugging Face repo ids and variant suffixes', () => {
    expect(found('meta-llama/Llama-3.1-8B-Instruct and openai/gpt-4o:free')).toEqual([
      ['meta-llama/Llama-3.1-8B-Instruct', 'meta-llama/llama-3.1-8b-instruct'],
      ['openai/gpt-4o:free', 'openai/gpt-4o'],
    ]);
  });

  it("gives a repo id two models state to the one whose OpenRouter id it is, and a moving pointer to the model it points at", () => {
    const text = model('mistralai/voxtral-small-24b-2507', 'Voxtral Small 24B 2507', { hf: 'mistralai/Voxtral-Small-24B-2507', position: 80 });
    // The speech build ranks first among its own kind, and states the same repo.
    const speech = model('mistralai/voxtral-small-24b-2507-stt', 'Voxtral Small 24B 2507 STT', { hf: 'mistralai/Voxtral-Small-24B-2507', position: 1 });
    const haiku = model('anthropic/claude-haiku-4.5', 'Claude Haiku 4.5', { authorName: 'Anthropic' });
    haiku.ids.openrouter.push('~anthropic/claude-haiku-latest');
    const find = finderFor([speech, text, haiku]);
    expect(find('Try mistralai/voxtral-small-24b-2507 for chat.')).toEqual([['mistralai/voxtral-small-24b-2507', 'mistralai/voxtral-small-24b-2507']]);
    expect(find('Route to ~anthropic/claude-haiku-latest, listed as Anthropic Claude Haiku Latest.')).toEqual([
      ['anthropic/claude-haiku-latest', 'anthropic/claude-haiku-4.5'],
      ['Anthropic Claude Haiku Latest', 'anthropic/claude-haiku-4.5'],
    ]);
  });

  it('never links ordinary words, people, companies or a bare family to one model', () => {
    expect(
      found(
        'My sign is Gemini. The mistral blew. Claude Monet painted. A llama spat. Opus audio. ' +
          'The golden ratio phi. Submarine sonar. On the command line. Mistral AI raised money. Run it in Ollama. ' +
          'We reached the frontier.',
      ),
    ).toEqual([]);
  });

  it('surfaces a versioned family as a family, never as one model', () => {
    expect(found('Llama 4 and Gemini 2.5 and Claude 4 and Qwen3 and Grok')).toEqual([
      ['Llama 4', 'family:Llama'],
      ['Gemini 2.5', 'family:Gemini'],
      ['Claude 4', 'family:Claude'],
      ['Qwen3', 'family:Qwen'],
      ['Grok', 'family:Grok'],
    ]);
    expect(found('to grok it, and a llama, and gemini')).toEqual([]);
  });

  it('still finds a model inside a family name when it is written out', () => {
    expect(found('Llama 4 Maverick, Gemini 2.5 Pro, Sonar Pro, Codestral, Phi 4')).toEqual([
      ['Llama 4 Maverick', 'meta-llama/llama-4-maverick'],
      ['Gemini 2.5 Pro', 'google/gemini-2.5-pro'],
      ['Sonar Pro', 'perplexity/sonar-pro'],
      ['Codestral', 'mistralai/codestral-2508'],
      ['Phi 4', 'microsoft/phi-4'],
    ]);
  });

  it('does not join names across sentence punctuation or blank lines', () => {
    expect(found('We use Claude. Sonnet 4 came later')).toEqual([['Sonnet 4', 'anthropic/claude-sonnet-4']]);
    expect(found('Ask Claude. Opus is a codec')).toEqual([]);
    expect(found('Grok 3\n\nMini updates')).toEqual([['Grok 3', 'x-ai/grok-3']]);
  });

  it('returns UTF-16 offsets that hold around emoji', () => {
    const text = '🚀🚀 GPT-4o mini 🎉 o3';
    const mentions = matcher.scan(text);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['GPT-4o mini', 'o3']);
    expect(mentions[0]!.start).toBe(5);
  });

  it('reads the shorthands people write, without a brand', () => {
    expect(found('We compared 4o, OSS-20B, Grok Code Fast and Gemini 3 Pro Image.')).toEqual([
      ['4o', 'openai/gpt-4o'],
      ['OSS-20B', 'openai/gpt-oss-20b'],
      ['Grok Code Fast', 'x-ai/grok-code-fast-1'],
      ['Gemini 3 Pro Image', 'google/gemini-3-pro-image-preview'],
    ]);
    expect(found('chatgpt-4o-latest and xGPT-4o')).toEqual([]);
  });

  it('treats a tier word used in its ordinary sense as ordinary throughout the text', () => {
    expect(found("Shakespeare's Sonnet 18 and Sonnet 4 are poems.")).toEqual([]);
    expect(found('Sonnet 4 and Opus 4.1 both shipped.')).toEqual([
      ['Sonnet 4', 'anthropic/claude-sonnet-4'],
      ['Opus 4.1', 'anthropic/claude-opus-4.1'],
    ]);
  });

  it('does not take a name that goes on as another name for the shorter one', () => {
    expect(found('Mistral Small 3.1 24B, gpt-4-discussions, GPT-5.1-medium, GPT-5.1-Codex-Max')).toEqual([
      ['GPT-5.1-medium', 'openai/gpt-5.1'],
    ]);
    expect(found('Llama-3.1-8B-Instruct-Turbo and Llama-3-70B+ fine-tuning')).toEqual([
      ['Llama-3.1-8B-Instruct-Turbo', 'meta-llama/llama-3.1-8b-instruct'],
      ['Llama-3-70B', 'meta-llama/llama-3-70b-instruct'],
    ]);
  });

  it('does not read a capital letter and a number alone as a model', () => {
    expect(found('A friend bought a Yamaha R1; DeepSeek R1 is a model.')).toEqual([['DeepSeek R1', 'deepseek/deepseek-r1']]);
  });
});

describe('compiling in steps', () => {
  it('pauses after every few aliases and ends with a matcher that finds what the one-go matcher finds', () => {
    const steps = compileMatcher(index, 5);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(pauses).toBe(Math.ceil(index.aliases.length / 5) - 1);
    const text = 'From GPT-4o mini to Claude Sonnet 4, then o3-2025-04-16 and anthropic/claude-sonnet-4; Llama 4 later.';
    expect(step.value.scan(text)).toEqual(matcher.scan(text));
    expect(step.value.scan(text).length).toBeGreaterThan(3);
  });
});

describe('a tier written in brackets', () => {
  // As OpenRouter lists them: "Anthropic: Claude Opus 4.7 (Fast)" is its own model, id anthropic/claude-opus-4.7-fast.
  const models = [
    model('anthropic/claude-opus-4.7', 'Claude Opus 4.7', { authorName: 'Anthropic', position: 3 }),
    model('anthropic/claude-opus-4.7-fast', 'Claude Opus 4.7 (Fast)', { authorName: 'Anthropic', position: 9 }),
  ];
  const marked = finderFor(models);

  it('finishes the name when the catalogue knows the longer name, and is a remark otherwise', () => {
    expect(marked('Anthropic: Claude Opus 4.7 (Fast) costs more than Claude Opus 4.7 (batch) or Claude Opus 4.7 (see below).')).toEqual([
      ['Anthropic: Claude Opus 4.7 (Fast)', 'anthropic/claude-opus-4.7-fast'],
      ['Claude Opus 4.7', 'anthropic/claude-opus-4.7'],
      ['Claude Opus 4.7', 'anthropic/claude-opus-4.7'],
    ]);
  });
});
