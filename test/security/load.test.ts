import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';

const LISTS = 200;
const NETWORK_DELAY = 30;
const TOGGLES_SRC = '/v0/feature_toggles/load';
const CONTACTS_SRC = '/v0/profile/contacts/load';

describe('a page with 200 gated lists', () => {
  const realFetch = globalThis.fetch;
  let contacts = '';
  let toggles = '';

  before(async () => {
    contacts = JSON.stringify(await loadFixture('contacts-full.json'));
    toggles = JSON.stringify(await loadFixture('feature-toggles.json'));
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  it('makes one contacts request and one toggles request, and shows four cards in every list', async function () {
    // The limit only ends a run that hangs. How long rendering keeps the main thread busy is a
    // figure of the benchmark (`npm run bench`), not something a test can assert on a busy machine.
    this.timeout(60_000);
    const requests: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      requests.push(url);
      await aTimeout(NETWORK_DELAY);
      const body = url.startsWith(TOGGLES_SRC) ? toggles : url === CONTACTS_SRC ? contacts : '';
      return new Response(body, { status: body ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
    }) as typeof globalThis.fetch;

    let loaded = 0;
    // fixtureSync: a test page may run hidden beside another, where animation frames never come.
    const container = fixtureSync<HTMLDivElement>(html`<div @contacts-load=${() => (loaded += 1)}></div>`);
    container.innerHTML = Array.from(
      { length: LISTS },
      () =>
        `<flag-gate flag="profile_contacts" src="${TOGGLES_SRC}"><health-contacts-list src="${CONTACTS_SRC}"></health-contacts-list></flag-gate>`,
    ).join('');
    const lists = [...container.querySelectorAll<HealthContactsList>('health-contacts-list')];
    await waitUntil(() => loaded === LISTS, 'only some lists loaded', { timeout: 30_000 });
    await Promise.all(lists.map((list) => list.updateComplete));

    expect(requests.filter((url) => url.startsWith(CONTACTS_SRC)), 'contacts requests').to.deep.equal([CONTACTS_SRC]);
    expect(requests.filter((url) => url.startsWith(TOGGLES_SRC)), 'toggles requests').to.deep.equal([
      `${TOGGLES_SRC}?features=profile_contacts`,
    ]);
    expect(requests, 'all requests').to.have.length(2);
    const cardCounts = lists.map((list) => list.shadowRoot!.querySelectorAll('article').length);
    expect(cardCounts.filter((count) => count === 4), 'lists showing four cards').to.have.length(LISTS);
    expect(loaded, 'contacts-load events').to.equal(LISTS);
  });

  it('asks again after a failure instead of keeping it, and reload() gets a fresh answer', async () => {
    let contactsRequests = 0;
    let failing = true;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (!url.startsWith('/v0/profile/contacts?load=retry')) return new Response('', { status: 404 });
      contactsRequests += 1;
      return failing ? new Response('{}', { status: 401 }) : new Response(contacts, { status: 200 });
    }) as typeof globalThis.fetch;

    const container = fixtureSync<HTMLDivElement>(html`<div>
      <health-contacts-list src="/v0/profile/contacts?load=retry"></health-contacts-list>
      <health-contacts-list src="/v0/profile/contacts?load=retry"></health-contacts-list>
    </div>`);
    const [first, second] = container.querySelectorAll<HealthContactsList>('health-contacts-list');
    const errorShown = (list: HealthContactsList) => list.shadowRoot!.querySelector('[part="error"]') !== null;
    await waitUntil(() => errorShown(first!) && errorShown(second!), 'no error shown', { timeout: 5_000 });
    expect(contactsRequests, 'one request shared by both lists').to.equal(1);

    failing = false;
    await first!.reload();
    await first!.updateComplete;
    expect(contactsRequests).to.equal(2);
    expect(first!.shadowRoot!.querySelectorAll('article').length).to.equal(4);

    // A third list on the page later reuses the successful answer without asking again.
    const third = document.createElement('health-contacts-list') as HealthContactsList;
    third.src = '/v0/profile/contacts?load=retry';
    container.append(third);
    await waitUntil(() => third.shadowRoot?.querySelectorAll('article').length === 4, 'third list shows nothing', { timeout: 5_000 });
    expect(contactsRequests).to.equal(2);

    await third.reload();
    expect(contactsRequests, 'reload() asks anew').to.equal(3);
  });
});
