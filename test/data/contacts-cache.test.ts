import { expect } from '@open-wc/testing';
import { ContactsError } from '../../src/data/contacts-error.js';
import { loadContacts } from '../../src/data/contacts-cache.js';
import { loadFixture } from '../fixtures.js';

let full: unknown;
before(async () => {
  full = await loadFixture('contacts-full.json');
});

/** A fetch stub answering each request when the test says so, counting the requests. */
function controlledFetch(status = 200) {
  const calls: { url: string; signal: AbortSignal }[] = [];
  const answers: Array<() => void> = [];
  const fetch = ((url: string, init: RequestInit) => {
    calls.push({ url, signal: init.signal! });
    return new Promise<Response>((resolve, reject) => {
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason));
      answers.push(() => resolve(new Response(JSON.stringify(full), { status })));
    });
  }) as typeof window.fetch;
  return { fetch, calls, answerAll: () => answers.splice(0).forEach((answer) => answer()) };
}

let unique = 0;
const src = () => `/v0/profile/contacts?test=${++unique}`;

describe('one contacts request per page', () => {
  it('shares one request among every list asking for the same src', async () => {
    const { fetch, calls, answerAll } = controlledFetch();
    const url = src();
    const loads = Array.from({ length: 200 }, () => loadContacts({ src: url, fetch }));
    await Promise.resolve();
    answerAll();
    const results = await Promise.all(loads);
    expect(calls.length).to.equal(1);
    expect(results.every((groups) => groups.emergency.length === 2)).to.equal(true);
  });

  it('keeps a successful answer for later lists, and asks again when told to reload', async () => {
    const { fetch, calls, answerAll } = controlledFetch();
    const url = src();
    const first = loadContacts({ src: url, fetch });
    answerAll();
    await first;
    await loadContacts({ src: url, fetch });
    expect(calls.length).to.equal(1);
    const fresh = loadContacts({ src: url, fetch, fresh: true });
    await Promise.resolve();
    answerAll();
    await fresh;
    expect(calls.length).to.equal(2);
  });

  it('asks separately for different srcs', async () => {
    const { fetch, calls, answerAll } = controlledFetch();
    const both = Promise.all([loadContacts({ src: src(), fetch }), loadContacts({ src: src(), fetch })]);
    await Promise.resolve();
    answerAll();
    await both;
    expect(calls.length).to.equal(2);
  });

  it('leaves the request running while another list still waits for it', async () => {
    const { fetch, calls, answerAll } = controlledFetch();
    const url = src();
    const leaving = new AbortController();
    const gone = loadContacts({ src: url, fetch, signal: leaving.signal });
    const staying = loadContacts({ src: url, fetch });
    leaving.abort();
    let goneError: unknown;
    await gone.catch((error) => (goneError = error));
    expect((goneError as DOMException).name).to.equal('AbortError');
    expect(calls[0].signal.aborted).to.equal(false);
    answerAll();
    expect((await staying).nextOfKin.length).to.equal(2);
  });

  it('aborts the request when every list has gone', async () => {
    const { fetch, calls } = controlledFetch();
    const url = src();
    const controller = new AbortController();
    const load = loadContacts({ src: url, fetch, signal: controller.signal }).catch((error) => error);
    await new Promise((resolve) => setTimeout(resolve));
    controller.abort();
    expect(((await load) as DOMException).name).to.equal('AbortError');
    expect(calls[0].signal.aborted).to.equal(true);
  });

  it('does not keep a failure: the next list asks again', async () => {
    const { fetch, calls, answerAll } = controlledFetch(401);
    const url = src();
    const failed = loadContacts({ src: url, fetch }).catch((error) => error);
    await Promise.resolve();
    answerAll();
    expect(await failed).to.be.instanceOf(ContactsError);
    const again = loadContacts({ src: url, fetch }).catch((error) => error);
    await Promise.resolve();
    answerAll();
    await again;
    expect(calls.length).to.equal(2);
  });

  it('refuses at once when the caller has already given up', async () => {
    const { fetch, calls } = controlledFetch();
    const controller = new AbortController();
    controller.abort();
    const error = await loadContacts({ src: src(), fetch, signal: controller.signal }).catch((reason) => reason);
    expect((error as DOMException).name).to.equal('AbortError');
    expect(calls.length).to.equal(0);
  });
});
