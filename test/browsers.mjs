/* global process */
// The browser the node-side tests (test/node/) drive: Chromium, or Firefox with ENGINE=firefox.
// WebKit has no puppeteer driver, so it runs the browser suite only (see the README).
import { existsSync } from 'node:fs';
import { chromiumPath, launchChromium } from './chromium.mjs';
import { firefoxPath, launchFirefox } from './firefox.mjs';

const engines = {
  chromium: { name: 'Chromium', path: chromiumPath, launch: launchChromium, hint: 'apt-get install -y chromium, or set CHROME_PATH' },
  firefox: { name: 'Firefox', path: firefoxPath, launch: launchFirefox, hint: 'apt-get install -y firefox-esr, or set FIREFOX_PATH' },
};

const chosen = process.env.ENGINE || 'chromium';

/** The engine's name as the tests report it: "Chromium" or "Firefox". */
export const engineName = engines[chosen]?.name ?? chosen;

/** Launches the chosen engine headless, or fails with one line that says what is missing. */
export async function launchBrowser() {
  const engine = engines[chosen];
  if (!engine) throw new Error(`The node-side tests run in ${Object.keys(engines).join(' or ')}, not ENGINE=${chosen}.`);
  if (!existsSync(engine.path)) throw new Error(`No ${engine.name} at ${engine.path}: ${engine.hint}.`);
  return engine.launch();
}
