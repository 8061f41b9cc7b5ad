import { aTimeout, expect, fixtureSync, html, waitUntil as waitUntilOnce } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';

let full = '';
let partial = '';
before(async () => {
  full = JSON.stringify(await loadFixture('contacts-full.json'));
  partial = JSON.stringify(await loadFixture('contacts-partial.json'));
});

const FULL_COUNTS = { emergency: 2, nextOfKin: 2, ignored: 1 };
const PARTIAL_COUNTS = { emergency: 1, nextOfKin: 1, ignored: 0 };
const MAX_ATTEMPTS = 3;

/** Waits for a condition; generous, as another test file may be using the CPU at the same time. */
const waitUntil = (predicate: () => unknown, message?: string, options: { timeout?: number } = {}) =>
  waitUntilOnce(predicate, message, { timeout: 5_000, ...options });

/** A promise the test settles when it wants to. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

interface Call {
  url: string;
  signal: AbortSignal | undefined;
}

/** A fetch stub that counts its calls and lets `respond` decide each answer (1-based attempt). */
function fakeFetch(respond: (attempt: number, call: Call) => Promise<Response> | Response) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = { url: String(input), signal: init.signal ?? undefined };
    calls.push(call);
    return respond(calls.length, call);
  }) as typeof window.fetch;
  return { fetch, calls };
}

/** A fetch stub whose every call waits until the test answers it; it ignores cancellation, like some host clients. */
function heldFetch() {
  const answers: Array<ReturnType<typeof deferred<Response>>> = [];
  const stub = fakeFetch(() => {
    const answer = deferred<Response>();
    answers.push(answer);
    return answer.promise;
  });
  return { ...stub, answers };
}

/** Never answers, but gives up when the request is cancelled, as `window.fetch` does. */
const hangUntilAborted = (_attempt: number, { signal }: Call) =>
  new Promise<Response>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason)));

const ok = (body: string) => new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
const status = (code: number, headers: Record<string, string> = {}) =>
  new Response('{"errors":[{"title":"Error"}]}', { status: code, headers });
const dropped = () => Promise.reject(new TypeError('Failed to fetch'));

let unique = 0;
const uniqueSrc = () => `/v0/profile/contacts?fault=${++unique}`;

type Recorded = { type: string; detail: unknown; at: number };

/** Puts a list on the page with the given fetch, recording every event it dispatches. */
async function mount(fetch: typeof window.fetch, attributes: { src?: string; timeout?: number } = {}) {
  // fixtureSync: a test page may run hidden beside another, where animation frames never come.
  const container = fixtureSync<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement('health-contacts-list') as HealthContactsList;
  const events: Recorded[] = [];
  for (const type of ['contacts-load', 'contacts-error', 'tel-click', 'additional-info-toggle']) {
    el.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail, at: performance.now() }));
  }
  el.src = attributes.src ?? uniqueSrc();
  if (attributes.timeout !== undefined) el.timeout = attributes.timeout;
  el.fetch = fetch;
  container.append(el);
  await el.updateComplete;
  return { el, events };
}

const root = (el: HealthContactsList) => el.shadowRoot!;
const cards = (el: HealthContactsList) => root(el).querySelectorAll('article').length;
const alertText = (el: HealthContactsList) => root(el).querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim();
const shownText = (el: HealthContactsList) => root(el).textContent!.replace(/\s+/g, ' ');

async function settled(el: HealthContactsList, events: Recorded[], timeout = 5_000) {
  await waitUntil(() => events.some((e) => e.type === 'contacts-load' || e.type === 'contacts-error'), 'no outcome', { timeout });
  await el.updateComplete;
}

const uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(event.reason)}`);
before(() => {
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});
after(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
});
afterEach(() => {
  expect(uncaught, 'errors thrown into the page').to.deep.equal([]);
});

describe('network faults', () => {
  describe('timeouts', () => {
    it('shows the timeout message when no answer comes within `timeout` ms, and cancels the request', async () => {
      const { fetch, calls } = fakeFetch(hangUntilAborted);
      const { el, events } = await mount(fetch, { timeout: 50 });
      await settled(el, events);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-error', { kind: 'timeout' }]]);
      expect(alertText(el)).to.contain('This is taking longer than it should.');
      expect(calls.length).to.be.within(1, MAX_ATTEMPTS);
      expect(calls.every((call) => call.signal?.aborted)).to.equal(true);
    });

    it('times out even when the host fetch ignores cancellation', async () => {
      const { fetch, calls } = fakeFetch(() => new Promise<Response>(() => {}));
      const { el, events } = await mount(fetch, { timeout: 50 });
      await settled(el, events);
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'timeout' }]);
      expect(calls.length).to.be.within(1, MAX_ATTEMPTS);
      await aTimeout(300);
      expect(events.length, 'nothing more after the error').to.equal(1);
    });
  });

  describe('stalled answers', () => {
    it('times out when the headers arrive but the body never ends', async () => {
      const stalled = () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('{"data":['));
            },
          }),
          { status: 200 },
        );
      const { fetch, calls } = fakeFetch(stalled);
      const { el, events } = await mount(fetch, { timeout: 100 });
      await settled(el, events);
      expect(events.map((e) => e.detail)).to.deep.equal([{ kind: 'timeout' }]);
      expect(calls.length).to.be.within(1, MAX_ATTEMPTS);
      expect(alertText(el)).to.contain('This is taking longer than it should.');
    });
  });

  describe('connection drops', () => {
    it('retries a dropped connection, then shows the network error after at most 3 attempts', async () => {
      const { fetch, calls } = fakeFetch(dropped);
      const { el, events } = await mount(fetch);
      await settled(el, events);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-error', { kind: 'network' }]]);
      expect(calls.length, 'attempts').to.be.within(2, MAX_ATTEMPTS);
      expect(alertText(el)).to.contain("We couldn't reach our servers.");
      expect(root(el).querySelector('button')?.textContent?.trim()).to.equal('Try again');
      await aTimeout(1_200);
      expect(calls.length, 'no attempt after giving up').to.be.at.most(MAX_ATTEMPTS);
    });

    it('retries an answer whose connection drops halfway through the body', async () => {
      const halfBody = (attempt: number) =>
        attempt === 1
          ? new Response(
              new ReadableStream({
                start(controller) {
                  controller.enqueue(new TextEncoder().encode(full.slice(0, 40)));
                  controller.error(new TypeError('network error'));
                },
              }),
              { status: 200 },
            )
          : ok(full);
      const { fetch, calls } = fakeFetch(halfBody);
      const { el, events } = await mount(fetch);
      await settled(el, events);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-load', FULL_COUNTS]]);
      expect(calls.length).to.equal(2);
      expect(cards(el)).to.equal(4);
    });

    it('shows the contacts when the connection comes back on the next attempt', async () => {
      const { fetch, calls } = fakeFetch((attempt) => (attempt === 1 ? dropped() : ok(full)));
      const { el, events } = await mount(fetch);
      await settled(el, events);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-load', FULL_COUNTS]]);
      expect(calls.length).to.equal(2);
      expect(cards(el)).to.equal(4);
      expect(alertText(el)).to.equal(undefined);
    });

    it('fetches again when the person presses "Try again" after a network error', async () => {
      let down = true;
      const { fetch, calls } = fakeFetch(() => (down ? dropped() : ok(full)));
      const { el, events } = await mount(fetch);
      await settled(el, events);
      const attemptsWhileDown = calls.length;
      down = false;
      root(el).querySelector<HTMLButtonElement>('button')!.click();
      await waitUntil(() => events.some((e) => e.type === 'contacts-load'), 'no contacts after Try again');
      await el.updateComplete;
      expect(calls.length).to.equal(attemptsWhileDown + 1);
      expect(cards(el)).to.equal(4);
      expect(alertText(el)).to.equal(undefined);
    });
  });

  describe('busy and failing servers', () => {
    for (const code of [429, 503, 504]) {
      it(`retries a ${code} with Retry-After: 0, then shows the server error after at most 3 attempts`, async () => {
        const { fetch, calls } = fakeFetch(() => status(code, { 'Retry-After': '0' }));
        const { el, events } = await mount(fetch);
        await settled(el, events);
        expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-error', { kind: 'server', status: code }]]);
        expect(calls.length, 'attempts').to.be.within(2, MAX_ATTEMPTS);
        expect(alertText(el)).to.contain('Something went wrong on our end.');
        await aTimeout(300);
        expect(calls.length, 'no attempt after giving up').to.be.at.most(MAX_ATTEMPTS);
      });
    }

    it('shows the contacts when a 429 with Retry-After: 0 is followed by an answer', async () => {
      const { fetch, calls } = fakeFetch((attempt) => (attempt === 1 ? status(429, { 'Retry-After': '0' }) : ok(full)));
      const { el, events } = await mount(fetch);
      await settled(el, events);
      expect(events.map((e) => e.type)).to.deep.equal(['contacts-load']);
      expect(calls.length).to.equal(2);
      expect(cards(el)).to.equal(4);
    });

    it('shows the contacts without any error when a 500 is followed by a 200', async () => {
      const { fetch, calls } = fakeFetch((attempt) => (attempt === 1 ? status(500) : ok(full)));
      const { el, events } = await mount(fetch);
      await settled(el, events);
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-load', FULL_COUNTS]]);
      expect(calls.length).to.equal(2);
      expect(cards(el)).to.equal(4);
      expect(alertText(el)).to.equal(undefined);
    });

    for (const [code, kind] of [
      [401, 'unauthorized'],
      [403, 'forbidden'],
      [400, 'server'],
    ] as const) {
      it(`asks only once when the answer is ${code}`, async () => {
        const { fetch, calls } = fakeFetch(() => status(code, { 'Retry-After': '0' }));
        const { el, events } = await mount(fetch);
        await settled(el, events);
        expect(events.map((e) => e.detail)).to.deep.equal([{ kind, status: code }]);
        await aTimeout(300);
        expect(calls.length).to.equal(1);
      });
    }
  });

  describe('slow answers racing changes', () => {
    it('shows only the newest src when the older answer arrives last', async () => {
      const { fetch, calls, answers } = heldFetch();
      const { el, events } = await mount(fetch, { src: uniqueSrc() });
      await waitUntil(() => calls.length === 1);
      el.src = uniqueSrc();
      await waitUntil(() => calls.length === 2, 'no request for the new src');
      expect(calls[1]!.url).to.equal(el.src);
      answers[1]!.resolve(ok(partial));
      await settled(el, events);
      answers[0]!.resolve(ok(full));
      await aTimeout(100);
      await el.updateComplete;
      expect(events.map((e) => [e.type, e.detail])).to.deep.equal([['contacts-load', PARTIAL_COUNTS]]);
      expect(cards(el)).to.equal(2);
      expect(shownText(el)).to.contain('Hiroshi Tanaka').and.not.contain('Alma');
      expect(calls[0]!.signal?.aborted, 'older request cancelled').to.equal(true);
    });

    it('discards the older answer when it arrives before the newest', async () => {
      const { fetch, calls, answers } = heldFetch();
      const { el, events } = await mount(fetch);
      await waitUntil(() => calls.length === 1);
      el.src = uniqueSrc();
      await waitUntil(() => calls.length === 2, 'no request for the new src');
      answers[0]!.resolve(ok(full));
      await aTimeout(100);
      await el.updateComplete;
      expect(events, 'no event for the discarded answer').to.deep.equal([]);
      expect(cards(el)).to.equal(0);
      expect(root(el).querySelector('[part="loading"]')?.textContent).to.equal('Please wait…');
      answers[1]!.resolve(ok(partial));
      await settled(el, events);
      expect(events.map((e) => e.detail)).to.deep.equal([PARTIAL_COUNTS]);
      expect(shownText(el)).to.contain('Hiroshi Tanaka').and.not.contain('Alma');
    });

    it('shows the answer to reload() when the answer before it is slow', async () => {
      const { fetch, calls, answers } = heldFetch();
      const { el, events } = await mount(fetch);
      await waitUntil(() => calls.length === 1);
      const reloaded = el.reload();
      await waitUntil(() => calls.length === 2, 'reload() made no request');
      answers[1]!.resolve(ok(partial));
      await reloaded;
      answers[0]!.resolve(ok(full));
      await aTimeout(100);
      await el.updateComplete;
      expect(events.map((e) => e.detail)).to.deep.equal([PARTIAL_COUNTS]);
      expect(cards(el)).to.equal(2);
      expect(shownText(el)).not.to.contain('Alma');
    });

    it('shows the newest answer after several quick reloads and src changes', async () => {
      const { fetch, calls, answers } = heldFetch();
      const { el, events } = await mount(fetch);
      await waitUntil(() => calls.length === 1);
      void el.reload();
      el.src = uniqueSrc();
      await el.updateComplete;
      void el.reload();
      await waitUntil(() => calls.length >= 3, 'no newer requests');
      const newest = answers.length - 1;
      answers[newest]!.resolve(ok(partial));
      answers.slice(0, newest).forEach((answer) => answer.resolve(ok(full)));
      await settled(el, events);
      await aTimeout(100);
      expect(events.map((e) => e.detail)).to.deep.equal([PARTIAL_COUNTS]);
      expect(calls.length, 'requests').to.be.at.most(4);
      expect(shownText(el)).not.to.contain('Alma');
    });
  });

  describe('element removed while loading', () => {
    it('renders nothing and fires no event when a slow answer arrives after removal', async () => {
      const { fetch, calls, answers } = heldFetch();
      const { el, events } = await mount(fetch);
      await waitUntil(() => calls.length === 1);
      el.remove();
      answers[0]!.resolve(ok(full));
      await aTimeout(100);
      await el.updateComplete;
      expect(events).to.deep.equal([]);
      expect(cards(el)).to.equal(0);
      expect(shownText(el)).not.to.contain('Alma');
      expect(calls[0]!.signal?.aborted, 'request cancelled').to.equal(true);
    });

    it('leaves a shared request running for the lists still on the page', async () => {
      const { fetch, calls, answers } = heldFetch();
      const src = uniqueSrc();
      const staying = await mount(fetch, { src });
      const leaving = await mount(fetch, { src });
      await waitUntil(() => calls.length === 1);
      leaving.el.remove();
      answers[0]!.resolve(ok(full));
      await settled(staying.el, staying.events);
      await aTimeout(100);
      expect(calls.length, 'one request for both').to.equal(1);
      expect(staying.events.map((e) => e.detail)).to.deep.equal([FULL_COUNTS]);
      expect(cards(staying.el)).to.equal(4);
      expect(leaving.events, 'events from the removed list').to.deep.equal([]);
      expect(cards(leaving.el)).to.equal(0);
    });

    it('stops retrying when removed while waiting to retry', async () => {
      const { fetch, calls } = fakeFetch(() => status(503, { 'Retry-After': '1' }));
      const { el, events } = await mount(fetch);
      await waitUntil(() => calls.length === 1);
      await aTimeout(50);
      el.remove();
      await aTimeout(1_500);
      expect(calls.length, 'attempts').to.equal(1);
      expect(events).to.deep.equal([]);
      expect(alertText(el)).to.equal(undefined);
    });

    it('fires no timeout error when removed before the timeout', async () => {
      const { fetch, calls } = fakeFetch(hangUntilAborted);
      const { el, events } = await mount(fetch, { timeout: 150 });
      await waitUntil(() => calls.length === 1);
      el.remove();
      await aTimeout(400);
      expect(events).to.deep.equal([]);
      expect(alertText(el)).to.equal(undefined);
      expect(calls.length).to.equal(1);
    });
  });
});
