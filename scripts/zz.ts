import { augustCatalogue } from '../tests/accuracy/evaluate';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { createMatcher } from '@/lib/detection/matcher';
const cat = augustCatalogue();
const index = buildDetectionIndex(cat.models);
const matcher = createMatcher(index);
console.log('aliases', index.aliases.length);
for (const line of process.argv.slice(2)) {
  const text = `Use ${line} today.`;
  console.log(line.padEnd(60), '=>', matcher.scan(text).map((m) => `[${text.slice(m.start, m.end)}] ${m.kind === 'specific' ? index.models[m.target]!.id : 'family'}${m.snapshot ? ' snap ' + m.snapshot : ''}`).join(' | ') || '-');
}
