import type { Page } from 'puppeteer-core';

export interface PageMark {
  text: string;
  /** The id of the nearest element around the mark that has one ('' if none): where on the page it is. */
  within: string;
}

/**
 * Every mark the extension put on the page, read from the page itself (the highlight registry
 * belongs to the document, so the page sees what the user sees).
 * `new Range()`, not `document.createRange()`: a page may name an element "createRange".
 */
export function pageMarks(page: Page, name = 'model-lens'): Promise<PageMark[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((staticRange) => {
      const range = new Range();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      const element = staticRange.startContainer.parentElement;
      return { text: range.toString(), within: element?.closest('[id]')?.id ?? '' };
    });
  }, name);
}

/** The text of every mark on the page. */
export async function markedTexts(page: Page, name = 'model-lens'): Promise<string[]> {
  return (await pageMarks(page, name)).map((mark) => mark.text);
}

/** Waits until the page shows a mark with exactly this text. */
export async function waitForMark(page: Page, text: string, name = 'model-lens', timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (wanted, highlightName) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return false;
      for (const staticRange of highlight) {
        const range = new Range();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        if (range.toString() === wanted) return true;
      }
      return false;
    },
    { timeout, polling: 100 },
    text,
    name,
  );
}
