import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createContactsService, serviceFetch, type ContactsService } from '../../demo/contacts-service.mjs';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { clearContactsCache } from '../../src/data/contacts-cache.js';
import { forgetCsrfToken } from '../../src/http/csrf-token.js';
import { validateContactForm } from '../../src/editing/validation.js';
import { loadFixture } from '../fixtures.js';

interface Item {
  id?: string;
  type?: string;
  attributes: Record<string, unknown>;
}

const full = await loadFixture<{ data: Item[] }>('contacts-full.json');
const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const editor = (el: HealthContactsList) => root(el).querySelector<HTMLElement>('[part~="editor"]');
const control = <T extends HTMLElement = HTMLInputElement>(el: HealthContactsList, name: string) =>
  editor(el)!.querySelector<T>(`[name="${name}"]`)!;
const button = (el: HealthContactsList, part: string) => root(el).querySelector<HTMLButtonElement>(`[part~="${part}"]`)!;
const editButton = (el: HealthContactsList, role: string) =>
  root(el).querySelector<HTMLButtonElement>(`article[data-role="${role}"] [part~="edit-button"]`);
const status = (el: HealthContactsList) => textOf(root(el).querySelector('[role="status"]'));
const cardText = (el: HealthContactsList, role: string) => textOf(root(el).querySelector(`article[data-role="${role}"]`));

/** Every request the page made, as the service saw it. */
interface Seen {
  method: string;
  url: string;
  headers: Headers;
  body?: string;
}

/** The stand-in service behind a fetch that records each request. */
function serviceBehind(document: unknown = full, options: { csrfToken?: string } = {}) {
  const service: ContactsService = createContactsService({ document, validate: validateContactForm, ...options });
  const answer = serviceFetch(service);
  const seen: Seen[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    seen.push({ method: init.method ?? 'GET', url: String(input), headers: new Headers(init.headers), body: init.body as string | undefined });
    return answer(input, init);
  }) as typeof globalThis.fetch;
  return { service, fetch, seen, writes: () => seen.filter(({ method }) => method !== 'GET') };
}

/** What the page's events said, by name. */
function record(...names: string[]) {
  const events: CustomEvent[] = [];
  const listen = (event: Event) => events.push(event as CustomEvent);
  for (const name of names) document.addEventListener(name, listen);
  return {
    events,
    details: (name: string) => events.filter((event) => event.type === name).map((event) => event.detail),
    stop: () => names.forEach((name) => document.removeEventListener(name, listen)),
  };
}

