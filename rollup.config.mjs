import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const typescript = () => esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });

export default [
  // The npm entry points: one module per source file, Lit left to the host's bundler.
  {
    input: ['src/index.ts', 'src/classes.ts', 'src/data/index.ts'],
    external: (id) => /^(lit|@lit\/[^/]+|@lit-labs\/[^/]+|react|react-dom)(\/|$)/.test(id),
    plugins: [typescript()],
    output: {
      dir: 'dist',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  // One self-contained, minified module for a CDN <script type="module">.
  {
    input: 'src/index.ts',
    plugins: [
      nodeResolve({ exportConditions: ['production'] }),
      typescript(),
      terser({ module: true, ecma: 2020, format: { comments: false } }),
    ],
    output: { file: 'dist/health-contacts.bundle.js', format: 'es' },
  },
];
