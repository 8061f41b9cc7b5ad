// The browser suite of `npm test` in the other two engines: Firefox and WebKit (the Safari
// engine). `npm run test:firefox-webkit` runs it once per engine; `ENGINE=firefox` or `ENGINE=webkit`
// picks one, and without it both run side by side. Coverage is measured in Chromium only.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { missingFirefoxMessage } from './test/runner/firefox.mjs';
import { firefoxLauncher } from './test/runner/firefox-launcher.mjs';
import { sharedConfig } from './test/runner/shared-config.mjs';
import { webkitBrowserPath, webkitDriverPath, webkitLauncher } from './test/runner/webkit-launcher.mjs';

const onPath = (command) =>
  (process.env.PATH ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });

const engines = {
  firefox: {
    launcher: firefoxLauncher,
    missing: () => [missingFirefoxMessage()].filter(Boolean),
  },
  webkit: {
    launcher: webkitLauncher,
    missing: () => [
      ...(existsSync(webkitDriverPath)
        ? []
        : [`No WebKitWebDriver at ${webkitDriverPath}: install it (Debian: apt-get install -y webkit2gtk-driver) or set WEBKIT_WEBDRIVER_PATH.`]),
      ...(existsSync(webkitBrowserPath)
        ? []
        : [`No WebKit MiniBrowser at ${webkitBrowserPath}: install it (Debian: apt-get install -y webkit2gtk-driver) or set WEBKIT_BROWSER_PATH.`]),
      ...(onPath('xvfb-run') ? [] : ['No xvfb-run for WebKit\'s virtual display: install it (Debian: apt-get install -y xvfb).']),
    ],
  },
};

const chosen = process.env.ENGINE ? [process.env.ENGINE] : Object.keys(engines);
const unknown = chosen.filter((name) => !(name in engines));
const missing = unknown.length
  ? [`Unknown ENGINE ${unknown.join(', ')}: use ${Object.keys(engines).join(' or ')}.`]
  : chosen.flatMap((name) => engines[name].missing());
if (missing.length) {
   
  for (const line of missing) console.error(line);
  process.exit(1);
}

export default {
  ...sharedConfig,
  browsers: chosen.map((name) => engines[name].launcher()),
};
