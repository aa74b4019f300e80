import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_DIR } from '../../scripts/browser/launch';

const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');

const API_HOSTS = ['https://models.dev/*'];
const DEFAULT_SITES = ['*://openrouter.ai/*', '*://huggingface.co/*'];
const ANY_SITE_ON_REQUEST = ['*://*/*'];

function manifestOf(dir: string): Record<string, unknown> {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build the extension first (npm run build, npm run build:firefox)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function filesUnder(dir: string, extension: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith(extension))
    .map((name) => join(dir, name));
}

/**
 * zod ships one probe, `try { return Function(''), true } catch { return false }`, which it
 * only runs when JIT parsing is allowed; the extension configures zod jitless, so it never runs
 * (and the default extension CSP would refuse it anyway).
 */
const ZOD_EVAL_PROBE = 'try{return Function(``),!0}catch{return!1}';

describe.each([
  ['Chrome', CHROME_EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
])('the built %s extension', (browserName, dir) => {
  const manifest = manifestOf(dir);

  it('asks only for storage, alarms, scripting, activeTab and the context menu, the catalogue APIs and its two default sites', () => {
    if (browserName === 'Chrome') {
      expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus']);
      expect(manifest.host_permissions).toEqual([...API_HOSTS, ...DEFAULT_SITES]);
      expect(manifest.optional_host_permissions).toEqual(ANY_SITE_ON_REQUEST);
    } else {
      // Manifest V2 lists host permissions among the permissions.
      expect(manifest.permissions).toEqual(['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus', ...API_HOSTS, ...DEFAULT_SITES]);
      expect(manifest.optional_permissions).toEqual(ANY_SITE_ON_REQUEST);
    }
    const contentScripts = manifest.content_scripts as { matches: string[] }[];
    expect(contentScripts.flatMap((script) => script.matches).sort()).toEqual([...DEFAULT_SITES].sort());
  });

  it('keeps the default CSP and exposes nothing to web pages or other extensions', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('update_url');
  });

  it('loads no remote code and generates none at run time', () => {
    for (const page of filesUnder(dir, '.html')) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
    }
    for (const script of filesUnder(dir, '.js')) {
      const code = readFileSync(script, 'utf8');
      expect(code, script).not.toMatch(/\bimportScripts\s*\(/);
      expect(code, script).not.toMatch(/\beval\s*\(/);
      expect(code, script).not.toMatch(/\bnew Function\s*\(/);
      expect(code.replaceAll(ZOD_EVAL_PROBE, ''), script).not.toMatch(/\bFunction\s*\(/);
    }
  });
});
