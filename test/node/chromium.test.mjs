// Which browser the tests launch: CHROME_PATH when set, else Chrome or Chromium where it is
// usually installed on Linux, macOS or Windows, else one line saying what to do.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import { chromiumPath, findChromium, missingChromiumMessage } from '../runner/chromium.mjs';

/** A machine where only `files` exist and chrome-launcher finds `chrome` (or nothing). */
const machine = ({ platform = 'linux', env = {}, files = [], chrome } = {}) => ({
  platform,
  env,
  findChrome: () => chrome,
  exists: (path) => files.includes(path),
});

describe('finding a browser without settings', () => {
  test('finds Debian’s /usr/bin/chromium', () => {
    assert.equal(findChromium(machine({ files: ['/usr/bin/chromium'] })), '/usr/bin/chromium');
  });

  test('prefers the Chrome that chrome-launcher finds', () => {
    const chrome = '/usr/bin/google-chrome-stable';
    assert.equal(findChromium(machine({ files: [chrome, '/usr/bin/chromium'], chrome })), chrome);
  });

  test('finds Chromium.app on macOS', () => {
    const app = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    assert.equal(findChromium(machine({ platform: 'darwin', env: { HOME: '/Users/dev' }, files: [app] })), app);
  });

  test('finds Chromium installed for one user on Windows', () => {
    const exe = 'C:\\Users\\dev\\AppData\\Local\\Chromium\\Application\\chrome.exe';
    const env = { LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' };
    assert.equal(findChromium(machine({ platform: 'win32', env, files: [exe] })), exe);
  });

  test('finds the browser on this machine', () => {
    assert.ok(chromiumPath && existsSync(chromiumPath), missingChromiumMessage());
  });
});

describe('CHROME_PATH', () => {
  test('overrides any installed browser', () => {
    const env = { CHROME_PATH: '/opt/chrome-beta/chrome' };
    const found = findChromium(machine({ env, files: [env.CHROME_PATH, '/usr/bin/chromium'], chrome: '/usr/bin/chromium' }));
    assert.equal(found, env.CHROME_PATH);
  });

  test('pointing at nothing finds no browser, and the message says so', () => {
    const env = { CHROME_PATH: '/opt/nothing/chrome' };
    assert.equal(findChromium(machine({ env, files: ['/usr/bin/chromium'] })), undefined);
    assert.match(missingChromiumMessage(env), /^CHROME_PATH is set to \/opt\/nothing\/chrome, but nothing is there/);
  });
});

describe('no browser at all', () => {
  test('finds none and says, in one line, how to get one', () => {
    for (const platform of ['linux', 'darwin', 'win32']) {
      assert.equal(findChromium(machine({ platform, env: { HOME: '/home/dev', LOCALAPPDATA: 'C:\\Local' } })), undefined);
    }
    const message = missingChromiumMessage({});
    assert.match(message, /No Chrome or Chromium found/);
    assert.match(message, /CHROME_PATH/);
    assert.doesNotMatch(message, /\n/);
  });
});
