// Vitest with happy-dom.
import { readFileSync } from 'node:fs';
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
  document.addEventListener('click', (event) => event.preventDefault());
  links[1].click();
  expect(onTelClick).toHaveBeenCalledWith({ role: 'next-of-kin-primary', phone: 'alternate' });
});
