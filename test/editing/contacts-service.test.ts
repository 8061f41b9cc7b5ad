import { expect } from '@open-wc/testing';
import { createContactsService, FAILURES, serviceFetch, type ContactsService } from '../../demo/contacts-service.mjs';
import { forgetCsrfToken, rememberCsrfToken } from '../../src/http/csrf-token.js';
import { ContactWriteError } from '../../src/editing/contact-write-error.js';
import { validateContactForm, type FieldErrors, type FormValues } from '../../src/editing/validation.js';
import { deleteContact, saveContact } from '../../src/editing/write-client.js';
import { loadFixture } from '../fixtures.js';

interface ValidationCase {
  name: string;
  contactType: string;
  input: FormValues;
  errors: FieldErrors;
  sent?: Record<string, string>;
}

interface Item {
  id?: string;
  attributes: Record<string, unknown>;
}

const { cases } = await loadFixture<{ cases: ValidationCase[] }>('edit-validation-vectors.json');
const full = await loadFixture<{ data: Item[] }>('contacts-full.json');
const EMPTY = { data: [] };
const CAMEL = { 'X-Key-Inflection': 'camel' };

const denise = {
  contactType: 'Emergency Contact',
  givenName: 'Denise',
  familyName: 'Okafor',
  relationship: 'SISTER',
  primaryPhone: '5125550108',
};

const serviceOf = (document: unknown = EMPTY, options: { csrfToken?: string; snakeCase?: boolean } = {}) =>
  createContactsService({ document, validate: validateContactForm, ...options });

/** A PUT of a contact into a slot, as the write client sends it. */
function put(service: ContactsService, contactType: string, attributes: object, precondition: 'create' | 'update', headers = {}) {
  return service.handle({
    method: 'PUT',
    path: `/${encodeURIComponent(contactType)}`,
    headers: { ...CAMEL, [precondition === 'create' ? 'If-None-Match' : 'If-Match']: '*', ...headers },
    body: JSON.stringify({ data: { type: 'contact', id: contactType, attributes: { ...attributes, contactType } } }),
  });
}

const remove = (service: ContactsService, contactType: string, headers = {}) =>
  service.handle({ method: 'DELETE', path: `/${encodeURIComponent(contactType)}`, headers });

/** What a fresh GET shows: each stored contact's type and given name, in the service's order. */
function onFile(service: ContactsService): string[] {
  const answer = service.handle({ path: '', headers: CAMEL });
  const { data } = answer.fault ? { data: [] } : (answer.body as { data: Item[] });
  return data.map((item) => `${String(item.attributes.contactType)}: ${String(item.attributes.givenName)}`);
}

