import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CDPSession, ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIsOpen, cardSnapshot, waitForCard } from './support/card';
import { waitFor } from './support/extension';
import { openFixtureSite, type FixtureSite } from './support/fixture-site';
import { waitForMark } from './support/page-marks';

// One name at the centre and at each edge and corner, fixed so that nothing scrolls.
const SPOTS: Record<string, string> = {
  centre: 'left: 50%; top: 50%; transform: translate(-50%, -50%)',
  top: 'left: 50%; top: 4px; transform: translateX(-50%)',
  bottom: 'left: 50%; bottom: 4px; transform: translateX(-50%)',
  left: 'left: 4px; top: 50%',
  right: 'right: 4px; top: 50%',
  'top-left': 'left: 4px; top: 4px',
  'top-right': 'right: 4px; top: 4px',
  'bottom-left': 'left: 4px; bottom: 4px',
  'bottom-right': 'right: 4px; bottom: 4px',
};
const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Spots</title>
<style>body { margin: 0; height: 100vh; overflow: hidden; font: 16px sans-serif; } div { position: fixed; white-space: nowrap; }</style>
${Object.entries(SPOTS).map(([id, style]) => `<div id="${id}" style="${style}">Claude Sonnet 4</div>`).join('\n')}
</html>`;

// Screenshots for the README are rewritten only when asked: UPDATE_SCREENSHOTS=1 npm run test:browser
const SCREENSHOTS = resolve(import.meta.dirname, process.env.UPDATE_SCREENSHOTS ? '../../docs/screenshots' : '../../.output/screenshots');

const SIZES = [
  { name: '1280x900', width: 1280, height: 900 },
  { name: '1024x640', width: 1024, height: 640 },
  { name: '700x560', width: 700, height: 560 },
  { name: '390x844 mobile', width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 3 },
];

/** The centre of the mark inside the element with this id. */
function markIn(page: Page, id: string): Promise<{ x: number; y: number; box: DOMRect }> {
  return page.evaluate((spot) => {
    for (const staticRange of CSS.highlights.get('model-lens') ?? []) {
      if (staticRange.startContainer.parentElement?.id !== spot) continue;
      const range = new Range();
      range.setStart(staticRange.startContainer, staticRange.startOffset);
      range.setEnd(staticRange.endContainer, staticRange.endOffset);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2, box: box.toJSON() as DOMRect };
    }
    throw new Error(`no mark in #${spot}`);
  }, id);
}

/** A card control found the way assistive technology finds it (the card's shadow root is closed). */
async function cardControl(page: Page, name: string): Promise<ElementHandle> {
  const host = await page.$('model-lens-card');
  type Node = { role?: string; name?: string; children?: Node[]; elementHandle(): Promise<ElementHandle | null> };
  const find = (node: Node | null): Node | undefined => {
    if (!node) return undefined;
    if (node.role === 'button' && node.name === name) return node;
    for (const child of node.children ?? []) {
      const found = find(child);
      if (found) return found;
    }
    return undefined;
  };
  const tree = (await page.accessibility.snapshot({ root: host as ElementHandle<Element>, interestingOnly: false })) as unknown as Node;
  const handle = await find(tree)?.elementHandle();
  if (!handle) throw new Error(`no "${name}" on the card`);
  return handle;
}

/** Whether what the browser draws at the centre of this card button is that button (hit-tested by the browser, through the closed shadow root). */
async function drawnAtItsCentre(cdp: CDPSession, handle: ElementHandle, name: string): Promise<boolean> {
  const box = await handle.boundingBox();
  if (!box) return false;
  await cdp.send('DOM.getDocument', { depth: 0 });
  const hit = await cdp.send('DOM.getNodeForLocation', { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2), includeUserAgentShadowDOM: false });
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: hit.backendNodeId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId!,
    functionDeclaration: 'function () { const el = this.nodeType === 1 ? this : this.parentElement; return el?.closest("button")?.textContent?.trim() ?? null; }',
    returnByValue: true,
  });
  return result.value === name;
}

describe('the card always fits, with its actions in view', () => {
  let site: FixtureSite;
  let page: Page;
  let cdp: CDPSession;

  beforeAll(async () => {
    site = await openFixtureSite({ '/': { body: PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } } });
    page = await site.open('/');
    cdp = await page.createCDPSession();
  });

  afterAll(() => site?.close());

  for (const size of SIZES) {
    it(`at ${size.name}, names at the centre and every edge`, async () => {
      await page.setViewport({ width: size.width, height: size.height, isMobile: size.isMobile, hasTouch: size.hasTouch, deviceScaleFactor: size.deviceScaleFactor });
      await page.reload();
      await waitForMark(page, 'Claude Sonnet 4');
      const cued: string[] = [];
      for (const spot of Object.keys(SPOTS)) {
        await page.mouse.move(2, size.height / 3);
        await waitFor(async () => !(await cardIsOpen(page)), 'the previous card to close');
        const mark = await markIn(page, spot);
        await page.mouse.move(mark.x - 20, mark.y + 20);
        await page.mouse.move(mark.x, mark.y, { steps: 4 });
        await waitForCard(page, 'Claude Sonnet 4');
        const card = await page.$eval('model-lens-card', (el) => el.getBoundingClientRect().toJSON() as DOMRect);
        const where = `${size.name} ${spot}: ${JSON.stringify(card)}`;
        expect(card.top, where).toBeGreaterThanOrEqual(0);
        expect(card.left, where).toBeGreaterThanOrEqual(0);
        expect(card.bottom, where).toBeLessThanOrEqual(size.height);
        expect(card.right, where).toBeLessThanOrEqual(size.width);
        expect(card.height, where).toBeLessThanOrEqual(size.height - 16);
        const covers = mark.x > card.left && mark.x < card.right && mark.y > card.top && mark.y < card.bottom;
        expect(covers, where).toBe(false);
        for (const control of ['Pin', 'Compare']) expect(await drawnAtItsCentre(cdp, await cardControl(page, control), control), `${control} at ${where}`).toBe(true);
        if (size.name === '700x560' && spot === 'centre') {
          mkdirSync(SCREENSHOTS, { recursive: true });
          await page.screenshot({ path: join(SCREENSHOTS, 'card-narrow.png') });
        }
        if ((await cardSnapshot(page)).text.includes('More details above the buttons: scroll')) cued.push(spot);
      }
      // Where the card has to be shortened (700x560 leaves no side with room), it says that more of it scrolls.
      if (size.name === '700x560') expect(cued.length).toBeGreaterThan(0);
    });
  }
});
