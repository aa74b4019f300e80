/// <reference types="chrome" />
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Target, type WebWorker } from 'puppeteer-core';
import { findBrowser } from './find-browser';

export const CHROME_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');
/** The same extension built with `--mode e2e` (one test site granted up front). */
export const E2E_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3-e2e');

export interface LaunchOptions {
  headless?: boolean;
  /** Reuse a profile to test what survives a restart. */
  userDataDir?: string;
  /** Hostnames to resolve to this machine, so fixture pages are served under real site names. */
  localHosts?: string[];
  extensionDir?: string;
  windowSize?: { width: number; height: number };
}

export interface LaunchedBrowser {
  browser: Browser;
  extensionId: string;
}

/**
 * Chromium with the built extension loaded. Background networking is off: this machine has
 * no route to Google's services and Chromium would otherwise keep dialling them.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const browser = await launchBrowser(options, true);
  const extensionId = await browser.installExtension(options.extensionDir ?? CHROME_EXTENSION_DIR);
  return { browser, extensionId };
}

/** The same browser without the extension: the baseline for measurements. */
export function launchBrowser(options: LaunchOptions = {}, enableExtensions = false): Promise<Browser> {
  const { width, height } = options.windowSize ?? { width: 1280, height: 800 };
  const hostRules = (options.localHosts ?? []).map((host) => `MAP ${host} 127.0.0.1`);
  return puppeteer.launch({
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions,
    userDataDir: options.userDataDir,
    defaultViewport: null,
    args: [
      `--window-size=${width},${height}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      ...(hostRules.length ? [`--host-resolver-rules=${hostRules.join(', ')}`] : []),
    ],
  });
}

/**
 * The extension's service worker, once `chrome.storage` is usable in it. After an update the
 * previous version's target can linger in the list: pass it as `stale` to wait for the new one.
 */
export async function extensionWorker(browser: Browser, extensionId: string, stale?: Target): Promise<WebWorker> {
  const target = await browser.waitForTarget(
    (t) => t !== stale && t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
    { timeout: 30_000 },
  );
  const worker = (await target.worker())!;
  // Rarely the worker is reachable a moment before its extension APIs are.
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (await worker.evaluate(() => typeof chrome !== 'undefined' && !!chrome.storage?.local)) return worker;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the extension service worker never exposed chrome.storage');
}
