import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import rollupCommonjs from '@rollup/plugin-commonjs';
import rollupReplace from '@rollup/plugin-replace';
import { fromRollup } from '@web/dev-server-rollup';

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

/** Dev server plugins that let the React wrapper tests import React as ES modules. */
export const reactAsModules = [
  reactNamedExports,
  fromRollup(rollupReplace)({
    include: reactFiles,
    preventAssignment: true,
    values: { 'process.env.NODE_ENV': JSON.stringify('development') },
  }),
  // Wrapped ("strict") requires export no default when the dev server converts one file at a time.
  fromRollup(rollupCommonjs)({ include: reactFiles, strictRequires: false }),
];
