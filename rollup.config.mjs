import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import esbuild from 'rollup-plugin-esbuild';

// The syntax of every build fits the oldest browsers package.json's `browserslist` names (e.g.
// class static blocks, Safari 16.4, are lowered for Safari 15.4).
const typescript = () => esbuild({ target: browserslistToEsbuild(), tsconfig: 'tsconfig.json' });

/** Lit and its packages stay imports in the npm entry points, shared with the host's copy. */
export const isLit = (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+)(\/|$)/.test(id);

/** The plugins of a minified build: templates and styles squeezed, Lit's dev mode dropped. */
export const minifiedBuild = () => [
  nodeResolve({ exportConditions: ['production'] }),
  typescript(),
  minifyHTML(),
  terser({
    module: true,
    ecma: 2020,
    compress: { passes: 2 },
    // Private members named `_likeThis` get short names (Lit's own `_$…` names are left alone).
    // So never start a reactive property, attribute, event or part name with `_`: Lit and hosts
    // look those up by their string names, which would no longer match.
    mangle: { properties: { regex: /^_[a-z]/ } },
    format: { comments: false },
  }),
];

/**
 * What the editor alone uses goes in its own file, loaded the first time a person edits; all else
 * stays in the bundle, which the editor's file imports from (so Lit and the shared code load once).
 */
export const editorChunk = (id) => (/[\\/]src[\\/](editing[\\/]|locales[\\/]editor-|data[\\/]form-fields)/.test(id) ? 'editor' : 'bundle');

/** The CDN bundle exports what the package root exports, so its types are the root's. */
const bundleTypes = {
  name: 'bundle-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'health-contacts.bundle.d.ts', source: "export * from './index.js';\n" });
  },
};

export default [
  // The npm entry points: one module per source file, Lit left to the host's bundler.
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/data.ts', 'src/react.ts', 'src/locales/es.ts', 'src/testing.ts'],
    external: (id) => isLit(id) || /^react(-dom)?(\/|$)/.test(id),
    plugins: [typescript()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
      // The React wrappers use hooks: a React Server Component (Next.js App Router) may render
      // them only across a client boundary, which this directive marks. Rollup drops directives
      // found in sources, so the build writes it.
      banner: (chunk) => (chunk.fileName === 'react.js' ? "'use client';" : ''),
    },
  },
  // One self-contained, minified module for a CDN <script type="module">, and beside it the
  // editor's, which the bundle imports from its own URL the first time a person edits.
  {
    input: 'src/index.ts',
    // The bundle may export more than the package root does (what the editor's file imports from it).
    preserveEntrySignatures: 'allow-extension',
    plugins: [...minifiedBuild(), bundleTypes],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'health-contacts.bundle.js',
      chunkFileNames: 'health-contacts-[name].js',
      manualChunks: editorChunk,
    },
  },
];
