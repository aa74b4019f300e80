import { augustCatalogue } from '../tests/accuracy/evaluate';
import { buildDetectionIndex } from '@/lib/detection/alias-index';
import { tokensOf } from '@/lib/detection/characters';
const index = buildDetectionIndex(augustCatalogue().models);
for (const q of process.argv.slice(2)) {
  const key = tokensOf(q).join(' ');
  for (const a of index.aliases) if (tokensOf(a.form).join(' ').startsWith(key)) console.log(a.form, a.flags, a.target >= 0 ? index.models[a.target]!.id : 'fam');
}
