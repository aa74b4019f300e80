// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextRuns, TextRunWalker } from '@/lib/ext/content/text-runs';

/** The test's own markup, parsed as a page's would be. */
function body(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...parsed.body.childNodes);
  return document.body;
}

const texts = (root: Node) => collectTextRuns(root).map((run) => run.text);

describe('text runs: what the scanner reads', () => {
  it('reads each block as one run and leaves out editors, scripts and its own interface, however deeply nested', () => {
    const root = body(`
      <p>Try <b>Claude</b> Sonnet 4</p>
      <div><section><div contenteditable="true"><p>Draft on <i>GPT-4o</i></p><div><span>typed o3</span></div></div></section></div>
      <div><p>After the editor: Gemini 2.5 Pro</p></div>
      <script>var model = "o3";</script>
      <div data-model-lens-ui><p>our card: Kimi K2</p></div>
      <div class="cm-editor"><div><div>code o4-mini</div></div></div>
      <ul><li>Qwen3 32B</li><li><textarea>GPT-4.1</textarea> DeepSeek R1</li></ul>`);
    expect(texts(root)).toEqual(['Try Claude Sonnet 4', 'After the editor: Gemini 2.5 Pro', 'Qwen3 32B', ' DeepSeek R1']);
  });

  it('judges the root on its own: a rescanned element that has just become editable yields nothing', () => {
    const root = body('<div id="later" contenteditable="true"><p>Becomes editable: <b>GPT-4o</b></p></div><p>Outside: o3</p>');
    const excluded: string[] = [];
    const walker = new TextRunWalker(document.getElementById('later')!, (node) => excluded.push(node.data));
    expect(walker.next()).toBeNull();
    expect(excluded).toEqual(['Becomes editable: ', 'GPT-4o']);
    expect(texts(root)).toEqual(['Outside: o3']);
  });

  it('keeps up with text that goes in and out of nested excluded regions many times', () => {
    const rows = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0 ? `<div><div role="textbox"><p>hidden ${i}</p></div><p>shown ${i}</p></div>` : `<div><p>shown ${i}</p></div>`,
    );
    const runs = texts(body(rows.join('')));
    expect(runs).toHaveLength(300);
    expect(runs.every((text) => text.startsWith('shown'))).toBe(true);
  });
});
