// A plain HTML page with the CDN bundle (`dist/health-contacts.bundle.js` of the tarball, served
// from a folder of its own as a CDN would serve it, the editor's module beside it): attributes in
// the markup (`edit-flag` turns the built-in editor on with a flag of the service's toggles),
// listeners in a script of the page's own.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

/** Where the page loads the bundle from, as a CDN names the package's files. */
const CDN = '/npm/health-contacts-elements@0.1.0/dist/';

describe('plain HTML with the CDN bundle', () => {
  let app;
  let seen;
  before(async () => {
    app = createHostApp('html-cdn');
    const dist = join(app.dir, 'node_modules/health-contacts-elements/dist');
    seen = await visitHostApp({
      root: app.dir,
      files: {
        [`${CDN}health-contacts.bundle.js`]: join(dist, 'health-contacts.bundle.js'),
        [`${CDN}health-contacts-editor.js`]: join(dist, 'health-contacts-editor.js'),
      },
      toggles: { profile_contacts_edit: true },
      // What the bundle exports, as the page's own scripts would import it.
      evaluate: async (bundle) => Object.keys(await import(new URL(bundle, window.location.href).href)),
      evaluateArgs: [`${CDN}health-contacts.bundle.js`],
      edit: true,
    });
  });
  after(() => app?.remove());

  test('shows the four contacts with heading-level="3"; its contacts-load listener is called', () => {
    assertContactsShown(seen, { headingLevel: 3 });
  });

  test('needs nothing but the bundle and the API to show them, and asks the gate\'s flag and the edit flag in one toggles request', () => {
    assert.deepEqual(seen.requested, ['/', `${CDN}health-contacts.bundle.js`, '/v0/feature_toggles', '/v0/profile/contacts']);
    const toggles = seen.requests.filter(({ path }) => path === '/v0/feature_toggles');
    assert.equal(toggles.length, 1);
    const asked = new URLSearchParams(toggles[0].query).get('features').split(',').sort();
    assert.deepEqual(asked, ['profile_contacts', 'profile_contacts_edit']);
  });

  test('with edit-flag on, a phone edited and saved: the editor loaded from beside the bundle, then one PUT and one fresh read; its contact-save listener is called', () => {
    assertPhoneEdited(seen);
    assert.deepEqual(
      seen.edit.requests.map(({ method, path }) => `${method} ${path}`),
      [`GET ${CDN}health-contacts-editor.js`, 'PUT /v0/profile/contacts/Emergency%20Contact', 'GET /v0/profile/contacts'],
    );
  });

  test('the bundle exports what the package root exports, and what the editor module imports from it', () => {
    const inNode = app.node('--input-type=module', '-e', "console.log(JSON.stringify(Object.keys(await import('health-contacts-elements'))))");
    assert.ok(inNode.ok, output(inNode));
    const editor = readFileSync(join(app.dir, 'node_modules/health-contacts-elements/dist/health-contacts-editor.js'), 'utf8');
    const [, imported] = /^import\s*\{([^}]*)\}\s*from\s*["']\.\/health-contacts\.bundle\.js["']/.exec(editor) ?? [];
    assert.ok(imported, 'the editor module does not start by importing from the bundle beside it');
    const fromBundle = imported.split(',').map((name) => name.trim().split(/\s+as\s+/)[0]);
    assert.deepEqual([...seen.evaluated].sort(), [...new Set([...JSON.parse(inNode.stdout), ...fromBundle])].sort());
  });
});
