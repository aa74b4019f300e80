import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIsOpen, cardSnapshot, hover, waitForCard } from './support/card';
import { pause, waitFor } from './support/extension';
import { hostileFixture, openFixtureSite, type FixtureSite } from './support/fixture-site';
import { afterHandled } from './support/page-activity';
import { markedTexts, pageMarks, waitForMark } from './support/page-marks';

// Longer than the hover delay (300 ms) and a scan of these small pages.
const QUIET_MS = 1000;

interface Mutation {
  type: string;
  target: string;
  added: string[];
  inEditor: boolean;
}

describe('editable regions and names as people type them', () => {
  let site: FixtureSite;

  beforeAll(async () => {
    site = await openFixtureSite({
      '/editors': hostileFixture('editors.html'),
      '/design-mode': hostileFixture('design-mode.html'),
      '/typography': hostileFixture('typography.html'),
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  /** Where the user's caret and selections are, and what the editors hold. */
  const editingState = (page: Page) =>
    page.evaluate(() => {
      const field = (id: string) => {
        const element = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
        return [element.selectionStart, element.selectionEnd, element.selectionDirection, element.value];
      };
      const selection = document.getSelection()!;
      const at = (node: Node | null) => `${node?.parentElement?.closest('[id]')?.id}/${node?.parentNode ? [...node.parentNode.childNodes].indexOf(node as ChildNode) : -1}`;
      return {
        textarea: field('textarea'),
        input: field('input'),
        selection: [at(selection.anchorNode), selection.anchorOffset, at(selection.focusNode), selection.focusOffset, selection.rangeCount],
        focused: document.activeElement?.id,
        editors: [...document.querySelectorAll('[data-editor]')].map((editor) => new XMLSerializer().serializeToString(editor)),
      };
    });

  /** Centre of the first occurrence of `text` inside an element, marked or not. */
  const textCentre = (page: Page, selector: string, text: string) =>
    page.evaluate(
      (selector, text) => {
        const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node as Text).data.indexOf(text);
          if (at < 0) continue;
          const range = new Range();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        throw new Error(`no "${text}" in ${selector}`);
      },
      selector,
      text,
    );

  it('changes nothing inside textarea, input, contenteditable, ProseMirror, CodeMirror 6, Monaco or a node made editable later: no mutations, no marks, caret and selection kept', async () => {
    const { page, watch } = await site.openWatched('/editors');
    await waitForMark(page, 'GPT-4o mini');
    await pause(QUIET_MS);
    // Proof the extension ran: the names outside the editors are marked, and only those.
    expect(await pageMarks(page)).toEqual([
      { text: 'Claude Sonnet 4', within: 'outside' },
      { text: 'GPT-4o mini', within: 'outside' },
      { text: 'Claude Sonnet 4', within: 'later' },
    ]);
    // As the page left them before the extension arrived.
    const before = await editingState(page);
    expect(before.textarea).toEqual([3, 12, 'backward', 'Draft: Claude Sonnet 4 or GPT-4o mini?']);
    expect(before.input).toEqual([2, 6, 'forward', 'Claude Sonnet 4 vs GPT-4o mini']);
    expect(before.selection).toEqual(['prosemirror/0', 4, 'prosemirror/0', 15, 1]);
    expect(before.focused).toBe('prosemirror');

    // Pointing at a name inside an editor opens nothing; pointing at one outside opens the card.
    const inEditor = await textCentre(page, '#prosemirror', 'GPT-4o mini');
    await afterHandled(site.worker, page, 'pointerMoves', async () => {
      await page.mouse.move(inEditor.x - 30, inEditor.y + 30);
      await page.mouse.move(inEditor.x, inEditor.y, { steps: 5 });
    });
    // Handled; a card would open after the hover delay.
    await pause(QUIET_MS);
    expect(await page.$('model-lens-card')).toBeNull();
    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    expect(await editingState(page)).toEqual(before);

    // The page turns a marked paragraph into an editor: its mark goes, nothing else changes.
    await page.evaluate(() =>
      (window as unknown as { pageEdit: (change: () => void) => void }).pageEdit(() => {
        const later = document.getElementById('later')!;
        later.contentEditable = 'true';
        later.dataset.editor = '';
      }),
    );
    await waitFor(async () => (await pageMarks(page)).every((mark) => mark.within === 'outside'), 'the mark in the new editor to go');
    expect(await markedTexts(page)).toEqual(['Claude Sonnet 4', 'GPT-4o mini']);
    await pause(QUIET_MS);
    expect(await editingState(page)).toEqual({ ...before, editors: [...before.editors, expect.stringContaining('Becomes editable')] });

    // The extension's only change to the document is its own card host.
    const mutations = await page.evaluate(() => (window as unknown as { mutations: Mutation[] }).mutations);
    expect(mutations.filter((m) => m.inEditor)).toEqual([]);
    expect(mutations.filter((m) => m.target !== 'model-lens-card' && m.added.join() !== 'model-lens-card')).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('leaves a document in design mode alone: the content script runs there, but marks nothing and changes nothing', async () => {
    const { page, watch } = await site.openWatched('/design-mode');
    await waitFor(async () => watch.extensionFrames.size === 1, 'the content script to start');
    await pause(QUIET_MS);
    const draft = await textCentre(page, '#draft', 'Claude Sonnet 4');
    await page.mouse.move(draft.x - 30, draft.y + 30);
    await page.mouse.move(draft.x, draft.y, { steps: 5 });
    await pause(QUIET_MS);

    expect(await markedTexts(page)).toEqual([]);
    expect(await page.$('model-lens-card')).toBeNull();
    expect(await page.evaluate(() => (window as unknown as { mutations: string[] }).mutations)).toEqual([]);
    const selection = await page.evaluate(() => {
      const s = document.getSelection()!;
      return [s.anchorNode === s.focusNode, s.anchorOffset, s.focusOffset, s.toString()];
    });
    expect(selection).toEqual([true, 7, 22, 'Claude Sonnet 4']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('marks NBSP, U+2011, soft hyphen, zero-width characters and mixed case as the same model, over exactly the name\'s characters', async () => {
    const { page, watch } = await site.openWatched('/typography');
    await waitForMark(page, 'GPT-4o mini');
    await pause(QUIET_MS);
    const variants = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.variant')].map((span) => {
        const text = span.firstChild as Text;
        const marks = [...(CSS.highlights.get('model-lens') ?? [])];
        const exact = marks.some((m) => m.startContainer === text && m.startOffset === 0 && m.endContainer === text && m.endOffset === text.length);
        return { text: text.data, plain: span.dataset.plain!, exact };
      }),
    );
    expect(variants.filter((v) => !v.exact)).toEqual([]);
    // Nothing else is marked: no half names, no extra marks around the variants.
    const plains = ['Claude Sonnet 4', 'GPT-4o', 'Gemini 2.5 Pro', 'GPT-4o mini'];
    expect((await markedTexts(page)).sort()).toEqual([...plains, ...variants.map((v) => v.text)].sort());

    const titleFor = async (text: string) => {
      await hover(page, text);
      await waitFor(() => cardIsOpen(page), `the card for "${text}"`);
      const { title } = await cardSnapshot(page);
      await page.keyboard.press('Escape');
      await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
      return title;
    };
    const titles = new Map<string, string | undefined>();
    for (const plain of plains) titles.set(plain, await titleFor(plain));
    for (const variant of variants) expect([variant.text, await titleFor(variant.text)]).toEqual([variant.text, titles.get(variant.plain)]);
    expect(titles.get('Claude Sonnet 4')).toBe('Claude Sonnet 4');
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
