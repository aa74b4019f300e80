import { describe, expect, it } from 'vitest';
import { finderFor, MODELS, model } from './models';

const found = finderFor([
  ...MODELS,
  model('meta-llama/llama-3.3-70b-instruct', 'Llama 3.3 70B Instruct', { authorName: 'Meta', position: 36 }),
  model('openai/gpt-4.1', 'GPT-4.1', { authorName: 'OpenAI', modelsDev: ['openai/gpt-4.1-2025-04-14'], position: 10 }),
  model('anthropic/claude-3-7-sonnet', 'Claude Sonnet 3.7', { authorName: 'Anthropic', modelsDev: ['anthropic/claude-3-7-sonnet-20250219'], position: 21 }),
]);

describe('words papers and leaderboards write after a name for the same model', () => {
  it('reads a function-calling mode after an id as that model', () => {
    // The Berkeley Function Calling Leaderboard's changelog.
    expect(found('Add the following new models to the leaderboard:\n  - `gpt-4.1-2025-04-14-FC`\n  - `gpt-4.1-2025-04-14`')).toEqual([
      ['gpt-4.1-2025-04-14-FC', 'openai/gpt-4.1'],
      ['gpt-4.1-2025-04-14', 'openai/gpt-4.1'],
    ]);
    expect(found('  - `claude-3-7-sonnet-20250219-FC`\n  - `Qwen/Qwen2.5-72B-Instruct-FC`')).toEqual([
      ['claude-3-7-sonnet-20250219-FC', 'anthropic/claude-3-7-sonnet'],
      ['Qwen/Qwen2.5-72B-Instruct-FC', 'qwen/qwen-2.5-72b-instruct'],
    ]);
  });

  it('reads "Instruct" cut short in a results table as the instruct model', () => {
    // DeepSeek-V3's comparison table, and a paper's LaTeX table.
    expect(found('| **DeepSeek V2.5-0905** | **Qwen2.5 72B-Inst.** | **Llama3.1 405B-Inst.** |')).toEqual([
      ['Qwen2.5 72B-Inst', 'qwen/qwen-2.5-72b-instruct'],
      ['Llama3.1 405B-Inst', 'meta-llama/llama-3.1-405b-instruct'],
    ]);
    expect(found('Qwen2.5-72B-Ins.&61.94 &63.51 \\\\\nLlama3.3-70B-Ins. &61.94 &62.73')).toEqual([
      ['Qwen2.5-72B-Ins', 'qwen/qwen-2.5-72b-instruct'],
      ['Llama3.3-70B-Ins', 'meta-llama/llama-3.3-70b-instruct'],
    ]);
  });

  it('still leaves a name that goes on as another model alone', () => {
    // Salesforce's xLAM fine-tunes of Llama, on the same leaderboard: "-fc-r" is part of their names.
    expect(found('`Salesforce/Llama-xLAM-2-70b-fc-r` and `Qwen2.5-72B-fc-rl`')).toEqual([]);
  });
});
