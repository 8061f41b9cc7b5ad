// Jest 29 with jest-environment-jsdom (jsdom 20), as VA.gov-style hosts run their unit tests.
import 'health-contacts-elements';
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
  document.addEventListener('click', (event) => event.preventDefault()); // jsdom cannot dial
  links[0].click();
  expect(events).toEqual([
    { name: 'tel-click', detail: { role: 'emergency-primary', phone: 'primary' } },
    {
      name: 'component-library-analytics',
      detail: { componentName: 'va-telephone', action: 'click', details: { role: 'emergency-primary', phone: 'primary' }, version: expect.any(String) },
    },
  ]);
});
