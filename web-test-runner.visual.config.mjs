// The visual baselines (`npm run test:visual`): every story, and the states a designer signs off
// that are not stories, screenshotted and compared with the pictures committed under
// test/visual/baselines/<Browser>/. `npm run test:visual:update` writes them anew. Chromium,
// Firefox and WebKit side by side; `VISUAL_ENGINES=chromium` (comma-separated names) picks fewer.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath, missingChromiumMessage } from './test/runner/chromium.mjs';
import { firefoxLaunchOptions, missingFirefoxMessage } from './test/runner/firefox.mjs';
import { serveFixtures } from './test/runner/serve-fixtures.mjs';
import { sharedConfig } from './test/runner/shared-config.mjs';
import { BASELINES, FAILED, VISUAL_DIR, forcedColorsPlugin, screenshotPlugin, storyFilesPlugin } from './test/runner/visual-plugins.mjs';
import { webkitLauncher } from './test/runner/webkit-launcher.mjs';

const update = process.argv.includes('--update-visual-baseline');

/**
 * One window size for every engine: wide enough for the 200% zoom pictures (1,344 px), tall
 * enough for the tallest (WebKit's screenshots are clipped to its window).
 */
const WINDOW = { width: 1400, height: 3400 };

const engines = {
  chromium: () =>
    chromiumPath
      ? chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs, defaultViewport: WINDOW } })
      : missingChromiumMessage(),
  firefox: () => missingFirefoxMessage() ?? chromeLauncher({ launchOptions: { ...firefoxLaunchOptions, defaultViewport: WINDOW }, puppeteer }),
  webkit: () => webkitLauncher({ windowSize: WINDOW, samePixels: true }),
};

const chosen = (process.env.VISUAL_ENGINES ?? Object.keys(engines).join(',')).split(',').map((name) => name.trim());
const launchers = chosen.map((name) => engines[name]?.() ?? `Unknown engine ${name} in VISUAL_ENGINES: use ${Object.keys(engines).join(', ')}.`);
const problems = launchers.filter((launcher) => typeof launcher === 'string');
if (problems.length) {
   
  for (const problem of problems) console.error(problem);
  process.exit(1);
}

// The pictures of each engine's last failures only; when updating, only the baselines of pictures
// still taken (a story removed or renamed leaves none behind).
const folders = { chromium: 'Chrome', firefox: 'Firefox', webkit: 'WebKit' };
for (const name of chosen) {
  rmSync(join(VISUAL_DIR, FAILED, folders[name]), { recursive: true, force: true });
  if (update) rmSync(join(VISUAL_DIR, BASELINES, folders[name]), { recursive: true, force: true });
}

export default {
  ...sharedConfig,
  files: ['test/visual/**/*.visual.ts'],
  browsers: launchers,
  // Stories import the fixtures as JSON modules.
  plugins: [serveFixtures, storyFilesPlugin(), esbuildPlugin({ ts: true, json: true, tsconfig: 'tsconfig.json' }), forcedColorsPlugin(), screenshotPlugin({ update })],
  testFramework: {
    config: { timeout: 30_000 },
  },
};
