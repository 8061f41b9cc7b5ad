/* global console, process */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { relative, resolve, sep } from 'node:path';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fromRollup } from '@web/dev-server-rollup';
import { chromeLauncher } from '@web/test-runner-chrome';
import { fixturesDir } from './fixtures/index.mjs';
import { chromiumArgs, chromiumPath as executablePath, missingChromiumMessage } from './test/chromium.mjs';

if (!executablePath) {
  // eslint-disable-next-line no-console -- the runner cannot start: say why before exiting.
  console.error(missingChromiumMessage());
  process.exit(1);
}

// Tests read the repository's fixtures as `/fixtures/<name>.json`.
const serveFixtures = {
  name: 'serve-fixtures',
  serve(context) {
    const match = /^\/fixtures\/([\w.-]+\.json)$/.exec(context.path);
    if (!match) return undefined;
    const file = resolve(fixturesDir, match[1]);
    if (!existsSync(file)) return undefined;
    return { body: readFileSync(file, 'utf8'), type: 'application/json' };
  },
};

// React ships CommonJS that reads `process.env.NODE_ENV`: turn it into ES modules for the browser.
const reactFiles = ['**/node_modules/react/**', '**/node_modules/react-dom/**', '**/node_modules/scheduler/**'];

// That conversion gives React's entry points a default export only. Each entry point is served
// through a module that adds the named exports (`import { act } from 'react'`), listed by loading
// the same entry point here, before the runner starts.
const require = createRequire(import.meta.url);
const reactEntries = new Map(
  ['react', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'react-dom', 'react-dom/client', 'scheduler'].map((entry) => {
    const file = relative(process.cwd(), require.resolve(entry)).split(sep).join('/');
    const names = Object.keys(require(entry)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
    return [entry, `import entry from '/${file}';\nexport default entry;\nexport const { ${names.join(', ')} } = entry;\n`];
  }),
);
const reactNamedExports = {
  name: 'react-named-exports',
  resolveImport({ source }) {
    return reactEntries.has(source) ? `/react-entry/${source}.js` : undefined;
  },
  serve(context) {
    const entry = /^\/react-entry\/(.+)\.js$/.exec(context.path)?.[1];
    return reactEntries.has(entry) ? { body: reactEntries.get(entry), type: 'js' } : undefined;
  },
};

const reactAsModules = [
  reactNamedExports,
  fromRollup(rollupReplace)({
    include: reactFiles,
    preventAssignment: true,
    values: { 'process.env.NODE_ENV': JSON.stringify('development') },
  }),
  // Wrapped ("strict") requires export no default when the dev server converts one file at a time.
  fromRollup(rollupCommonjs)({ include: reactFiles, strictRequires: false }),
];

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WTR_PORT) || 8765,
  // One page at a time: keyboard tests need focus, and hidden pages get no animation frames.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [serveFixtures, ...reactAsModules, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  testFramework: {
    config: { timeout: 10_000 },
  },
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
};
