import type { Page } from 'puppeteer-core';

/**
 * The text of every mark the extension put on the page, read from the page itself
 * (the highlight registry belongs to the document, so the page sees what the user sees).
 */
export function markedTexts(page: Page, name = 'model-lens'): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return [];
    return [...highlight].map((staticRange) => {
      const range = document.createRange();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      return range.toString();
    });
  }, name);
}

/** Waits until the page shows a mark with exactly this text. */
export async function waitForMark(page: Page, text: string, name = 'model-lens', timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    (wanted, highlightName) => {
      const highlight = CSS.highlights.get(highlightName);
      if (!highlight) return false;
      for (const staticRange of highlight) {
        const range = document.createRange();
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
