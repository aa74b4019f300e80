import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where Chromium-family browsers live on common systems, most specific first. */
const SYSTEM_BROWSERS = [
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
];

/** Where Firefox lives; ESR first, as Debian ships it. */
const SYSTEM_FIREFOXES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

/** A browser from CHROME_PATH, the system, or puppeteer's cache; otherwise an error that says how to get one. */
export function findBrowser(): string {
  const found = fromEnv('CHROME_PATH') ?? SYSTEM_BROWSERS.find((path) => existsSync(path)) ?? fromPuppeteerCache();
  if (found) return found;
  throw new Error(
    [
      'No Chromium or Chrome found. Install one, then run again:',
      '  Debian/Ubuntu:  sudo apt-get install -y chromium',
      '  macOS:          brew install --cask chromium',
      '  any system:     npx @puppeteer/browsers install chrome@stable',
      'or point CHROME_PATH at a Chrome/Chromium binary.',
    ].join('\n'),
  );
}

/** Firefox from FIREFOX_PATH or the system; undefined when there is none, so callers decide how loudly to fail. */
export function findFirefox(): string | undefined {
  return fromEnv('FIREFOX_PATH') ?? SYSTEM_FIREFOXES.find((path) => existsSync(path));
}

/** A path the user named must exist: a typo should not quietly fall back to another browser. */
function fromEnv(variable: string): string | undefined {
  const path = process.env[variable];
  if (!path) return undefined;
  if (existsSync(path)) return path;
  throw new Error(`${variable} is set to ${path}, but there is no file there.`);
}

function fromPuppeteerCache(): string | undefined {
  const root = join(process.env.PUPPETEER_CACHE_DIR ?? join(homedir(), '.cache', 'puppeteer'), 'chrome');
  if (!existsSync(root)) return undefined;
  for (const version of readdirSync(root).sort().reverse()) {
    for (const binary of ['chrome-linux64/chrome', 'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing', 'chrome-win64/chrome.exe']) {
      const path = join(root, version, binary);
      if (existsSync(path)) return path;
    }
  }
  return undefined;
}
