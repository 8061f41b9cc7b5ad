// Every Storybook story renders in a headless browser (Chromium; Firefox with ENGINE=firefox) with
// no console error, no page error and no axe violation; every docs page lists what the element
// manifest documents.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { extname, join, normalize, sep } from 'node:path';
import process from 'node:process';
import { after, before, test } from 'node:test';
import { URL, fileURLToPath } from 'node:url';
import { launchBrowser } from '../runner/browsers.mjs';

const repositoryRoot = fileURLToPath(new URL('../..', import.meta.url));
const staticDir = join(repositoryRoot, 'storybook-static');
const indexFile = join(staticDir, 'index.json');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** The newest modification time of any file under `dir`. */
function newestChange(dir) {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }, 0);
}

function buildStorybookIfStale() {
  const sources = ['src', 'stories', '.storybook'].map((dir) => newestChange(join(repositoryRoot, dir)));
  if (existsSync(indexFile) && statSync(indexFile).mtimeMs > Math.max(...sources)) return;
  const build = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'storybook:build'], {
    cwd: repositoryRoot,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  if (build.status !== 0) throw new Error(`npm run storybook:build failed:\n${build.stdout}\n${build.stderr}`);
}

// Tests are declared from the built index, so the build happens before any test is declared.
buildStorybookIfStale();
const entries = Object.values(JSON.parse(readFileSync(indexFile, 'utf8')).entries);
const stories = entries.filter((entry) => entry.type === 'story');
const docsPages = entries.filter((entry) => entry.type === 'docs');
const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'custom-elements.json'), 'utf8'));

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

const server = createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  const file = join(staticDir, path.endsWith(sep) ? `${path}index.html` : path);
  if (path === `${sep}favicon.ico`) return response.writeHead(204).end();
  if (!file.startsWith(staticDir + sep)) return response.writeHead(403).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, { 'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});

let browser;
let page;
let origin;
let problems = [];

before(async () => {
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.setViewport({ width: 1024, height: 768 });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // An editor story left with unsaved changes asks before the page is left, as the editor does;
  // opening the next story answers "Leave".
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') void dialog.accept();
  });
});

after(async () => {
  await browser?.close();
  server.close();
});

/**
 * Waits until the story's DOM, shadow roots included, stops changing: 400 ms of quiet, or 2.5 s
 * while a list still says "Please wait…" (longer than the retry backoff, so a story that ends in
 * an error is seen in its error state; a request that never ends is seen loading).
 */
function settle() {
  return page.evaluate(async () => {
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const root = document.querySelector('#storybook-root');
    const deep = (node) => [node, ...[...node.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? deep(el.shadowRoot) : []))];
    const snapshot = () => deep(root).map((node) => node.innerHTML).join('\n');
    const deadline = Date.now() + 8000;
    let last;
    let quietSince = Date.now();
    while (Date.now() < deadline) {
      const ours = deep(root).flatMap((node) => [...node.querySelectorAll('*')]).filter((el) => 'updateComplete' in el);
      await Promise.all(ours.map((el) => el.updateComplete));
      const now = snapshot();
      if (now !== last) [last, quietSince] = [now, Date.now()];
      const loading = deep(root).some((node) => node.querySelector('[part~="loading"]'));
      if (Date.now() - quietSince >= (loading ? 2500 : 400)) return;
      await sleep(100);
    }
  });
}

async function open(id, viewMode) {
  problems = [];
  // a11y.manual: the a11y addon does not run its own axe pass alongside ours.
  await page.goto(`${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${viewMode}&globals=a11y.manual:!true`);
  const shown = await page.waitForFunction(
    (rootSelector) => {
      const { classList } = document.body;
      if (classList.contains('sb-show-errordisplay') || classList.contains('sb-show-nopreview')) return 'error';
      const rendered = classList.contains('sb-show-main') && document.querySelector(rootSelector)?.childElementCount;
      return rendered ? 'rendered' : false;
    },
    { timeout: 15_000 },
    viewMode === 'docs' ? '#storybook-docs' : '#storybook-root',
  );
  if ((await shown.jsonValue()) === 'error') {
    const message = await page.$eval('#error-message, #error-stack', (el) => el.textContent).catch(() => '');
    assert.fail(`Storybook could not render ${id}: ${message}`);
  }
}

/** Axe's violations on the story's root. */
async function axeViolations() {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    // As in Storybook's own a11y panel: a component alone on a page is not inside a landmark.
    const options = { rules: { region: { enabled: false } } };
    const { violations } = await window.axe.run('#storybook-root', options);
    return violations.map(
        (violation) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      );
  });
}

for (const story of stories) {
  test(`${story.title} › ${story.name}: renders with no console error and no accessibility violation`, async () => {
    await open(story.id, 'story');
    await settle();
    const shadowHosts = await page.$$eval('#storybook-root *', (els) => els.filter((el) => el.shadowRoot).length);
    assert.ok(shadowHosts > 0, 'the story renders at least one of the elements');
    assert.deepEqual(await axeViolations(), []);
    assert.deepEqual(problems, []);
  });
}

for (const docs of docsPages) {
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.customElement && docs.title.toLowerCase().replace(/\s+/g, '-') === kebab(candidate.name));

  test(`${docs.title} docs page lists the element's attributes, events, slots, parts and CSS properties`, async () => {
    assert.ok(declaration, `the manifest declares the element shown on ${docs.title}`);
    await open(docs.id, 'docs');
    await page.waitForSelector('#storybook-docs table', { timeout: 15_000 });
    const text = await page.$eval('#storybook-docs', (el) => el.innerText);
    const documented = ['attributes', 'events', 'slots', 'cssParts', 'cssProperties']
      .flatMap((kind) => declaration[kind] ?? [])
      .map((item) => item.name)
      .filter(Boolean);
    assert.ok(documented.length > 0);
    assert.deepEqual(documented.filter((name) => !text.includes(name)), []);
    assert.deepEqual(problems, []);
  });
}

function kebab(name) {
  return name.replace(/[A-Z]/g, (letter, index) => (index ? '-' : '') + letter.toLowerCase());
}
