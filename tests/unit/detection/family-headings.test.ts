import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const found = finderFor([
  model('deepseek/deepseek-r1', 'DeepSeek R1', { authorName: 'DeepSeek' }),
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI' }),
  model('openai/gpt-4o-mini', 'GPT-4o mini', { authorName: 'OpenAI' }),
]);

describe('a heading naming a family of checkpoints', () => {
  it('is not a mention of the one model the name opens', () => {
    // DeepSeek-R1's model card: the section lists DeepSeek-R1-Zero and DeepSeek-R1.
    expect(found('## 3. Model Downloads\n\n### DeepSeek-R1 Models\n\n| **Model** | **#Total Params** |')).toEqual([]);
  });

  it('leaves the name in running text, and a heading about the model itself', () => {
    expect(found('We compared GPT-4o and GPT-4o mini models on the same prompts.')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['GPT-4o mini', 'openai/gpt-4o-mini'],
    ]);
    expect(found('### DeepSeek-R1 Evaluation\n')).toEqual([['DeepSeek-R1', 'deepseek/deepseek-r1']]);
  });
});
