/* global document, window */
// The package as a host gets it: packed, installed into an empty project, then used from Node,
// from TypeScript (bundler and node16 resolution) and as the CDN bundle in a browser.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, sep } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { URL, fileURLToPath } from 'node:url';
import { fixturesDir, readFixture } from '../../fixtures/index.mjs';
import { launchChromium } from '../chromium.mjs';
import { createHostProject } from '../package/host-project.mjs';

const TAGS = ['flag-gate', 'contact-card', 'health-contacts-list'];
const WAIT = { timeout: 15_000 };

let host;
let inNode;

before(() => {
  host = createHostProject();
  inNode = JSON.parse(host.node('in-node.mjs', join(fixturesDir, 'contacts-full.json')));
});

after(() => host?.remove());

describe('the installed package', () => {
  test('resolves every entry point in its exports; each module names its types, which are there', () => {
    const subpaths = Object.keys(host.manifest.exports);
    assert.deepEqual(Object.keys(inNode.resolved), subpaths);
    const inPackage = (file) => file.startsWith(realpathSync(host.packageDir) + sep) && existsSync(file);
    for (const [subpath, url] of Object.entries(inNode.resolved)) {
      assert.ok(inPackage(fileURLToPath(url)), `${subpath} resolves to a file that is not in the package`);
      if (subpath.endsWith('.json')) continue;
      const { types } = host.manifest.exports[subpath];
      assert.ok(types && existsSync(join(host.packageDir, types)), `${subpath} names no types, or types not in the package`);
    }
  });

  test('data.js imports in Node and parses a contacts document', () => {
    assert.ok(inNode.dataExports.includes('parseContactsDocument'));
    assert.deepEqual(inNode.counts, { emergency: 2, nextOfKin: 2, ignored: 1 });
  });

  test('classes.js imports in Node and registers no tag; the package root registers all three', () => {
    assert.ok(['ContactCard', 'FlagGate', 'HealthContactsList', 'registerMessages'].every((name) => inNode.classesExports.includes(name)));
    assert.deepEqual(inNode.definedByClasses, []);
    assert.deepEqual(inNode.definedByRoot, TAGS);
  });
});

describe('a TypeScript host', () => {
  for (const resolution of ['bundler', 'node16']) {
    test(`type-checks against the packed types with moduleResolution ${resolution}`, () => {
      const { ok, stdout } = host.typeCheck(`tsconfig.${resolution}.json`);
      assert.ok(ok, `tsc reported:\n${stdout}`);
    });
  }

  test('is told about a mistake (the check can fail)', () => {
    const { ok, stdout } = host.typeCheck('tsconfig.mistake.json');
    assert.equal(ok, false);
    assert.match(stdout, /mistake\.ts\(\d+,\d+\): error TS2322/);
  });
});

describe('the CDN bundle from the tarball', () => {
  let server;
  let browser;
  const requested = [];

  before(async () => {
    const files = {
      '/': [join(host.dir, 'cdn.html'), 'text/html; charset=utf-8'],
      '/health-contacts.bundle.js': [join(host.packageDir, 'dist/health-contacts.bundle.js'), 'text/javascript'],
      '/v0/profile/contacts': [join(fixturesDir, 'contacts-full.json'), 'application/json'],
      '/v0/feature_toggles': [join(fixturesDir, 'feature-toggles.json'), 'application/json'],
    };
    server = createServer((request, response) => {
      const { pathname } = new URL(request.url, 'http://127.0.0.1');
      requested.push(pathname);
      const [file, type] = files[pathname] ?? [];
      response.writeHead(file ? 200 : 404, { 'content-type': type ?? 'text/plain' });
      response.end(file ? readFileSync(file) : 'Not found');
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  test('shows the four contacts, needing nothing but itself', async () => {
    const page = await browser.newPage();
    await page.evaluateOnNewDocument(() => {
      document.addEventListener('contacts-load', (event) => (window.contactsLoad = event.detail));
    });
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.waitForFunction(() => window.contactsLoad, WAIT);
    const shown = await page.evaluate(() => {
      const root = document.querySelector('health-contacts-list').shadowRoot;
      return { cards: [...root.querySelectorAll('[part~="card"]')].map((card) => card.textContent), load: window.contactsLoad };
    });
    assert.deepEqual(shown.load, { emergency: 2, nextOfKin: 2, ignored: 1 });
    assert.equal(shown.cards.length, 4);
    const SHOWN_TYPES = ['emergency contact', 'other emergency contact', 'primary next of kin', 'other next of kin'];
    const { data } = readFixture('contacts-full.json');
    for (const { attributes } of data.filter((item) => SHOWN_TYPES.includes(item.attributes.contactType.toLowerCase()))) {
      const card = shown.cards.find((text) => text.includes(attributes.givenName) && text.includes(attributes.familyName));
      assert.ok(card, `no card for the ${attributes.contactType}`);
    }
    assert.deepEqual([...new Set(requested)].sort(), ['/', '/health-contacts.bundle.js', '/v0/feature_toggles', '/v0/profile/contacts']);
    await page.close();
  });

  test('exports what the package root exports', async () => {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const exported = await page.evaluate(async () => Object.keys(await import('/health-contacts.bundle.js')));
    assert.deepEqual(exported.sort(), [...inNode.rootExports].sort());
    await page.close();
  });
});
