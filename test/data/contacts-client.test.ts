import { expect } from '@open-wc/testing';
import { fetchContacts, type FetchContactsOptions } from '../../src/data/contacts-client.js';
import { ContactsError } from '../../src/data/contacts-error.js';
import type { ContactGroups } from '../../src/data/parse-contacts.js';
import { loadFixture } from '../fixtures.js';
import { installControlledClock, type ControlledClock } from '../controlled-clock.js';
import { respond as answer, respondAtOnce as answerAtOnce, stubFetch, stuck, type Answer } from '../stub-fetch.js';

/** Never answers at all, like a host API client that ignores the signal. */
const deaf: Answer = () => new Promise(() => {});

const failNetwork: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

const load = (fetch: typeof globalThis.fetch, options: Partial<FetchContactsOptions> = {}) =>
  fetchContacts({ src: '/v0/profile/contacts', fetch, retryDelay: 1, ...options });

async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

async function contactsErrorOf(promise: Promise<unknown>): Promise<ContactsError> {
  const error = await failureOf(promise);
  expect(error).to.be.instanceOf(ContactsError);
  return error as ContactsError;
}

const nextTicks = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('fetchContacts', () => {
  let full: unknown;
  before(async () => {
    full = await loadFixture('contacts-full.json');
  });

  describe('200 with a valid document: contacts shown', () => {
    it('resolves with the grouped contacts', async () => {
      const { fetch, calls } = stubFetch(answer(200, full));
      const groups = await load(fetch);
      expect(groups.emergency.map((contact) => contact.givenName)).to.deep.equal(['Denise', 'Marcus']);
      expect(groups.nextOfKin.map((contact) => contact.givenName)).to.deep.equal(['Alma', 'Tomas']);
      expect(groups.ignored).to.equal(1);
      expect(calls).to.have.length(1);
    });

    it('asks for camelCase JSON with a GET to src', async () => {
      const { fetch, calls } = stubFetch(answer(200, full));
      await load(fetch);
      const [{ url, init }] = calls;
      expect(url).to.equal('/v0/profile/contacts');
      expect(init.method).to.equal('GET');
      const headers = new Headers(init.headers);
      expect(headers.get('X-Key-Inflection')).to.equal('camel');
      expect(headers.get('Accept')).to.equal('application/json');
      expect(init.signal).to.be.instanceOf(AbortSignal);
    });

    it('sends same-origin credentials by default, or the ones given', async () => {
      const { fetch, calls } = stubFetch(answer(200, full));
      await load(fetch);
      await load(fetch, { credentials: 'include' });
      expect(calls.map((call) => call.init.credentials)).to.deep.equal(['same-origin', 'include']);
    });

    it('uses window.fetch as it is when the load starts, called without a this', async () => {
      const original = window.fetch;
      const { fetch, calls } = stubFetch(answer(200, full));
      window.fetch = fetch;
      try {
        await fetchContacts({ src: '/contacts' });
      } finally {
        window.fetch = original;
      }
      expect(calls.map((call) => call.url)).to.deep.equal(['/contacts']);
    });

    it('reads the snake_case answer the service sends by default', async () => {
      const { fetch } = stubFetch(answer(200, await loadFixture('contacts-snake.json')));
      const groups = await load(fetch);
      expect(groups.emergency.map((contact) => contact.givenName)).to.deep.equal(['ETHAN']);
    });
  });

  describe('200, body not JSON, or data not an array: invalid-response', () => {
    for (const [label, body] of [
      ['a body that is not JSON', '<html>Service Unavailable</html>'],
      ['an empty body', ''],
      ['data that is not an array', { data: { id: 'x' } }],
      ['a JSON null', 'null'],
    ] as const) {
      it(`fails with invalid-response for ${label}, without retrying`, async () => {
        const { fetch, calls } = stubFetch(answer(200, body));
        expect((await contactsErrorOf(load(fetch))).kind).to.equal('invalid-response');
        expect(calls).to.have.length(1);
      });
    }
  });

  describe('401: unauthorized, no retry', () => {
    it('fails with unauthorized after one request', async () => {
      const { fetch, calls } = stubFetch(answer(401, await loadFixture('error-401.json')));
      const error = await contactsErrorOf(load(fetch));
      expect(error).to.include({ kind: 'unauthorized', status: 401 });
      expect(calls).to.have.length(1);
    });
  });

  describe('403: forbidden, no retry', () => {
    it('fails with forbidden after one request', async () => {
      const { fetch, calls } = stubFetch(answer(403));
      expect(await contactsErrorOf(load(fetch))).to.include({ kind: 'forbidden', status: 403 });
      expect(calls).to.have.length(1);
    });
  });

  describe('404: treated as no contacts on file', () => {
    it('treats 404 as no contacts on file', async () => {
      const { fetch, calls } = stubFetch(answer(404, { errors: [{ status: '404' }] }));
      const groups: ContactGroups = await load(fetch);
      expect(groups).to.deep.equal({ emergency: [], nextOfKin: [], ignored: 0 });
      expect(calls).to.have.length(1);
    });
  });

  describe('400 and other 4xx: server error, no retry', () => {
    for (const status of [400, 405, 409, 422]) {
      it(`fails with server and status ${status} after one request`, async () => {
        const { fetch, calls } = stubFetch(answer(status));
        expect(await contactsErrorOf(load(fetch))).to.include({ kind: 'server', status });
        expect(calls).to.have.length(1);
      });
    }
  });

  describe('504, the upstream timeout: retried like other 5xx', () => {
    it('succeeds when a retry answers', async () => {
      const { fetch, calls } = stubFetch(answer(504), answer(200, full));
      expect((await load(fetch)).emergency).to.have.length(2);
      expect(calls).to.have.length(2);
    });
  });

  describe('429, 5xx, network failure: retried with bounded, jittered backoff', () => {
    it('gives up after two retries with server and the last status', async () => {
      const { fetch, calls } = stubFetch(answer(500, await loadFixture('error-500.json')));
      expect(await contactsErrorOf(load(fetch))).to.include({ kind: 'server', status: 500 });
      expect(calls).to.have.length(3);
    });

    it('succeeds on the second request when the first fails', async () => {
      const { fetch, calls } = stubFetch(answer(500), answer(200, full));
      expect((await load(fetch)).nextOfKin).to.have.length(2);
      expect(calls).to.have.length(2);
    });

    it('retries a 429 too', async () => {
      const { fetch, calls } = stubFetch(answer(429), answer(503), answer(429));
      expect(await contactsErrorOf(load(fetch))).to.include({ kind: 'server', status: 429 });
      expect(calls).to.have.length(3);
    });

    it('retries as many times as asked', async () => {
      const { fetch, calls } = stubFetch(answer(502));
      await contactsErrorOf(load(fetch, { retries: 0 }));
      await contactsErrorOf(load(fetch, { retries: 4 }));
      expect(calls).to.have.length(1 + 5);
    });

    it('gives up on a network failure with network', async () => {
      const { fetch, calls } = stubFetch(failNetwork);
      expect((await contactsErrorOf(load(fetch))).kind).to.equal('network');
      expect(calls).to.have.length(3);
    });

    it('recovers when the network comes back', async () => {
      const { fetch, calls } = stubFetch(failNetwork, answer(200, full));
      expect((await load(fetch)).emergency).to.have.length(2);
      expect(calls).to.have.length(2);
    });

  });

  describe('no answer within timeout ms: timeout', () => {
    it('fails with timeout when the server never answers', async () => {
      const { fetch, calls } = stubFetch(stuck);
      expect((await contactsErrorOf(load(fetch, { timeout: 50 }))).kind).to.equal('timeout');
      expect(calls).to.have.length(1);
      expect(calls[0].init.signal?.aborted).to.equal(true);
    });

    it('fails with timeout even when the fetch ignores its signal', async () => {
      const { fetch, calls } = stubFetch(deaf);
      expect((await contactsErrorOf(load(fetch, { timeout: 50 }))).kind).to.equal('timeout');
      expect(calls).to.have.length(1);
    });

    it('counts reading the body in the timeout', async () => {
      const body = new ReadableStream({ start() {} });
      const { fetch } = stubFetch(() => new Response(body, { status: 200 }));
      expect((await contactsErrorOf(load(fetch, { timeout: 50 }))).kind).to.equal('timeout');
    });
  });

  describe('element removed while loading: request aborted, nothing else', () => {
    it('aborts the request and rejects with an AbortError', async () => {
      const { fetch, calls } = stubFetch(stuck);
      const controller = new AbortController();
      const loading = load(fetch, { signal: controller.signal });
      await nextTicks();
      controller.abort();
      const error = await failureOf(loading);
      expect(error).to.be.instanceOf(DOMException);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(calls[0].init.signal?.aborted).to.equal(true);
      await nextTicks();
      expect(calls).to.have.length(1);
    });

    it('makes no request when already aborted', async () => {
      const { fetch, calls } = stubFetch(answer(200, full));
      const error = await failureOf(load(fetch, { signal: AbortSignal.abort() }));
      expect(error).to.have.property('name', 'AbortError');
      expect(calls).to.have.length(0);
    });
  });

  describe('src changed while loading: the older answer is discarded', () => {
    it('rejects the aborted load even if its answer arrives, and the newest resolves', async () => {
      let answerOld!: (response: Response) => void;
      const old = stubFetch(() => new Promise<Response>((resolve) => (answerOld = resolve)));
      const controller = new AbortController();
      const older = load(old.fetch, { signal: controller.signal });
      await nextTicks();
      controller.abort();
      answerOld(answer(200, full)({}) as Response);
      const newer = load(stubFetch(answer(200, { data: [] })).fetch);
      expect(await failureOf(older)).to.have.property('name', 'AbortError');
      expect(await newer).to.deep.equal({ emergency: [], nextOfKin: [], ignored: 0 });
    });
  });

  describe('the times it waits, on a controlled clock', () => {
    let clock: ControlledClock;
    beforeEach(() => {
      clock = installControlledClock();
    });
    afterEach(() => {
      clock.restore();
    });

    /** A fetch that notes the clock's time of each request. */
    function timedFetch(...answers: Answer[]) {
      const stub = stubFetch(...answers);
      const times: number[] = [];
      const fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
        times.push(clock.now);
        return stub.fetch(input, init);
      }) as typeof globalThis.fetch;
      return { fetch, times, calls: stub.calls };
    }

    /** Starts a load and keeps its outcome, so that the clock can move while it runs. */
    function started(promise: Promise<ContactGroups>) {
      const outcome: { value?: ContactGroups; error?: unknown; settled: boolean } = { settled: false };
      promise.then(
        (value) => Object.assign(outcome, { value, settled: true }),
        (error: unknown) => Object.assign(outcome, { error, settled: true }),
      );
      return outcome;
    }

    it('doubles the base delay each retry, jittered between half and all of it', async () => {
      for (const [random, expected] of [
        [0, [0, 500, 1500]],
        [0.5, [0, 750, 2250]],
        [0.999, [0, 999.5, 2998.5]],
      ] as const) {
        const { fetch, times } = timedFetch(answerAtOnce(500));
        const start = clock.now;
        const outcome = started(load(fetch, { retryDelay: 1000, random: () => random }));
        await clock.tick(10_000);
        expect(outcome.error).to.be.instanceOf(ContactsError);
        expect(times.map((time) => time - start), `requests with random() = ${random}`).to.deep.equal(expected);
      }
    });

    it('waits as long as Retry-After asks, but never more than 10 seconds', async () => {
      const { fetch, times } = timedFetch(answerAtOnce(429, '', { 'Retry-After': '3' }), answerAtOnce(503, '', { 'Retry-After': '3600' }));
      const outcome = started(load(fetch, { retryDelay: 1 }));
      await clock.tick(60_000);
      expect((outcome.error as ContactsError).kind).to.equal('server');
      expect(times).to.deep.equal([0, 3000, 13_000]);
    });

    it('honours Retry-After: 0 instead of a long backoff', async () => {
      const { fetch, times } = timedFetch(answerAtOnce(503, '', { 'Retry-After': '0' }), answerAtOnce(200, full));
      const outcome = started(load(fetch, { retryDelay: 60_000 }));
      await clock.tick(0);
      expect(outcome.value?.nextOfKin).to.have.length(2);
      expect(times).to.deep.equal([0, 0]);
    });

    it('times out after 10,000 ms by default, not a millisecond sooner, and does not retry', async () => {
      const { fetch, calls } = timedFetch(stuck);
      const outcome = started(fetchContacts({ src: '/v0/profile/contacts', fetch }));
      await clock.tick(9_999);
      expect(outcome.settled, 'settled before the timeout').to.equal(false);
      await clock.tick(1);
      expect((outcome.error as ContactsError).kind).to.equal('timeout');
      expect(calls).to.have.length(1);
      expect(calls[0].init.signal?.aborted).to.equal(true);
    });

    it('gives each attempt its own timeout', async () => {
      const { fetch, times } = timedFetch(answerAtOnce(503, '', { 'Retry-After': '1' }), stuck);
      const outcome = started(load(fetch, { timeout: 2_000 }));
      await clock.tick(60_000);
      expect((outcome.error as ContactsError).kind).to.equal('timeout');
      expect(times).to.deep.equal([0, 1000]);
    });

    it('stops waiting to retry the moment it is aborted, and leaves no timer running', async () => {
      const { fetch, calls } = timedFetch(answerAtOnce(500));
      const controller = new AbortController();
      const outcome = started(load(fetch, { signal: controller.signal, retryDelay: 60_000 }));
      await clock.tick(0);
      expect(clock.pending, 'the backoff wait').to.have.length(1);
      controller.abort();
      await clock.tick(0);
      expect(outcome.error).to.have.property('name', 'AbortError');
      expect(clock.now).to.equal(0);
      expect(clock.pending, 'timers left running').to.deep.equal([]);
      expect(calls).to.have.length(1);
    });

    it('leaves no timer running once it has the contacts, or has failed', async () => {
      started(load(timedFetch(answerAtOnce(200, full)).fetch));
      await clock.tick(0);
      expect(clock.pending, 'after contacts').to.deep.equal([]);
      started(load(timedFetch(answerAtOnce(401)).fetch));
      await clock.tick(0);
      expect(clock.pending, 'after a 401').to.deep.equal([]);
      const aborted = new AbortController();
      started(load(timedFetch(stuck).fetch, { signal: aborted.signal }));
      await clock.tick(0);
      aborted.abort();
      await clock.tick(0);
      expect(clock.pending, 'after an abort').to.deep.equal([]);
    });
  });

  describe('errors carry no personal data', () => {
    it('names only the kind and status in the message', async () => {
      const { fetch } = stubFetch(answer(500, { errors: [{ detail: 'Denise Okafor 512-555-0108' }] }));
      const error = await contactsErrorOf(load(fetch, { retries: 0 }));
      expect(error.name).to.equal('ContactsError');
      expect(error.message).to.equal('contacts request failed: server (500)');
    });
  });
});
