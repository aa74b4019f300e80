import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardIsOpen, cardSnapshot, hover, markCentre, waitForCard } from './support/card';
import { pause, waitFor } from './support/extension';
import { hostileFixture, openFixtureSite, type FixtureSite } from './support/fixture-site';
import { markedTexts, waitForMark } from './support/page-marks';
import { afterHandled } from './support/page-activity';

const STRICT_CSP = "default-src 'none'; style-src 'self'; script-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'";
// Longer than the hover delay (300 ms) and the close grace (300 ms) together.
const QUIET_MS = 1000;

describe('hostile pages: fake input, clobbered DOM, hostile CSS, frames, strict CSP', () => {
  let site: FixtureSite;

  beforeAll(async () => {
    const cspPage = resolve(import.meta.dirname, '../fixtures/hostile/csp.html');
    site = await openFixtureSite(
      {
        '/synthetic-events': hostileFixture('synthetic-events.html'),
        '/clobbered': hostileFixture('clobbered.html'),
        '/plain': hostileFixture('plain.html'),
        '/hostile-css': hostileFixture('hostile-css.html'),
        '/frames': hostileFixture('frames.html'),
        '/frame': hostileFixture('frame.html'),
        '/csp': async () => ({ headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': STRICT_CSP }, body: await readFile(cspPage) }),
        '/csp.css': hostileFixture('csp.css'),
        '/csp-watch.js': hostileFixture('csp-watch.js'),
      },
      ['openrouter.ai', 'huggingface.co', 'elsewhere.test'],
    );
  });

  afterAll(async () => {
    await site?.close();
  });

  it('ignores synthetic mouseover, mousemove, click and focus, postMessage and custom events; a real pointer still opens the card', async () => {
    const { page, watch } = await site.openWatched('/synthetic-events');
    await waitForMark(page, 'Claude Sonnet 4');
    const marksBefore = await markedTexts(page);
    const { x, y } = await markCentre(page, 'Claude Sonnet 4');

    await page.evaluate((x, y) => {
      const target = document.elementFromPoint(x, y)!;
      const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, view: window };
      for (const type of ['pointerover', 'pointerenter', 'pointermove', 'pointerdown', 'pointerup']) target.dispatchEvent(new PointerEvent(type, init));
      for (const type of ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu']) target.dispatchEvent(new MouseEvent(type, init));
      for (const type of ['focus', 'focusin']) target.dispatchEvent(new FocusEvent(type, { bubbles: type === 'focusin' }));
      // The card's keyboard shortcut, and Alt for the "hover with Alt" setting.
      for (const key of ['Alt', 'M']) document.dispatchEvent(new KeyboardEvent('keydown', { key, altKey: true, shiftKey: key === 'M', bubbles: true }));
      // Everything shaped like the extension's own messages.
      for (const message of [
        { target: 'content', type: 'openCard' },
        { type: 'loadCard' },
        { type: 'getModel', id: 'anthropic/claude-sonnet-4' },
        { type: 'getPageModels', target: 'content' },
      ]) {
        window.postMessage(message, '*');
        for (const name of ['openCard', 'model-lens:open', 'modelLens', 'message']) {
          document.dispatchEvent(new CustomEvent(name, { detail: message, bubbles: true }));
          window.dispatchEvent(new CustomEvent(name, { detail: message }));
        }
      }
    }, x, y);
    // A real move after the forged events, handled: the forged ones have been delivered by then.
    await afterHandled(site.worker, page, 'pointerMoves', () => page.mouse.move(1, 1));
    await pause(QUIET_MS);
    // Not even loaded: the card is injected on first (real) use.
    expect(await page.$('model-lens-card')).toBeNull();
    expect(await page.evaluate(() => (window as { fakeCardOpened?: boolean }).fakeCardOpened)).toBeUndefined();
    expect(await markedTexts(page)).toEqual(marksBefore);

    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    expect((await cardSnapshot(page)).title).toBe('Claude Sonnet 4');

    // Nor can the page close the card with fake input: Esc, a click elsewhere, the pointer leaving, a scroll.
    await page.evaluate(() => {
      const elsewhere = document.getElementById('elsewhere')!;
      const box = elsewhere.getBoundingClientRect();
      const init = { bubbles: true, composed: true, clientX: box.left + 5, clientY: box.top + 5 };
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      elsewhere.dispatchEvent(new PointerEvent('pointerdown', init));
      elsewhere.dispatchEvent(new PointerEvent('pointermove', init));
      window.dispatchEvent(new Event('scroll'));
      document.dispatchEvent(new Event('scroll'));
    });
    await afterHandled(site.worker, page, 'pointerMoves', () => page.mouse.move(x + 1, y));
    await pause(QUIET_MS);
    expect(await cardIsOpen(page)).toBe(true);
    expect(await page.evaluate(() => (window as { fakeCardOpened?: boolean }).fakeCardOpened)).toBeUndefined();

    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close on a real Esc');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('still marks names and opens the right card on a page that clobbers DOM properties and rewrites built-ins', async () => {
    const { page, watch } = await site.openWatched('/clobbered');
    // The page's own view of the DOM is as broken as it meant it to be.
    expect(
      await page.evaluate(() => [document.querySelector('label')!.textContent, typeof document.createRange, document.body instanceof HTMLBodyElement]),
    ).toEqual(['', 'object', false]);
    // The page replaced MutationObserver, which the usual wait relies on: poll instead.
    await waitFor(async () => (await markedTexts(page)).length === 2 && (await markedTexts(page)), 'both names marked');
    expect((await markedTexts(page)).sort()).toEqual(['Claude Sonnet 4', 'GPT-4o mini']);

    await hover(page, 'GPT-4o mini');
    await waitForCard(page, 'GPT-4o');
    expect((await cardSnapshot(page)).title).toMatch(/^GPT-4o.mini$/);
    await page.keyboard.press('Escape');
    await waitFor(async () => !(await cardIsOpen(page)), 'the card to close');
    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    expect((await cardSnapshot(page)).title).toBe('Claude Sonnet 4');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('keeps the card visible, on top, legible and full size against hostile CSS (display:none on everything, tiny rem, overflow:hidden, max z-index wall, transforms)', async () => {
    const plain = await openCard('/plain');
    const hostile = await openCard('/hostile-css');

    expect(hostile.title).toBe('Claude Sonnet 4');
    expect(hostile.inTopLayer).toBe(true);
    // On top of the wall, not beside it: the wall is under the card's centre, and the card is hit first.
    expect(hostile.hitAtCentre).toEqual(['MODEL-LENS-CARD', 'overlay']);
    expect(hostile.box.width).toBeCloseTo(plain.box.width, 0);
    expect(hostile.box.height).toBeGreaterThanOrEqual(plain.box.height - 1);
    expect(hostile.box.top).toBeGreaterThanOrEqual(0);
    expect(hostile.box.top + hostile.box.height).toBeLessThanOrEqual(hostile.viewportHeight);
    // Text by text the same sizes as on a plain page: the title at 16 px, nothing below the
    // card's own smallest (11.5 px, for source notes).
    // The sighting count ("Seen 3 times") grows with each page that names the model, and when a
    // visit is counted races the card: the line's presence and size are compared, not its number.
    const withoutCounts = (texts: { text: string; size: number }[]) => texts.map((t) => ({ ...t, text: t.text.replace(/^Seen .*/, 'Seen …') }));
    expect(withoutCounts(hostile.texts)).toEqual(withoutCounts(plain.texts));
    expect(hostile.texts.find((t) => t.text === 'Claude Sonnet 4')?.size).toBe(16);
    expect(Math.min(...hostile.texts.map((t) => t.size))).toBeGreaterThanOrEqual(11.5);
  });

  it('marks a name whose element has no box of its own (display: contents)', async () => {
    const { page, watch } = await site.openWatched('/hostile-css');
    await waitForMark(page, 'GPT-4o mini');
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  async function openCard(path: string) {
    const { page, watch } = await site.openWatched(path);
    await waitForMark(page, 'Claude Sonnet 4');
    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    const host = (await page.$('model-lens-card'))!;
    const box = (await host.boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const found = await page.evaluate(
      (card, { x, y }) => ({
        inTopLayer: card.matches(':popover-open'),
        hitAtCentre: document.elementsFromPoint(x, y).slice(0, 2).map((el) => el.id || el.tagName),
        viewportHeight: innerHeight,
      }),
      host,
      centre,
    );
    const result = { ...found, box: { width: box.width, height: box.height, top: box.y }, title: (await cardSnapshot(page)).title, texts: await cardTexts(page) };
    expect(watch.errors).toEqual([]);
    await page.close();
    return result;
  }

  it('marks only the top frame of a configured site: no marks in same-origin, srcdoc, sandboxed or cross-origin frames, open shadow roots or SVG text, and no errors', async () => {
    const { page, watch } = await site.openWatched('/frames');
    await waitForMark(page, 'Claude Sonnet 4');
    // Loaded means every frame has loaded: the page itself, and six frames.
    expect(page.frames()).toHaveLength(7);
    await pause(QUIET_MS);

    // The page itself: its own text only; the scanner does not enter shadow roots, and skips SVG.
    expect(await markedTexts(page)).toEqual(['Claude Sonnet 4']);
    // The content script is declared for top frames only, so it runs in none of the frames,
    // even those on the same site or on another site it is on (huggingface.co).
    const session = await page.createCDPSession();
    const { frameTree } = await session.send('Page.getFrameTree');
    expect([...watch.extensionFrames]).toEqual([frameTree.frame.id]);
    // Nor did it register its highlights in any frame, in this process or another.
    const frames = page.frames().filter((frame) => frame !== page.mainFrame());
    const registered = await Promise.all(frames.map(async (frame) => `${frame.url()}: ${await frame.evaluate(() => CSS.highlights.size)}`));
    expect(registered).toEqual(frames.map((frame) => `${frame.url()}: 0`));
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('marks names and opens the card on a page with a strict CSP and Trusted Types', async () => {
    const { page, watch } = await site.openWatched('/csp');
    await waitForMark(page, 'Claude Sonnet 4');
    await waitForMark(page, 'GPT-4o mini');
    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    const card = await cardSnapshot(page);
    expect(card.title).toBe('Claude Sonnet 4');
    expect(card.text).toMatch(/#\s*\d+\s+of\s+\d+/);
    const violations = () => page.evaluate(() => (window as { violations?: string[] }).violations);
    expect(await violations()).toEqual([]);
    expect(watch.errors).toEqual([]);
    // The policy is in force and its violations are seen: the page's own inline style is refused.
    await page.evaluate(() => document.body.setAttribute('style', 'color: red'));
    await waitFor(async () => (await violations())?.length === 1, 'the page\'s own violation to be reported');
    expect(await violations()).toEqual([expect.stringMatching(/^style-src-attr: inline/)]);
    await page.close();
  });
});

/** Every text in the card with its font size, read through DevTools, which sees into the closed shadow root. */
async function cardTexts(page: Page): Promise<{ text: string; size: number }[]> {
  interface DomNode { nodeId: number; nodeType: number; localName?: string; nodeValue?: string; children?: DomNode[]; shadowRoots?: DomNode[] }
  const session = await page.createCDPSession();
  await session.send('DOM.enable');
  await session.send('CSS.enable');
  const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const find = (node: DomNode): DomNode | undefined =>
    node.localName === 'model-lens-card' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean);
  const texts: { text: string; size: number }[] = [];
  const visit = async (node: DomNode, parentId: number): Promise<void> => {
    if (node.nodeType === 3 && node.nodeValue?.trim()) {
      const { computedStyle } = await session.send('CSS.getComputedStyleForNode', { nodeId: parentId });
      texts.push({ text: node.nodeValue.trim(), size: parseFloat(computedStyle.find((p) => p.name === 'font-size')!.value) });
    }
    for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) await visit(child, node.nodeId);
  };
  const host = find(root);
  if (host) await visit(host, host.nodeId);
  await session.detach();
  return texts;
}
