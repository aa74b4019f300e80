import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import tseslint from 'typescript-eslint';

// The pure core: no browser APIs, no DOM, no clock. Inputs (text, JSON, `now`) come in as arguments.
const PURE_CORE = ['lib/catalogue/**', 'lib/detection/**', 'lib/compare/**', 'lib/user-data/**', 'lib/pins/**'];

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
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['wxt/*', 'wxt', 'webextension-polyfill', '**/ext/*', '@/lib/ext/*'], message: 'The pure core does not touch browser APIs.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'The pure core does not touch browser APIs.' },
        { name: 'chrome', message: 'The pure core does not touch browser APIs.' },
        { name: 'window', message: 'The pure core does not touch the DOM.' },
        { name: 'document', message: 'The pure core does not touch the DOM.' },
        { name: 'localStorage', message: 'The pure core does not touch storage.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now` in: the pure core reads no clock.' },
        { object: 'performance', property: 'now', message: 'Pass `now` in: the pure core reads no clock.' },
      ],
    },
  },
  {
    files: PURE_CORE,
    rules: {
      'no-restricted-syntax': [
        'error',
        ...UNSAFE_CODE,
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Pass `now` in: the pure core reads no clock.' },
      ],
    },
  },
  {
    // Scripts of the fixture pages the browser tests serve: they run in the page, not in Node.
    files: ['tests/fixtures/**/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly' } },
  },
);
