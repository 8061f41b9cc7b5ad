import { aTimeout, expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';
import { watchLongestTask } from './longest-task.js';

const LISTS = 200;
const LONG_TASK_LIMIT = 200;
const NETWORK_DELAY = 30;

describe('a page with 200 gated lists', () => {
  const realFetch = globalThis.fetch;
  let contacts = '';
  let toggles = '';

  before(async () => {
    contacts = JSON.stringify(await loadFixture('contacts-full.json'));
    toggles = JSON.stringify(await loadFixture('feature-toggles.json'));
  });
  afterEach(() => {
    globalThis.fetch = realFetch;
  });

  /**
   * Puts 200 gates, each holding a list, on the page (all sharing one toggles src and one contacts
   * src), and measures until every list shows its cards.
   */
  async function renderPage(run: number) {
    const requests: string[] = [];
    const togglesSrc = `/v0/feature_toggles?run=${run}`;
    const contactsSrc = `/v0/profile/contacts?run=${run}`;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      requests.push(url);
      await aTimeout(NETWORK_DELAY);
      const body = url.startsWith(togglesSrc) ? toggles : url === contactsSrc ? contacts : '';
      return new Response(body, { status: body ? 200 : 404, headers: { 'Content-Type': 'application/json' } });
    }) as typeof globalThis.fetch;

    let loaded = 0;
    // fixtureSync: a test page may run hidden beside another, where animation frames never come.
    const container = fixtureSync<HTMLDivElement>(html`<div @contacts-load=${() => (loaded += 1)}></div>`);
    const started = performance.now();
    const mainThread = watchLongestTask();
    container.innerHTML = Array.from(
      { length: LISTS },
      () =>
        `<flag-gate flag="profile_contacts" src="${togglesSrc}"><health-contacts-list src="${contactsSrc}"></health-contacts-list></flag-gate>`,
    ).join('');
    const lists = [...container.querySelectorAll<HealthContactsList>('health-contacts-list')];
    await waitUntil(() => loaded === LISTS, 'only some lists loaded', { timeout: 30_000 });
    await Promise.all(lists.map((list) => list.updateComplete));
    // Style and layout of what was rendered belong to the render too (forced here: a hidden page never paints).
    container.getBoundingClientRect();
    const renderTime = performance.now() - started;
    const longest = mainThread.stop();
    globalThis.fetch = realFetch;

    const cardsShown = lists.every((list) => list.shadowRoot!.querySelectorAll('article').length === 4);
    container.remove();
    console.log(
      `load run ${run}: ${LISTS} gated lists rendered in ${Math.round(renderTime)} ms; ` +
        `the main thread busy for ${Math.round(longest)} ms at most`,
    );
    return { requests, togglesSrc, contactsSrc, longest, cardsShown };
  }

  it('makes one contacts request and one toggles request, and renders without a long task over 200 ms', async function () {
    this.timeout(120_000);
    // Another test file (or process) may be using the CPU at the same time: the best of up to five runs counts.
    const runs = [];
    for (let run = 1; run <= 5; run += 1) {
      const result = await renderPage(run);
      runs.push(result);
      expect(result.requests.filter((url) => url.startsWith('/v0/profile/contacts')), 'contacts requests').to.deep.equal([
        result.contactsSrc,
      ]);
      const toggleRequests = result.requests.filter((url) => url.startsWith('/v0/feature_toggles'));
      expect(toggleRequests, 'toggles requests').to.have.length(1);
      expect(toggleRequests[0]).to.equal(`${result.togglesSrc}&features=profile_contacts`);
      expect(result.requests.length, 'all requests').to.equal(2);
      expect(result.cardsShown, 'four cards in every list').to.equal(true);
      if (result.longest < LONG_TASK_LIMIT) break;
    }
    const best = Math.min(...runs.map((run) => run.longest));
    console.log(`load: the main thread busy for ${Math.round(best)} ms at most in the best of ${runs.length} run(s)`);
    expect(best, 'longest task (ms)').to.be.below(LONG_TASK_LIMIT);
  });

  it('asks again after a failure instead of keeping it, and reload() gets a fresh answer', async () => {
    let contactsRequests = 0;
    let failing = true;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input);
      if (!url.startsWith('/v0/profile/contacts?load=retry')) return new Response('', { status: 404 });
      contactsRequests += 1;
      return failing ? new Response('{}', { status: 401 }) : new Response(contacts, { status: 200 });
    }) as typeof globalThis.fetch;

    const container = fixtureSync<HTMLDivElement>(html`<div>
      <health-contacts-list src="/v0/profile/contacts?load=retry"></health-contacts-list>
      <health-contacts-list src="/v0/profile/contacts?load=retry"></health-contacts-list>
    </div>`);
    const [first, second] = container.querySelectorAll<HealthContactsList>('health-contacts-list');
    const errorShown = (list: HealthContactsList) => list.shadowRoot!.querySelector('[part="error"]') !== null;
    await waitUntil(() => errorShown(first!) && errorShown(second!), 'no error shown', { timeout: 5_000 });
    expect(contactsRequests, 'one request shared by both lists').to.equal(1);

    failing = false;
    await first!.reload();
    await first!.updateComplete;
    expect(contactsRequests).to.equal(2);
    expect(first!.shadowRoot!.querySelectorAll('article').length).to.equal(4);

    // A third list on the page later reuses the successful answer without asking again.
    const third = document.createElement('health-contacts-list') as HealthContactsList;
    third.src = '/v0/profile/contacts?load=retry';
    container.append(third);
    await waitUntil(() => third.shadowRoot?.querySelectorAll('article').length === 4, 'third list shows nothing', { timeout: 5_000 });
    expect(contactsRequests).to.equal(2);

    await third.reload();
    expect(contactsRequests, 'reload() asks anew').to.equal(3);
  });
});
