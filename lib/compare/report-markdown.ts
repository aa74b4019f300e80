import type { ComparisonReport } from './compare-report';

/** The comparison as Markdown, for pasting into notes, issues or chat. */
export function reportToMarkdown(report: ComparisonReport, permalink: string): string {
  const lines: string[] = [`# ${inline(report.title)}`, '', inline(report.verdict), ''];
  for (const line of missingLines(report)) lines.push(`> ${inline(line)}`, '');
  if (report.models.length) {
    lines.push(`| Feature | ${report.models.map((m) => inline(m.name)).join(' | ')} |`);
    lines.push(`|---|${report.models.map(() => '---').join('|')}|`);
    for (const row of report.table) lines.push(`| ${inline(row.label)} | ${row.cells.map(inline).join(' | ')} |`);
    lines.push('');
  }
  for (const model of report.models) {
    lines.push(`## ${inline(model.name)}: capabilities`, '');
    if (model.decomposition.notice) lines.push(`_${inline(model.decomposition.notice)}_`, '');
    for (const capability of model.decomposition.capabilities) {
      lines.push(`- **${inline(capability.sentence)}**`);
      if (capability.unique) lines.push(`  - Unique: ${inline(capability.unique)}`);
      lines.push(`  - vs alternatives: ${inline(capability.alternatives)}`);
    }
    lines.push('', `### Pick instead of ${inline(model.name)}`, '');
    const { pickInstead, pickInsteadNote } = model.neighbours;
    if (pickInstead.length) for (const pick of pickInstead) lines.push(`- **${inline(pick.name)}**: ${inline(pick.reason)}`);
    else lines.push(inline(pickInsteadNote ?? 'Nothing of its type does all it does for less, or better for the same.'));
    lines.push('');
  }
  lines.push(`_${inline(report.noiseNote)}_`, '', '## Need something different?', '');
  if (report.somethingDifferent.length) for (const n of report.somethingDifferent) lines.push(`- ${inline(n.name)} (met ${n.times}× with these on your pages and comparisons)`);
  else lines.push(NO_NEIGHBOURS);
  lines.push('', `[Open this comparison](${permalink}) · data from the Model Lens catalogue`);
  return `${lines.join('\n')}\n`;
}

export const NO_NEIGHBOURS = 'Your Match Graph has no neighbours for these models yet: it grows, on this device only, from the pages you read and the comparisons you open.';

/** The page's lines about ids it could not show. */
export function missingLines(report: ComparisonReport): string[] {
  return report.missing.length ? [`Not in the catalogue (an unknown id, or a model removed since): ${report.missing.join(', ')}`] : [];
}

/** Model names come from upstream data: nothing in them may turn into Markdown structure. */
function inline(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}
