// What every browser run shares, whichever engine runs it: the test files, the dev server and
// its plugins, and the test framework's settings.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { coarsePointerPlugin } from './pointer-plugin.mjs';
import { reactAsModules } from './react-as-modules.mjs';
import { serveFixtures } from './serve-fixtures.mjs';

export const sharedConfig = {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WTR_PORT) || 8765,
  // One page at a time: keyboard tests need focus, and hidden pages get no animation frames.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [serveFixtures, ...reactAsModules, coarsePointerPlugin(), esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
  testFramework: {
    config: { timeout: 10_000 },
  },
};