const statusOf = (answer: ReturnType<ContactsService['handle']>) => (answer.fault ? answer.fault : answer.status);
const bodyOf = (answer: ReturnType<ContactsService['handle']>) => (answer.fault ? undefined : (answer.body as any));
const pointer = (field: string) => `data/attributes/${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

describe('the stand-in contacts service', () => {
  describe('reading', () => {
    it('answers the document with snake_case keys unless asked for camelCase, as the service does', () => {
      const service = serviceOf(full);
      const snake = bodyOf(service.handle({ path: '' }));
      expect(snake.data[0].attributes.given_name).to.equal('Alma');
      expect(snake.data[0].attributes.address_line1).to.equal('1221 Maple Grove Rd');
      expect(bodyOf(service.handle({ path: '', headers: CAMEL }))).to.deep.equal(full);
    });

    it('reads without a validation, and answers every write 503', () => {
      const service = createContactsService({ document: full });
      expect(statusOf(service.handle({ path: '' }))).to.equal(200);
      expect(statusOf(put(service, 'Emergency Contact', denise, 'update'))).to.equal(503);
      expect(statusOf(remove(service, 'Emergency Contact'))).to.equal(503);
    });

    it('answers snake_case whatever is asked when told to', () => {
      const snake = bodyOf(serviceOf(full, { snakeCase: true }).handle({ path: '/', headers: CAMEL }));
      expect(snake.data[0].attributes).to.include({ contact_type: 'Primary Next of Kin', zip_plus4: '1234' });
    });

    it('keeps what a caller does to an answer away from what it holds', () => {
      const service = serviceOf(full);
      bodyOf(service.handle({ path: '', headers: CAMEL })).data.length = 0;
      expect(onFile(service)).to.have.length(5);
    });
  });

  describe('slot rules: at most one contact per contact type', () => {
    it('creates a contact in a free slot, stored under its contact type', () => {
      const service = serviceOf();
      const answer = put(service, 'Emergency Contact', denise, 'create');
      expect(statusOf(answer)).to.equal(200);
      expect(bodyOf(answer)).to.deep.equal({ data: { id: 'Emergency Contact', type: 'contact', attributes: denise } });
      expect(onFile(service)).to.deep.equal(['Emergency Contact: Denise']);
    });

    it('refuses to create into a slot filled meanwhile: 412, and keeps the contact on file', () => {
      const service = serviceOf();
      put(service, 'Emergency Contact', denise, 'create');
      const answer = put(service, 'Emergency Contact', { ...denise, givenName: 'Marcus' }, 'create');
      expect(statusOf(answer)).to.equal(412);
      expect(onFile(service)).to.deep.equal(['Emergency Contact: Denise']);
    });

    it('refuses to replace a contact deleted meanwhile: 412', () => {
      const service = serviceOf(full);
      remove(service, 'Other emergency contact');
      expect(statusOf(put(service, 'Other emergency contact', denise, 'update'))).to.equal(412);
      expect(onFile(service)).to.not.include.members(['Other emergency contact: Denise']);
    });

    it('replaces the contact in a filled slot, in its place', () => {
      const service = serviceOf(full);
      expect(statusOf(put(service, 'Emergency Contact', { ...denise, givenName: 'Dee' }, 'update'))).to.equal(200);
      expect(onFile(service).filter((line) => line.startsWith('Emergency Contact'))).to.deep.equal(['Emergency Contact: Dee']);
      expect(onFile(service)).to.have.length(5);
    });

    it('finds a slot by its contact type trimmed and in any case, as the page does', () => {
      const service = serviceOf({ data: [{ id: 'e1', type: 'contact', attributes: { contactType: '  emergency CONTACT ', givenName: 'Old' } }] });
      expect(statusOf(put(service, 'Emergency Contact', denise, 'create'))).to.equal(412);
      expect(statusOf(put(service, 'Emergency Contact', denise, 'update'))).to.equal(200);
      expect(onFile(service)).to.deep.equal(['Emergency Contact: Denise']);
    });

    it('stores a secondary saved while the primary slot is empty as the primary', () => {
      const service = serviceOf();
      const answer = put(service, 'Other emergency contact', denise, 'create');
      expect(statusOf(answer)).to.equal(200);
      expect(bodyOf(answer).data).to.include({ id: 'Emergency Contact' });
      expect(bodyOf(answer).data.attributes.contactType).to.equal('Emergency Contact');
      put(service, 'Other emergency contact', { ...denise, givenName: 'Marcus' }, 'create');
      expect(onFile(service)).to.deep.equal(['Emergency Contact: Denise', 'Other emergency contact: Marcus']);
    });

    it('moves the secondary up when the primary is deleted', () => {
      const service = serviceOf(full);
      expect(statusOf(remove(service, 'Emergency Contact'))).to.equal(204);
      const emergency = onFile(service).filter((line) => /emergency/i.test(line));
      expect(emergency).to.deep.equal(['Emergency Contact: Marcus']);
      const moved = bodyOf(service.handle({ path: '', headers: CAMEL })).data.find((item: Item) => item.attributes.givenName === 'Marcus');
      expect(moved.id).to.equal('Emergency Contact');
    });

    it('empties the slot when a primary with no secondary is deleted', () => {
      const service = serviceOf();
      put(service, 'Primary Next of Kin', { ...denise, country: 'USA', addressLine1: '1 Elm St', city: 'Austin', state: 'TX', zipCode: '78701' }, 'create');
      expect(statusOf(remove(service, 'Primary Next of Kin'))).to.equal(204);
      expect(onFile(service)).to.deep.equal([]);
    });

    it('leaves the primary alone when the secondary is deleted', () => {
      const service = serviceOf(full);
      expect(statusOf(remove(service, 'Other Next of Kin'))).to.equal(204);
      expect(onFile(service).filter((line) => /kin/i.test(line))).to.deep.equal(['Primary Next of Kin: Alma']);
    });

    it('answers 404 to deleting an empty slot', () => {
      const service = serviceOf();
      expect(statusOf(remove(service, 'Emergency Contact'))).to.equal(404);
      expect(statusOf(remove(service, 'Other Next of Kin'))).to.equal(404);
    });

    it('answers 404 for a contact type it does not know', () => {
      const service = serviceOf(full);
      for (const path of ['/Power%20of%20Attorney', '/emergency%20contact', '/Emergency%20Contact/x', '/%E0%A4%A']) {
        expect(statusOf(service.handle({ method: 'DELETE', path })), path).to.equal(404);
        expect(statusOf(service.handle({ method: 'PUT', path, headers: { 'If-Match': '*' }, body: '{}' })), path).to.equal(404);
      }
      expect(onFile(service)).to.have.length(5);
    });

    it('asks a write to say whether it creates or replaces: 428', () => {
      const answer = serviceOf().handle({ method: 'PUT', path: '/Emergency%20Contact', body: JSON.stringify({ data: { attributes: denise } }) });
      expect(statusOf(answer)).to.equal(428);
    });

    it('allows reading the list, and writing a slot', () => {
      const service = serviceOf();
      const list = service.handle({ method: 'POST', path: '' });
      const slot = service.handle({ method: 'GET', path: '/Emergency%20Contact' });
      expect([statusOf(list), statusOf(slot)]).to.deep.equal([405, 405]);
      expect(list.fault ? undefined : list.headers.Allow).to.equal('GET, HEAD');
      expect(slot.fault ? undefined : slot.headers.Allow).to.equal('PUT, DELETE');
    });
  });

  describe('checking a write with the editor validation', () => {
    for (const vector of cases) {
      it(`through PUT: ${vector.name}`, () => {
        const service = serviceOf(full);
        const before = onFile(service);
        const answer = put(service, vector.contactType, vector.input, 'update');
        if (vector.sent) {
          expect(statusOf(answer)).to.equal(200);
          expect(bodyOf(answer).data.attributes).to.deep.equal(vector.sent);
        } else {
          expect(statusOf(answer)).to.equal(422);
          const pointers = bodyOf(answer).errors.map((error: { source: { pointer: string } }) => error.source.pointer);
          expect(pointers).to.have.members(Object.keys(vector.errors).map(pointer));
          expect(onFile(service)).to.deep.equal(before);
        }
      });
    }

    it('answers 422 in the service shape: kebab-case pointers, its own English words', async () => {
      const answer = put(serviceOf(full), 'Emergency Contact', { ...denise, givenName: 'A'.repeat(26), primaryPhone: '12' }, 'update');
      const fixture = await loadFixture<{ errors: { title: string; source: unknown; code: string; status: string }[] }>('error-422.json');
      const { errors } = bodyOf(answer);
      expect(errors.map(({ source, code, status }: (typeof fixture.errors)[number]) => ({ source, code, status }))).to.deep.equal(
        fixture.errors.map(({ source, code, status }) => ({ source, code, status })),
      );
      for (const error of errors) expect(error.title).to.be.a('string').and.not.empty;
    });

    it('sends back the prefix a write carries', () => {
      const answer = put(serviceOf(), 'Emergency Contact', { ...denise, prefix: 'Mrs.' }, 'create');
      expect(bodyOf(answer).data.attributes.prefix).to.equal('Mrs.');
    });

    it('refuses a value that is not a string at its pointer, and a contact type or id not of the slot', () => {
      const service = serviceOf();
      const mistyped = put(service, 'Emergency Contact', { ...denise, givenName: 42, city: ['Austin'] }, 'create');
      expect(bodyOf(mistyped).errors.map((error: any) => error.source.pointer)).to.have.members([pointer('givenName'), pointer('city')]);
      const elsewhere = service.handle({
        method: 'PUT',
        path: '/Emergency%20Contact',
        headers: { 'If-None-Match': '*' },
        body: JSON.stringify({ data: { id: 'Other Next of Kin', attributes: { ...denise, contactType: 'Other Next of Kin' } } }),
      });
      expect(bodyOf(elsewhere).errors.map((error: any) => error.source.pointer)).to.have.members(['data/id', pointer('contactType')]);
      expect(onFile(service)).to.deep.equal([]);
    });

    it('answers 400 to a body that is not a JSON:API contact', () => {
      for (const body of ['', 'not JSON', '{}', '{"data":{"attributes":[]}}']) {
        const answer = serviceOf().handle({ method: 'PUT', path: '/Emergency%20Contact', headers: { 'If-None-Match': '*' }, body });
        expect(statusOf(answer), body).to.equal(400);
      }
    });

    it('names the same fields to the write client as the form finds in error', async () => {
      const values = { ...denise, familyName: 'O', relationship: 'Spouse', zipCode: '1' };
      const fetch = serviceFetch(serviceOf(full));
      const error = await saveContact({ src: '/v0/profile/contacts', contactType: 'Emergency Contact', attributes: values, action: 'update', fetch }).catch(
        (failure: unknown) => failure,
      );
      expect(error).to.be.instanceOf(ContactWriteError);
      expect(error).to.include({ kind: 'validation', general: false });
      expect((error as ContactWriteError).fields).to.deep.equal(Object.keys(validateContactForm('Emergency Contact', values).errors));
    });
  });

  describe('the CSRF token', () => {
    afterEach(() => forgetCsrfToken());

    it('hands out its token on every answer and refuses a write without it: 403', () => {
      const service = serviceOf(EMPTY, { csrfToken: 'token-1' });
      const read = service.handle({ path: '' });
      expect(read.fault ? undefined : read.headers['X-CSRF-Token']).to.equal('token-1');
      expect(statusOf(put(service, 'Emergency Contact', denise, 'create'))).to.equal(403);
      expect(statusOf(put(service, 'Emergency Contact', denise, 'create', { 'X-CSRF-Token': 'stale' }))).to.equal(403);
      expect(statusOf(remove(service, 'Emergency Contact'))).to.equal(403);
      expect(onFile(service)).to.deep.equal([]);
      expect(statusOf(put(service, 'Emergency Contact', denise, 'create', { 'X-CSRF-Token': 'token-1' }))).to.equal(200);
    });

    it('lets the write client save with the token a read handed out, and only with it', async () => {
      const service = serviceOf(EMPTY, { csrfToken: 'token-2' });
      const fetch = serviceFetch(service);
      const write = { src: '/v0/profile/contacts', contactType: 'Emergency Contact', attributes: denise, fetch } as const;
      const refused = await saveContact({ ...write, action: 'create', csrfToken: 'stale' }).catch((error: unknown) => error);
      expect(refused).to.include({ kind: 'forbidden', status: 403 });
      forgetCsrfToken();
      // What the package's reads do with every answer they get.
      rememberCsrfToken(await fetch('/v0/profile/contacts'));
      expect(await saveContact({ ...write, action: 'create' })).to.include({ givenName: 'Denise' });
      await deleteContact(write);
      expect(onFile(service)).to.deep.equal([]);
    });
  });

  describe('failures on request, for trying the editor', () => {
    for (const failure of FAILURES.filter((each) => /^\d+$/.test(each))) {
      it(`answers ${failure} to a write asked to fail so, by header or by query, and changes nothing`, () => {
        const service = serviceOf(full);
        const byHeader = put(service, 'Emergency Contact', denise, 'update', { 'X-Stand-In-Fail': failure });
        const byQuery = service.handle({ method: 'DELETE', path: `/Emergency%20Contact?scenario=full&fail=${failure}` });
        expect([statusOf(byHeader), statusOf(byQuery)]).to.deep.equal([Number(failure), Number(failure)]);
        expect(onFile(service)).to.deep.equal(onFile(serviceOf(full)));
      });
    }

    it('gives the 422 of the service error fixture', async () => {
      const fixture = await loadFixture<{ errors: { source: unknown }[] }>('error-422.json');
      const answer = put(serviceOf(full), 'Emergency Contact', denise, 'update', { 'X-Stand-In-Fail': '422' });
      expect(bodyOf(answer).errors.map((error: { source: unknown }) => error.source)).to.deep.equal(fixture.errors.map((error) => error.source));
    });

    it('never answers, or drops the connection, when asked to', () => {
      const service = serviceOf(full);
      expect(put(service, 'Emergency Contact', denise, 'update', { 'X-Stand-In-Fail': 'timeout' })).to.deep.equal({ fault: 'timeout' });
      expect(remove(service, 'Emergency Contact', { 'X-Stand-In-Fail': 'network' })).to.deep.equal({ fault: 'network' });
    });

    it('reads the list as usual whatever failure is asked for', () => {
      const answer = serviceOf(full).handle({ path: '?fail=500', headers: { 'X-Stand-In-Fail': 'network' } });
      expect(statusOf(answer)).to.equal(200);
    });

    it('gives the write client each kind of failure', async () => {
      const fetch = serviceFetch(serviceOf(full));
      const kinds: string[] = [];
      for (const failure of FAILURES) {
        const src = `/v0/profile/contacts?fail=${failure}`;
        const error = await saveContact({ src, contactType: 'Emergency Contact', attributes: denise, action: 'update', fetch, timeout: 50 }).catch(
          (failed: unknown) => failed,
        );
        kinds.push((error as ContactWriteError).kind);
      }
      expect(kinds).to.deep.equal(['server', 'server', 'unauthorized', 'forbidden', 'conflict', 'validation', 'timeout', 'network']);
    });
  });
});
