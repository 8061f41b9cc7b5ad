import { expect } from '@open-wc/testing';
import { forgetCsrfToken, rememberCsrfToken } from '../../src/http/csrf-token.js';
import { ContactWriteError } from '../../src/editing/contact-write-error.js';
import { deleteContact, saveContact, type SaveContactOptions } from '../../src/editing/write-client.js';
import { installControlledClock, type ControlledClock } from '../controlled-clock.js';
import { loadFixture } from '../fixtures.js';
import { respond, respondAtOnce, stubFetch, stuck, type Answer, type Call } from '../stub-fetch.js';

const attributes = {
  contactType: 'Emergency Contact',
  givenName: 'Denise',
  familyName: 'Okafor',
  relationship: 'SISTER',
  primaryPhone: '5125550108',
};

const stored = { data: { id: 'Emergency Contact', type: 'contact', attributes: { ...attributes, middleName: null } } };

const failNetwork: Answer = () => Promise.reject(new TypeError('Failed to fetch'));
/** Never answers at all, like a host API client that ignores the signal. */
const deaf: Answer = () => new Promise(() => {});

const save = (fetch: typeof globalThis.fetch, options: Partial<SaveContactOptions> = {}) =>
  saveContact({ src: '/v0/profile/contacts', contactType: 'Emergency Contact', attributes, action: 'update', fetch, ...options });

const remove = (fetch: typeof globalThis.fetch, options: Partial<SaveContactOptions> = {}) =>
  deleteContact({ src: '/v0/profile/contacts', contactType: 'Emergency Contact', fetch, ...options });

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to fail');
}

async function writeErrorOf(promise: Promise<unknown>): Promise<ContactWriteError> {
  const error = await failureOf(promise);
  expect(error).to.be.instanceOf(ContactWriteError);
  return error as ContactWriteError;
}

const headersOf = (call: Call) => new Headers(call.init.headers);

/** Swaps `window.localStorage` for a getter, as a page with storage blocked has it; returns the undo. */
function replaceLocalStorage(get: () => Storage): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', { get, configurable: true });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

