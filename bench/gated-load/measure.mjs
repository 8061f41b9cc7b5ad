// How long 200 gated lists keep the main thread busy when their shared answer arrives, with the
// production bundle, in Chromium, Firefox and WebKit. A figure, never a test: it depends on the
// machine and on what else runs on it. `bench/run.mjs` writes it into RESULTS.md;
// `node bench/gated-load/measure.mjs [--quick]` prints it alone.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fixturesDir } from '../../fixtures/index.mjs';
import { chromiumArgs, chromiumPath } from '../../test/runner/chromium.mjs';
import { firefoxLaunchOptions, missingFirefoxMessage } from '../../test/runner/firefox.mjs';
import { driverPort, startWebKitWebDriver, webkitBrowserPath, webkitDriverPath } from '../../test/runner/webkit-launcher.mjs';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LISTS = 200;
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };
const MOUNTS = [
  ['/dist/', join(ROOT, 'dist')],
  ['/fixtures/', fixturesDir],
  ['/gated-load/', HERE],
];

function serve() {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    const mount = MOUNTS.find(([prefix]) => pathname.startsWith(prefix));
    const file = mount && normalize(join(mount[1], decodeURIComponent(pathname.slice(mount[0].length)) || 'index.html'));
    if (!file || !file.startsWith(mount[1].replace(/[\\/]?$/, sep)) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    response.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** A puppeteer-driven engine: one fresh page per sample. */
async function puppeteerEngine(launchOptions) {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch(launchOptions);
  return {
    version: await browser.version(),
    async sample(url) {
      const page = await browser.newPage();
      try {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => typeof window.runGatedLoad === 'function');
        return await page.evaluate(() => window.runGatedLoad());
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, spoken to in plain WebDriver. */
async function webkitEngine() {
  const port = await driverPort();
  const driver = await startWebKitWebDriver(port);
  const call = async (method, path, body) => {
    const response = await fetch(`http://127.0.0.1:${port}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const { value } = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.message ?? response.status}`);
    return value;
  };
  try {
    const { sessionId, capabilities } = await call('POST', '/session', {
      capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] } } },
    });
    await call('POST', `/session/${sessionId}/timeouts`, { script: 60_000 });
    return {
      version: `WebKitGTK ${capabilities.browserVersion}`,
      async sample(url) {
        await call('POST', `/session/${sessionId}/url`, { url });
        return call('POST', `/session/${sessionId}/execute/async`, {
          script:
            'const done = arguments[0]; const wait = () => (window.runGatedLoad ? window.runGatedLoad().then(done) : setTimeout(wait, 10)); wait();',
          args: [],
        });
      },
      async close() {
        await call('DELETE', `/session/${sessionId}`).catch(() => {});
        await driver.stop();
      },
    };
  } catch (error) {
    await driver.stop();
    throw error;
  }
}

const ENGINES = [
  { name: 'Chromium', missing: () => (chromiumPath ? undefined : 'no Chromium'), start: () => puppeteerEngine({ executablePath: chromiumPath, headless: true, args: chromiumArgs }) },
  { name: 'Firefox', missing: missingFirefoxMessage, start: () => puppeteerEngine(firefoxLaunchOptions) },
  {
    name: 'WebKit',
    missing: () => (existsSync(webkitDriverPath) && existsSync(webkitBrowserPath) ? undefined : 'no WebKitWebDriver or MiniBrowser'),
    start: webkitEngine,
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const range = (xs) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;

/**
 * Measures `samples` fresh page loads per engine (after one warm-up) and returns the figures as
 * a Markdown section. Every sample must show four cards in all 200 lists after one contacts
 * request and one toggles request; an engine that cannot start is named, not measured.
 */
export async function measureGatedLoad({ samples = 9, log = (line) => console.log(line) } = {}) {
  const bundle = join(ROOT, 'dist', 'health-contacts.bundle.js');
  if (!existsSync(bundle)) throw new Error('dist/health-contacts.bundle.js is missing: run `npm run build` first.');
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/gated-load/`;
  const rows = [];
  const notes = [];
  try {
    for (const engine of ENGINES) {
      const missing = engine.missing();
      if (missing) {
        notes.push(`- ${engine.name}: not measured (${missing}).`);
        continue;
      }
      const browser = await engine.start();
      try {
        const results = [];
        for (let i = 0; i <= samples; i++) {
          const result = await browser.sample(url);
          const contactsRequests = result.requests.filter((r) => r.startsWith('/v0/profile/contacts')).length;
          if (result.listsWithFourCards !== LISTS || contactsRequests !== 1 || result.requests.length !== 2) {
            throw new Error(`${engine.name}: ${result.listsWithFourCards} lists showed four cards after ${result.requests.length} requests`);
          }
          if (i > 0) results.push(result); // the first load warms the engine up
        }
        const longest = results.map((r) => r.longestTaskMs);
        const render = results.map((r) => r.renderMs);
        const api = results.map((r) => r.longTasksApiMs).filter((x) => x !== undefined && x !== null);
        rows.push(
          `| ${engine.name} (${browser.version}) | ${Math.round(median(longest))} ms | ${range(longest)} ms | ` +
            `${api.length ? `${Math.round(median(api))} ms` : 'not in this engine'} | ${Math.round(median(render))} ms | ${range(render)} ms | ${results.length} |`,
        );
        log(`gated load, ${engine.name}: longest task ${Math.round(median(longest))} ms (${range(longest)}), all rendered ${Math.round(median(render))} ms`);
      } finally {
        await browser.close();
      }
    }
  } finally {
    server.close();
  }
  return [
    '## 200 gated lists on one page (production bundle)',
    '',
    `200 \`<flag-gate>\` elements, each holding a \`<health-contacts-list>\`, sharing one toggles \`src\` and one contacts \`src\`, put on a page at once with the answers 30 ms late (\`bench/gated-load/\`). Every sample checks one contacts request, one toggles request and four cards in each of the ${LISTS} lists. "Longest main-thread task" is the largest gap in a chain of 0 ms timers (it works in every engine); Chromium's Long Tasks API is shown beside it. Fresh page per sample, one warm-up load first. Medians and ranges.`,
    '',
    '| engine | longest main-thread task | range | Long Tasks API (longest) | until all 200 show their cards | range | samples |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows,
    ...(notes.length ? ['', ...notes] : []),
    '',
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await measureGatedLoad({ samples: process.argv.includes('--quick') ? 3 : 9 });
  console.log(`\n${section}`);
}
