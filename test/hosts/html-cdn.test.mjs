// A plain HTML page with the CDN bundle (`dist/health-contacts.bundle.js` of the tarball, served
// as a CDN would serve it): an attribute in the markup, a listener in a script of the page's own.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('plain HTML with the CDN bundle', () => {
  let app;
  let seen;
  before(async () => {
    app = createHostApp('html-cdn');
    const bundle = join(app.dir, 'node_modules/health-contacts-elements/dist/health-contacts.bundle.js');
    seen = await visitHostApp({
      root: app.dir,
      files: { '/health-contacts.bundle.js': bundle },
      // What the bundle exports, as the page's own scripts would import it.
      evaluate: async () => Object.keys(await import(new URL('/health-contacts.bundle.js', window.location.href).href)),
    });
  });
  after(() => app?.remove());

  test('shows the four contacts with heading-level="3"; its contacts-load listener is called', () => {
    assertContactsShown(seen, { headingLevel: 3 });
  });

  test('needs nothing but the bundle and the API', () => {
    assert.deepEqual(seen.requested, ['/', '/health-contacts.bundle.js', '/v0/feature_toggles', '/v0/profile/contacts']);
  });

  test('the bundle exports what the package root exports', () => {
    const inNode = app.node('--input-type=module', '-e', "console.log(JSON.stringify(Object.keys(await import('health-contacts-elements'))))");
    assert.ok(inNode.ok, output(inNode));
    assert.deepEqual([...seen.evaluated].sort(), JSON.parse(inNode.stdout).sort());
  });
});
