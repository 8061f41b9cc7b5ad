// The one place that says which Chrome or Chromium the tests, the demo test and the benchmark
// launch, and how.
import { existsSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import process from 'node:process';
import { getChromePath } from 'chrome-launcher';

/** Chrome as chrome-launcher finds it (its usual places on macOS and Windows; PATH on Linux), or undefined. */
function installedChrome() {
  try {
    return getChromePath();
  } catch {
    return undefined;
  }
}

/** Chromium builds in their usual places; chrome-launcher looks for Google Chrome only on macOS and Windows. */
function usualChromiumPlaces(env, platform) {
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return roots.map((root) => win32.join(root, 'Chromium', 'Application', 'chrome.exe'));
  }
  if (platform === 'darwin') {
    const app = 'Chromium.app/Contents/MacOS/Chromium';
    return [posix.join('/Applications', app), ...(env.HOME ? [posix.join(env.HOME, 'Applications', app)] : [])];
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
}

/**
 * Chrome or Chromium to drive: `$CHROME_PATH` when set (and present), else an installed Chrome,
 * else Chromium in its usual place; undefined when there is none.
 */
export function findChromium({ env = process.env, platform = process.platform, findChrome = installedChrome, exists = existsSync } = {}) {
  if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const chrome = findChrome();
  if (chrome && exists(chrome)) return chrome;
  return usualChromiumPlaces(env, platform).find((path) => exists(path));
}

/** One line saying why no browser can be launched, and what to do. */
export function missingChromiumMessage(env = process.env) {
  return env.CHROME_PATH
    ? `CHROME_PATH is set to ${env.CHROME_PATH}, but nothing is there: point it at a Chrome or Chromium executable.`
    : 'No Chrome or Chromium found: install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.';
}

/** The browser found on this machine, or undefined. */
export const chromiumPath = findChromium();

/** The browser found on this machine; throws the one-line explanation when there is none. */
export function requireChromiumPath() {
  if (!chromiumPath) throw new Error(missingChromiumMessage());
  return chromiumPath;
}

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
  const executablePath = requireChromiumPath();
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
}
