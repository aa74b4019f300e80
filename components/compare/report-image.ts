import type { ComparisonReport } from '@/lib/compare/compare-report';
import { missingLines, NO_NEIGHBOURS } from '@/lib/compare/report-markdown';

/**
 * The comparison drawn onto a canvas from the report's data, for pasting into a document or
 * chat. Text is drawn with fillText, so nothing from a page or a source is ever parsed as markup.
 */

const WIDTH = 1200;
const MARGIN = 40;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const COLORS = { bg: '#ffffff', fg: '#1b1b1f', muted: '#5f5f6b', accent: '#5b3fd6', line: '#e4e2ee', soft: '#f5f3fd' };

interface Line {
  text: string;
  size: number;
  weight: number;
  color: string;
  indent: number;
  /** Space above the line. */
  gap: number;
}

/** A paragraph before wrapping. */
type Block = Line;

export function drawReport(report: ComparisonReport, canvas: HTMLCanvasElement): void {
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw the image (no 2D canvas)');
  const scale = 2;
  const lines = layout(context, blocksOf(report));
  const tableHeight = report.models.length ? (report.table.length + 1) * 26 + 16 : 0;
  const height = MARGIN * 2 + tableHeight + lines.reduce((sum, line) => sum + line.gap + line.size * 1.4, 0);
  canvas.width = WIDTH * scale;
  canvas.height = Math.ceil(height * scale);
  context.scale(scale, scale);
  context.fillStyle = COLORS.bg;
  context.fillRect(0, 0, WIDTH, height);
  context.textBaseline = 'top';
  let y = MARGIN;
  const [head, rest] = [lines.filter((l) => l.indent < 0), lines.filter((l) => l.indent >= 0)];
  for (const line of head) y = drawLine(context, line, y);
  if (report.models.length) y = drawTable(context, report, y + 8) + 8;
  for (const line of rest) y = drawLine(context, line, y);
}

/** Title and verdict go above the table (marked with a negative indent), the rest below it. */
function blocksOf(report: ComparisonReport): Block[] {
  const block = (text: string, size: number, weight: number, color: string, indent: number, gap: number): Block => ({ text, size, weight, color, indent, gap });
  const blocks: Block[] = [block(report.title, 26, 700, COLORS.fg, -1, 0), block(report.verdict, 15, 400, COLORS.fg, -1, 8)];
  for (const line of missingLines(report)) blocks.push(block(line, 14, 400, COLORS.muted, -1, 6));
  for (const model of report.models) {
    blocks.push(block(`${model.name}: capabilities`, 19, 700, COLORS.fg, 0, 20));
    if (model.decomposition.notice) blocks.push(block(model.decomposition.notice, 13, 400, COLORS.muted, 0, 4));
    for (const capability of model.decomposition.capabilities) {
      blocks.push(block(capability.sentence, 15, 600, COLORS.fg, 0, 10));
      if (capability.unique) blocks.push(block(`Unique: ${capability.unique}`, 13, 400, COLORS.accent, 16, 2));
      blocks.push(block(`vs alternatives: ${capability.alternatives}`, 13, 400, COLORS.muted, 16, 2));
    }
    blocks.push(block(`Pick instead of ${model.name}`, 16, 700, COLORS.fg, 0, 14));
    const { pickInstead, pickInsteadNote } = model.neighbours;
    if (pickInstead.length) for (const pick of pickInstead) blocks.push(block(`${pick.name}: ${pick.reason}`, 13, 400, COLORS.fg, 16, 3));
    else blocks.push(block(pickInsteadNote ?? 'Nothing of its type does all it does for less, or better for the same.', 13, 400, COLORS.muted, 16, 3));
  }
  blocks.push(block(report.noiseNote, 12, 400, COLORS.muted, 0, 16));
  blocks.push(block('Need something different?', 16, 700, COLORS.fg, 0, 14));
  const neighbours = report.somethingDifferent.map((n) => `${n.name} (met ${n.times}×)`).join(', ');
  blocks.push(block(neighbours || NO_NEIGHBOURS, 13, 400, COLORS.muted, 0, 3));
  blocks.push(block('Model Lens · computed from the catalogue', 11, 400, COLORS.muted, 0, 16));
  return blocks;
}

function font(size: number, weight: number): string {
  return `${weight} ${size}px ${FONT}`;
}

/** Wraps each block to the width left after its indent. */
function layout(context: CanvasRenderingContext2D, blocks: readonly Block[]): Line[] {
  return blocks.flatMap((block) => {
    context.font = font(block.size, block.weight);
    const width = WIDTH - 2 * MARGIN - Math.max(0, block.indent);
    const lines: string[] = [];
    let current = '';
    for (const word of block.text.split(/\s+/)) {
      const next = current ? `${current} ${word}` : word;
      if (current && context.measureText(next).width > width) {
        lines.push(current);
        current = word;
      } else current = next;
    }
    lines.push(current);
    return lines.map((text, i) => ({ ...block, text, gap: i === 0 ? block.gap : 0 }));
  });
}

function drawLine(context: CanvasRenderingContext2D, line: Line, y: number): number {
  const top = y + line.gap;
  context.font = font(line.size, line.weight);
  context.fillStyle = line.color;
  context.fillText(line.text, MARGIN + Math.max(0, line.indent), top);
  return top + line.size * 1.4;
}

function drawTable(context: CanvasRenderingContext2D, report: ComparisonReport, top: number): number {
  const labelWidth = 180;
  const column = (WIDTH - 2 * MARGIN - labelWidth) / report.models.length;
  const rows: [string, string[]][] = [['Feature', report.models.map((m) => m.name)], ...report.table.map((r): [string, string[]] => [r.label, r.cells])];
  let y = top;
  rows.forEach(([label, cells], index) => {
    if (index === 0) {
      context.fillStyle = COLORS.soft;
      context.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, 26);
    }
    context.font = font(13, index === 0 ? 700 : 500);
    context.fillStyle = index === 0 ? COLORS.fg : COLORS.muted;
    context.fillText(label, MARGIN + 6, y + 6, labelWidth - 12);
    context.font = font(13, index === 0 ? 700 : 400);
    context.fillStyle = COLORS.fg;
    cells.forEach((cell, i) => context.fillText(cell, MARGIN + labelWidth + i * column + 6, y + 6, column - 12));
    context.fillStyle = COLORS.line;
    context.fillRect(MARGIN, y + 25, WIDTH - 2 * MARGIN, 1);
    y += 26;
  });
  return y;
}
