// VA.gov's shape: React 17 with ReactDOM.render, webpack 5 and Babel, using the React wrappers:
// `editable` and `onContactSave` for the built-in editor, which webpack splits into a chunk of its own.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { assertContactsShown, assertPhoneEdited, visitHostApp } from './contacts-page.mjs';
import { createHostApp, output } from './host-app.mjs';

describe('React 17 + webpack 5 + Babel, rendered with ReactDOM.render', () => {
  let app;
  before(() => (app = createHostApp('react17-webpack')));
  after(() => app?.remove());

  test('installs the package with no flag: React 17 is in its peer range', () => {
    const { ok, stdout, stderr } = app.exec('npm', 'ls', 'health-contacts-elements', 'react', '@types/react');
    assert.ok(ok, `npm ls reported:\n${stdout}\n${stderr}`);
    assert.match(stdout, /react@17\./);
  });

  test('type-checks the app against @types/react 17', () => {
    const checked = app.npmRun('typecheck');
    assert.ok(checked.ok, output(checked));
  });

  test('rejects the mistakes: a heading level given as a string, a contact-save handler reading what the event does not carry', () => {
    const checked = app.exec('tsc', '-p', 'tsconfig.mistake.json');
    assert.equal(checked.ok, false);
    assert.deepEqual(checked.stdout.match(/^\S+\(\d+,\d+\): error TS\d+/gm), ['src/mistake.tsx(5,41): error TS2322', 'src/mistake.tsx(6,102): error TS2339']);
    assert.match(checked.stdout, /Property 'id' does not exist on type '\{ role: ContactRole; action: "(create|update)" \| "(create|update)"; \}'/);
  });

  test('builds with webpack', () => {
    const built = app.npmRun('build');
    assert.ok(built.ok, output(built));
  });

  test('shows the four contacts with headingLevel={3}; onContactsLoad is called; with editable, a phone edited and saved, onContactSave is called', async () => {
    const seen = await visitHostApp({ root: join(app.dir, 'dist'), edit: true });
    assertContactsShown(seen, { headingLevel: 3 });
    assertPhoneEdited(seen);
  });
});
