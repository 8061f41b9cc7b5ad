// Vitest with happy-dom.
import { readFileSync } from 'node:fs';
import { fireEvent } from '@testing-library/dom';
import { screen } from 'shadow-dom-testing-library';
import { afterEach, expect, test, vi } from 'vitest';
import 'health-contacts-elements';

// happy-dom's own URL stands in for Node's in this environment: read from the project's folder.
const contacts = readFileSync('contacts-full.json', 'utf8');

afterEach(() => {
  document.body.innerHTML = '';
});

test('shows the contacts the API answers, and reports a tap on a phone link', async () => {
  const list = document.createElement('health-contacts-list');
  list.fetch = vi.fn(async () => ({ ok: true, status: 200, text: async () => contacts }));
  const onLoad = vi.fn();
  list.addEventListener('contacts-load', (event) => onLoad(event.detail));
  document.body.append(list);

  await vi.waitFor(() => expect(onLoad).toHaveBeenCalledWith({ emergency: 2, nextOfKin: 2, ignored: 1 }));
  expect(list.fetch).toHaveBeenCalledTimes(1);
  const links = await screen.findAllByShadowRole('link', { name: /^Call primary next of kin/ });
  expect(links.map((link) => link.getAttribute('href'))).toEqual(['tel:+19165550142', 'tel:+19165550199']);

  const onTelClick = vi.fn();
  document.addEventListener('tel-click', (event) => onTelClick(event.detail));
  document.addEventListener('click', (event) => event.preventDefault(), { once: true }); // not followed: a test does not dial
  links[1].click();
  expect(onTelClick).toHaveBeenCalledWith({ role: 'next-of-kin-primary', phone: 'alternate' });
});

test('opens the editor, and sends the changed phone to the service', async () => {
  // The API as the page calls it: the contacts for a read, and a write answered with what it stored.
  const list = document.createElement('health-contacts-list');
  list.setAttribute('editable', '');
  list.fetch = vi.fn(async (url, init = {}) => ({ ok: true, status: 200, text: async () => (init.method === 'PUT' ? init.body : contacts) }));
  const onSave = vi.fn();
  list.addEventListener('contact-save', (event) => onSave(event.detail));
  document.body.append(list);

  (await screen.findByShadowRole('button', { name: 'Edit primary emergency contact' })).click();
  // The contact on file has an address without a country, which the form asks for.
  fireEvent.change(await screen.findByShadowLabelText(/^Country/), { target: { value: 'USA' } });
  fireEvent.input(await screen.findByShadowLabelText(/^Phone number/), { target: { value: '512-555-0199' } });
  (await screen.findByShadowRole('button', { name: 'Save' })).click();

  await vi.waitFor(() => expect(onSave).toHaveBeenCalledWith({ role: 'emergency-primary', action: 'update' }));
  const writes = list.fetch.mock.calls.filter(([, init = {}]) => init.method === 'PUT');
  expect(writes).toHaveLength(1);
  const [url, { headers, body }] = writes[0];
  expect(url).toBe('/v0/profile/contacts/Emergency%20Contact');
  expect(headers).toMatchObject({ 'If-Match': '*' });
  expect(JSON.parse(body).data.attributes).toMatchObject({ primaryPhone: '5125550199', givenName: 'Denise', country: 'USA' });
  // Then every list showing the contacts reads them again.
  await vi.waitFor(() => expect(list.fetch).toHaveBeenCalledTimes(3));
}, 20_000);
