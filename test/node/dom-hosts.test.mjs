// Hosts' own unit tests run on DOM imitations: Jest 29 and VA.gov's mocha set-up on jsdom 20 (with
// jsdom's own AbortSignal), newer set-ups on the latest jsdom or on happy-dom. Each gets the
// packed package, as a host installs it, and a list given a stubbed `.fetch`; then an editable
// list whose built-in editor it opens and saves.
import assert from 'node:assert/strict';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, test } from 'node:test';
import { fixturesDir } from '../../fixtures/index.mjs';
import { createHostProject } from '../package/host-project.mjs';

// jsdom 30 and later need Node 22; 29 is the newest on the Node 20 this package supports.
const DEPENDENCIES = [
  'jest@29.7.0',
  'jest-environment-jsdom@29.7.0',
  'babel-jest@29.7.0',
  '@babel/core@7.29.16',
  '@babel/preset-env@7.29.14',
  'vitest@4.1.12',
  'mocha@11.8.0',
  'jsdom-20@npm:jsdom@20.0.3',
  'jsdom@29.1.1',
  'happy-dom@21.0.4',
  '@happy-dom/global-registrator@21.0.4',
  'shadow-dom-testing-library@1.14.2',
  '@testing-library/dom@10.4.2',
];

// How each test runner resolves the package: Jest's jsdom environment asks for the `browser`
// export conditions; mocha and plain Node for the `node` ones (Lit's build for servers).
const SETUPS = [
  { environment: 'jsdom-20', conditions: ['browser'], like: 'Jest 29 (jest-environment-jsdom)', version: '20.0.3' },
  { environment: 'jsdom-20', conditions: [], like: "VA.gov's mocha set-up", version: '20.0.3' },
  { environment: 'jsdom', conditions: ['browser'], like: 'Jest 30, or Vitest with jsdom', version: '29.1.1' },
  { environment: 'happy-dom', conditions: [], like: 'Vitest with happy-dom', version: '21.0.4' },
];

let host;
before(() => {
  host = createHostProject({ files: 'dom-host', dependencies: DEPENDENCIES });
  cpSync(join(fixturesDir, 'contacts-full.json'), join(host.dir, 'contacts-full.json'));
});
after(() => host?.remove());

for (const { environment, conditions, like, version } of SETUPS) {
  describe(`${environment} ${version}, as ${like}`, () => {
    let seen;
    before(() => {
      const args = [...conditions.map((condition) => `--conditions=${condition}`), 'in-dom.mjs', environment, join(fixturesDir, 'contacts-full.json')];
      seen = JSON.parse(host.node(...args));
    });

    test('runs the DOM it is meant to', () => {
      assert.equal(seen.environment, version);
    });

    test('shows the contacts from the stubbed fetch, with contacts-load', () => {
      assert.deepEqual(seen.requests, ['/v0/profile/contacts']);
      assert.deepEqual(seen.detail, { emergency: 2, nextOfKin: 2, ignored: 1 });
      assert.equal(seen.cards, 4);
      assert.deepEqual(seen.headings, ['Medical emergency contacts', 'Next of kin contacts']);
      assert.ok(seen.telLinks.length >= 4, `tel: links: ${seen.telLinks}`);
      assert.ok(seen.telLinks.every((href) => /^tel:\+\d+(,\d+)?$/.test(href)), `tel: links: ${seen.telLinks}`);
    });

    test("finds the phone links with shadow-dom-testing-library's findAllByShadowRole", () => {
      assert.equal(seen.shadowLinks, seen.telLinks.length);
    });

    test('opens the built-in editor; Save sends one PUT with If-Match and the new phone, contact-save, then one fresh read', () => {
      assert.deepEqual(seen.edit.requests, ['GET /v0/profile/contacts', 'PUT /v0/profile/contacts/Emergency%20Contact', 'GET /v0/profile/contacts']);
      assert.equal(seen.edit.ifMatch, '*');
      assert.equal(seen.edit.phoneSent, '5125550199');
      assert.deepEqual(seen.edit.saved, { role: 'emergency-primary', action: 'update' });
    });

    test('writes nothing to the console, and leaves no timer running once the list is removed, after a save too', () => {
      assert.deepEqual(seen.consoleErrors, []);
      assert.ok(seen.timersBeforeRemoval > 0, 'the announcements were still to be said: the count can see timers');
      assert.equal(seen.timersAfterRemoval, 0);
      assert.equal(seen.edit.timersAfterRemoval, 0);
    });
  });
}

describe('jsdom 20 with customElements replaced by a stand-in that has no define', () => {
  test('importing the package does not throw', () => {
    assert.deepEqual(JSON.parse(host.node('stubbed-registry.mjs')), { threw: null });
  });
});

// The recipes of docs/testing-a-host.md, run by the test runners hosts use, each on its own DOM
// imitation: the contacts shown, then the editor opened and its request seen (and, on jsdom, its
// "Cancel changes?" dialog, given the showModal jsdom lacks).
describe("a host's own test suite", () => {
  for (const [runner, script, passed] of [
    ['Jest 29 with jest-environment-jsdom (jsdom 20)', 'node_modules/jest/bin/jest.js', /Tests:\s+2 passed, 2 total/],
    ['Vitest with happy-dom', 'node_modules/vitest/vitest.mjs', /Tests\s+2 passed \(2\)/],
    ['mocha with jsdom 20 globals', 'node_modules/mocha/bin/mocha.js', /3 passing/],
  ]) {
    test(`${runner} passes the recipe's tests`, () => {
      const result = host.run(process.execPath, [script, ...(script.includes('vitest') ? ['run'] : [])]);
      // eslint-disable-next-line no-control-regex -- colours the runners print
      const output = `${result.stdout}${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
      assert.ok(result.ok, output);
      assert.match(output, passed);
    });
  }
});
