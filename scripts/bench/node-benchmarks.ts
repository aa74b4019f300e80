import { buildDetectionIndex } from '../../lib/detection/alias-index';
import { createMatcher } from '../../lib/detection/matcher';
import { buildBundledCatalogue } from '../../lib/catalogue/bundled';
import { hasSharedFixtures, readShared } from '../../tests/real-data/shared-fixtures';
import { assembleCatalogue, parseModelsDevSource, parseOpenRouterSource } from '../../lib/catalogue/build';
import { alternationSource } from './alternation';
import { benchCatalogue, seedText, sharedCatalogue, textOfSize } from './corpus';
import { median, ms, ratio, time } from './measure';

const RUNS = 7;
const REGEX_SAMPLE_CHARS = 20_000;
const NOW = new Date('2026-11-27T00:00:00Z');

export function nodeBenchmarks(): string[] {
  const lines: string[] = [];
  lines.push('### Catalogue pipeline (Node)', '');
  lines.push('| work | median | baseline (same run) | ratio |', '|---|---|---|---|');
  if (hasSharedFixtures) {
    const openrouter = readShared('openrouter-models-all-2026-08-19.json');
    const modelsDev = readShared('models-dev-2026-07-01.json');
    const rawTexts = [JSON.stringify(openrouter), JSON.stringify(modelsDev)];
    const pipeline = () =>
      assembleCatalogue(
        [
          parseOpenRouterSource({ json: openrouter, fetchedAt: 'x' }),
          parseModelsDevSource({ json: modelsDev, fetchedAt: 'x' }),
        ],
        { origin: 'live', now: NOW },
      );
    const first = time(1, pipeline);
    const warm = time(RUNS, pipeline);
    const parseOnly = time(RUNS, () => rawTexts.map((text) => JSON.parse(text) as unknown));
    lines.push(
      `| parse + merge + rank, OpenRouter (549) + models.dev (5,276), first run in the process | ${ms(first.medianMs)} | JSON.parse of the same payloads ${ms(parseOnly.medianMs)} | ${ratio(first.medianMs, parseOnly.medianMs)} |`,
      `| the same, warm (median of ${RUNS}) | ${ms(warm.medianMs)} | ${ms(parseOnly.medianMs)} | ${ratio(warm.medianMs, parseOnly.medianMs)} |`,
    );
  } else {
    lines.push('| parse + merge + rank of the real snapshots | skipped: ../shared/fixtures not found | | |');
  }

  for (const [label, catalogue] of [
    ['bundled catalogue', buildBundledCatalogue(NOW)],
    ...(hasSharedFixtures ? [['full real snapshots', sharedCatalogue(NOW)] as const] : []),
  ] as const) {
    const models = catalogue.models;
    const build = time(RUNS, () => createMatcher(buildDetectionIndex(models)));
    const json = JSON.stringify(models);
    const copy = time(RUNS, () => JSON.parse(json));
    const aliases = buildDetectionIndex(models).aliases.length;
    lines.push(
      `| alias index + matcher, ${label} (${models.length} models, ${aliases} aliases) | ${ms(build.medianMs)} | JSON.parse of the catalogue's models ${ms(copy.medianMs)} | ${ratio(build.medianMs, copy.medianMs)} |`,
    );
  }

  const { catalogue, label } = benchCatalogue(NOW);
  const index = buildDetectionIndex(catalogue.models);
  const matcher = createMatcher(index);
  const forms = index.aliases.map((a) => a.form);
  const seed = seedText();
  lines.push('', `### Scanning text (Node, ${label}, ${forms.length} aliases)`, '');
  lines.push(
    '| text | Model Lens scan | one pass that lowercases every character (JS) | ratio (target ≤ 4×) | native `toLowerCase()` | ratio | one big regex incl. compile | Model Lens faster by (target ≥ 10×) | mentions |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  // V8 tries every alternative at every position, so the regex is timed on a sample and scaled
  // linearly (its cost per character is constant for a fixed pattern); compile is timed in full.
  // The sample runs on one compiled pattern: subtracting a separately timed compile from runs
  // that compile again went below zero when the scan is small next to the compile.
  const source = alternationSource(forms);
  const pattern = () => new RegExp(source, 'giu');
  const compile = time(3, () => pattern().exec('warm up the compiled pattern'));
  const sample = textOfSize(seed, REGEX_SAMPLE_CHARS);
  const compiled = pattern();
  compiled.exec('warm up the compiled pattern');
  const regexSample = time(3, () => {
    compiled.lastIndex = 0;
    let matches = 0;
    for (let match = compiled.exec(sample); match; match = compiled.exec(sample)) {
      matches += 1;
      if (match[0] === '') compiled.lastIndex += 1;
    }
    return matches;
  });
  const regexPerChar = regexSample.medianMs / REGEX_SAMPLE_CHARS;
  for (const size of [1_000_000, 5_000_000]) {
    const text = textOfSize(seed, size);
    let found = 0;
    // Interleaved, so that the machine's drift hits all three alike.
    const scan: number[] = [];
    const jsLower: number[] = [];
    const nativeLower: number[] = [];
    for (let run = 0; run < RUNS * 2; run += 1) {
      scan.push(time(1, () => (found = matcher.scan(text).length)).medianMs);
      jsLower.push(time(1, () => lowercasePass(text)).medianMs);
      nativeLower.push(time(1, () => text.toLowerCase()).medianMs);
    }
    const [scanMs, jsMs, nativeMs] = [median(scan), median(jsLower), median(nativeLower)];
    const regexMs = compile.medianMs + regexPerChar * size;
    lines.push(
      `| ${(size / 1e6).toFixed(0)}M characters | ${ms(scanMs)} | ${ms(jsMs)} | ${ratio(scanMs, jsMs)} | ${ms(nativeMs)} | ${ratio(scanMs, nativeMs)} | ${ms(regexMs)} (compile ${ms(compile.medianMs)}; scan timed on ${REGEX_SAMPLE_CHARS / 1000}K chars, scaled) | ${(regexMs / scanMs).toFixed(0)}× | ${found} |`,
    );
  }
  return lines;
}

/** The baseline pass: read every character once and write its lower case. */
function lowercasePass(text: string): number {
  const out = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[i] = code >= 65 && code <= 90 ? code | 32 : code;
  }
  return out.length;
}