async function editableList(fetch: typeof globalThis.fetch, attributes = 'editable') {
  const el = await fixture<HealthContactsList>(
    attributes === 'editable'
      ? html`<health-contacts-list editable .fetch=${fetch}></health-contacts-list>`
      : html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`,
  );
  await waitUntil(() => root(el).querySelectorAll('article').length === 4, 'the contacts never came');
  return el;
}

async function openEditor(el: HealthContactsList, role: string) {
  editButton(el, role)!.click();
  await waitUntil(() => editor(el), 'the editor never opened');
  await el.updateComplete;
}

function type(el: HealthContactsList, name: string, value: string) {
  const input = control<HTMLInputElement | HTMLSelectElement>(el, name);
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

async function save(el: HealthContactsList) {
  button(el, 'save-button').click();
  await el.updateComplete;
}

describe('the built-in editor', () => {
  beforeEach(() => {
    clearContactsCache();
    forgetCsrfToken();
  });

  describe('read-only by default', () => {
    it('shows no "Edit" and loads no editor code without editable or edit-flag', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch, 'read-only');
      expect(root(el).querySelectorAll('[part~="edit-button"], [part~="add-button"]').length).to.equal(0);
      const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(loaded.filter((name) => /\/src\/editing\/(editor|contact-editor|write-client)\.ts/.test(name))).to.deep.equal([]);
    });
  });

  describe('opening', () => {
    it('opens in the card\'s place with the contact as on file, focus in the first control', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-primary');
      expect(textOf(editor(el)!.querySelector('h3'))).to.equal('Primary emergency contact');
      expect(control(el, 'givenName').value).to.equal('Denise');
      expect(control(el, 'familyName').value).to.equal('Okafor');
      expect(control<HTMLSelectElement>(el, 'relationship').value).to.equal('SISTER');
      expect(control(el, 'primaryPhone').value).to.equal('512-555-0108 ext. 42');
      await waitUntil(() => root(el).activeElement === control(el, 'givenName'), 'focus is not in the first control');
      // One editor at a time: no other "Edit" or "Add" while it is open.
      expect(root(el).querySelectorAll('[part~="edit-button"], [part~="add-button"]').length).to.equal(0);
      expect(root(el).querySelectorAll('article:not([part~="editor"])').length).to.equal(3);
    });

    it('labels every control as SPEC names it, marks the required ones, and turns name, phone and address autocomplete off', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-primary');
      const labels = [...editor(el)!.querySelectorAll('label')].map((label) => textOf(label));
      expect(labels).to.deep.equal([
        'First name (*Required)',
        'Middle name',
        'Last name (*Required)',
        'Suffix',
        'Relationship (*Required)',
        'Phone number (*Required)',
        'Alternate phone number',
        'Country (*Required)',
        'Street address (*Required)',
        'Street address line 2',
        'Street address line 3',
        'City (*Required)',
        'State (*Required)',
        'ZIP code (*Required)',
      ]);
      for (const field of editor(el)!.querySelectorAll<HTMLInputElement>('input, select')) {
        expect(field.getAttribute('autocomplete'), field.name).to.equal('off');
        expect(field.labels?.length, field.name).to.equal(1);
      }
      expect(editor(el)!.querySelector('form')!.noValidate).to.equal(true);
      expect(editor(el)!.querySelectorAll('[maxlength]').length).to.equal(0);
    });

    it('shows an on-file relationship the list lacks as "(on file)", and the ZIP code joined', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-primary');
      const relationship = control<HTMLSelectElement>(el, 'relationship');
      expect(textOf(relationship.selectedOptions[0])).to.equal('Spouse (on file)');
      expect(control(el, 'zipCode').value).to.equal('95814-1234');
      expect(control<HTMLSelectElement>(el, 'country').options[1].value).to.equal('USA');
    });

    it('keeps its own editor closed when the host cancels contact-edit-request', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('contact-edit-request', cancel);
      const requested = oneEvent(el, 'contact-edit-request');
      editButton(el, 'emergency-primary')!.click();
      const { detail } = await requested;
      await aTimeout(50);
      el.removeEventListener('contact-edit-request', cancel);
      expect(detail).to.deep.equal({ id: '9a2c4e61-7d3b-4f0a-b5c6-1e8f2a3d4b33', role: 'emergency-primary' });
      expect(editor(el)).to.equal(null);
    });

    it('is accessible', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-primary');
      await expect(el).to.be.accessible();
    });
  });

  describe('saving', () => {
    it('sends one PUT with what changed, then shows the server\'s truth with "Update saved." and focus on "Edit"', async () => {
      const { fetch, writes, seen } = serviceBehind(full, { csrfToken: 'token-from-server' });
      const events = record('contact-save', 'contact-save-error', 'contacts-load');
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-primary');
      type(el, 'primaryPhone', '(512) 555-0199');
      type(el, 'country', 'USA');
      await el.updateComplete;
      type(el, 'addressLine1', '77 Lamar Blvd');
      const saved = oneEvent(el, 'contact-save');
      await save(el);
      expect((await saved).detail).to.deep.equal({ role: 'emergency-primary', action: 'update' });
      await waitUntil(() => !editor(el) && cardText(el, 'emergency-primary').includes('512-555-0199'), 'the card never showed the saved phone');
      expect(cardText(el, 'emergency-primary')).to.not.include('410 W Elm St');
      const [put] = writes();
      expect(writes().length).to.equal(1);
      expect(put.method).to.equal('PUT');
      expect(put.url).to.equal('/v0/profile/contacts/Emergency%20Contact');
      expect(put.headers.get('If-Match')).to.equal('*');
      expect(put.headers.get('X-CSRF-Token')).to.equal('token-from-server');
      expect(put.headers.get('X-Key-Inflection')).to.equal('camel');
      expect(JSON.parse(put.body!).data.attributes).to.deep.equal({
        contactType: 'Emergency Contact',
        givenName: 'Denise',
        familyName: 'Okafor',
        relationship: 'SISTER',
        primaryPhone: '5125550199',
        alternatePhone: '+442079460958',
        country: 'USA',
        addressLine1: '77 Lamar Blvd',
        city: 'Austin',
        state: 'TX',
        zipCode: '78701',
      });
      // One fresh read after the write.
      expect(seen.filter(({ method }) => method === 'GET').length).to.equal(2);
      await waitUntil(() => status(el) === 'Update saved.', `status says "${status(el)}"`);
      await waitUntil(() => root(el).activeElement === editButton(el, 'emergency-primary'), 'focus is not on "Edit"');
      expect(events.details('contact-save-error')).to.deep.equal([]);
      events.stop();
    });

    it('shows each error above its control, sends nothing, and moves focus to the first', async () => {
      const { fetch, writes } = serviceBehind();
      const events = record('contact-save-error');
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-secondary');
      type(el, 'givenName', '');
      type(el, 'primaryPhone', '555-0155');
      await save(el);
      expect(writes()).to.deep.equal([]);
      const givenName = control(el, 'givenName');
      expect(givenName.getAttribute('aria-invalid')).to.equal('true');
      const error = root(el).getElementById(givenName.getAttribute('aria-describedby')!)!;
      expect(textOf(error)).to.equal('Error: Enter a first name');
      expect(error.compareDocumentPosition(givenName) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      expect(textOf(root(el).getElementById(control(el, 'primaryPhone').getAttribute('aria-describedby')!))).to.match(/^Error: Enter a 10-digit/);
      // "Friend" is on file but not in the service's list.
      expect(control(el, 'relationship').getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).activeElement).to.equal(givenName);
      expect(events.details('contact-save-error')).to.deep.equal([
        { role: 'emergency-secondary', action: 'update', kind: 'validation', fields: ['givenName', 'relationship', 'primaryPhone'] },
      ]);
      await expect(el).to.be.accessible();
      events.stop();
    });

    it('sends one request however often Save is pressed', async () => {
      const { fetch, writes } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-primary');
      type(el, 'country', 'USA');
      const saveButton = button(el, 'save-button');
      saveButton.click();
      saveButton.click();
      await el.updateComplete;
      expect(saveButton.getAttribute('aria-disabled')).to.equal('true');
      saveButton.click();
      await waitUntil(() => !editor(el), 'the editor never closed');
      expect(writes().length).to.equal(1);
    });

    it('keeps every value as typed when the save fails, says so, and saves on the next try', async () => {
      const { fetch, writes } = serviceBehind();
      let failing = true;
      const flaky = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        init.method === 'PUT' && failing
          ? Promise.resolve(new Response('{"errors":[{"status":"503"}]}', { status: 503 }))
          : fetch(input, init)) as typeof globalThis.fetch;
      const events = record('contact-save-error');
      const el = await editableList(flaky);
      await openEditor(el, 'emergency-secondary');
      type(el, 'relationship', 'UNRELATED FRIEND');
      type(el, 'givenName', 'Marcus James');
      await save(el);
      await waitUntil(() => root(el).querySelector('[part~="editor-failure"]'), 'no failure shown');
      expect(textOf(root(el).querySelector('[part~="editor-failure"]'))).to.include("We couldn't save your changes");
      expect(control(el, 'givenName').value).to.equal('Marcus James');
      expect(control<HTMLSelectElement>(el, 'relationship').value).to.equal('UNRELATED FRIEND');
      expect(events.details('contact-save-error')).to.deep.equal([{ role: 'emergency-secondary', action: 'update', kind: 'server' }]);
      await expect(el).to.be.accessible();
      failing = false;
      await save(el);
      await waitUntil(() => !editor(el) && cardText(el, 'emergency-secondary').includes('Marcus James'), 'never saved');
      // The failed PUT did not reach the service; the second did.
      expect(writes().filter(({ method }) => method === 'PUT').length).to.equal(1);
      events.stop();
    });

    it('puts no typed value, name, phone or address in any event', async () => {
      const { fetch } = serviceBehind();
      const names = ['contact-edit-request', 'contact-save', 'contact-save-error', 'contact-edit-cancel', 'component-library-analytics', 'contacts-load'];
      const events = record(...names);
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-secondary');
      type(el, 'givenName', 'Zebulon');
      type(el, 'primaryPhone', '303-555-0177');
      await save(el);
      type(el, 'relationship', 'WARD');
      await save(el);
      await waitUntil(() => !editor(el), 'never saved');
      const said = JSON.stringify(events.events.map((event) => event.detail));
      for (const secret of ['Zebulon', '303', '0177', 'Marcus', 'Lee', '202', 'WARD', 'Ward']) expect(said, secret).to.not.include(secret);
      events.stop();
    });
  });

  describe('cancelling', () => {
    it('closes at once without changes, focus back on "Edit"', async () => {
      const { fetch } = serviceBehind();
      const events = record('contact-edit-cancel');
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-secondary');
      button(el, 'cancel-button').click();
      await waitUntil(() => !editor(el), 'the editor stayed open');
      expect(root(el).activeElement).to.equal(editButton(el, 'next-of-kin-secondary'));
      expect(events.details('contact-edit-cancel')).to.deep.equal([{ role: 'next-of-kin-secondary' }]);
      events.stop();
    });

    it('asks "Cancel changes?" with changes; "Keep editing" and Escape keep every value', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-secondary');
      type(el, 'city', 'Salem');
      button(el, 'cancel-button').click();
      await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
      const dialog = root(el).querySelector('dialog')!;
      expect(textOf(dialog)).to.include('Cancel changes?');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !root(el).querySelector('dialog'), 'the dialog stayed');
      expect(editor(el)).to.not.equal(null);
      expect(control(el, 'city').value).to.equal('Salem');
      expect(root(el).activeElement).to.equal(button(el, 'cancel-button'));

      button(el, 'cancel-button').click();
      await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
      root(el).querySelector<HTMLButtonElement>('dialog button[value="confirm"]')!.click();
      await waitUntil(() => !editor(el), 'the editor stayed open');
      expect(cardText(el, 'next-of-kin-secondary')).to.include('Portland');
    });
  });

  describe('adding', () => {
    const emergencyOnly = () => ({ data: full.data.filter((item) => item.attributes.contactType === 'Emergency Contact') });

    it('offers "Add secondary …" when only the primary is on file, and "Add next of kin" for an empty group', async () => {
      const { fetch } = serviceBehind(emergencyOnly());
      const el = await fixture<HealthContactsList>(html`<health-contacts-list editable .fetch=${fetch}></health-contacts-list>`);
      await waitUntil(() => root(el).querySelectorAll('article').length === 1, 'never loaded');
      expect([...root(el).querySelectorAll('[part~="add-button"]')].map((node) => textOf(node))).to.deep.equal([
        'Add secondary emergency contact',
        'Add next of kin',
      ]);
    });

    it('creates the first free slot with If-None-Match, then shows the fresh read with focus on its "Edit"', async () => {
      const { fetch, writes } = serviceBehind(emergencyOnly());
      const events = record('contact-edit-request', 'contact-save');
      const el = await fixture<HealthContactsList>(html`<health-contacts-list editable .fetch=${fetch}></health-contacts-list>`);
      await waitUntil(() => root(el).querySelectorAll('article').length === 1, 'never loaded');
      root(el).querySelector<HTMLButtonElement>('section[part~="next-of-kin"] [part~="add-button"]')!.click();
      await waitUntil(() => editor(el), 'the editor never opened');
      expect(control(el, 'givenName').value).to.equal('');
      expect(root(el).querySelector('section[part~="next-of-kin"] [part~="empty"]')).to.equal(null);
      for (const [name, value] of [
        ['givenName', 'Alma'],
        ['familyName', 'Reyes'],
        ['relationship', 'WIFE'],
        ['primaryPhone', '916 555 0142'],
        ['country', 'USA'],
      ]) type(el, name, value);
      await el.updateComplete;
      for (const [name, value] of [
        ['addressLine1', '1221 Maple Grove Rd'],
        ['city', 'Sacramento'],
        ['state', 'CA'],
        ['zipCode', '95814'],
      ]) type(el, name, value);
      await save(el);
      await waitUntil(() => root(el).querySelectorAll('article').length === 2 && !editor(el), 'the new contact never showed');
      const [put] = writes();
      expect(put.url).to.equal('/v0/profile/contacts/Primary%20Next%20of%20Kin');
      expect(put.headers.get('If-None-Match')).to.equal('*');
      expect(put.headers.has('If-Match')).to.equal(false);
      expect(cardText(el, 'next-of-kin-primary')).to.include('Alma Reyes');
      await waitUntil(() => root(el).activeElement === editButton(el, 'next-of-kin-primary'), 'focus is not on the new "Edit"');
      expect(events.details('contact-edit-request')).to.deep.equal([{ role: 'next-of-kin-primary' }]);
      expect(events.details('contact-save')).to.deep.equal([{ role: 'next-of-kin-primary', action: 'create' }]);
      events.stop();
    });

    it('keeps the values and says so when someone filled the slot meanwhile (412), then replaces it on Save', async () => {
      const { fetch, service, writes, seen } = serviceBehind(emergencyOnly());
      const el = await fixture<HealthContactsList>(html`<health-contacts-list editable .fetch=${fetch}></health-contacts-list>`);
      await waitUntil(() => root(el).querySelectorAll('article').length === 1, 'never loaded');
      root(el).querySelector<HTMLButtonElement>('section[part~="emergency"] [part~="add-button"]')!.click();
      await waitUntil(() => editor(el), 'the editor never opened');
      // Filled elsewhere while the person types.
      service.handle({
        method: 'PUT',
        path: '/Other%20emergency%20contact',
        headers: { 'If-None-Match': '*', 'X-Key-Inflection': 'camel' },
        body: JSON.stringify({ data: { type: 'contact', id: 'Other emergency contact', attributes: { contactType: 'Other emergency contact', givenName: 'Ngozi', familyName: 'Okafor', relationship: 'SISTER', primaryPhone: '5125550111' } } }),
      });
      for (const [name, value] of [
        ['givenName', 'Marcus'],
        ['familyName', 'Lee'],
        ['relationship', 'UNRELATED FRIEND'],
        ['primaryPhone', '202-555-0155'],
      ]) type(el, name, value);
      await save(el);
      await waitUntil(() => root(el).querySelector('[part~="editor-failure"]'), 'no failure shown');
      expect(textOf(root(el).querySelector('[part~="editor-failure"]'))).to.include('changed somewhere else');
      // The list read the contacts again; the form stays in the slot, now filled.
      await waitUntil(() => seen.filter(({ method }) => method === 'GET').length === 2, 'the list did not read the contacts again');
      expect(control(el, 'givenName').value).to.equal('Marcus');
      await save(el);
      await waitUntil(() => !editor(el), 'never saved');
      expect(writes().map((write) => write.headers.get('If-Match') ?? `none-match ${write.headers.get('If-None-Match')}`)).to.deep.equal(['none-match *', '*']);
      expect(cardText(el, 'emergency-secondary')).to.include('Marcus Lee');
    });
  });

  describe('deleting', () => {
    it('asks, names who goes and who moves up, then shows the secondary as primary with focus on the heading', async () => {
      const { fetch, writes } = serviceBehind();
      const events = record('contact-delete');
      const el = await editableList(fetch);
      await openEditor(el, 'emergency-primary');
      const deleteButton = button(el, 'delete-button');
      expect(deleteButton.getAttribute('aria-label')).to.equal('Delete primary emergency contact');
      deleteButton.click();
      await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
      const dialog = root(el).querySelector('dialog')!;
      expect(textOf(dialog)).to.equal(
        'Delete this emergency contact? This will delete Denise Okafor. Marcus Lee will become your primary emergency contact. Yes, delete this emergency contact No, cancel',
      );
      await expect(el).to.be.accessible();
      dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click();
      await waitUntil(() => root(el).querySelectorAll('article').length === 3 && !editor(el), 'the contact never went');
      expect(writes().map(({ method, url }) => `${method} ${url}`)).to.deep.equal(['DELETE /v0/profile/contacts/Emergency%20Contact']);
      expect(cardText(el, 'emergency-primary')).to.include('Marcus Lee');
      expect(root(el).querySelector('article[data-role="emergency-secondary"]')).to.equal(null);
      const heading = root(el).querySelector('section[part~="emergency"] > h2');
      await waitUntil(() => root(el).activeElement === heading, 'focus is not on the heading');
      await waitUntil(() => status(el) === 'Emergency contact deleted.', `status says "${status(el)}"`);
      expect(events.details('contact-delete')).to.deep.equal([{ role: 'emergency-primary' }]);
      events.stop();
    });

    it('leaves everything as it was on "No, cancel", focus back on "Delete"', async () => {
      const { fetch, writes } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-secondary');
      button(el, 'delete-button').click();
      await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
      root(el).querySelector<HTMLButtonElement>('dialog button[value="keep"]')!.click();
      await waitUntil(() => !root(el).querySelector('dialog'), 'the dialog stayed');
      expect(writes()).to.deep.equal([]);
      expect(root(el).activeElement).to.equal(button(el, 'delete-button'));
    });
  });

  describe('failures', () => {
    const answering = (fetch: typeof globalThis.fetch, status: number, body: unknown = { errors: [] }) =>
      ((input: RequestInfo | URL, init: RequestInit = {}) =>
        init.method && init.method !== 'GET'
          ? Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
          : fetch(input, init)) as typeof globalThis.fetch;

    it('says to sign in again in a new tab on a 401, keeping the form', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(answering(fetch, 401));
      await openEditor(el, 'next-of-kin-secondary');
      type(el, 'city', 'Salem');
      await save(el);
      await waitUntil(() => root(el).querySelector('[part~="editor-failure"]'), 'no failure shown');
      expect(textOf(root(el).querySelector('[part~="editor-failure"]'))).to.include('Sign in again in a new tab, then select Save here.');
      expect(control(el, 'city').value).to.equal('Salem');
      expect(root(el).activeElement).to.equal(root(el).querySelector('[part~="editor-failure"]'));
    });

    it('shows the fields a 422 names at their controls, in its own words', async () => {
      const { fetch } = serviceBehind();
      const body = { errors: [{ title: 'Given name is too long', source: { pointer: '/data/attributes/given_name' }, status: '422' }] };
      const el = await editableList(answering(fetch, 422, body));
      const events = record('contact-save-error');
      await openEditor(el, 'next-of-kin-secondary');
      await save(el);
      await waitUntil(() => control(el, 'givenName').getAttribute('aria-invalid') === 'true', 'the field was not marked');
      expect(textOf(root(el).getElementById(control(el, 'givenName').getAttribute('aria-describedby')!))).to.equal('Error: Check this entry');
      expect(textOf(editor(el))).to.not.include('too long');
      expect(events.details('contact-save-error')).to.deep.equal([{ role: 'next-of-kin-secondary', action: 'update', kind: 'validation', fields: ['givenName'] }]);
      events.stop();
    });

    it('renders nothing and throws nothing when the list is removed mid-save', async () => {
      const { fetch } = serviceBehind();
      let answer!: () => void;
      const held = ((input: RequestInfo | URL, init: RequestInit = {}) =>
        init.method === 'PUT' ? new Promise<Response>((resolve) => (answer = () => resolve(new Response('{}', { status: 200 })))) : fetch(input, init)) as typeof globalThis.fetch;
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onError);
      const el = await editableList(held);
      const events = record('contact-save', 'contact-save-error');
      await openEditor(el, 'next-of-kin-secondary');
      await save(el);
      await waitUntil(() => answer, 'the save never left');
      el.remove();
      answer();
      await aTimeout(100);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
      expect(errors).to.deep.equal([]);
      expect(events.events).to.deep.equal([]);
      events.stop();
    });

    it('asks before the page is left with unsaved changes, and not without', async () => {
      const { fetch } = serviceBehind();
      const el = await editableList(fetch);
      await openEditor(el, 'next-of-kin-secondary');
      const leave = () => {
        const event = new Event('beforeunload', { cancelable: true });
        window.dispatchEvent(event);
        return event.defaultPrevented;
      };
      expect(leave(), 'nothing changed yet').to.equal(false);
      type(el, 'city', 'Salem');
      expect(leave(), 'with a change').to.equal(true);
      type(el, 'city', 'Portland');
      expect(leave(), 'changed back').to.equal(false);
    });
  });

  describe('two lists on one page', () => {
    it('both show the saved contact after one shared fresh read', async () => {
      const { fetch, seen } = serviceBehind();
      const page = await fixture<HTMLElement>(html`<div>
        <health-contacts-list editable .fetch=${fetch}></health-contacts-list>
        <health-contacts-list .fetch=${fetch}></health-contacts-list>
      </div>`);
      const [first, second] = page.querySelectorAll('health-contacts-list');
      await waitUntil(() => root(second).querySelectorAll('article').length === 4, 'never loaded');
      expect(seen.filter(({ method }) => method === 'GET').length).to.equal(1);
      await openEditor(first, 'emergency-secondary');
      type(first, 'relationship', 'UNRELATED FRIEND');
      type(first, 'familyName', 'Lee-Park');
      await save(first);
      await waitUntil(() => cardText(second, 'emergency-secondary').includes('Lee-Park'), 'the other list never showed it');
      expect(cardText(first, 'emergency-secondary')).to.include('Lee-Park');
      expect(seen.map(({ method }) => method)).to.deep.equal(['GET', 'PUT', 'GET']);
    });
  });
});
