import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath as executablePath } from './test/chromium.mjs';

if (!existsSync(executablePath)) {
  console.error(
    `No Chromium at ${executablePath}: install one (Debian: apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.`,
  );
  process.exit(1);
}

// The shared fixtures live beside the repository; tests read them as `/fixtures/<name>.json`.
const fixturesDir = resolve(process.env.FIXTURES_DIR || '../shared/fixtures');
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  port: Number(process.env.WTR_PORT) || 8765,
  // One page at a time: keyboard tests need focus, and hidden pages get no animation frames.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [serveFixtures, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
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
