import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import {
  Browser,
  detectBrowserPlatform,
  getInstalledBrowsers,
  install,
  makeProgressCallback,
  resolveBuildId,
} from '@puppeteer/browsers';
import { errorMessage } from '../../lib/error-message';

export type BrowserKind = 'chrome' | 'firefox';

/** Where each kind lives on common systems, most specific first. */
const SYSTEM_PATHS: Record<BrowserKind, readonly string[]> = {
  chrome: [
    // Debian's /usr/bin/chromium is a shell wrapper that prints a warning; the binary is here.
    '/usr/lib/chromium/chromium',
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  // ESR first, as Debian ships it.
  firefox: [
    '/usr/bin/firefox-esr',
    '/usr/bin/firefox',
    '/Applications/Firefox.app/Contents/MacOS/firefox',
    'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
  ],
};

const ENV_VARIABLE: Record<BrowserKind, string> = { chrome: 'CHROME_PATH', firefox: 'FIREFOX_PATH' };

const HOW_TO_INSTALL: Record<BrowserKind, string[]> = {
  chrome: [
    '  Debian/Ubuntu:  sudo apt-get install -y chromium',
    '  macOS:          brew install --cask chromium',
    'or point CHROME_PATH at a Chrome/Chromium binary.',
  ],
  firefox: [
    '  Debian/Ubuntu:  sudo apt-get install -y firefox-esr',
    '  macOS:          brew install --cask firefox',
    'or point FIREFOX_PATH at a Firefox binary.',
  ],
};

const LABEL: Record<BrowserKind, { missing: string; download: string }> = {
  chrome: { missing: 'No Chromium or Chrome found', download: 'Chrome for Testing' },
  firefox: { missing: 'No Firefox found', download: 'Firefox' },
};

/** What the search reads from the machine: passed in, so the order of the search can be tested. */
export interface BrowserSources {
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  /** A browser of this kind already downloaded into puppeteer's cache. */
  cached: (kind: BrowserKind) => Promise<string | undefined>;
  /** Downloads one into puppeteer's cache and returns its binary; rejects when that is impossible. */
  download: (kind: BrowserKind) => Promise<string>;
}

/**
 * A browser binary for the demo, the tests and the benchmarks: the one named by CHROME_PATH or
 * FIREFOX_PATH, else the system's, else one in puppeteer's cache, else one downloaded into that
 * cache (Chrome for Testing, or Firefox). Where the download is impossible (no network), the
 * error says how to install one by hand.
 */
export async function resolveBrowser(kind: BrowserKind, sources: BrowserSources = machineSources): Promise<string> {
  const named = sources.env[ENV_VARIABLE[kind]];
  if (named) {
    // A path the user named must exist: a typo should not quietly fall back to another browser.
    if (sources.exists(named)) return named;
    throw new Error(`${ENV_VARIABLE[kind]} is set to ${named}, but there is no file there.`);
  }
  const installed = SYSTEM_PATHS[kind].find((path) => sources.exists(path)) ?? (await sources.cached(kind));
  if (installed) return installed;
  try {
    return await sources.download(kind);
  } catch (error) {
    const reason = errorMessage(error);
    throw new Error(
      [
        `${LABEL[kind].missing}, and downloading ${LABEL[kind].download} failed (${reason}). Install one, then run again:`,
        ...HOW_TO_INSTALL[kind],
      ].join('\n'),
      { cause: error },
    );
  }
}

const PUPPETEER_BROWSER: Record<BrowserKind, Browser> = { chrome: Browser.CHROME, firefox: Browser.FIREFOX };

function cacheDir(env: BrowserSources['env']): string {
  return env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer');
}

const machineSources: BrowserSources = {
  env: process.env,
  exists: existsSync,
  async cached(kind) {
    const browsers = await getInstalledBrowsers({ cacheDir: cacheDir(process.env) });
    const mine = browsers.filter((installed) => installed.browser === PUPPETEER_BROWSER[kind]);
    return mine.sort((a, b) => b.buildId.localeCompare(a.buildId, 'en', { numeric: true }))[0]?.executablePath;
  },
  async download(kind) {
    const platform = detectBrowserPlatform();
    if (!platform) throw new Error('this platform has no downloadable build');
    const browser = PUPPETEER_BROWSER[kind];
    const buildId = await resolveBuildId(browser, platform, 'stable');
    console.log(`No ${kind === 'chrome' ? 'Chromium or Chrome' : 'Firefox'} installed: downloading ${LABEL[kind].download} ${buildId} into ${cacheDir(process.env)} (once).`);
    const installed = await install({
      browser,
      buildId,
      platform,
      cacheDir: cacheDir(process.env),
      downloadProgressCallback: makeProgressCallback(browser, buildId),
    });
    return installed.executablePath;
  },
};
