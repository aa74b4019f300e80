import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('deepseek/deepseek-chat', 'DeepSeek V3', { authorName: 'DeepSeek', names: ['DeepSeek V3'], position: 12 }),
  model('anthropic/claude-sonnet-4.5', 'Claude Sonnet 4.5', { authorName: 'Anthropic', position: 3 }),
  model('anthropic/claude-opus-4.5', 'Claude Opus 4.5', { authorName: 'Anthropic', position: 2 }),
  model('elevenlabs/elevenlabs-v3', 'ElevenLabs v3', { authorName: 'ElevenLabs', position: 40 }),
];
const found = finderFor(MODELS);

describe('a bare version that restates a model the thread named in full', () => {
  it('reads "v3" after "deepseek v3" as the same model', () => {
    // An editor's issue thread asking for the model.
    expect(found("It's time to consider getting deepseek v3 to work on composer.\n\nThe leaked v3 capabilities are stronger than those of Sonnet.\nTherefore, V3 seems to be worth looking forward to as well.")).toEqual([
      ['deepseek v3', 'deepseek/deepseek-chat'],
      ['v3', 'deepseek/deepseek-chat'],
      ['V3', 'deepseek/deepseek-chat'],
    ]);
    // A coding agent's thread, a post later.
    expect(found("I'm getting multiple repeated function calls when using Deepseek V3.\n\nDeepseek docs say they're fully upgraded to v3.")).toEqual([
      ['Deepseek V3', 'deepseek/deepseek-chat'],
      ['v3', 'deepseek/deepseek-chat'],
    ]);
  });

  it('leaves a version two models share, another product’s version, a longer version and a table cell', () => {
    expect(found('Claude Sonnet 4.5 and Claude Opus 4.5 came out weeks apart; 4.5 is the better line.')).toEqual([
      ['Claude Sonnet 4.5', 'anthropic/claude-sonnet-4.5'],
      ['Claude Opus 4.5', 'anthropic/claude-opus-4.5'],
    ]);
    expect(found('DeepSeek V3 answers over the API v3 endpoint, with Python 3.1 and the v3.1 client.')).toEqual([['DeepSeek V3', 'deepseek/deepseek-chat']]);
    // A text-to-speech comparison table: the later cells qualify the row's model.
    expect(found('| ElevenLabs v3 | v3 70+ / Flash 32 | ~$0.10 / 1K chars (v3) |')).toEqual([['ElevenLabs v3', 'elevenlabs/elevenlabs-v3']]);
  });

  it('leaves a bare version far from the name', () => {
    expect(found(`DeepSeek V3 is out.\n\n${'Nothing more about it here. '.repeat(30)}\n\nThe v3 schema changed.`)).toEqual([['DeepSeek V3', 'deepseek/deepseek-chat']]);
  });
});
