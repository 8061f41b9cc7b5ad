// A React 19 app built by Vite, rendered with createRoot, using the React wrappers: `editable` and
// `onContactSave` for the built-in editor.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('React 19 + Vite, rendered with createRoot', () => {
  let app;
  before(() => (app = createHostApp('react19-vite')));
  after(() => app?.remove());

  test('type-checks the app against @types/react 19', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('rejects the mistakes: a contacts-load and a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.deepEqual(checked.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm), ['src/mistake.tsx(5,93): error TS2339', 'src/mistake.tsx(6,102): error TS2339']);
    assert.match(checked.stdout, /Property 'kind' does not exist on type '\{ emergency: number; nextOfKin: number; ignored: number; \}'/);
    assert.match(checked.stdout, /Property 'id' does not exist on type '\{ role: ContactRole; action: "(create|update)" \| "(create|update)"; \}'/);
  });

  test('builds with vite build', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with headingLevel={3}; onContactsLoad is called; with editable, a phone edited and saved, onContactSave is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), edit: true });
    assertContactsShown(seen, { headingLevel: 3 });
    assertPhoneEdited(seen);
  });
});
