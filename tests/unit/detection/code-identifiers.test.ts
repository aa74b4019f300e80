import { describe, expect, it } from 'vitest';
import { finderFor, model } from './models';

const MODELS = [
  model('openai/gpt-4o', 'GPT-4o', { authorName: 'OpenAI', position: 1 }),
  model('openai/o3-mini', 'o3 Mini', { authorName: 'OpenAI', position: 2 }),
  model('google/gemini-2.5-flash', 'Gemini 2.5 Flash', { authorName: 'Google', position: 3 }),
];
const found = finderFor(MODELS);

describe('a variable named after its model', () => {
  it('is not a mention when it is assigned or its method is called', () => {
    // LangChain's init_chat_model reference.
    expect(found('o3_mini = init_chat_model("openai:o3-mini", temperature=0)')).toEqual([['openai:o3-mini', 'openai/o3-mini']]);
    expect(found('gemini_2-5_flash = init_chat_model("google_vertexai:gemini-2.5-flash", temperature=0)')).toEqual([['gemini-2.5-flash', 'google/gemini-2.5-flash']]);
    expect(found('o3_mini.invoke("what\'s your name")')).toEqual([]);
    // A LangChain.js models guide.
    expect(found('const gpt4o = initChatModel("openai:gpt-4o");')).toEqual([['openai:gpt-4o', 'openai/gpt-4o']]);
  });

  it('leaves names in prose and in config values alone', () => {
    expect(found('GPT-4o = 88.7 on MMLU, and gpt4o = fine for most tasks')).toEqual([
      ['GPT-4o', 'openai/gpt-4o'],
      ['gpt4o', 'openai/gpt-4o'],
    ]);
    expect(found('OPENAI_MODEL=gpt-4o')).toEqual([['gpt-4o', 'openai/gpt-4o']]);
    expect(found("model: 'gpt-4o',")).toEqual([['gpt-4o', 'openai/gpt-4o']]);
  });
});
