// The demo that `npm start` runs: its server, its stand-in API, and the profile page in a headless
// browser (Chromium; Firefox with ENGINE=firefox) under the page's strict Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import process from 'node:process';
import { clearTimeout, setTimeout } from 'node:timers';
import { setTimeout as delay } from 'node:timers/promises';
import { URL, fileURLToPath } from 'node:url';
import { readFixture } from '../../fixtures/index.mjs';
import { build } from '../../scripts/build.mjs';
import { launchBrowser } from '../runner/browsers.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const WAIT = { timeout: 15_000 };

let server;
let browser;

/** Starts `node demo/server.mjs`; resolves once it prints its URL. */
function startServer(env) {
  const child = spawn(process.execPath, ['demo/server.mjs'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk) => (output += chunk);
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise((done) => child.once('exit', (code) => done(code)));
  return new Promise((started, failed) => {
    const timer = setTimeout(() => failed(new Error(`the demo server printed no URL:\n${output}`)), 15_000);
    child.stdout.on('data', () => {
      const match = /^Demo: (http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(output);
      if (!match) return;
      clearTimeout(timer);
      started({ child, url: match[1], exited, output: () => output });
    });
    exited.then((code) => failed(new Error(`the demo server exited (${code}):\n${output}`)));
  });
}

async function stopServer(running, signal) {
  if (running.child.exitCode === null) running.child.kill(signal);
  return running.exited;
}

/** A GET with the path sent exactly as written (fetch would normalise `..`). */
function rawGet(url, path) {
  return new Promise((answered, failed) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => answered({ status: response.statusCode, type: response.headers['content-type'], body }));
    })
      .on('error', failed)
      .end();
  });
}

/** Opens the demo page for a scenario and records what a developer would see in the devtools. */
async function openDemo(scenario, more = '') {
  const page = await browser.newPage();
  const seen = { contactsRequests: [], contactsStatuses: [], consoleErrors: [], requests: [] };
  page.on('request', (req) => seen.requests.push(`${req.method()} ${new URL(req.url()).pathname}`));
  page.on('request', (req) => {
    if (new URL(req.url()).pathname === '/v0/profile/contacts') seen.contactsRequests.push(req.url());
  });
  page.on('response', (res) => {
    if (new URL(res.url()).pathname === '/v0/profile/contacts') seen.contactsStatuses.push(res.status());
  });
  page.on('console', (message) => {
    if (message.type() === 'error') seen.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => seen.consoleErrors.push(String(error)));
  await page.evaluateOnNewDocument(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto(scenario ? `${server.url}?scenario=${scenario}${more}` : server.url);
  return { page, seen };
}

/** In the list's shadow root: clicks what `selector` finds, or sets a control's value as typing would. */
const inList = {
  click: (page, selector) => page.evaluate((s) => document.querySelector('health-contacts-list').shadowRoot.querySelector(s).click(), selector),
  type: (page, name, value) =>
    page.evaluate(
      (field, text) => {
        const control = document.querySelector('health-contacts-list').shadowRoot.querySelector(`[name="${field}"]`);
        control.value = text;
        control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true }));
      },
      name,
      value,
    ),
  has: (page, selector) => page.waitForFunction((s) => document.querySelector('health-contacts-list').shadowRoot.querySelector(s), WAIT, selector),
};

const waitForContactsText = (page, text) =>
  page.waitForFunction(
    (expected) => document.querySelector('health-contacts-list')?.shadowRoot?.textContent.includes(expected),
    WAIT,
    text,
  );

const loggedEvents = (page) =>
  page.$$eval('#analytics-events li', (items) =>
    items.map((item) => ({
      name: item.querySelector('.event-name').textContent,
      detail: JSON.parse(item.querySelector('.event-detail').textContent),
    })),
  );

before(async () => {
  // The demo serves dist/: built anew when the sources changed since the last build.
  build({ ifChanged: true });
  server = await startServer({ PORT: '0' });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  if (server) assert.equal(await stopServer(server, 'SIGTERM'), 0, 'the demo server stops cleanly on SIGTERM');
});

