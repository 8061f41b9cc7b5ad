// The browser the node-side tests (test/node/) drive: Chromium, or Firefox with ENGINE=firefox.
// WebKit has no puppeteer driver, so it runs the browser suite only (see the README).
import { launchChromium } from './chromium.mjs';
import { launchFirefox } from './firefox.mjs';

const launchers = { chromium: launchChromium, firefox: launchFirefox };
const chosen = process.env.ENGINE || 'chromium';

/** Launches the chosen engine headless; each launcher fails with one line that says what is missing. */
export async function launchBrowser() {
  const launch = launchers[chosen];
  if (!launch) throw new Error(`The node-side tests run in ${Object.keys(launchers).join(' or ')}, not ENGINE=${chosen}.`);
  return launch();
}