describe('the contact write client', () => {
  beforeEach(() => {
    forgetCsrfToken();
    localStorage.removeItem('csrfToken');
  });
  after(() => {
    forgetCsrfToken();
    localStorage.removeItem('csrfToken');
  });

  describe('saving: PUT {src}/{contactType}', () => {
    it('creates with one PUT that asks for a free slot (If-None-Match: *)', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, { action: 'create' });
      expect(calls).to.have.length(1);
      const [call] = calls;
      expect(call.url).to.equal('/v0/profile/contacts/Emergency%20Contact');
      expect(call.init.method).to.equal('PUT');
      const headers = headersOf(call);
      expect(headers.get('If-None-Match')).to.equal('*');
      expect(headers.has('If-Match')).to.equal(false);
      expect(headers.get('Content-Type')).to.equal('application/json');
      expect(headers.get('Accept')).to.equal('application/json');
      expect(headers.get('X-Key-Inflection')).to.equal('camel');
      expect(call.init.credentials).to.equal('same-origin');
      expect(call.init.signal).to.be.instanceOf(AbortSignal);
    });

    it('replaces with one PUT that asks for a filled slot (If-Match: *)', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, { action: 'update' });
      const headers = headersOf(calls[0]);
      expect(headers.get('If-Match')).to.equal('*');
      expect(headers.has('If-None-Match')).to.equal(false);
    });

    it('sends the contact as a JSON:API resource whose id is its contact type', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, { contactType: 'Other Next of Kin', attributes: { ...attributes, contactType: 'Other Next of Kin' } });
      expect(JSON.parse(calls[0].init.body as string)).to.deep.equal({
        data: { type: 'contact', id: 'Other Next of Kin', attributes: { ...attributes, contactType: 'Other Next of Kin' } },
      });
    });

    it('addresses the slot under src, keeping its query string', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, { src: '/v0/profile/contacts?x=1&y=a%20b', contactType: 'Other emergency contact' });
      await save(fetch, { src: 'https://api.example.org/v0/profile/contacts/' });
      await save(fetch, { src: '/v0/profile/contacts#top', contactType: 'Niece/Nephew?' });
      expect(calls.map((call) => call.url)).to.deep.equal([
        '/v0/profile/contacts/Other%20emergency%20contact?x=1&y=a%20b',
        'https://api.example.org/v0/profile/contacts/Emergency%20Contact',
        '/v0/profile/contacts/Niece%2FNephew%3F',
      ]);
    });

    it('sends the credentials mode it is given', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, { credentials: 'include' });
      expect(calls[0].init.credentials).to.equal('include');
    });

    it('uses window.fetch as it is when the write starts, called without a this', async () => {
      const original = window.fetch;
      const { fetch, calls } = stubFetch(respond(200, stored));
      window.fetch = fetch;
      try {
        await saveContact({ src: '/contacts', contactType: 'Emergency Contact', attributes, action: 'create' });
      } finally {
        window.fetch = original;
      }
      expect(calls.map((call) => call.url)).to.deep.equal(['/contacts/Emergency%20Contact']);
    });

    it('resolves with the contact as the service stored it, in camelCase or snake_case', async () => {
      const { fetch } = stubFetch(
        respond(200, stored),
        respond(200, { data: { id: 'Primary Next of Kin', attributes: { contact_type: 'Primary Next of Kin', given_name: ' Alma ', zip_plus4: '1234' } } }),
      );
      expect(await save(fetch)).to.deep.equal({ id: 'Emergency Contact', ...attributes });
      expect(await save(fetch)).to.deep.equal({ id: 'Primary Next of Kin', contactType: 'Primary Next of Kin', givenName: 'Alma', zipPlus4: '1234' });
    });

    it('resolves with no contact when a successful answer carries none it can read', async () => {
      for (const answer of [respond(200, 'not JSON'), respond(200, { data: [] }), respond(200, 'null'), respond(201, { data: { attributes: 'x' } })]) {
        expect(await save(stubFetch(answer).fetch)).to.equal(undefined);
      }
      const noContent = stubFetch(() => new Response(null, { status: 204 }));
      expect(await save(noContent.fetch)).to.equal(undefined);
    });
  });

  describe('deleting: DELETE {src}/{contactType}', () => {
    it('deletes with one DELETE and no body', async () => {
      const { fetch, calls } = stubFetch(() => new Response(null, { status: 204 }));
      await remove(fetch, { src: '/v0/profile/contacts?x=1', contactType: 'Other Next of Kin' });
      expect(calls).to.have.length(1);
      const [call] = calls;
      expect(call.url).to.equal('/v0/profile/contacts/Other%20Next%20of%20Kin?x=1');
      expect(call.init.method).to.equal('DELETE');
      expect(call.init.body).to.equal(undefined);
      const headers = headersOf(call);
      expect(headers.get('Accept')).to.equal('application/json');
      expect(headers.get('X-Key-Inflection')).to.equal('camel');
      expect(headers.has('Content-Type')).to.equal(false);
      expect(headers.has('If-Match') || headers.has('If-None-Match')).to.equal(false);
    });

    it('counts a 404 as deleted: the slot is empty either way', async () => {
      const { fetch, calls } = stubFetch(respond(404, { errors: [{ status: '404' }] }));
      await remove(fetch);
      expect(calls).to.have.length(1);
    });

    it('fails as a save does otherwise, after one request', async () => {
      const { fetch, calls } = stubFetch(respond(412), respond(500), failNetwork);
      expect(await writeErrorOf(remove(fetch))).to.include({ kind: 'conflict', status: 412 });
      expect(await writeErrorOf(remove(fetch))).to.include({ kind: 'server', status: 500 });
      expect((await writeErrorOf(remove(fetch))).kind).to.equal('network');
      expect(calls).to.have.length(3);
    });
  });

  describe('what each failure gives, after exactly one request', () => {
    for (const [status, kind] of [
      [412, 'conflict'],
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [400, 'server'],
      [404, 'server'],
      [409, 'server'],
      [428, 'server'],
      [429, 'server'],
      [500, 'server'],
      [502, 'server'],
      [503, 'server'],
      [504, 'server'],
    ] as const) {
      it(`${status}: ${kind}, never retried`, async () => {
        const { fetch, calls } = stubFetch(respond(status, { errors: [{ title: 'Denise Okafor 512-555-0108' }] }), respond(200, stored));
        const error = await writeErrorOf(save(fetch));
        expect(error).to.include({ kind, status });
        expect(error.message).to.equal(`contact write failed: ${kind} (${status})`);
        expect(calls).to.have.length(1);
      });
    }

    it('network failure: network, never retried', async () => {
      const { fetch, calls } = stubFetch(failNetwork, respond(200, stored));
      const error = await writeErrorOf(save(fetch));
      expect(error.kind).to.equal('network');
      expect(error.status).to.equal(undefined);
      expect(error.message).to.equal('contact write failed: network');
      expect(calls).to.have.length(1);
    });
  });

  describe('422: validation, each field the service names', () => {
    const refused = (...pointers: unknown[]) =>
      respond(422, { errors: pointers.map((pointer) => ({ title: 'Denise is invalid', detail: 'Denise', code: '100', source: { pointer }, status: '422' })) });

    it('names the fields of the service error fixture, and keeps none of its words', async () => {
      const { fetch, calls } = stubFetch(respond(422, await loadFixture('error-422.json')));
      const error = await writeErrorOf(save(fetch));
      expect(error).to.include({ kind: 'validation', status: 422, general: false });
      expect(error.fields).to.deep.equal(['givenName', 'primaryPhone']);
      expect(error.message).to.equal('contact write failed: validation (422)');
      expect(JSON.stringify({ ...error, message: error.message })).to.not.match(/too long|is invalid|maximum|given-name/i);
      expect(calls).to.have.length(1);
    });

    for (const pointer of [
      'data/attributes/given-name',
      '/data/attributes/given-name',
      'data/attributes/given_name',
      '/data/attributes/given_name',
      'data/attributes/givenName',
      '/data/attributes/givenName',
    ]) {
      it(`reads the pointer ${pointer}`, async () => {
        const error = await writeErrorOf(save(stubFetch(refused(pointer)).fetch));
        expect(error.fields).to.deep.equal(['givenName']);
        expect(error.general).to.equal(false);
      });
    }

    it('reads field names with digits, and ZIP+4 as the ZIP code control', async () => {
      const error = await writeErrorOf(
        save(stubFetch(refused('data/attributes/address-line1', '/data/attributes/address_line2', 'data/attributes/zip-plus4', 'data/attributes/zipPlus4')).fetch),
      );
      expect(error.fields).to.deep.equal(['addressLine1', 'addressLine2', 'zipCode']);
      expect(error.general).to.equal(false);
    });

    it('lists the fields in form order, each once', async () => {
      const error = await writeErrorOf(save(stubFetch(refused('data/attributes/city', 'data/attributes/family-name', 'data/attributes/city')).fetch));
      expect(error.fields).to.deep.equal(['familyName', 'city']);
    });

    it('gives the whole form an error for a pointer it has no control for', async () => {
      for (const pointer of ['data/attributes/favourite-colour', 'data/attributes/contact-type', 'data/attributes/prefix', 'data/id', 'given-name', '', 42, undefined]) {
        const error = await writeErrorOf(save(stubFetch(refused(pointer)).fetch));
        expect(error.fields, String(pointer)).to.deep.equal([]);
        expect(error.general, String(pointer)).to.equal(true);
      }
      const mixed = await writeErrorOf(save(stubFetch(refused('data/attributes/given-name', 'data/attributes/unknown')).fetch));
      expect(mixed).to.include({ general: true });
      expect(mixed.fields).to.deep.equal(['givenName']);
    });

    it('gives the whole form an error when the answer names nothing', async () => {
      for (const body of ['', 'not JSON', { errors: [] }, { errors: 'x' }, { message: 'no' }, 'null']) {
        const error = await writeErrorOf(save(stubFetch(respond(422, body)).fetch));
        expect(error, JSON.stringify(body)).to.include({ kind: 'validation', general: true });
        expect(error.fields).to.deep.equal([]);
      }
    });
  });

  describe('the CSRF token, first found wins', () => {
    const tokenSent = async (options: Partial<SaveContactOptions> = {}) => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch, options);
      return headersOf(calls[0]).get('X-CSRF-Token');
    };
    const remembered = (token: string) => rememberCsrfToken(new Response('', { headers: { 'X-CSRF-Token': token } }));

    it('sends no header when there is no token anywhere', async () => {
      expect(await tokenSent()).to.equal(null);
    });

    it("sends the host's token before any other", async () => {
      remembered('seen');
      localStorage.setItem('csrfToken', 'stored');
      expect(await tokenSent({ csrfToken: 'given' })).to.equal('given');
      expect(await tokenSent({ csrfToken: () => 'from-host' })).to.equal('from-host');
    });

    it("asks the host's function at each write", async () => {
      let asked = 0;
      const csrfToken = () => `token-${++asked}`;
      expect([await tokenSent({ csrfToken }), await tokenSent({ csrfToken })]).to.deep.equal(['token-1', 'token-2']);
    });

    it('goes on to the next source when the host gives nothing usable', async () => {
      remembered('seen');
      for (const csrfToken of ['', '  ', () => undefined, () => null, () => '', () => { throw new Error('host'); }]) {
        expect(await tokenSent({ csrfToken })).to.equal('seen');
      }
    });

    it('sends the newest token a response carried, before the stored one', async () => {
      localStorage.setItem('csrfToken', 'stored');
      remembered('older');
      remembered('newer');
      rememberCsrfToken(new Response(''));
      expect(await tokenSent()).to.equal('newer');
    });

    it('shares the token seen with another copy of the package on the page', async () => {
      // A second instance of the module, as the CDN bundle and the editor module each hold one.
      const copyUrl = `../../src/http/csrf-token.ts?copy=${Math.random()}`;
      const copy = (await import(copyUrl)) as typeof import('../../src/http/csrf-token.js');
      copy.rememberCsrfToken(new Response('', { headers: { 'X-CSRF-Token': 'from-the-bundle' } }));
      expect(await tokenSent()).to.equal('from-the-bundle');
    });

    it("remembers the token of every answer a write gets, a failed one's too", async () => {
      const { fetch } = stubFetch(respond(412, '', { 'X-CSRF-Token': 'after-412' }), respond(200, stored, { 'X-CSRF-Token': 'after-200' }));
      await writeErrorOf(save(fetch));
      expect(await tokenSent()).to.equal('after-412');
      await save(fetch);
      expect(await tokenSent()).to.equal('after-200');
    });

    it('reads localStorage.csrfToken at each write and never writes it', async () => {
      localStorage.setItem('csrfToken', 'first');
      expect(await tokenSent()).to.equal('first');
      localStorage.setItem('csrfToken', 'second');
      const { fetch, calls } = stubFetch(respond(200, stored));
      await save(fetch);
      expect(headersOf(calls[0]).get('X-CSRF-Token')).to.equal('second');
      forgetCsrfToken();
      await save(stubFetch(respond(200, stored, { 'X-CSRF-Token': 'from-response' })).fetch);
      expect(localStorage.getItem('csrfToken')).to.equal('second');
    });

    it('skips a stored value no header can carry', async () => {
      localStorage.setItem('csrfToken', 'a\nb');
      expect(await tokenSent()).to.equal(null);
    });

    it('writes without a token when storage is blocked', async () => {
      const restore = replaceLocalStorage(() => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      });
      try {
        expect(await tokenSent()).to.equal(null);
      } finally {
        restore();
      }
      localStorage.setItem('csrfToken', 'back');
      expect(await tokenSent()).to.equal('back');
    });
  });

  describe('aborted: rejects with the reason, nothing more', () => {
    it('makes no request when already aborted', async () => {
      const { fetch, calls } = stubFetch(respond(200, stored));
      const error = await failureOf(save(fetch, { signal: AbortSignal.abort() }));
      expect(error).to.have.property('name', 'AbortError');
      expect(calls).to.have.length(0);
    });

    it('aborts the request it is waiting for, and makes no other', async () => {
      const { fetch, calls } = stubFetch(stuck);
      const controller = new AbortController();
      const saving = save(fetch, { signal: controller.signal });
      await new Promise((resolve) => setTimeout(resolve, 0));
      controller.abort();
      expect(await failureOf(saving)).to.have.property('name', 'AbortError');
      expect(calls).to.have.length(1);
      expect(calls[0].init.signal?.aborted).to.equal(true);
    });

    it('discards an answer that lands as it is aborted', async () => {
      const controller = new AbortController();
      const { fetch } = stubFetch(() => {
        controller.abort();
        return respond(200, stored)({});
      });
      expect(await failureOf(save(fetch, { signal: controller.signal }))).to.have.property('name', 'AbortError');
    });
  });

  describe('no answer in time: timeout, on a controlled clock', () => {
    let clock: ControlledClock;
    beforeEach(() => {
      clock = installControlledClock();
    });
    afterEach(() => {
      clock.restore();
    });

    function started(promise: Promise<unknown>) {
      const outcome: { value?: unknown; error?: unknown; settled: boolean } = { settled: false };
      promise.then(
        (value) => Object.assign(outcome, { value, settled: true }),
        (error: unknown) => Object.assign(outcome, { error, settled: true }),
      );
      return outcome;
    }

    it('times out after 10,000 ms by default, not a millisecond sooner, and does not retry', async () => {
      const { fetch, calls } = stubFetch(stuck);
      const outcome = started(save(fetch));
      await clock.tick(9_999);
      expect(outcome.settled, 'settled before the timeout').to.equal(false);
      await clock.tick(1);
      expect(outcome.error).to.be.instanceOf(ContactWriteError);
      expect((outcome.error as ContactWriteError).kind).to.equal('timeout');
      expect(calls).to.have.length(1);
      expect(calls[0].init.signal?.aborted).to.equal(true);
      await clock.tick(60_000);
      expect(calls).to.have.length(1);
      expect(clock.pending, 'timers left running').to.deep.equal([]);
    });

    it('waits as long as it is told, even for a fetch that ignores its signal', async () => {
      const { fetch, calls } = stubFetch(deaf);
      const outcome = started(remove(fetch, { timeout: 2_000 }));
      await clock.tick(1_999);
      expect(outcome.settled).to.equal(false);
      await clock.tick(1);
      expect((outcome.error as ContactWriteError).kind).to.equal('timeout');
      expect(calls).to.have.length(1);
    });

    it('falls back to 10,000 ms for a timeout that is not a number of ms', async () => {
      for (const timeout of [NaN, -1, 0, Infinity]) {
        const outcome = started(save(stubFetch(stuck).fetch, { timeout }));
        await clock.tick(9_999);
        expect(outcome.settled, String(timeout)).to.equal(false);
        await clock.tick(1);
        expect((outcome.error as ContactWriteError).kind, String(timeout)).to.equal('timeout');
      }
    });

    it('leaves no timer running once it is done', async () => {
      started(save(stubFetch(respondAtOnce(200, stored)).fetch));
      await clock.tick(0);
      expect(clock.pending, 'after a save').to.deep.equal([]);
      started(save(stubFetch(respondAtOnce(422, { errors: [] })).fetch));
      await clock.tick(0);
      expect(clock.pending, 'after a 422').to.deep.equal([]);
      const aborted = new AbortController();
      started(remove(stubFetch(stuck).fetch, { signal: aborted.signal }));
      await clock.tick(0);
      aborted.abort();
      await clock.tick(0);
      expect(clock.pending, 'after an abort').to.deep.equal([]);
    });

    it('does not turn a done write into a failure when its answer is slow to read', async () => {
      const slowBody = { ok: true, status: 200, headers: new Headers(), text: () => new Promise<string>(() => {}) } as Response;
      const outcome = started(save(stubFetch(() => slowBody).fetch));
      await clock.tick(10_000);
      expect(outcome).to.deep.equal({ settled: true, value: undefined });
    });
  });
});
