/// <reference types="chrome" />
import type { Browser, Page, WebWorker } from 'puppeteer-core';

/** Opens one of the extension's pages (popup, options) in a tab. */
export async function openExtensionPage(browser: Browser, extensionId: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/${path}`);
  return page;
}

/** Sends a request to the background as an extension page does, and unwraps the reply. */
export async function request<T = unknown>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = await page.evaluate((m) => chrome.runtime.sendMessage(m), message);
  if (!reply?.ok) throw new Error(`request ${String(message.type)} failed: ${reply?.error ?? 'no reply'}`);
  return reply.value as T;
}

export async function readStorage<T = unknown>(worker: WebWorker, key: string): Promise<T> {
  return (await worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key)) as T;
}

/** Polls until `check` returns a value that is not undefined/false. */
export async function waitFor<T>(check: () => Promise<T | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
