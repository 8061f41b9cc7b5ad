/* global process */
// The one place that says which Chromium the tests, the demo test and the benchmark launch, and how.

/** Chrome or Chromium to drive: `$CHROME_PATH`, else Debian's `/usr/bin/chromium`. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Flags for headless runs as root on a machine without outside network: no sandbox, no GPU, and
 * none of the background requests Chromium would otherwise keep making.
 */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A headless Chromium for the node-side tests, driven by puppeteer-core. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
}
