// The elements on a page with a strict Content Security Policy and Trusted Types enforced: no
// inline script or style allowed. The CDN bundle must render without a single violation.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, fileURLToPath } from 'node:url';
import { fixturesDir } from '../../fixtures/index.mjs';
import { build } from '../../scripts/build.mjs';
import { launchBrowser } from '../runner/browsers.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const pageDir = resolve(repoRoot, 'test/security/csp-page');
const distDir = resolve(repoRoot, 'dist');

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json' };

let server;
let browser;
let origin;
const apiRequests = [];

/** Serves the test page, the built bundle and the API answers, all from one origin. */
function handle(request, response) {
  const { pathname } = new URL(request.url, 'http://localhost');
  const send = (status, body, type) => {
    response.writeHead(status, { 'Content-Type': type, 'Content-Security-Policy': CSP, 'Cache-Control': 'no-store' });
    response.end(body);
  };
  const file = (dir, name) => {
    const path = resolve(dir, name);
    if (!path.startsWith(dir + sep) || !existsSync(path)) return send(404, 'Not found', 'text/plain');
    return send(200, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream');
  };

  if (pathname.startsWith('/v0/')) apiRequests.push(request.url);
  if (pathname === '/' || pathname === '/index.html') return file(pageDir, 'index.html');
  if (pathname === '/collect-violations.js') return file(pageDir, 'collect-violations.js');
  if (pathname.startsWith('/dist/')) return file(distDir, pathname.slice('/dist/'.length));
  if (pathname === '/v0/profile/contacts') return file(fixturesDir, 'contacts-full.json');
  if (pathname === '/v0/feature_toggles') return file(fixturesDir, 'feature-toggles.json');
  if (pathname === '/favicon.ico') return send(204, '', 'text/plain');
  return send(404, 'Not found', 'text/plain');
}

before(async () => {
  // What this page loads is dist/: built anew when the sources changed since the last build.
  build({ ifChanged: true });
  server = createServer(handle);
  await new Promise((ready) => server.listen(0, '127.0.0.1', ready));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done()));
});

/** Opens the test page, recording console errors and uncaught exceptions. */
async function openPage() {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/`, { waitUntil: 'load' });
  return { page, errors };
}

test('a strict page (CSP without unsafe-inline, Trusted Types) shows the contacts and the card with no violation', async () => {
  const { page, errors } = await openPage();
  try {
    await page.waitForFunction(
      () => document.querySelector('health-contacts-list')?.shadowRoot?.querySelectorAll('article').length === 4,
      { timeout: 15_000 },
    );
    const shown = await page.evaluate(() => {
      const text = (root) => root.textContent.replace(/\s+/g, ' ').trim();
      const list = document.querySelector('health-contacts-list').shadowRoot;
      const card = document.querySelector('contact-card').shadowRoot;
      const style = (root, selector) => getComputedStyle(root.querySelector(selector));
      return {
        list: text(list),
        card: text(card),
        cardLink: card.querySelector('a')?.getAttribute('href'),
        // Styles reach the shadow roots (constructed style sheets, which style-src 'self' allows).
        cardBorder: style(card, 'article').borderTopStyle,
        listCardBorder: style(list, 'article').borderTopStyle,
      };
    });
    assert.match(shown.list, /Medical emergency contacts/);
    assert.match(shown.list, /Next of kin contacts/);
    assert.match(shown.list, /Alma Luisa Reyes/);
    assert.match(shown.card, /Primary emergency contact/);
    assert.match(shown.card, /Denise Okafor/);
    assert.equal(shown.cardLink, 'tel:+15125550108,42');
    assert.equal(shown.cardBorder, 'solid', 'card styles applied under style-src');
    assert.equal(shown.listCardBorder, 'solid', 'list styles applied under style-src');

    // Late violations (a deferred style or template) still count.
    await delay(300);
    const violations = await page.evaluate(() => window.__violations);
    assert.deepEqual(violations, []);
    assert.deepEqual(errors, []);
    assert.deepEqual(
      apiRequests.map((url) => url.split('?')[0]).sort(),
      ['/v0/feature_toggles', '/v0/profile/contacts'],
      'one request for the toggles and one for the contacts',
    );
  } finally {
    await page.close();
  }
});

test('the strict page reports a violation when something breaks its policy', async () => {
  // Proves the collector works, so that zero violations above means zero.
  const { page } = await openPage();
  try {
    await page.evaluate(() => {
      try {
        document.body.insertAdjacentHTML('beforeend', '<b>unsafe</b>');
      } catch {
        // Trusted Types refuses the string; the violation event is what this test looks for.
      }
    });
    await page.waitForFunction(() => window.__violations.length > 0, { timeout: 5_000 });
    const [violation] = await page.evaluate(() => window.__violations);
    assert.equal(violation.directive, 'require-trusted-types-for');
  } finally {
    await page.close();
  }
});
