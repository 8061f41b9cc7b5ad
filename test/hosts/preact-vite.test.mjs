// A Preact 10 app built by Vite: the tags in its JSX, typed by health-contacts-elements/preact (no
// react → preact/compat alias), registered before render() so that Preact sets `headingLevel`,
// `fetch`, `rules` and `editable` as properties; `oncontact-save` for the built-in editor.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertHostWiring, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('Preact 10 + Vite, the tags registered before render()', () => {
  let app;
  before(() => (app = createHostApp('preact-vite')));
  after(() => app?.remove());

  test('tsc checks the JSX against health-contacts-elements/preact, libraries included', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('tsc rejects the mistakes: a contacts-load handler reading what the event does not carry, a heading level as a string, a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.deepEqual(checked.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm), [
      'src/mistake.tsx(4,98): error TS2339',
      'src/mistake.tsx(5,44): error TS2322',
      'src/mistake.tsx(6,104): error TS2339',
    ]);
    assert.match(checked.stdout, /error TS2339: Property 'kind' does not exist on type '\{ emergency: number; nextOfKin: number; ignored: number; \}'/);
    assert.match(checked.stdout, /error TS2339: Property 'id' does not exist on type '\{ role: ContactRole; action: "(create|update)" \| "(create|update)"; \}'/);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with headingLevel={3}, fetched by the fetch it set, the gate decided by its rules; its handlers are called; with editable, a phone edited and saved through that fetch, oncontact-save is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), clickPhoneLink: true, edit: true });
    assertContactsShown(seen, { headingLevel: 3 });
    assertHostWiring(seen, { app: 'preact-vite' });
    assertPhoneEdited(seen);
  });
});
