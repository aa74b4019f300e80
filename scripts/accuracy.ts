/**
 * Prints precision and recall of specific mentions per labelled set and per genre, with every
 * miss and false positive in context:  npm run accuracy
 * The held-out genre prints totals only; ACCURACY_SHOW_HELD_OUT=1 shows its misses too.
 */
import { evaluateGenres, evaluateNewsPages, evaluateOwnTexts, type SetResult } from '../tests/accuracy/evaluate';
import { combine, precision, recall, type Score } from '../tests/accuracy/score';

const showHeldOut = process.env.ACCURACY_SHOW_HELD_OUT === '1';

function line(name: string, score: Score): string {
  const gold = score.truePositives + score.misses.length;
  return `${name.padEnd(44)} precision ${(precision(score) * 100).toFixed(1).padStart(5)}%  recall ${(recall(score) * 100).toFixed(1).padStart(5)}%  (${score.truePositives}/${gold} found, ${score.falsePositives.length} false, ${score.exactSpans} exact spans)`;
}

function report(result: SetResult, { perFile = true, details = true } = {}): void {
  console.log(`## ${result.name}`);
  if (perFile) for (const { file, score } of result.files) console.log(line(`  ${file}`, score));
  console.log(line('  all', result.total));
  if (!details) {
    console.log('  (held out: misses and false positives hidden; ACCURACY_SHOW_HELD_OUT=1 shows them)\n');
    return;
  }
  const byCategory = new Map<string, number>();
  for (const miss of result.total.misses) byCategory.set(miss.category, (byCategory.get(miss.category) ?? 0) + 1);
  if (byCategory.size) console.log(`  misses by category: ${[...byCategory].map(([c, n]) => `${c} ${n}`).join(', ')}`);
  for (const miss of result.total.misses) console.log(`  MISS  ${miss.category.padEnd(30)} ${miss.model.padEnd(40)} ${miss.context}`);
  for (const fp of result.total.falsePositives) console.log(`  FALSE ${fp.reason.padEnd(30)} ${fp.context}`);
  console.log('');
}

report(evaluateOwnTexts());
const news = evaluateNewsPages();
if (news) report(news);
else console.log('AI-news pages: skipped (../shared/fixtures not found)\n');

const genres = evaluateGenres();
if (!genres) console.log('Genres: skipped (../shared/fixtures not found)\n');
else if (genres.length === 0) console.log('Genres: none labelled yet (tests/accuracy/genres/<genre>/*.txt)\n');
else {
  const tuned = genres.filter((g) => !g.heldOut);
  for (const genre of tuned) report({ ...genre, name: `genre ${genre.name}` });
  if (tuned.length) console.log(`${line('all tuned genres', combine(tuned.map((g) => g.total)))}\n`);
  for (const genre of genres.filter((g) => g.heldOut)) {
    report({ ...genre, name: `HELD-OUT genre ${genre.name}` }, { perFile: showHeldOut, details: showHeldOut });
  }
}
