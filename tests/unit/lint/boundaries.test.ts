import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The import boundaries between runtime contexts, and the pure core's ban on the DOM, the network
// and timers, as eslint.config.js states them: each rule is shown to fire, and a legal import to pass.
const eslint = new ESLint();

async function errorsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const use = (specifier: string) => `import { thing } from '${specifier}';\nexport const used = thing;\n`;

describe('lint keeps each runtime context to its own imports', () => {
  it.each([
    ['lib/catalogue/probe.ts', '../ext/shared/messages', 'The pure core'],
    ['lib/detection/probe.ts', '@/lib/ext/content/text-runs', 'The pure core'],
    ['lib/compare/probe.ts', '@/components/card/card-app', 'The pure core'],
    ['lib/pins/probe.ts', 'wxt/browser', 'The pure core'],
    ['lib/user-data/probe.ts', 'preact', 'The pure core'],
    ['lib/ext/shared/probe.ts', '../background/badge', 'Code every context shares'],
    ['lib/ext/shared/probe.ts', '../content/controller', 'Code every context shares'],
    ['lib/ext/background/probe.ts', '../content/page-scanner', 'The background'],
    ['lib/ext/background/probe.ts', '../../../components/card/card-host', 'The background'],
    ['lib/ext/content/probe.ts', '../background/recent', 'The content script'],
    ['lib/ext/content/probe.ts', '@/entrypoints/popup/state', 'The content script'],
    ['entrypoints/popup/probe.ts', '@/lib/ext/background/badge', 'A UI page or component'],
    ['components/card/probe.tsx', '@/lib/ext/content/placement', 'A UI page or component'],
  ])('%s may not import %s', async (filePath, specifier, context) => {
    expect(await errorsIn(filePath, use(specifier))).toEqual([expect.stringMatching(new RegExp(`^no-restricted-imports: .* ${context} imports nothing from`))]);
  });

  it.each([
    ['lib/catalogue/probe.ts', '../detection/matcher'],
    ['lib/ext/shared/probe.ts', '../../pins/pin'],
    ['lib/ext/background/probe.ts', '../shared/messages'],
    ['lib/ext/content/probe.ts', '../../../components/card/card-api'],
    ['components/card/probe.tsx', '@/lib/ext/shared/send'],
    ['entrypoints/popup/probe.ts', '@/components/model-picker'],
  ])('%s may import %s', async (filePath, specifier) => {
    expect(await errorsIn(filePath, use(specifier))).toEqual([]);
  });
});

describe('lint keeps the DOM, the network and timers out of the pure core', () => {
  it.each([
    ['the DOM', 'export const isText = (value: unknown) => value instanceof Text;\n', 'Text'],
    ['the DOM', 'export const style = (element: never) => getComputedStyle(element);\n', 'getComputedStyle'],
    ['the DOM', 'export const language = () => navigator.language;\n', 'navigator'],
    ['the network', "export const load = () => fetch('https://example.com');\n", 'fetch'],
    ['timers', 'export const later = (work: () => void) => setTimeout(work, 10);\n', 'setTimeout'],
    ['timers', 'export const soon = (work: () => void) => queueMicrotask(work);\n', 'queueMicrotask'],
  ])('pure code reaching for %s (%s) is an error', async (_, code, name) => {
    expect(await errorsIn('lib/detection/probe.ts', code)).toEqual([expect.stringMatching(new RegExp(`^no-restricted-globals: Unexpected use of '${name}'`))]);
  });

  it('the same code is legal in the glue', async () => {
    expect(await errorsIn('lib/ext/content/probe.ts', "export const later = (work: () => void) => setTimeout(work, 10);\nexport const load = () => fetch('https://example.com');\n")).toEqual([]);
  });

  it('pure code that takes fetch as an argument passes', async () => {
    expect(await errorsIn('lib/catalogue/probe.ts', 'export const load = (fetchImpl: (url: string) => Promise<unknown>) => fetchImpl("https://example.com");\n')).toEqual([]);
  });
});
