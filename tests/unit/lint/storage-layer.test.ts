import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Nothing outside lib/ext/shared/storage touches the browser's storage, as eslint.config.js
// states it: each way in is shown to be refused, and the typed items to be allowed.
const eslint = new ESLint();

async function errorsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

const STORAGE_CALLS = [
  "import { browser } from 'wxt/browser';\nexport const read = () => browser.storage.local.get('pins');\n",
  "import { browser } from 'wxt/browser';\nexport const write = () => browser.storage.sync.set({ 'pins.0': '' });\n",
  "import { browser } from 'wxt/browser';\nexport const watch = (listener: () => void) => browser.storage.onChanged.addListener(listener);\n",
  "import { browser } from 'wxt/browser';\nconst area = browser.storage;\nexport const read = () => area.session.get('x');\n",
  "export const read = () => chrome.storage.local.get('pins');\n",
];

describe('lint keeps storage inside its layer', () => {
  it.each([
    ['lib/ext/background/probe.ts'],
    ['lib/ext/content/probe.ts'],
    ['lib/ext/shared/probe.ts'],
    ['entrypoints/popup/probe.ts'],
    ['components/card/probe.tsx'],
  ])('%s may not call the storage API', async (filePath) => {
    for (const code of STORAGE_CALLS) {
      expect(await errorsIn(filePath, code)).toContainEqual(
        'no-restricted-syntax: Storage is touched only through the typed items in lib/ext/shared/storage.',
      );
    }
  });

  it.each([['lib/ext/background/probe.ts'], ['entrypoints/options/probe.tsx'], ['lib/ext/content/probe.ts']])(
    "%s may not import WXT's storage",
    async (filePath) => {
      const code = "import { storage } from 'wxt/utils/storage';\nexport const read = () => storage.getItem('local:pins');\n";
      expect(await errorsIn(filePath, code)).toEqual([expect.stringMatching(/^no-restricted-imports: .* imports nothing from WXT's storage/)]);
    },
  );

  it('the storage layer itself may', async () => {
    const code =
      "import { browser } from 'wxt/browser';\nimport { storage } from 'wxt/utils/storage';\n" +
      "export const read = () => storage.getItem('local:pins');\nexport const watch = (listener: () => void) => browser.storage.sync.onChanged.addListener(listener);\n";
    expect(await errorsIn('lib/ext/shared/storage/probe.ts', code)).toEqual([]);
  });

  it('code elsewhere reads through the typed items', async () => {
    const code = "import { pinsItem } from '@/lib/ext/shared/storage/items';\nexport const read = () => pinsItem.read();\n";
    expect(await errorsIn('entrypoints/popup/probe.ts', code)).toEqual([]);
  });
});
