// mocha with jsdom 20 globals (mocha-jsdom-setup.mjs); Node's own Response for the stubbed API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import 'health-contacts-elements';

const contacts = readFileSync(new URL('./contacts-full.json', import.meta.url), 'utf8');

describe('the contacts page', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the contacts the API answers', async () => {
    const list = document.createElement('health-contacts-list');
    list.fetch = async () => new Response(contacts, { status: 200, headers: { 'Content-Type': 'application/json' } });
    const loaded = new Promise((resolve) => list.addEventListener('contacts-load', (event) => resolve(event.detail)));
    document.body.append(list);

    assert.deepEqual(await loaded, { emergency: 2, nextOfKin: 2, ignored: 1 });
    await list.updateComplete;
    const headings = [...list.shadowRoot.querySelectorAll('h2')].map((heading) => heading.textContent.trim());
    assert.deepEqual(headings, ['Medical emergency contacts', 'Next of kin contacts']);
    assert.equal(list.shadowRoot.querySelectorAll('a[href^="tel:"]').length, 6);
  });

  it('opens the editor, and sends the changed phone to the service', async () => {
    // The API as the page calls it: the contacts for a read, and a write answered with what it stored.
    const requests = [];
    const list = document.createElement('health-contacts-list');
    list.editable = true;
    list.fetch = async (url, init = {}) => {
      requests.push({ url, method: init.method ?? 'GET', headers: init.headers, body: init.body });
      return new Response(init.method === 'PUT' ? init.body : contacts, { status: 200, headers: { 'Content-Type': 'application/json' } });
    };
    const loaded = new Promise((resolve) => list.addEventListener('contacts-load', resolve, { once: true }));
    const saved = new Promise((resolve) => list.addEventListener('contact-save', (event) => resolve(event.detail)));
    document.body.append(list);
    await loaded;
    await list.updateComplete;

    const root = list.shadowRoot;
    root.querySelector('article[data-role="emergency-primary"] [part~="edit-button"]').click();
    const editor = await waitFor(() => root.querySelector('[part~="editor"]'));
    // The contact on file has an address without a country, which the form asks for.
    change(editor.querySelector('[name="country"]'), 'USA', 'change');
    await list.updateComplete;
    change(editor.querySelector('[name="primaryPhone"]'), '512-555-0199', 'input');
    editor.querySelector('[part~="save-button"]').click();

    assert.deepEqual(await saved, { role: 'emergency-primary', action: 'update' });
    const writes = requests.filter(({ method }) => method !== 'GET');
    assert.equal(writes.length, 1);
    assert.equal(writes[0].url, '/v0/profile/contacts/Emergency%20Contact');
    assert.equal(writes[0].method, 'PUT');
    assert.equal(writes[0].headers['If-Match'], '*');
    const { attributes } = JSON.parse(writes[0].body).data;
    assert.deepEqual([attributes.primaryPhone, attributes.givenName, attributes.country], ['5125550199', 'Denise', 'USA']);
    // Then every list showing the contacts reads them again.
    await waitFor(() => requests.length === 3);
    assert.deepEqual(requests.map(({ method }) => method), ['GET', 'PUT', 'GET']);
    // More than mocha's default 2 s, for a busy machine.
  }).timeout(20_000);

  it('asks before it drops a change: Cancel opens "Cancel changes?", and confirming closes the editor', async () => {
    // jsdom has no showModal or close: the test gives the dialog the two, as a browser has them.
    HTMLDialogElement.prototype.showModal = function showModal() {
      this.open = true;
    };
    HTMLDialogElement.prototype.close = function close(returnValue) {
      if (!this.open) return;
      this.open = false;
      if (returnValue !== undefined) this.returnValue = returnValue;
      this.dispatchEvent(new Event('close'));
    };
    const list = document.createElement('health-contacts-list');
    list.editable = true;
    list.fetch = async () => new Response(contacts, { status: 200, headers: { 'Content-Type': 'application/json' } });
    const cancelled = new Promise((resolve) => list.addEventListener('contact-edit-cancel', (event) => resolve(event.detail)));
    document.body.append(list);
    const root = list.shadowRoot;
    (await waitFor(() => root.querySelector('article[data-role="next-of-kin-secondary"] [part~="edit-button"]'))).click();
    const editor = await waitFor(() => root.querySelector('[part~="editor"]'));
    change(editor.querySelector('[name="city"]'), 'Salem', 'input');
    editor.querySelector('[part~="cancel-button"]').click();

    const dialog = await waitFor(() => root.querySelector('dialog[open]'));
    assert.match(dialog.textContent, /Cancel changes\?/);
    // jsdom does not submit a <form method="dialog">: close the dialog as its "Cancel changes" button would.
    dialog.close('confirm');
    assert.deepEqual(await cancelled, { role: 'next-of-kin-secondary' });
    await waitFor(() => !root.querySelector('[part~="editor"]'));
  }).timeout(20_000);
});

/** Sets a control's value as typing or choosing would, and says so with the event a browser sends. */
function change(control, value, type) {
  control.value = value;
  control.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Resolves with `check()`'s first truthy result, asked again every 10 ms (mocha's own timeout ends a test that waits too long). */
async function waitFor(check) {
  for (;;) {
    const found = check();
    if (found) return found;
    await new Promise((next) => setTimeout(next, 10));
  }
}
