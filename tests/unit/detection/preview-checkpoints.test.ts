import { describe, expect, it } from 'vitest';
import { datedFinderFor, model } from './models';

const found = datedFinderFor([
  model('x-ai/grok-3', 'Grok 3', { authorName: 'xAI' }),
  model('openai/o1', 'o1', { authorName: 'OpenAI' }),
  model('qwen/qwq-32b', 'QwQ 32B', { authorName: 'Qwen' }),
  model('baidu/ernie-5.0-thinking-preview', 'Ernie 5.0 Thinking Preview', { authorName: 'Baidu', names: ['ERNIE 5.0'] }),
]);

describe('a leaderboard’s pre-release checkpoint', () => {
  it('opens the released model with the checkpoint’s month and day, even with the score run into it', () => {
    // The Chatbot Arena's table as page text: medal, name, score, interval, votes.
    expect(found('MIT 🥇 Grok-3-Preview-02-241423143592.725067xAIProprietary')).toEqual([['Grok-3-Preview-02-24', 'x-ai/grok-3', '02-24']]);
    expect(found('| 1 | grok-3-preview-02-24 | 1412 |')).toEqual([['grok-3-preview-02-24', 'x-ai/grok-3', '02-24']]);
    // The month and day written without a hyphen, as LMArena's vision board lists Baidu's checkpoint.
    expect(found('| 14 | ernie-5.0-preview-1022 | Baidu | 1206 |')).toEqual([['ernie-5.0-preview-1022', 'baidu/ernie-5.0-thinking-preview', '1022']]);
  });

  it('leaves a preview with a full date, the preview model’s own snapshot, and an undated preview alone', () => {
    expect(found('model="o1-preview-2024-09-12"')).toEqual([]);
    expect(found('ernie-5.0-preview-2025-10-22')).toEqual([]);
    expect(found('| QwQ-32B-Preview | 50.0 |')).toEqual([]);
  });
});
