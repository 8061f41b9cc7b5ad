// A Svelte 5 app built by Vite: `heading-level={3}`, `editable`, `oncontacts-load` and
// `oncontact-save` in its markup, checked by svelte-check against the package's Svelte types.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('Svelte 5 + Vite', () => {
  let app;
  before(() => (app = createHostApp('svelte-vite')));
  after(() => app?.remove());

  test("svelte-check checks the app's markup against health-contacts-elements/svelte", () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('svelte-check rejects the mistakes: a contacts-load and a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('svelte-check', '--tsconfig', './tsconfig.mistake.json', '--output', 'machine');
    assert.equal(checked.ok, false);
    assert.match(checked.stdout, /ERROR "src\/Mistake\.svelte" 7:\d+ "Property 'kind' does not exist/);
    assert.match(checked.stdout, /ERROR "src\/Mistake\.svelte" 8:\d+ "Property 'id' does not exist/);
    assert.match(checked.stdout, /COMPLETED \d+ FILES 2 ERRORS/);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with heading-level={3}; oncontacts-load is called; with editable, a phone edited and saved, oncontact-save is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), edit: true });
    assertContactsShown(seen, { headingLevel: 3 });
    assertPhoneEdited(seen);
  });
});
