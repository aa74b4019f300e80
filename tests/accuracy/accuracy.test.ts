import { describe, expect, it } from 'vitest';
import { hasSharedFixtures } from '../real-data/shared-fixtures';
import { evaluateNewsPages, evaluateOwnTexts } from './evaluate';
import { precision, recall } from './score';

const PRECISION_GOAL = 0.97;
const RECALL_GOAL = 0.92;

describe('detection accuracy on labelled texts', () => {
  it('meets the goals on our own texts (every style, negatives included)', () => {
    const { total, files } = evaluateOwnTexts();
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(total.truePositives + total.misses.length).toBeGreaterThanOrEqual(200);
    expect(precision(total)).toBeGreaterThanOrEqual(PRECISION_GOAL);
    expect(recall(total)).toBeGreaterThanOrEqual(RECALL_GOAL);
    const negatives = files.find((f) => f.file === 'negatives.txt')!;
    expect(negatives.score.falsePositives).toEqual([]);
  });

  it.skipIf(!hasSharedFixtures)('meets the goals on the labelled AI-news pages', () => {
    const result = evaluateNewsPages()!;
    expect(result.total.truePositives + result.total.misses.length).toBeGreaterThanOrEqual(300);
    expect(precision(result.total)).toBeGreaterThanOrEqual(PRECISION_GOAL);
    expect(recall(result.total)).toBeGreaterThanOrEqual(RECALL_GOAL);
  });
});
