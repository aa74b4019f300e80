import { describe, expect, it, vi } from 'vitest';
import { resolveBrowser, type BrowserSources } from '../../../scripts/browser/find-browser';

/** A machine with these files, this puppeteer cache and this download outcome. */
function machine(files: string[], options: Partial<BrowserSources> = {}): BrowserSources & { download: ReturnType<typeof vi.fn> } {
  const download = vi.fn(options.download ?? (async (kind: string) => `/cache/${kind}/downloaded`));
  return {
    env: {},
    exists: (path) => files.includes(path),
    cached: async () => undefined,
    ...options,
    download,
  };
}

describe('finding a browser for the demo and the tests', () => {
  it('takes the one CHROME_PATH or FIREFOX_PATH names, and refuses a path with nothing there rather than falling back', async () => {
    const sources = machine(['/opt/my-chrome', '/usr/bin/chromium'], { env: { CHROME_PATH: '/opt/my-chrome' } });
    await expect(resolveBrowser('chrome', sources)).resolves.toBe('/opt/my-chrome');
    await expect(resolveBrowser('firefox', machine([], { env: { FIREFOX_PATH: '/typo/firefox' } }))).rejects.toThrow(
      'FIREFOX_PATH is set to /typo/firefox, but there is no file there.',
    );
  });

  it("prefers the system's browser, Debian's binary before its wrapper, and ESR before Firefox", async () => {
    const sources = machine(['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/firefox', '/usr/bin/firefox-esr']);
    await expect(resolveBrowser('chrome', sources)).resolves.toBe('/usr/lib/chromium/chromium');
    await expect(resolveBrowser('firefox', sources)).resolves.toBe('/usr/bin/firefox-esr');
    expect(sources.download).not.toHaveBeenCalled();
  });

  it("uses a browser already in puppeteer's cache before downloading", async () => {
    const sources = machine([], { cached: async (kind) => (kind === 'chrome' ? '/cache/chrome/131/chrome' : undefined) });
    await expect(resolveBrowser('chrome', sources)).resolves.toBe('/cache/chrome/131/chrome');
    expect(sources.download).not.toHaveBeenCalled();
  });

  it('downloads one into the cache on a machine with none', async () => {
    const sources = machine([]);
    await expect(resolveBrowser('firefox', sources)).resolves.toBe('/cache/firefox/downloaded');
    expect(sources.download).toHaveBeenCalledWith('firefox');
  });

  it('where the download is impossible, says why and how to install one by hand', async () => {
    const offline = machine([], { download: async () => Promise.reject(new Error('getaddrinfo ENOTFOUND googlechromelabs.github.io')) });
    const error = await resolveBrowser('chrome', offline).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      [
        'No Chromium or Chrome found, and downloading Chrome for Testing failed (getaddrinfo ENOTFOUND googlechromelabs.github.io). Install one, then run again:',
        '  Debian/Ubuntu:  sudo apt-get install -y chromium',
        '  macOS:          brew install --cask chromium',
        'or point CHROME_PATH at a Chrome/Chromium binary.',
      ].join('\n'),
    );
  });
});
