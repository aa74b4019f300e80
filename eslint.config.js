import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

// The pure core: no browser APIs, no DOM, no network, no timers, no clock. Inputs (text, JSON,
// `now`, a `fetch`) come in as arguments.
const PURE_CORE = ['lib/catalogue/**', 'lib/detection/**', 'lib/compare/**', 'lib/user-data/**', 'lib/pins/**'];

// The runtime contexts around it, each a folder (README, "Project layout").
const SHARED = ['lib/ext/shared/**'];
const BACKGROUND = ['lib/ext/background/**', 'entrypoints/background/**'];
const CONTENT = ['lib/ext/content/**', 'entrypoints/model-lens.content/**'];
const UI = ['entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/compare/**', 'entrypoints/card.ts', 'components/**'];
// The one storage layer: a typed item per stored key. Only it touches the browser's storage.
const STORAGE_LAYER = ['lib/ext/shared/storage/**'];
const EXTENSION_CODE = ['lib/**', 'entrypoints/**', 'components/**'];

// Import specifiers by where they lead; matched against the text of the import, relative or `@/`.
const LEADS_TO = {
  ext: { regex: '(^|/)ext/', message: 'the extension glue (lib/ext)' },
  background: { regex: '(^|/)background/', message: 'the background (lib/ext/background, entrypoints/background)' },
  content: { regex: '(^|/)content/', message: 'the content script (lib/ext/content)' },
  components: { regex: '(^|/)components/', message: 'the UI components' },
  entrypoints: { regex: '(^|/)entrypoints/', message: 'an entrypoint' },
  browserApi: { regex: '^(wxt|webextension-polyfill|@wxt-dev/)', message: 'browser APIs (wxt, webextension-polyfill)' },
  storageApi: { regex: '^(wxt/utils/storage|wxt/storage|@wxt-dev/storage)$', message: "WXT's storage: use the typed items in lib/ext/shared/storage" },
  preact: { regex: '^(preact|@preact/)', message: 'Preact' },
};

/** `no-restricted-imports` for one context: what it must not import, and why. */
function importsNone(context, ...targets) {
  return {
    'no-restricted-imports': [
      'error',
      { patterns: targets.map((target) => ({ regex: LEADS_TO[target].regex, message: `${context} imports nothing from ${LEADS_TO[target].message}.` })) },
    ],
  };
}

// The DOM, the network and timers: injected into the pure core, never reached for.
const DOM_GLOBALS = [
  'window', 'document', 'Node', 'Element', 'HTMLElement', 'Text', 'Document', 'DocumentFragment', 'NodeFilter',
  'TreeWalker', 'Range', 'MutationObserver', 'IntersectionObserver', 'ResizeObserver', 'getComputedStyle',
  'navigator', 'location', 'history', 'localStorage', 'sessionStorage',
];
const NETWORK_GLOBALS = ['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource'];
const TIMER_GLOBALS = [
  'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'requestAnimationFrame', 'cancelAnimationFrame',
  'requestIdleCallback', 'cancelIdleCallback', 'queueMicrotask',
];

// Storage outside the storage layer: every read, write and watch goes through its typed items.
const STORAGE_OUTSIDE_ITS_LAYER = 'Storage is touched only through the typed items in lib/ext/shared/storage.';
const STORAGE_ACCESS = [
  { selector: "MemberExpression[object.name=/^(browser|chrome)$/][property.name='storage']", message: STORAGE_OUTSIDE_ITS_LAYER },
  { selector: "MemberExpression[object.name='storage'][property.name=/^(local|sync|session|managed|onChanged)$/]", message: STORAGE_OUTSIDE_ITS_LAYER },
  { selector: "MemberExpression[object.property.name='storage'][property.name=/^(local|sync|session|managed|onChanged)$/]", message: STORAGE_OUTSIDE_ITS_LAYER },
];

// DOM sinks and code generation, beyond what no-unsanitized catches.
const UNSAFE_CODE = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'Never put strings into HTML; build DOM nodes.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'Never put strings into HTML; build DOM nodes.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never put strings into HTML.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never put strings into HTML.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "NewExpression[callee.name='Function']", message: 'No runtime code generation.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...UNSAFE_CODE],
    },
  },
  {
    files: PURE_CORE,
    rules: {
      ...importsNone('The pure core', 'ext', 'components', 'entrypoints', 'browserApi', 'preact'),
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The pure core does not touch browser APIs.' },
        { name: 'chrome', message: 'The pure core does not touch browser APIs.' },
        ...DOM_GLOBALS.map((name) => ({ name, message: 'The pure core does not touch the DOM: the glue passes in what it needs.' })),
        ...NETWORK_GLOBALS.map((name) => ({ name, message: 'The pure core does not touch the network: take a fetch function as an argument.' })),
        ...TIMER_GLOBALS.map((name) => ({ name, message: 'The pure core sets no timers: the glue schedules, the core computes.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: the pure core reads no clock.' },
        { object: 'performance', property: 'now', message: 'Pass `now` in: the pure core reads no clock.' },
      ],
    },
  },
  { files: EXTENSION_CODE, ignores: STORAGE_LAYER, rules: { 'no-restricted-syntax': ['error', ...UNSAFE_CODE, ...STORAGE_ACCESS] } },
  {
    files: PURE_CORE,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...UNSAFE_CODE,
        ...STORAGE_ACCESS,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in: the pure core reads no clock.' },
      ],
    },
  },
  { files: SHARED, rules: importsNone('Code every context shares', 'background', 'content', 'components', 'entrypoints', 'storageApi') },
  { files: STORAGE_LAYER, rules: importsNone('Code every context shares', 'background', 'content', 'components', 'entrypoints') },
  { files: BACKGROUND, rules: importsNone('The background', 'content', 'components', 'entrypoints', 'storageApi') },
  { files: CONTENT, rules: importsNone('The content script', 'background', 'entrypoints', 'storageApi') },
  { files: UI, rules: importsNone('A UI page or component', 'background', 'content', 'storageApi') },
  {
    // Scripts of the fixture pages the browser tests serve: they run in the page, not in Node.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
);
