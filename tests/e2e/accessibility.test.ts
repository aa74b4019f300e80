import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hover, waitForCard } from './support/card';
import { openExtensionPage } from './support/extension';
import { pickTwoToCompare } from './support/popup';
import { openFixtureSite, type FixtureSite } from './support/fixture-site';
import { waitForMark } from './support/page-marks';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PAGE = '<!doctype html><html lang="en"><meta charset="utf-8"><title>Models</title><main><p>We use Claude Sonnet 4 and GPT-4o mini.</p></main></html>';

interface Violation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Serious and critical findings of axe-core, run in the page (evaluated, so an extension page's CSP does not stop it). */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations, passes } = (await page.evaluate(async () => {
    const outcome = await (window as unknown as { axe: { run(): Promise<{ violations: unknown[]; passes: unknown[] }> } }).axe.run();
    return { violations: outcome.violations, passes: outcome.passes.length };
  })) as { violations: Violation[]; passes: number };
  // A run that checked nothing would pass any page.
  if (passes < 10) throw new Error(`axe-core checked only ${passes} rules here`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  let site: FixtureSite;
  let browser: Browser;

  beforeAll(async () => {
    site = await openFixtureSite({ '/': { body: PAGE, headers: { 'content-type': 'text/html; charset=utf-8' } } });
    browser = site.browser;
  });

  afterAll(() => site?.close());

  it('the card', async () => {
    const page = await site.open('/');
    await waitForMark(page, 'Claude Sonnet 4');
    await hover(page, 'Claude Sonnet 4');
    await waitForCard(page, 'Claude Sonnet 4');
    // The card's shadow root is closed to page scripts, axe included: the browser's own protocol
    // reaches it, and the card's markup and styles are checked on a page of their own.
    const cdp = await page.createCDPSession();
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type DomNode = { nodeName: string; shadowRoots?: DomNode[]; children?: DomNode[]; backendNodeId: number };
    const find = (node: DomNode): DomNode | undefined => (node.nodeName === 'MODEL-LENS-CARD' ? node : [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(find).find(Boolean));
    const shadow = find(root as DomNode)!.shadowRoots![0]!;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: 'function () { return { html: this.innerHTML, css: [...this.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join("\\n") }; }',
      returnByValue: true,
    });
    const { html, css } = result.value as { html: string; css: string };
    const alone = await browser.newPage();
    await alone.setContent(`<!doctype html><html lang="en"><meta charset="utf-8"><title>The card</title><style>${css}</style><main>${html}</main></html>`);
    expect(await seriousViolations(alone)).toEqual([]);
  });

  it('the popup, on each tab', async () => {
    const popup = await openExtensionPage(browser, site.extensionId, 'popup.html');
    await popup.setViewport({ width: 420, height: 600 });
    await popup.waitForSelector('#tab-compare');
    expect(await seriousViolations(popup)).toEqual([]);
    await pickTwoToCompare(popup, 'claude sonnet 4', 'gpt-4o mini');
    await popup.waitForSelector('table.comparison');
    expect(await seriousViolations(popup)).toEqual([]);
    await popup.click('#tab-pinned');
    expect(await seriousViolations(popup)).toEqual([]);
  });

  it('the options page', async () => {
    const options = await openExtensionPage(browser, site.extensionId, 'options.html');
    await options.waitForSelector('h1');
    expect(await seriousViolations(options)).toEqual([]);
  });

  it('the compare page', async () => {
    const compare = await openExtensionPage(browser, site.extensionId, 'compare.html?ids=anthropic/claude-sonnet-4,openai/gpt-4o-mini');
    await compare.waitForSelector('table.comparison');
    expect(await seriousViolations(compare)).toEqual([]);
  });
});
