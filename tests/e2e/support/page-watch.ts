import type { Page } from 'puppeteer-core';

export interface PageWatch {
  /** Uncaught exceptions and console errors from every script world of the page: its own and the extension's. */
  errors: string[];
  /** Ids of the frames in which the extension's content script got its world. */
  extensionFrames: Set<string>;
}

interface ContextDescription {
  id: number;
  origin: string;
  name: string;
  auxData?: { frameId?: string; type?: string };
}

/**
 * Watches a tab from before it navigates, through its own DevTools session: unlike the page
 * events, this sees the extension's isolated world as well as the page's. (Frames in other
 * processes, e.g. cross-site iframes, have sessions of their own and are not included.)
 */
export async function watchPage(page: Page, extensionId: string): Promise<PageWatch> {
  const watch: PageWatch = { errors: [], extensionFrames: new Set() };
  const session = await page.createCDPSession();
  const worldOf = new Map<number, string>();
  session.on('Runtime.executionContextCreated', ({ context }: { context: ContextDescription }) => {
    const extension = context.origin === `chrome-extension://${extensionId}` || context.name === 'Model Lens';
    worldOf.set(context.id, extension ? 'extension' : context.auxData?.type === 'isolated' ? context.name : 'page');
    if (extension && context.auxData?.frameId) watch.extensionFrames.add(context.auxData.frameId);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
    const world = worldOf.get(exceptionDetails.executionContextId ?? -1) ?? 'unknown';
    watch.errors.push(`${world}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  });
  session.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
    if (type !== 'error' && type !== 'assert') return;
    const text = args.map((a: { value?: unknown; description?: string }) => a.description ?? String(a.value)).join(' ');
    watch.errors.push(`${worldOf.get(executionContextId) ?? 'unknown'} console.${type}: ${text}`);
  });
  // The browser's own reports: CSP and Trusted Types violations, blocked scripts.
  session.on('Log.entryAdded', ({ entry }) => {
    if (entry.level === 'error' && entry.source !== 'network') watch.errors.push(`browser (${entry.source}): ${entry.text}`);
  });
  await session.send('Runtime.enable');
  await session.send('Log.enable');
  return watch;
}
