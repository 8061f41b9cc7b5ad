// The one place that says which Firefox the tests launch, and how.
import { existsSync } from 'node:fs';

/** Firefox to drive: `$FIREFOX_PATH`, else Debian's `/usr/bin/firefox-esr`. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** One line saying why Firefox cannot be launched, and what to do; undefined when it is there. */
export function missingFirefoxMessage() {
  return existsSync(firefoxPath)
    ? undefined
    : `No Firefox at ${firefoxPath}: install one (Debian: apt-get install -y firefox-esr) or set FIREFOX_PATH.`;
}

/** How puppeteer-core starts it: headless, over WebDriver BiDi (Firefox has no CDP). */
export const firefoxLaunchOptions = { browser: 'firefox', executablePath: firefoxPath, headless: true };

/** A headless Firefox for the node-side tests, driven by puppeteer-core; throws the one-line explanation when there is none. */
export async function launchFirefox() {
  const missing = missingFirefoxMessage();
  if (missing) throw new Error(missing);
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch(firefoxLaunchOptions);
}
