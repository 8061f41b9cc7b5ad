import { expect, fixtureCleanup, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/classes.js';
import { installControlledClock, type ControlledClock } from '../controlled-clock.js';
import { loadFixture } from '../fixtures.js';
import { respondAtOnce, stubFetch, stuck } from '../stub-fetch.js';

// A host's unit tests end when nothing keeps their process alive: a removed list leaves no timer.
describe('a list removed from the page', () => {
  let full: unknown;
  let clock: ControlledClock;
  before(async () => {
    full = await loadFixture('contacts-full.json');
  });
  beforeEach(() => {
    clock = installControlledClock();
  });
  afterEach(() => {
    clock.restore();
    fixtureCleanup();
  });

  const articles = (el: HealthContactsList) => el.shadowRoot!.querySelectorAll('article').length;

  it('while its contacts are on their way: no timeout or announcement left', async () => {
    const { fetch } = stubFetch(stuck);
    const el = fixtureSync<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
    await clock.tick(0);
    expect(clock.pending.length, 'the timeout and "Please wait…" while loading').to.be.greaterThan(0);
    el.remove();
    await clock.tick(0);
    expect(clock.pending).to.deep.equal([]);
  });

  it('while it waits to retry: no backoff left', async () => {
    const { fetch, calls } = stubFetch(respondAtOnce(503));
    const el = fixtureSync<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
    await clock.tick(0);
    expect(calls).to.have.length(1);
    el.remove();
    await clock.tick(0);
    expect(clock.pending).to.deep.equal([]);
    await clock.tick(60_000);
    expect(calls, 'no retry after removal').to.have.length(1);
  });

  it('just after its contacts showed: no announcement left', async () => {
    const { fetch } = stubFetch(respondAtOnce(200, full));
    const el = fixtureSync<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
    await clock.tick(0);
    expect(articles(el)).to.equal(4);
    expect(clock.pending.length, 'announcements still to be said').to.be.greaterThan(0);
    el.remove();
    expect(clock.pending).to.deep.equal([]);
  });

  it('that was left alone says what it has to say, then has no timer either', async () => {
    const { fetch } = stubFetch(respondAtOnce(200, full));
    const el = fixtureSync<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
    await clock.tick(1_000);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Contacts loaded: 2 emergency contacts, 2 next of kin.');
    expect(clock.pending).to.deep.equal([]);
  });
});
