/* global process */
// The one place that says which Firefox the tests launch, and how.

/** Firefox to drive: `$FIREFOX_PATH`, else Debian's `/usr/bin/firefox-esr`. */
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** How puppeteer-core starts it: headless, over WebDriver BiDi (Firefox has no CDP). */
export const firefoxLaunchOptions = { browser: 'firefox', executablePath: firefoxPath, headless: true };

/** A headless Firefox for the node-side tests, driven by puppeteer-core. */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch(firefoxLaunchOptions);
}