test('serves the profile page under a strict Content-Security-Policy', async () => {
  const response = await fetch(server.url);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
  assert.equal(response.headers.get('content-security-policy'), CSP);
  const html = await response.text();
  assert.match(html, /<html lang="en">/);
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'no inline style');
});

test('serves the built bundle as JavaScript and nothing outside dist/', async () => {
  const bundle = await rawGet(server.url, '/dist/health-contacts.bundle.js');
  assert.equal(bundle.status, 200);
  assert.equal(bundle.type, 'text/javascript; charset=utf-8');
  for (const path of ['/package.json', '/dist/../package.json', '/dist/..%2Fpackage.json', '/dist/%2e%2e/package.json', '/demo/server.mjs']) {
    const response = await rawGet(server.url, path);
    assert.equal(response.status, 404, path);
    assert.doesNotMatch(response.body, /health-contacts-elements|createServer/, path);
  }
});

test('answers contacts with snake_case keys unless the request asks for camelCase', async () => {
  const snake = await (await fetch(`${server.url}v0/profile/contacts`)).json();
  assert.equal(snake.data[0].attributes.given_name, 'Alma');
  assert.equal(snake.data[0].attributes.address_line1, '1221 Maple Grove Rd');
  assert.equal(snake.data[0].attributes.givenName, undefined);

  const response = await fetch(`${server.url}v0/profile/contacts`, { headers: { 'X-Key-Inflection': 'camel' } });
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  const fixture = readFixture('contacts-full.json');
  assert.deepEqual(await response.json(), fixture);
});

test('lists each asked feature under its snake_case and camelCase names', async () => {
  const on = await (await fetch(`${server.url}v0/feature_toggles?features=profile_contacts`)).json();
  assert.deepEqual(on.data.features, [
    { name: 'profile_contacts', value: true },
    { name: 'profileContacts', value: true },
  ]);
  const off = await (await fetch(`${server.url}v0/feature_toggles?scenario=flag-off&features=profile_contacts`)).json();
  assert.deepEqual(
    off.data.features.map((feature) => feature.value),
    [false, false],
  );
});

test('moves to the next free port when its port is taken, and stops on Ctrl-C', async () => {
  const taken = new URL(server.url).port;
  const second = await startServer({ PORT: taken });
  try {
    assert.notEqual(new URL(second.url).port, taken);
    assert.match(second.output(), new RegExp(`Port ${taken} is in use`));
    assert.equal((await fetch(second.url)).status, 200);
  } finally {
    assert.equal(await stopServer(second, 'SIGINT'), 0);
  }
});

test('shows the contacts with phone links, without a CSP violation or a console error', async () => {
  const { page, seen } = await openDemo('full');
  try {
    await waitForContactsText(page, 'Denise Okafor');
    const tel = await page.evaluate(
      () => document.querySelector('health-contacts-list').shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href'),
    );
    assert.equal(tel, 'tel:+15125550108,42');
    const headings = await page.evaluate(() => ({
      h1: [...document.querySelectorAll('h1')].map((h) => h.textContent),
      groups: [...document.querySelector('health-contacts-list').shadowRoot.querySelectorAll('h2')].map((h) => h.textContent),
    }));
    assert.deepEqual(headings.h1, ['Personal health care contacts']);
    assert.deepEqual(headings.groups, ['Medical emergency contacts', 'Next of kin contacts']);
    await page.waitForFunction(() => document.querySelector('#analytics-events').textContent.includes('contacts-load'), WAIT);
    await delay(300);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(seen.consoleErrors, []);
    assert.equal(seen.contactsRequests.length, 1);
  } finally {
    await page.close();
  }
});

