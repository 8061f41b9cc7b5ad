// Jest 29 with jest-environment-jsdom (jsdom 20), as VA.gov-style hosts run their unit tests.
import 'health-contacts-elements';
import { fireEvent, waitFor } from '@testing-library/dom';
import { screen } from 'shadow-dom-testing-library';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// jsdom has no fetch: the list is handed a stub that answers like the profile service.
const contacts = readFileSync(join(__dirname, 'contacts-full.json'), 'utf8');
const fetchStub = async () => ({ ok: true, status: 200, text: async () => contacts });

afterEach(() => {
  document.body.innerHTML = '';
});

test('shows the contacts the API answers, and reports a tap on a phone link', async () => {
  const list = document.createElement('health-contacts-list');
  list.fetch = fetchStub;
  const loaded = new Promise((resolve) => list.addEventListener('contacts-load', (event) => resolve(event.detail)));
  document.body.append(list);

  expect(await loaded).toEqual({ emergency: 2, nextOfKin: 2, ignored: 1 });
  const links = await screen.findAllByShadowRole('link', { name: /^Call primary emergency contact/ });
  expect(links[0].getAttribute('href')).toBe('tel:+15125550108,42');

  const events = [];
  for (const name of ['tel-click', 'component-library-analytics']) {
    document.addEventListener(name, (event) => events.push({ name, detail: event.detail }));
  }
  document.addEventListener('click', (event) => event.preventDefault(), { once: true }); // jsdom cannot dial
  links[0].click();
  expect(events).toEqual([
    { name: 'tel-click', detail: { role: 'emergency-primary', phone: 'primary' } },
    {
      name: 'component-library-analytics',
      detail: { componentName: 'va-telephone', action: 'click', details: { role: 'emergency-primary', phone: 'primary' }, version: expect.any(String) },
    },
  ]);
});

test('opens the editor, and sends the changed phone to the service', async () => {
  // The API as the page calls it: the contacts for a read, and a write answered with what it stored.
  const requests = [];
  const list = document.createElement('health-contacts-list');
  list.editable = true;
  list.fetch = async (url, init = {}) => {
    requests.push({ url, method: init.method ?? 'GET', headers: init.headers, body: init.body });
    return { ok: true, status: 200, text: async () => (init.method === 'PUT' ? init.body : contacts) };
  };
  const saved = new Promise((resolve) => list.addEventListener('contact-save', (event) => resolve(event.detail)));
  document.body.append(list);

  (await screen.findByShadowRole('button', { name: 'Edit primary emergency contact' })).click();
  // The contact on file has an address without a country, which the form asks for.
  fireEvent.change(await screen.findByShadowLabelText(/^Country/), { target: { value: 'USA' } });
  fireEvent.input(await screen.findByShadowLabelText(/^Phone number/), { target: { value: '512-555-0199' } });
  (await screen.findByShadowRole('button', { name: 'Save' })).click();

  expect(await saved).toEqual({ role: 'emergency-primary', action: 'update' });
  const writes = requests.filter(({ method }) => method !== 'GET');
  expect(writes).toHaveLength(1);
  expect(writes[0].url).toBe('/v0/profile/contacts/Emergency%20Contact');
  expect(writes[0].method).toBe('PUT');
  expect(writes[0].headers).toMatchObject({ 'If-Match': '*' });
  expect(JSON.parse(writes[0].body).data.attributes).toMatchObject({ primaryPhone: '5125550199', givenName: 'Denise', country: 'USA' });
  // Then every list showing the contacts reads them again.
  await waitFor(() => expect(requests.map(({ method }) => method)).toEqual(['GET', 'PUT', 'GET']));
  // Longer than Jest's default 5 s: the first Edit has Jest transform the editor's modules, and
  // queries by role go through every element of the form (its country list has some 250 options).
}, 20_000);
