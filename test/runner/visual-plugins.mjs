// The dev server and runner plugins of the visual baselines (web-test-runner.visual.config.mjs):
// screenshots compared with committed baselines, forced colours where the engine can emulate them,
// and the list of story files to render.
import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/** Where the pictures live: baselines (committed) and failures (ignored by git), one folder per browser. */
export const VISUAL_DIR = 'test/visual';
export const BASELINES = 'baselines';
export const FAILED = 'failed';

function save(filePath, content) {
  mkdirSync(dirname(filePath), { recursive: true });
  writeFileSync(filePath, content);
}

/**
 * Screenshots compared with `test/visual/baselines/<Browser>/<name>.png`. A picture that differs
 * (beyond pixelmatch's 0.1 colour threshold, which absorbs the ±1 channel noise of repeated WebKit
 * runs, by even one pixel) fails, and `test/visual/failed/<Browser>/` gets three pictures side by
 * side: `<name>-baseline.png`, `<name>-new.png` and `<name>-diff.png` (changed pixels in red). A
 * story with no baseline fails too. With `update`, every picture is written as the new baseline.
 */
export function screenshotPlugin({ update }) {
  return visualRegressionPlugin({
    update,
    baseDir: VISUAL_DIR,
    getBaselineName: ({ browser, name }) => join(BASELINES, browser, name),
    getFailedName: ({ browser, name }) => join(FAILED, browser, `${name}-new`),
    getDiffName: ({ browser, name }) => join(FAILED, browser, `${name}-diff`),
    saveFailed: ({ filePath, content }) => {
      save(filePath, content);
      const baseline = filePath.replace(`${join(VISUAL_DIR, FAILED)}`, join(VISUAL_DIR, BASELINES)).replace(/-new\.png$/, '.png');
      if (existsSync(baseline)) copyFileSync(baseline, filePath.replace(/-new\.png$/, '-baseline.png'));
    },
    saveDiff: ({ filePath, content }) => save(filePath, content),
    diffOptions: { threshold: 0.1 },
    failureThresholdType: 'pixel',
    failureThreshold: 0,
  });
}

/**
 * `executeServerCommand('forced-colors', { active })`: Windows high contrast, emulated through
 * Chromium's DevTools protocol (`Emulation.setEmulatedMedia`). Answers false in an engine that
 * cannot emulate it.
 */
export function forcedColorsPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'forced-colors') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || page.browser().protocol !== 'cdp') return false;
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      await sessions.get(page).send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/** Serves `/story-files.js`: the URL of every `stories/*.stories.ts`, so that a new file is rendered too. */
export function storyFilesPlugin() {
  return {
    name: 'story-files',
    serve(context) {
      if (context.path !== '/story-files.js') return undefined;
      const files = readdirSync('stories')
        .filter((file) => file.endsWith('.stories.ts'))
        .sort()
        .map((file) => `/stories/${file}`);
      return { body: `export default ${JSON.stringify(files)};\n`, type: 'js' };
    },
  };
}
