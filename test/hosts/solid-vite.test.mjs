// A Solid app built by Vite: the tags in its JSX, typed by health-contacts-elements/solid, with
// `attr:heading-level`, `prop:fetch`, `prop:rules`, `prop:editable` and `on:` handlers
// (`on:contact-save` for the built-in editor).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertHostWiring, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('Solid + Vite', () => {
  let app;
  before(() => (app = createHostApp('solid-vite')));
  after(() => app?.remove());

  test('tsc checks the JSX against health-contacts-elements/solid, libraries included', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('tsc rejects the mistakes: a handler reading what the event does not carry, a heading level as a string, a plain camelCase name, a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.deepEqual(checked.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm), [
      'src/mistake.tsx(5,99): error TS2339',
      'src/mistake.tsx(6,44): error TS2322',
      'src/mistake.tsx(7,48): error TS2322',
      'src/mistake.tsx(8,117): error TS2339',
    ]);
    assert.match(checked.stdout, /error TS2339: Property 'id' does not exist on type '\{ role: ContactRole; action: "(create|update)" \| "(create|update)"; \}'/);
    assert.match(checked.stdout, /error TS2339: Property 'kind' does not exist on type '\{ emergency: number; nextOfKin: number; ignored: number; \}'/);
    assert.match(checked.stdout, /Property 'headingLevel' does not exist on type/);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with attr:heading-level={4}, fetched by its prop:fetch, the gate decided by its prop:rules; its on: handlers are called; with prop:editable, a phone edited and saved through that fetch, on:contact-save is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), clickPhoneLink: true, edit: true });
    assertContactsShown(seen, { headingLevel: 4 });
    assertHostWiring(seen, { app: 'solid-vite' });
    assertPhoneEdited(seen);
  });
});
