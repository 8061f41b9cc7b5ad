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
});
