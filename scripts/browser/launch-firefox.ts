import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { resolveBrowser } from './find-browser';
import type { LaunchedBrowser, LaunchOptions } from './launch';

export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

export type FirefoxLaunchOptions = Pick<LaunchOptions, 'headless' | 'localHosts' | 'extensionDir' | 'windowSize'>;

/**
 * Keeps Firefox off the internet. The variable makes Firefox refuse every connection that is
 * not to this machine (Mozilla's own test harness sets it); it also lets the remote-settings
 * server be overridden, and this dummy address switches those downloads off, so Firefox does
 * not even look up a name for them.
 */
const OFFLINE_ENV = { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' };
const OFFLINE_PREFS = { 'services.settings.server': 'data:,#remote-settings-dummy/v1' };

/**
 * Firefox with the Firefox build of the extension, installed as a temporary add-on over
 * WebDriver BiDi (unsigned is allowed for temporary add-ons, so no signing pref is needed).
 * Manifest V2 grants the listed host permissions at install, as a user's install would.
 */
export async function launchFirefoxWithExtension(options: FirefoxLaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = await resolveBrowser('firefox');
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build of the extension at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: options.headless ?? true,
    defaultViewport: options.windowSize ?? { width: 1280, height: 800 },
    env: { ...process.env, ...OFFLINE_ENV },
    extraPrefsFirefox: {
      ...OFFLINE_PREFS,
      // Fixture pages are served under real site names; these resolve to this machine.
      ...(options.localHosts?.length ? { 'network.dns.localDomains': options.localHosts.join(',') } : {}),
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
