// The browser suite in Chromium, with coverage (`npm test`). Firefox and WebKit run the same
// suite from web-test-runner.engines.config.mjs.
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath as executablePath, missingChromiumMessage } from './test/runner/chromium.mjs';
import { sharedConfig } from './test/runner/shared-config.mjs';

if (!executablePath) {
   
  console.error(missingChromiumMessage());
  process.exit(1);
}

export default {
  ...sharedConfig,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  coverageConfig: {
    include: ['src/**/*.ts'],
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
    reportDir: 'coverage',
  },
};