test('logs every event, VA.gov analytics ones too, with codes and wording only, never names or numbers', async () => {
  const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const { page } = await openDemo('full');
  try {
    await waitForContactsText(page, 'Denise Okafor');
    await page.evaluate(() => document.querySelector('health-contacts-list').shadowRoot.querySelector('summary').click());
    await page.waitForFunction(() => document.querySelector('#analytics-events').textContent.includes('component-library-analytics'), WAIT);
    await page.evaluate(() => {
      const link = document.querySelector('health-contacts-list').shadowRoot.querySelector('a[href^="tel:"]');
      // Keep the headless browser from handing the number to a dialer; the event still fires.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      link.click();
    });
    await page.waitForFunction(() => document.querySelector('#analytics-events').textContent.includes('tel-click'), WAIT);
    const events = await loggedEvents(page);
    assert.deepEqual(
      events.filter((event) => event.name !== 'flag-change'),
      [
        { name: 'contacts-load', detail: { emergency: 2, nextOfKin: 2, ignored: 1 } },
        { name: 'additional-info-toggle', detail: { open: true } },
        {
          name: 'component-library-analytics',
          detail: {
            componentName: 'va-additional-info',
            action: 'expand',
            details: { triggerText: 'Learn how to update your personal health care contact information' },
            version,
          },
        },
        { name: 'tel-click', detail: { role: 'emergency-primary', phone: 'primary' } },
        {
          name: 'component-library-analytics',
          detail: { componentName: 'va-telephone', action: 'click', details: { role: 'emergency-primary', phone: 'primary' }, version },
        },
      ],
    );
    const panel = await page.$eval('#analytics-events', (list) => list.textContent);
    assert.doesNotMatch(panel, /Denise|Okafor|555|Austin/);
    const checks = await page.$$eval('#analytics-events .event-check', (items) => items.map((item) => item.textContent));
    assert.deepEqual([...new Set(checks)], ['nothing a person typed']);
  } finally {
    await page.close();
  }
});

test('shows the fallback and requests no contacts when the flag is off', async () => {
  const { page, seen } = await openDemo('flag-off');
  try {
    await page.waitForFunction(() => document.querySelector('[slot="fallback"]').checkVisibility(), WAIT);
    await delay(1000);
    assert.equal(await page.$eval('health-contacts-list', (list) => list.checkVisibility()), false);
    assert.deepEqual(seen.contactsRequests, []);
    assert.deepEqual(await loggedEvents(page), [
      { name: 'flag-change', detail: { flag: 'profile_contacts', enabled: false, source: 'remote' } },
    ]);
  } finally {
    await page.close();
  }
});

test('shows the error message, without "Try again", when the API answers 401', async () => {
  const { page } = await openDemo('unauthorized');
  try {
    await waitForContactsText(page, "This page isn't available right now.");
    const shadow = await page.evaluate(() => {
      const root = document.querySelector('health-contacts-list').shadowRoot;
      return { error: root.querySelector('[part="error"]') !== null, button: root.querySelector('button') !== null };
    });
    assert.deepEqual(shadow, { error: true, button: false });
    const events = await loggedEvents(page);
    assert.deepEqual(events.at(-1), { name: 'contacts-error', detail: { kind: 'unauthorized', status: 401 } });
  } finally {
    await page.close();
  }
});

test('retries after a server error and then shows the contacts', async () => {
  const { page, seen } = await openDemo('server-error-then-success');
  try {
    await waitForContactsText(page, 'Denise Okafor');
    assert.deepEqual(seen.contactsStatuses, [500, 200]);
    assert.equal(await page.evaluate(() => document.querySelector('health-contacts-list').shadowRoot.querySelector('[part="error"]')), null);
  } finally {
    await page.close();
  }
});

