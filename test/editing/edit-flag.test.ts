import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContactsService, serviceFetch } from '../../demo/contacts-service.mjs';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { clearContactsCache } from '../../src/data/contacts-cache.js';
import { validateContactForm } from '../../src/editing/validation.js';
import { clearToggleCache } from '../../src/flags/toggles-client.js';
import { loadFixture } from '../fixtures.js';

const full = await loadFixture('contacts-full.json');
const root = (el: Element) => el.shadowRoot!;
const editButtons = (el: HealthContactsList) => root(el).querySelectorAll('[part~="edit-button"]');
let togglesSrc = '';
let serial = 0;

/** A page's API: the toggles endpoint answering `features` (anything else unknown), and the contacts from the stand-in service. */
function api(features: Record<string, boolean | 'fail'>) {
  const contacts = serviceFetch(createContactsService({ document: full, validate: validateContactForm }));
  const toggleRequests: string[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    if (!url.includes('feature_toggles')) return contacts(input, init);
    toggleRequests.push(url);
    const asked = new URL(url, location.href).searchParams.get('features')!.split(',');
    if (asked.some((name) => features[name] === 'fail')) return new Response('', { status: 500 });
    const list = asked.filter((name) => name in features).map((name) => ({ name, value: features[name] }));
    return new Response(JSON.stringify({ data: { type: 'feature_toggles', features: list } }), { headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, toggleRequests };
}

async function loaded(el: HealthContactsList) {
  await waitUntil(() => root(el).querySelectorAll('article').length === 4, 'the contacts never came');
  await aTimeout(50);
  await el.updateComplete;
}

describe('edit-flag', () => {
  beforeEach(() => {
    clearToggleCache();
    clearContactsCache();
    // Each test its own endpoint: the gate keeps answers per endpoint for the page's life.
    togglesSrc = `/v0/feature_toggles-${++serial}`;
  });

  it("asks for the flag with the gate's own, in one toggles request, and shows Edit while it is on", async () => {
    const { fetch, toggleRequests } = api({ profile_contacts: true, profile_contacts_editing: true });
    const page = await fixture<HTMLElement>(html`<flag-gate flag="profile_contacts" src=${togglesSrc} .fetch=${fetch}>
      <health-contacts-list edit-flag="profile_contacts_editing" .fetch=${fetch}></health-contacts-list>
    </flag-gate>`);
    const list = page.querySelector('health-contacts-list')!;
    await loaded(list);
    expect(toggleRequests).to.deep.equal([`${togglesSrc}?features=profile_contacts_editing,profile_contacts`]);
    expect(editButtons(list).length).to.equal(4);
  });

  it('stays read-only while the flag is off, unknown or failing', async () => {
    for (const features of [
      { profile_contacts: true, profile_contacts_editing: false },
      { profile_contacts: true },
    ] as Record<string, boolean>[]) {
      clearToggleCache();
      clearContactsCache();
      const { fetch } = api(features);
      const page = await fixture<HTMLElement>(html`<flag-gate flag="profile_contacts" src=${`${togglesSrc}-${Object.keys(features).length}`} .fetch=${fetch}>
        <health-contacts-list edit-flag="profile_contacts_editing" .fetch=${fetch}></health-contacts-list>
      </flag-gate>`);
      const list = page.querySelector('health-contacts-list')!;
      await loaded(list);
      expect(editButtons(list).length, JSON.stringify(features)).to.equal(0);
    }
  });

  it('asks the default toggles endpoint outside any gate, and fails closed', async () => {
    const asked: string[] = [];
    const contacts = serviceFetch(createContactsService({ document: full, validate: validateContactForm }));
    const fetch = ((input: RequestInfo | URL, init?: RequestInit) => contacts(input, init)) as typeof globalThis.fetch;
    const original = window.fetch;
    window.fetch = (async (input: RequestInfo | URL) => {
      asked.push(String(input));
      return new Response('', { status: 503 });
    }) as typeof window.fetch;
    try {
      const list = await fixture<HealthContactsList>(html`<health-contacts-list edit-flag="profile_contacts_editing" .fetch=${fetch}></health-contacts-list>`);
      await loaded(list);
      expect(asked).to.deep.equal(['/v0/feature_toggles?features=profile_contacts_editing']);
      expect(editButtons(list).length).to.equal(0);
    } finally {
      window.fetch = original;
    }
  });

  it('asks nothing while its gate is off', async () => {
    const { fetch, toggleRequests } = api({ profile_contacts: false, profile_contacts_editing: true });
    const page = await fixture<HTMLElement>(html`<flag-gate flag="profile_contacts" src=${togglesSrc} .fetch=${fetch}>
      <health-contacts-list edit-flag="profile_contacts_editing" .fetch=${fetch}></health-contacts-list>
    </flag-gate>`);
    await waitUntil(() => toggleRequests.length === 1, 'the gate never asked');
    await aTimeout(50);
    // A list added to the closed gate later asks nothing of its own.
    const late = document.createElement('health-contacts-list');
    late.setAttribute('edit-flag', 'profile_contacts_late');
    late.fetch = fetch;
    page.append(late);
    await aTimeout(50);
    expect(toggleRequests).to.deep.equal([`${togglesSrc}?features=profile_contacts_editing,profile_contacts`]);
  });
});
