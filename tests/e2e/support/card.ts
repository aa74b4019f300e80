import type { ElementHandle, Page } from 'puppeteer-core';

/** The centre of the first mark whose text is `text`, in viewport coordinates. */
export async function markCentre(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const name of ['model-lens', 'model-lens-pinned']) {
      for (const staticRange of CSS.highlights.get(name) ?? []) {
        const range = new Range();
        range.setStart(staticRange.startContainer, staticRange.startOffset);
        range.setEnd(staticRange.endContainer, staticRange.endOffset);
        if (range.toString() !== wanted) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no mark reads "${text}"`);
  return point;
}

/** Points at a mark the way a person does: the pointer travels to it and rests. */
export async function hover(page: Page, text: string): Promise<void> {
  const { x, y } = await markCentre(page, text);
  await page.mouse.move(x - 40, y + 40);
  await page.mouse.move(x, y, { steps: 6 });
}

/**
 * The card's text and controls. Its shadow root is closed to the page, so tests read it the
 * way assistive technology does: through the accessibility tree.
 */
export async function cardSnapshot(page: Page): Promise<{ text: string; buttons: string[]; role: string | undefined; title: string | undefined }> {
  const host = await page.$('model-lens-card');
  if (!host) throw new Error('no card on the page');
  const tree = await page.accessibility.snapshot({ root: host as ElementHandle<Element>, interestingOnly: false });
  const texts: string[] = [];
  const buttons: string[] = [];
  let role: string | undefined;
  let title: string | undefined;
  const walk = (node: { role?: string; name?: string; children?: unknown[] } | null) => {
    if (!node) return;
    if (node.role === 'dialog') {
      role = 'dialog';
      title = node.name;
    }
    if (node.role === 'button' && node.name) buttons.push(node.name);
    if ((node.role === 'StaticText' || node.role === 'text') && node.name) texts.push(node.name);
    for (const child of (node.children ?? []) as (typeof node)[]) walk(child);
  };
  walk(tree);
  return { text: texts.join(' '), buttons, role, title };
}

export async function waitForCard(page: Page, containing: string, timeout = 10_000): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await cardIsOpen(page)) {
      const { text } = await cardSnapshot(page);
      if (text.includes(containing)) return text;
    }
    if (Date.now() > deadline) throw new Error(`the card did not show "${containing}"`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Whether the card is laid out on screen, asked of the browser's layout rather than of page script, which may lie. */
export async function cardIsOpen(page: Page): Promise<boolean> {
  const box = await (await page.$('model-lens-card'))?.boundingBox();
  return !!box && box.height > 0;
}

/** Clicks a card button by its accessible name ("Pin", "Compare", "Close"). */
export async function clickCardButton(page: Page, name: string): Promise<void> {
  const host = await page.$('model-lens-card');
  const tree = await page.accessibility.snapshot({ root: host as ElementHandle<Element>, interestingOnly: false });
  const button = findNode(tree, (n) => n.role === 'button' && n.name === name);
  if (!button) throw new Error(`no "${name}" button on the card`);
  const handle = await button.elementHandle();
  await handle!.click();
}

type AxNode = { role?: string; name?: string; children?: AxNode[]; elementHandle(): Promise<ElementHandle | null> };

function findNode(node: unknown, test: (n: AxNode) => boolean): AxNode | undefined {
  const n = node as AxNode | null;
  if (!n) return undefined;
  if (test(n)) return n;
  for (const child of n.children ?? []) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}
