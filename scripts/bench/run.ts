/**
 * npm run bench — measures the scanner in Node and the extension in Chromium, each figure
 * beside a baseline measured in the same run, and writes BENCHMARKS.md.
 */
import { execSync, spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { resolveBrowser } from '../browser/find-browser';
import { browserBenchmarks } from './browser-benchmarks';
import { nodeBenchmarks } from './node-benchmarks';
import { searchBenchmarks } from './search-benchmark';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const browserVersion = execSync(`"${await resolveBrowser('chrome')}" --version`).toString().trim();
const header = [
  '# Benchmarks',
  '',
  `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${browserVersion}.`,
  'Reproduce with `npm run bench` (about five minutes; the real-snapshot rows need `../shared/fixtures`).',
  'Every Node figure is the median of repeated runs; every ratio is against a baseline measured in the same run.',
  '',
];

// The machine may be shared: its load, at the start and the end, tells how far to trust the times.
const loadAtStart = loadavg()[0]!;
const node = nodeBenchmarks();
console.log(node.join('\n'));
const search = searchBenchmarks();
console.log(search.join('\n'));
const browser = await browserBenchmarks();
console.log(browser.join('\n'));

const load = `Load average (1 min) on the ${cpus().length} cores: ${loadAtStart.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end.`;
writeFileSync(resolve(import.meta.dirname, '../../BENCHMARKS.md'), [...header.slice(0, -1), load, '', ...node, '', ...search, '', ...browser, ''].join('\n'));
console.log('\nWrote BENCHMARKS.md');