test('shows markup sent by the API as text and runs none of it', async () => {
  const { page, seen } = await openDemo('hostile');
  try {
    await waitForContactsText(page, '<script>window.__pwned=1</script>');
    await delay(300);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const hrefs = await page.evaluate(() =>
      [...document.querySelector('health-contacts-list').shadowRoot.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    );
    assert.ok(hrefs.every((href) => href.startsWith('tel:') || href.startsWith('https://')), hrefs.join(' '));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(seen.consoleErrors, []);
  } finally {
    await page.close();
  }
});

test('tells a person without VA health care so, and requests no contacts', async () => {
  const { page, seen } = await openDemo('non-patient');
  try {
    await waitForContactsText(page, "you don't currently receive health care benefits from the VA");
    await delay(800);
    assert.deepEqual(seen.contactsRequests, []);
  } finally {
    await page.close();
  }
});

test('the host page around the elements passes axe checks', async () => {
  const { page } = await openDemo('full');
  try {
    await waitForContactsText(page, 'Denise Okafor');
    await page.evaluate(readFileSync(`${root}node_modules/axe-core/axe.min.js`, 'utf8'));
    // The elements' own markup is checked by their browser tests; this is the page a host writes.
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run({ exclude: [['health-contacts-list']] });
      return result.violations.map((violation) => violation.id);
    });
    assert.deepEqual(violations, []);
  } finally {
    await page.close();
  }
});

test('edits a contact with the editor loaded beside the bundle, under the strict policy, and logs nothing a person typed', async () => {
  const { page, seen } = await openDemo('partial', '&edit=on');
  try {
    await waitForContactsText(page, 'Rosa');
    assert.equal(seen.requests.filter((request) => request.endsWith('/health-contacts-editor.js')).length, 0, 'the editor loads only when asked for');
    await inList.click(page, 'article[data-role="emergency-primary"] [part~="edit-button"]');
    await inList.has(page, '[part~="editor"]');
    await inList.type(page, 'familyName', 'Alvarez');
    await inList.type(page, 'relationship', 'SISTER');
    await inList.type(page, 'primaryPhone', '512 555 0177');
    await inList.type(page, 'alternatePhone', '');
    await inList.click(page, '[part~="save-button"]');
    await waitForContactsText(page, 'Rosa Alvarez');
    await waitForContactsText(page, '512-555-0177');
    assert.deepEqual(
      seen.requests.filter((request) => /editor\.js$|^PUT|^DELETE/.test(request)),
      ['GET /dist/health-contacts-editor.js', 'PUT /v0/profile/contacts/Emergency%20Contact'],
    );
    await page.waitForFunction(() => document.querySelector('#analytics-events').textContent.includes('contact-save'), WAIT);
    const logged = await page.$$eval('#analytics-events li .event-check', (checks) => checks.map((check) => check.textContent));
    assert.deepEqual([...new Set(logged)], ['nothing a person typed']);
    const events = JSON.stringify(await loggedEvents(page));
    for (const typed of ['Alvarez', '0177', '512']) assert.ok(!events.includes(typed), typed);
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(seen.consoleErrors, []);
  } finally {
    await page.close();
  }
});

test('keeps every value as typed when the chosen failure makes the save fail', async () => {
  const { page, seen } = await openDemo('partial', '&edit=on&fail=500');
  try {
    await waitForContactsText(page, 'Rosa');
    await inList.click(page, 'article[data-role="emergency-primary"] [part~="edit-button"]');
    await inList.has(page, '[part~="editor"]');
    await inList.type(page, 'familyName', 'Alvarez-Moreno');
    await inList.type(page, 'relationship', 'SISTER');
    await inList.type(page, 'primaryPhone', '512 555 0177');
    await inList.type(page, 'alternatePhone', '');
    await inList.click(page, '[part~="save-button"]');
    await inList.has(page, '[part~="editor-failure"]');
    const kept = await page.evaluate(() => document.querySelector('health-contacts-list').shadowRoot.querySelector('[name="familyName"]').value);
    assert.equal(kept, 'Alvarez-Moreno');
    assert.equal(seen.requests.filter((request) => request.startsWith('PUT ')).length, 1);
    assert.deepEqual(seen.consoleErrors.filter((error) => !/500/.test(error)), []);
  } finally {
    await page.close();
  }
});

