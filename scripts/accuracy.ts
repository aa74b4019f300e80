/**
 * Prints precision and recall of specific mentions per labelled set, with every miss and
 * false positive in context:  npm run accuracy
 */
import { evaluateNewsPages, evaluateOwnTexts, type SetResult } from '../tests/accuracy/evaluate';
import { precision, recall, type Score } from '../tests/accuracy/score';

function line(name: string, score: Score): string {
  const gold = score.truePositives + score.misses.length;
  return `${name.padEnd(44)} precision ${(precision(score) * 100).toFixed(1).padStart(5)}%  recall ${(recall(score) * 100).toFixed(1).padStart(5)}%  (${score.truePositives}/${gold} found, ${score.falsePositives.length} false, ${score.exactSpans} exact spans)`;
}

function report(result: SetResult | null): void {
  if (!result) {
    console.log('AI-news pages: skipped (../shared/fixtures not found)\n');
    return;
  }
  console.log(`## ${result.name}`);
  for (const { file, score } of result.files) console.log(line(`  ${file}`, score));
  console.log(line('  all', result.total));
  const byCategory = new Map<string, number>();
  for (const miss of result.total.misses) byCategory.set(miss.category, (byCategory.get(miss.category) ?? 0) + 1);
  if (byCategory.size) console.log(`  misses by category: ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const miss of result.total.misses) console.log(`  MISS  ${miss.category.padEnd(30)} ${miss.model.padEnd(40)} ${miss.context}`);
  for (const fp of result.total.falsePositives) console.log(`  FALSE ${fp.reason.padEnd(30)} ${fp.context}`);
  console.log('');
}

report(evaluateOwnTexts());
report(evaluateNewsPages());
