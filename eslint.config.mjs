// `npm run lint` checks every JavaScript and TypeScript file of the repository: the package's
// code against the supported browsers; tests, stories, scripts, the benchmark, the demo, the host
// apps and the configs by the same rules, with the globals of where each one runs.
import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import lit from 'eslint-plugin-lit';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // Built output, installed packages, and msw's generated worker.
  { ignores: ['**/dist/', 'coverage/', 'storybook-static/', '**/node_modules/', 'public/', 'bench/.out/', '**/.next/', '**/next-env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn'] }],
      'lit/no-template-bind': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-native-attributes': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/prefer-static-styles': 'error',
      // Class fields compile to assignments (tsconfig: useDefineForClassFields false), which go
      // through the accessors Lit makes from `static properties`; the rule guards define semantics.
      'lit/no-classfield-shadowing': 'off',
    },
  },
  // The package's code runs in the oldest browsers package.json's `browserslist` names, and in
  // the DOM imitations hosts test with (jsdom 20, happy-dom). eslint-plugin-compat checks web APIs
  // against the browser data it has; the list below names what that data misses.
  {
    files: ['src/**/*.ts'],
    ...compat.configs['flat/recommended'],
    rules: {
      ...compat.configs['flat/recommended'].rules,
      'no-restricted-properties': [
        'error',
        { object: 'AbortSignal', property: 'any', message: 'Safari 17.4 and jsdom 20 lack it: use deadline() from src/http/abort.ts.' },
        { object: 'AbortSignal', property: 'timeout', message: 'Safari 16 and jsdom 20 lack it: use deadline() from src/http/abort.ts.' },
        { property: 'throwIfAborted', message: 'jsdom 20 lacks it: use throwIfAborted() from src/http/abort.ts.' },
        ...[
          ['Object', 'groupBy', 'Safari 17.4'],
          ['Map', 'groupBy', 'Safari 17.4'],
          ['Promise', 'withResolvers', 'Safari 17.4'],
          ['Array', 'fromAsync', 'Safari 16.4'],
          [undefined, 'isWellFormed', 'Safari 16.4'],
          ...['union', 'intersection', 'difference', 'symmetricDifference'].map((method) => [undefined, method, 'Set methods: Safari 17']),
        ].map(([object, property, since]) => ({ object, property, message: `${since}: newer than the browsers we support.` })),
      ],
    },
  },
  // Run by Node: scripts, configs, the demo's server, the benchmark's runner, the fixtures' reader,
  // end-to-end and node-side tests, and the host apps' build configs. They report on the console.
  {
    files: ['**/*.mjs', '**/*.cjs', '*.config.{js,ts}', 'test/hosts/*/*.config.{js,mjs,ts}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  // Tests and benchmarks that drive a browser from Node: some functions they hold run in the page.
  { files: ['test/e2e/**/*.mjs', 'test/hosts/*.mjs', 'bench/**/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  { files: ['**/*.cjs', 'test/hosts/*/webpack.config.js'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // Pages in a browser: the demo's script, the benchmark's pages and the host apps' own code.
  {
    files: ['demo/**/*.js', 'bench/**/*.{js,jsx}', 'test/hosts/*/src/**', 'test/hosts/*/app/**', 'test/hosts/html-cdn/**/*.js', 'test/security/**/*.js'],
    languageOptions: { globals: globals.browser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: { 'no-console': 'off' },
  },
  {
    // A host's own unit tests, run by its test runners on DOM imitations (test/node/dom-hosts.test.mjs).
    files: ['test/package/dom-host/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.jest, ...globals.mocha } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-console': 'off',
    },
  },
);
