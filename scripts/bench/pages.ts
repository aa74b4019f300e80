import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textOfSize } from './corpus';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const HEAD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title><style>body{font:16px/1.5 system-ui;max-width:900px;margin:24px auto}</style></head><body>';

/** An article of about `chars` characters: the seed text in paragraphs. */
export function articlePage(seed: string, chars: number): string {
  const paragraphs = textOfSize(seed, chars)
    .split(/\n{2,}/)
    .filter((p) => p.trim())
    .map((p) => `<p>${escapeHtml(p)}</p>`);
  return `${HEAD}<main>${paragraphs.join('\n')}</main></body></html>`;
}

/**
 * A page of about `chars` characters in about `nodes` DOM nodes: rows of short inline
 * elements, the shape of feeds, tables and chat logs.
 */
export function manyNodesPage(seed: string, chars: number, nodes: number): string {
  const rows = Math.ceil(nodes / 7);
  const perRow = Math.ceil(chars / rows);
  const text = textOfSize(seed.replace(/\s+/g, ' '), perRow * rows);
  const out: string[] = [HEAD, '<main>'];
  for (let row = 0; row < rows; row += 1) {
    const chunk = text.slice(row * perRow, (row + 1) * perRow);
    const third = Math.ceil(chunk.length / 3);
    out.push(
      `<div><span>${escapeHtml(chunk.slice(0, third))}</span><b>${escapeHtml(chunk.slice(third, 2 * third))}</b><i>${escapeHtml(chunk.slice(2 * third))}</i></div>`,
    );
  }
  out.push('</main></body></html>');
  return out.join('\n');
}

export function writeBenchPage(name: string, html: string): string {
  const folder = join(tmpdir(), 'model-lens-bench');
  mkdirSync(folder, { recursive: true });
  const path = join(folder, name);
  writeFileSync(path, html);
  return path;
}
