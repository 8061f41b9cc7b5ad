import { aTimeout, expect, fixture, fixtureSync, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { HealthContactsList } from '../../src/index.js';
import { accessibleName, visibleText } from '../accessible-name.js';
import { loadFixture } from '../fixtures.js';
import { installControlledClock, type ControlledClock } from '../controlled-clock.js';
import { heldBack, respond, respondAtOnce, stubFetch, stuck, type Answer, type Call } from '../stub-fetch.js';

interface ContactsDocument {
  data: { attributes?: Record<string, unknown> | null }[];
}

const failNetwork: Answer = () => Promise.reject(new TypeError('Failed to fetch'));

const root = (el: HealthContactsList) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: HealthContactsList, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: HealthContactsList, selector: string) => all(el, selector).map(textOf);
/** Tag names of what matches, so a failure reads "expected [ 'section' ] to equal []". */
const present = (scope: ParentNode, selector: string) => [...scope.querySelectorAll(selector)].map((node) => node.localName);
const tagsOf = (el: HealthContactsList, selector: string) => all(el, selector).map((node) => node.localName);

/** The groups are shown with their contacts (or their "how to add one" text), not placeholders. */
const showsGroups = (el: HealthContactsList) => root(el).querySelector('section') && !root(el).querySelector('.placeholders');

/** Waits until the list shows its groups or an error, then for the render to finish. */
async function settled(el: HealthContactsList) {
  await waitUntil(() => showsGroups(el) || root(el).querySelector('[part="error"]'), 'the list never settled', { timeout: 1000 });
  await el.updateComplete;
}

async function mount(...answers: Answer[]) {
  const { fetch, calls } = stubFetch(...answers);
  const el = await fixture<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
  return { el, calls };
}

async function loaded(...answers: Answer[]) {
  const mounted = await mount(...answers);
  await settled(mounted.el);
  return mounted;
}

const FACILITY_HREF = 'https://www.va.gov/find-locations/';
const EVENT_NAMES = ['contacts-load', 'contacts-error', 'additional-info-toggle', 'tel-click'] as const;

describe('<health-contacts-list>', () => {
  let full: ContactsDocument;
  let partial: ContactsDocument;
  let snake: ContactsDocument;
  let empty: ContactsDocument;
  let hostile: ContactsDocument;
  before(async () => {
    [full, partial, snake, empty, hostile] = await Promise.all(
      ['contacts-full', 'contacts-partial', 'contacts-snake', 'contacts-empty', 'contacts-hostile'].map((name) =>
        loadFixture<ContactsDocument>(`${name}.json`),
      ),
    );
  });

  // Every event the list dispatches during a test, as a host listening at the window receives it.
  let events: CustomEvent[] = [];
  const record = (event: Event) => events.push(event as CustomEvent);
  const detailsOf = (name: (typeof EVENT_NAMES)[number]) =>
    events.filter((event) => event.type === name).map((event) => event.detail);
  beforeEach(() => {
    events = [];
    for (const name of EVENT_NAMES) window.addEventListener(name, record);
  });
  afterEach(() => {
    for (const name of EVENT_NAMES) window.removeEventListener(name, record);
  });

  describe('while the contacts load', () => {
    it('shows "Please wait…" until the contacts arrive, and says it from a status region', async () => {
      const answer = heldBack(respond(200, full));
      const { el } = await mount(answer.answer);
      expect(texts(el, '[part="loading"]')).to.deep.equal(['Please wait…']);
      expect(present(root(el), 'article')).to.deep.equal([]);
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === 'Please wait…', 'never said');

      answer.release();
      await settled(el);
      expect(present(root(el), '[part="loading"]')).to.deep.equal([]);
    });

    it("keeps the disclosure and the first group's heading where they stood while loading", async () => {
      const answer = heldBack(respond(200, full));
      const { el } = await mount(answer.answer);
      const [details, heading] = [root(el).querySelector('details')!, root(el).querySelector('section > h2')!];
      const topsWhileLoading = [details, heading].map((node) => node.getBoundingClientRect().top);

      answer.release();
      await settled(el);
      expect(root(el).querySelector('details') === details, 'the same disclosure').to.be.true;
      expect(root(el).querySelector('section > h2') === heading, 'the same heading').to.be.true;
      expect([details, heading].map((node) => node.getBoundingClientRect().top)).to.deep.equal(topsWhileLoading);
    });

    it('shows both groups with placeholder cards while loading, the first saying "Please wait…"', async () => {
      const { el } = await mount(stuck);
      expect(texts(el, 'section > h2')).to.deep.equal(['Medical emergency contacts', 'Next of kin contacts']);
      const placeholders = all(el, '.placeholders');
      expect(placeholders.map((node) => node.getAttribute('aria-hidden'))).to.deep.equal(['true', 'true']);
      expect(placeholders.map((node) => node.querySelectorAll('.card').length)).to.deep.equal([2, 2]);
      expect(texts(el, '[part="loading"]')).to.deep.equal(['Please wait…']);
      expect(present(root(el), '[part="empty"], article')).to.deep.equal([]);
    });

    it('is accessible while loading', async () => {
      const { el } = await mount(stuck);
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === 'Please wait…', 'never said');
      await expect(el).to.be.accessible();
    });
  });

  describe('with emergency contacts and next of kin on file', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      ({ el } = await loaded(respond(200, full)));
    });

    it('shows "Medical emergency contacts" then "Next of kin contacts" as level 2 headings', () => {
      expect(texts(el, 'section > h2')).to.deep.equal(['Medical emergency contacts', 'Next of kin contacts']);
      expect(texts(el, 'section > [part="group-description"]')).to.deep.equal([
        "The people we'll contact in an emergency.",
        'The people you want to represent your health care wishes if needed.',
      ]);
    });

    it('shows the primary emergency contact before the secondary one', () => {
      const [emergency] = all(el, 'section');
      expect([...emergency.querySelectorAll('[part="name"]')].map(textOf)).to.deep.equal(['Denise Okafor', 'Marcus Lee']);
      expect([...emergency.querySelectorAll('article > h3')].map(textOf)).to.deep.equal([
        'Primary emergency contact',
        'Secondary emergency contact',
      ]);
    });

    it('shows a secondary next of kin after the primary, with the full name', () => {
      const [, nextOfKin] = all(el, 'section');
      expect([...nextOfKin.querySelectorAll('[part="name"]')].map(textOf)).to.deep.equal([
        'Mrs. Alma Luisa Reyes',
        'Tomas Reyes Jr.',
      ]);
      expect([...nextOfKin.querySelectorAll('article > h3')].map(textOf)).to.deep.equal([
        'Primary next of kin',
        'Secondary next of kin',
      ]);
    });

    it('shows the next of kin address, one line each', () => {
      const [alma] = all(el, 'section:last-of-type article [part="address"]');
      expect(alma.innerText.split('\n')).to.deep.equal(['1221 Maple Grove Rd', 'Apt 4B', 'Sacramento, CA 95814-1234']);
    });

    it('gives card names a level 3 heading', () => {
      expect(tagsOf(el, 'article > :is(h1, h2, h3, h4, h5, h6)')).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
    });

    it('never shows the power of attorney', () => {
      expect(all(el, 'article').length).to.equal(4);
      expect(textOf(root(el))).not.to.match(/Gail|Brennan|Attorney|303/);
    });

    it('links each phone number, named with the contact role and the number as shown', () => {
      const links = all(el, 'a[href^="tel:"]').map((link) => ({
        href: link.getAttribute('href'),
        text: visibleText(link),
        label: accessibleName(link),
      }));
      expect(links).to.deep.equal([
        {
          href: 'tel:+15125550108,42',
          text: '512-555-0108, ext. 42',
          label: 'Call primary emergency contact at 512-555-0108, ext. 42',
        },
        {
          href: 'tel:+442079460958',
          text: '+44 20 7946 0958',
          label: 'Call primary emergency contact at alternate phone +44 20 7946 0958',
        },
        {
          href: 'tel:+12025550155',
          text: '202-555-0155',
          label: 'Call secondary emergency contact at 202-555-0155',
        },
        {
          href: 'tel:+19165550142',
          text: '916-555-0142',
          label: 'Call primary next of kin at 916-555-0142',
        },
        {
          href: 'tel:+19165550199',
          text: '916-555-0199',
          label: 'Call primary next of kin at alternate phone 916-555-0199',
        },
        {
          href: 'tel:+15035550173',
          text: '503-555-0173',
          label: 'Call secondary next of kin at 503-555-0173',
        },
      ]);
    });

    it('fires contacts-load with the counts only', () => {
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 2, nextOfKin: 2, ignored: 1 }]);
    });

    it('is accessible once loaded', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('cards below the screen', () => {
    // innerText is the text as laid out: empty where an engine skips laying out a card that is off
    // screen (content-visibility: auto). WebKit also leaves such a card's text out of what screen
    // readers get, so its phone links had no names until the person scrolled to them.
    it('are laid out with their text before the person scrolls to them', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><div style="height: 300vh"></div><health-contacts-list .fetch=${fetch}></health-contacts-list></div>`,
      );
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      await nextFrame();
      await nextFrame();
      const links = all(el, 'a[href^="tel:"]');
      expect(links).to.have.length(6);
      expect(links.filter((link) => !link.innerText.trim()).map(visibleText), 'links without laid-out text').to.deep.equal([]);
    });
  });

  describe('contacts-load', () => {
    it('fires once the cards are on screen', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const el = document.createElement('health-contacts-list');
      el.fetch = fetch;
      const cardsWhenAnnounced = oneEvent(el, 'contacts-load').then(() => all(el, 'article').length);
      await fixture(el);
      expect(await cardsWhenAnnounced).to.equal(4);
    });
  });

  describe('with the service default snake_case keys', () => {
    it('shows the same kind of cards', async () => {
      const { el } = await loaded(respond(200, snake));
      expect(texts(el, 'article > h3')).to.deep.equal(['Primary emergency contact', 'Primary next of kin']);
      expect(texts(el, '[part="name"]')).to.deep.equal(['ETHAN JEREMY BISHOP', 'JAMES DANIEL BISHOP']);
      expect(texts(el, '[part="relationship"]')).to.deep.equal(['BROTHER', 'SON']);
      expect(all(el, 'a[href^="tel:"]').map((link) => link.getAttribute('href'))).to.deep.equal([
        'tel:+15055550127',
        'tel:+12545550138',
      ]);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 1, nextOfKin: 1, ignored: 0 }]);
    });
  });

  describe('with fields missing or blank', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      ({ el } = await loaded(respond(200, partial)));
    });

    it('shows the name alone, never "null", "undefined" or an empty label', () => {
      const [rosa] = all(el, 'article');
      expect(textOf(rosa.querySelector('[part="name"]'))).to.equal('Rosa');
      expect(present(rosa, '[part="relationship"], [part="address"]')).to.deep.equal([]);
      expect(textOf(root(el))).not.to.match(/null|undefined/i);
      for (const node of all(el, 'article *:not(br)')) {
        expect(textOf(node), `empty <${node.localName}>`).not.to.equal('');
      }
    });

    it('shows a 7-digit number as plain text, not a link', () => {
      const [rosa] = all(el, 'article');
      expect(textOf(rosa.querySelector('[part="phone-text"]'))).to.equal('555-0100');
      expect(present(rosa, 'a')).to.deep.equal([]);
    });

    it('shows an address abroad with its country, and an international link', () => {
      const [, hiroshi] = all(el, 'article');
      expect((hiroshi.querySelector('[part="address"]') as HTMLElement).innerText.split('\n')).to.deep.equal([
        '2-11-3 Meguro',
        'Tokyo, 153-0063',
        'Japan',
      ]);
      const link = hiroshi.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('tel:+81355550123');
      expect(visibleText(link)).to.equal('+81 3 5555 0123');
      expect(accessibleName(link)).to.equal('Call primary next of kin at +81 3 5555 0123');
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('with no contacts on file', () => {
    const expectHowToAddBoth = (el: HealthContactsList, href: string) => {
      expect(all(el, 'article').length).to.equal(0);
      expect(texts(el, 'section > h2')).to.deep.equal(['Medical emergency contacts', 'Next of kin contacts']);
      expect(texts(el, '[part="empty"]')).to.deep.equal([
        "To add an emergency contact, call your VA health facility. Find your health facility's phone number",
        "To add a next of kin, call your VA health facility. Find your health facility's phone number",
      ]);
      expect(all(el, '[part="empty"] a').map((link) => link.getAttribute('href'))).to.deep.equal([href, href]);
    };

    it('says how to add an emergency contact and a next of kin', async () => {
      const { el } = await loaded(respond(200, empty));
      expectHowToAddBoth(el, FACILITY_HREF);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 0, nextOfKin: 0, ignored: 0 }]);
    });

    it('treats a 404 as no contacts on file', async () => {
      const { el } = await loaded(respond(404, { errors: [{ status: '404' }] }));
      expectHowToAddBoth(el, FACILITY_HREF);
      expect(present(root(el), '[part="error"]')).to.deep.equal([]);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 0, nextOfKin: 0, ignored: 0 }]);
      expect(detailsOf('contacts-error')).to.deep.equal([]);
    });

    it('links to the facility-href the host gives', async () => {
      const href = 'https://www.example.com/facilities';
      const { fetch } = stubFetch(respond(200, empty));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list facility-href=${href} .fetch=${fetch}></health-contacts-list>`,
      );
      await settled(el);
      expectHowToAddBoth(el, href);
    });

    it('is accessible', async () => {
      const { el } = await loaded(respond(200, empty));
      await expect(el).to.be.accessible();
    });
  });

  describe('with emergency contacts only', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      const emergencyOnly = {
        data: full.data.filter((item) => /emergency/i.test(String(item.attributes?.contactType))),
      };
      ({ el } = await loaded(respond(200, emergencyOnly)));
    });

    it('shows the emergency contacts and says how to add a next of kin', () => {
      const [emergency, nextOfKin] = all(el, 'section');
      expect(emergency.querySelectorAll('article').length).to.equal(2);
      expect(present(emergency, '[part="empty"]')).to.deep.equal([]);
      expect(nextOfKin.querySelectorAll('article').length).to.equal(0);
      expect(textOf(nextOfKin.querySelector('[part="empty"]'))).to.equal(
        "To add a next of kin, call your VA health facility. Find your health facility's phone number",
      );
      expect(nextOfKin.querySelector('a')!.getAttribute('href')).to.equal(FACILITY_HREF);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 2, nextOfKin: 0, ignored: 0 }]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('when the contacts cannot be loaded', () => {
    const errorCases: {
      title: string;
      answers: Answer[];
      kind: string;
      status?: number;
      calls: number;
      tryAgain: boolean;
    }[] = [
      { title: 'a 401', answers: [respond(401, { errors: [{ status: '401' }] })], kind: 'unauthorized', status: 401, calls: 1, tryAgain: false },
      { title: 'a 403', answers: [respond(403, { errors: [{ status: '403' }] })], kind: 'forbidden', status: 403, calls: 1, tryAgain: false },
      { title: 'a 400, without retrying', answers: [respond(400, { errors: [{ status: '400' }] })], kind: 'server', status: 400, calls: 1, tryAgain: true },
      { title: 'a 200 whose body is not JSON', answers: [respond(200, '<html>Service unavailable</html>')], kind: 'invalid-response', calls: 1, tryAgain: true },
      { title: 'a 200 whose data is not an array', answers: [respond(200, { data: {} })], kind: 'invalid-response', calls: 1, tryAgain: true },
    ];

    for (const { title, answers, kind, status, calls: expectedCalls, tryAgain } of errorCases) {
      it(`shows the ${kind} error for ${title}`, async () => {
        const { el, calls } = await loaded(...answers);
        const alert = root(el).querySelector('[part="error"]')!;
        expect(textOf(alert.querySelector('h2'))).to.equal("This page isn't available right now.");
        expect(alert.getAttribute('data-kind')).to.equal(kind);
        expect(present(root(el), 'section')).to.deep.equal([]);
        const buttons = [...alert.querySelectorAll('button')].map(textOf);
        expect(buttons).to.deep.equal(tryAgain ? ['Try again'] : []);
        expect(calls).to.have.length(expectedCalls);
        expect(detailsOf('contacts-error')).to.deep.equal([status === undefined ? { kind } : { kind, status }]);
        expect(detailsOf('contacts-load')).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('says the session may have ended for a 401', async () => {
      const { el } = await loaded(respond(401, { errors: [{ status: '401' }] }));
      expect(textOf(root(el).querySelector('[part="error"] p'))).to.equal(
        "We're sorry. Your session may have ended. Sign in again to see your contacts.",
      );
    });

    it('uses the production wording for a server error', async () => {
      const { el } = await loaded(respond(400, {}));
      expect(textOf(root(el).querySelector('[part="error"] p'))).to.equal(
        "We're sorry. Something went wrong on our end. Refresh this page or try again later.",
      );
    });

    // The list retries with the client's backoff (0.25–0.5 s, then 0.5–1 s, jittered), on a clock
    // the test moves: what is asserted is how many requests were made by when, never how long it took.
    describe('retrying, on a controlled clock', () => {
      let clock: ControlledClock;
      beforeEach(() => {
        clock = installControlledClock();
      });
      afterEach(() => clock.restore());

      const mountOnClock = async (fetch: typeof globalThis.fetch) => {
        const el = fixtureSync<HealthContactsList>(html`<health-contacts-list .fetch=${fetch}></health-contacts-list>`);
        await clock.tick(0);
        return el;
      };

      it('retries a 500 and shows the contacts when the retry succeeds', async () => {
        const { fetch, calls } = stubFetch(respondAtOnce(500, { errors: [{ status: '500' }] }), respondAtOnce(200, full));
        const el = await mountOnClock(fetch);
        expect(calls).to.have.length(1);
        await clock.tick(500);
        await el.updateComplete;
        expect(calls).to.have.length(2);
        expect(all(el, 'article').length).to.equal(4);
        expect(detailsOf('contacts-error')).to.deep.equal([]);
      });

      it('shows the server error after a 500 that keeps failing, with a bounded number of retries', async () => {
        const { fetch, calls } = stubFetch(respondAtOnce(500, { errors: [{ status: '500' }] }));
        const el = await mountOnClock(fetch);
        await clock.tick(500);
        expect(calls, 'the first retry, within 0.5 s').to.have.length(2);
        expect(detailsOf('contacts-error')).to.deep.equal([]);
        await clock.tick(1000);
        await el.updateComplete;
        expect(calls, 'the second retry, within 1 s more').to.have.length(3);
        expect(root(el).querySelector('[part="error"]')!.getAttribute('data-kind')).to.equal('server');
        expect(detailsOf('contacts-error')).to.deep.equal([{ kind: 'server', status: 500 }]);
        await clock.tick(60_000);
        expect(calls, 'no retry after the last').to.have.length(3);
      });

      it('shows the network error after retrying a network failure', async () => {
        const { fetch, calls } = stubFetch(failNetwork);
        const el = await mountOnClock(fetch);
        await clock.tick(1500);
        await el.updateComplete;
        expect(calls).to.have.length(3);
        const alert = root(el).querySelector('[part="error"]')!;
        expect(alert.getAttribute('data-kind')).to.equal('network');
        expect(textOf(alert.querySelector('h2'))).to.equal("This page isn't available right now.");
        expect(textOf(alert.querySelector('button'))).to.equal('Try again');
        expect(detailsOf('contacts-error')).to.deep.equal([{ kind: 'network' }]);
        // axe schedules its own timers: it runs on the browser's clock.
        clock.restore();
        await expect(el).to.be.accessible();
      });
    });

    it('shows the timeout error when no answer comes within timeout ms', async () => {
      const { fetch, calls } = stubFetch(stuck);
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list timeout="50" .fetch=${fetch}></health-contacts-list>`,
      );
      await settled(el);
      expect(calls.length).to.equal(1);
      expect(calls[0].init.signal!.aborted).to.be.true;
      const alert = root(el).querySelector('[part="error"]')!;
      expect(alert.getAttribute('data-kind')).to.equal('timeout');
      expect(textOf(alert.querySelector('button'))).to.equal('Try again');
      expect(detailsOf('contacts-error')).to.deep.equal([{ kind: 'timeout' }]);
      await expect(el).to.be.accessible();
    });

    it('fires contacts-error once the message is on screen', async () => {
      const { fetch } = stubFetch(respond(403, {}));
      const el = document.createElement('health-contacts-list');
      el.fetch = fetch;
      const alertWhenAnnounced = oneEvent(el, 'contacts-error').then(() => root(el).querySelector('[part="error"]'));
      await fixture(el);
      expect(textOf(await alertWhenAnnounced)).to.include("This page isn't available right now.");
    });
  });

  describe('"Try again"', () => {
    it('loads the contacts again when clicked', async () => {
      const { el, calls } = await loaded(respond(400, {}), respond(200, full));
      (root(el).querySelector('[part="error"] button') as HTMLButtonElement).click();
      await waitUntil(() => showsGroups(el), 'contacts never shown');
      await el.updateComplete;
      expect(calls.length).to.equal(2);
      expect(present(root(el), '[part="error"]')).to.deep.equal([]);
      expect(texts(el, '[part="name"]')).to.deep.equal([
        'Denise Okafor',
        'Marcus Lee',
        'Mrs. Alma Luisa Reyes',
        'Tomas Reyes Jr.',
      ]);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 2, nextOfKin: 2, ignored: 1 }]);
    });
  });

  describe('reload()', () => {
    it('fetches the contacts again and shows the new answer', async () => {
      const { el, calls } = await loaded(respond(200, full), respond(200, partial));
      await el.reload();
      await el.updateComplete;
      expect(calls.length).to.equal(2);
      expect(texts(el, '[part="name"]')).to.deep.equal(['Rosa', 'Hiroshi Tanaka']);
      expect(detailsOf('contacts-load')).to.deep.equal([
        { emergency: 2, nextOfKin: 2, ignored: 1 },
        { emergency: 1, nextOfKin: 1, ignored: 0 },
      ]);
    });

    it('throws nothing into the page on a list that was never put on the page', async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent) => uncaught.push(event.error);
      window.addEventListener('error', onError);
      try {
        const el = document.createElement('health-contacts-list');
        el.fetch = stubFetch(respond(200, full)).fetch;
        await el.reload();
        // Announcements are written a little after they are given.
        await aTimeout(300);
      } finally {
        window.removeEventListener('error', onError);
      }
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('contacts given by the host', () => {
    it('shows them, fires contacts-load and fetches nothing', async () => {
      const { fetch, calls } = stubFetch(respond(200, full));
      const contacts = [
        { contactType: 'Primary Next of Kin', givenName: 'Ana', familyName: 'Silva', primaryPhone: '202-555-0111' },
        { contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho', relationship: 'Friend' },
      ];
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list .fetch=${fetch} .contacts=${contacts}></health-contacts-list>`,
      );
      await el.updateComplete;
      expect(texts(el, '[part="name"]')).to.deep.equal(['Ben Cho', 'Ana Silva']);
      expect(texts(el, 'article > h3')).to.deep.equal(['Primary emergency contact', 'Primary next of kin']);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 1, nextOfKin: 1, ignored: 0 }]);
      await aTimeout(20);
      expect(calls.length).to.equal(0);
    });

    it('fires contacts-load once however often it renders again (hosts count it)', async () => {
      const contacts = [{ contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho' }];
      const el = await fixture<HealthContactsList>(html`<health-contacts-list .contacts=${contacts}></health-contacts-list>`);
      await el.updateComplete;
      el.editable = true;
      await el.updateComplete;
      el.headingLevel = 4;
      await el.updateComplete;
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      el.requestUpdate();
      await el.updateComplete;
      expect(root(el).querySelectorAll('section > h4').length, 'group headings at the new level').to.equal(2);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 1, nextOfKin: 0, ignored: 0 }]);
      el.contacts = [...contacts, { contactType: 'Primary Next of Kin', givenName: 'Ana' }];
      await el.updateComplete;
      expect(detailsOf('contacts-load')).to.deep.equal([
        { emergency: 1, nextOfKin: 0, ignored: 0 },
        { emergency: 1, nextOfKin: 1, ignored: 0 },
      ]);
    });
  });

  describe('the request', () => {
    it('asks src for camelCase JSON with the credentials mode given', async () => {
      const src = 'https://api.example.com/v0/profile/contacts';
      const { fetch, calls } = stubFetch(respond(200, full));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list src=${src} credentials="include" .fetch=${fetch}></health-contacts-list>`,
      );
      await settled(el);
      expect(calls.length).to.equal(1);
      expect(calls[0].url).to.equal(src);
      expect(calls[0].init.credentials).to.equal('include');
      expect(calls[0].init.method).to.equal('GET');
      expect(new Headers(calls[0].init.headers).get('X-Key-Inflection')).to.equal('camel');
    });

    it('asks /v0/profile/contacts with same-origin credentials by default', async () => {
      const { calls } = await loaded(respond(200, full));
      expect(calls.map((call) => [call.url, call.init.credentials])).to.deep.equal([
        ['/v0/profile/contacts', 'same-origin'],
      ]);
    });
  });

  describe('removed while loading', () => {
    let uncaught: unknown[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.error ?? event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(event.reason);
    beforeEach(() => {
      uncaught = [];
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('aborts the request, renders nothing and throws nothing', async () => {
      const { el, calls } = await mount(stuck);
      await waitUntil(() => calls.length === 1, 'no request made');
      el.remove();
      expect(calls[0].init.signal!.aborted).to.be.true;
      await el.updateComplete;
      await aTimeout(20);
      expect(present(root(el), '[part="error"], article')).to.deep.equal([]);
      expect(detailsOf('contacts-error')).to.deep.equal([]);
      expect(detailsOf('contacts-load')).to.deep.equal([]);
      expect(uncaught).to.deep.equal([]);
    });

    it('discards an answer that arrives after it was removed', async () => {
      const answer = heldBack(respond(200, full));
      const { el, calls } = await mount(answer.answer);
      await waitUntil(() => calls.length === 1, 'no request made');
      el.remove();
      answer.release();
      await aTimeout(20);
      await el.updateComplete;
      expect(present(root(el), '[part="error"], article')).to.deep.equal([]);
      expect(events.map((event) => event.type)).to.deep.equal([]);
      expect(uncaught).to.deep.equal([]);
    });
  });

  describe('src changed while loading', () => {
    it('discards the older answer and shows only the newest', async () => {
      const older = heldBack(respond(200, partial));
      const calls: string[] = [];
      const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
        calls.push(String(input));
        return String(input) === '/old' ? older.answer(init) : respond(200, full)(init);
      }) as typeof globalThis.fetch;
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list src="/old" .fetch=${fetch}></health-contacts-list>`,
      );
      await waitUntil(() => calls.length === 1, 'no request made');
      el.src = '/new';
      await settled(el);
      older.release();
      await aTimeout(20);
      await el.updateComplete;
      expect(calls).to.deep.equal(['/old', '/new']);
      expect(texts(el, '[part="name"]')).to.deep.equal([
        'Denise Okafor',
        'Marcus Lee',
        'Mrs. Alma Luisa Reyes',
        'Tomas Reyes Jr.',
      ]);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 2, nextOfKin: 2, ignored: 1 }]);
    });
  });

  describe('the "Learn how to update" disclosure', () => {
    it('is a native details element, closed at first, with the summary from the production page', async () => {
      const { el } = await loaded(respond(200, full));
      const details = root(el).querySelector('details')!;
      expect(details.open).to.be.false;
      expect(textOf(details.querySelector('summary'))).to.equal(
        'Learn how to update your personal health care contact information',
      );
      expect(root(el).firstElementChild === details, 'the disclosure comes first').to.be.true;
    });

    it('opens and closes with the keyboard, telling the host each time', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const wrapper = await fixture<HTMLDivElement>(
        html`<div><button>Before</button><health-contacts-list .fetch=${fetch}></health-contacts-list></div>`,
      );
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      const details = root(el).querySelector('details')!;
      const strong = details.querySelector('strong')!;
      expect(strong.checkVisibility()).to.be.false;

      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.localName).to.equal('summary');
      const opened = oneEvent(el, 'additional-info-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await opened).detail).to.deep.equal({ open: true });

      expect(details.open).to.be.true;
      expect(strong.checkVisibility()).to.be.true;
      expect(textOf(strong)).to.equal('contact your VA health facility');
      expect(Number(getComputedStyle(strong).fontWeight)).to.be.at.least(700);
      expect(textOf(details.querySelector('p'))).to.equal(
        "If this information isn't correct, ask a staff member at your next appointment or contact your VA health facility. Find your health facility's phone number",
      );
      const link = details.querySelector('a')!;
      expect(textOf(link)).to.equal("Find your health facility's phone number");
      expect(link.getAttribute('href')).to.equal(FACILITY_HREF);
      expect(link.checkVisibility()).to.be.true;

      const closed = oneEvent(el, 'additional-info-toggle');
      await sendKeys({ press: 'Enter' });
      expect((await closed).detail).to.deep.equal({ open: false });
      expect(details.open).to.be.false;
      expect(detailsOf('additional-info-toggle')).to.deep.equal([{ open: true }, { open: false }]);
    });

    it('does not announce a toggle nobody made', async () => {
      await loaded(respond(200, full));
      await aTimeout(20);
      expect(detailsOf('additional-info-toggle')).to.deep.equal([]);
    });

    it("points the disclosure's facility link at the facility-href the host gives", async () => {
      const href = 'https://www.example.com/facilities';
      const { fetch } = stubFetch(respond(200, full));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list facility-href=${href} .fetch=${fetch}></health-contacts-list>`,
      );
      expect(root(el).querySelector('details a')!.getAttribute('href')).to.equal(href);
    });

    it('shows the host content of the additional-info slot instead of its body', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list .fetch=${fetch}><p slot="additional-info">Call 800-555-0100 to update.</p></health-contacts-list>`,
      );
      await settled(el);
      const details = root(el).querySelector('details')!;
      details.querySelector('summary')!.click();
      await oneEvent(el, 'additional-info-toggle');
      const slot = details.querySelector<HTMLSlotElement>('slot[name="additional-info"]')!;
      expect(slot.assignedElements().map(textOf)).to.deep.equal(['Call 800-555-0100 to update.']);
      expect(el.querySelector('p')!.checkVisibility()).to.be.true;
      expect(details.querySelector('strong')!.checkVisibility()).to.be.false;
      expect(details.querySelector('a')!.checkVisibility()).to.be.false;
    });

    it('is accessible when open', async () => {
      const { el } = await loaded(respond(200, full));
      root(el).querySelector('summary')!.click();
      await oneEvent(el, 'additional-info-toggle');
      expect(root(el).querySelector('details')!.open).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    it('sets the group headings and puts the card headings one level below', async () => {
      const { fetch } = stubFetch(respond(200, full));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list heading-level="3" .fetch=${fetch}></health-contacts-list>`,
      );
      await settled(el);
      expect(tagsOf(el, 'section > :is(h1, h2, h3, h4, h5, h6)')).to.deep.equal(['h3', 'h3']);
      expect(texts(el, 'section > h3')).to.deep.equal(['Medical emergency contacts', 'Next of kin contacts']);
      expect(tagsOf(el, 'article > :is(h1, h2, h3, h4, h5, h6)')).to.deep.equal(['h4', 'h4', 'h4', 'h4']);
      expect(present(root(el), 'h2')).to.deep.equal([]);
    });

    it('sets the error heading too', async () => {
      const { fetch } = stubFetch(respond(400, {}));
      const el = await fixture<HealthContactsList>(
        html`<health-contacts-list heading-level="3" .fetch=${fetch}></health-contacts-list>`,
      );
      await settled(el);
      expect(tagsOf(el, '[part="error"] > :is(h1, h2, h3, h4, h5, h6)')).to.deep.equal(['h3']);
    });
  });

  describe('non-patient', () => {
    let el: HealthContactsList;
    let calls: Call[];
    beforeEach(async () => {
      const stub = stubFetch(respond(200, full));
      calls = stub.calls;
      el = await fixture<HealthContactsList>(
        html`<health-contacts-list non-patient .fetch=${stub.fetch}></health-contacts-list>`,
      );
    });

    it('says the person gets no VA health care, with a link to learn about it, and fetches nothing', async () => {
      expect(textOf(root(el))).to.include(
        "Our records show that you don't currently receive health care benefits from the VA.",
      );
      const links = all(el, 'a');
      expect(links.length).to.equal(1);
      expect(textOf(links[0])).to.equal('Learn about VA health benefits');
      expect(links[0].getAttribute('href')).to.match(/^https:\/\/www\.va\.gov\//);
      expect(present(root(el), 'section, article, [part="error"]')).to.deep.equal([]);
      expect(textOf(root(el))).not.to.include('Please wait');
      await aTimeout(20);
      expect(calls.length).to.equal(0);
      expect(events.map((event) => event.type)).to.deep.equal([]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('tel-click', () => {
    /** Clicks a link the way a person does, checking the element left the default alone, then stops the dialler. */
    function clickWithoutDialling(link: HTMLElement): boolean[] {
      const defaultPreventedBefore: boolean[] = [];
      const stopDialling = (event: Event) => {
        defaultPreventedBefore.push(event.defaultPrevented);
        event.preventDefault();
      };
      window.addEventListener('click', stopDialling);
      try {
        link.click();
      } finally {
        window.removeEventListener('click', stopDialling);
      }
      return defaultPreventedBefore;
    }

    it('tells the host which role and which phone was clicked, and still lets the link dial', async () => {
      const { el } = await loaded(respond(200, full));
      const [primary, alternate] = all(el, 'a[href^="tel:"]');
      expect(clickWithoutDialling(primary)).to.deep.equal([false]);
      expect(clickWithoutDialling(alternate)).to.deep.equal([false]);
      expect(detailsOf('tel-click')).to.deep.equal([
        { role: 'emergency-primary', phone: 'primary' },
        { role: 'emergency-primary', phone: 'alternate' },
      ]);
    });

    it('names the next of kin roles', async () => {
      const { el } = await loaded(respond(200, full));
      const links = all(el, 'section:last-of-type a[href^="tel:"]');
      for (const link of links) clickWithoutDialling(link);
      expect(detailsOf('tel-click')).to.deep.equal([
        { role: 'next-of-kin-primary', phone: 'primary' },
        { role: 'next-of-kin-primary', phone: 'alternate' },
        { role: 'next-of-kin-secondary', phone: 'primary' },
      ]);
    });

    it('is not fired by clicks elsewhere', async () => {
      const { el } = await loaded(respond(200, full));
      all(el, '[part="name"]')[0].click();
      clickWithoutDialling(root(el).querySelector('details a')!);
      expect(detailsOf('tel-click')).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('all bubble, are composed and carry no names, phone numbers or addresses', async () => {
      const { el } = await loaded(respond(200, full));
      const summary = root(el).querySelector('summary')!;
      summary.click();
      await oneEvent(el, 'additional-info-toggle');
      summary.click();
      await oneEvent(el, 'additional-info-toggle');
      const stopDialling = (event: Event) => event.preventDefault();
      window.addEventListener('click', stopDialling);
      try {
        for (const link of all(el, 'a[href^="tel:"]')) link.click();
      } finally {
        window.removeEventListener('click', stopDialling);
      }
      const failing = await fixture<HealthContactsList>(
        html`<health-contacts-list .fetch=${stubFetch(respond(400, {})).fetch}></health-contacts-list>`,
      );
      await settled(failing);

      expect(new Set(events.map((event) => event.type))).to.deep.equal(new Set(EVENT_NAMES));
      const personal = full.data.flatMap((item) => {
        const a = item.attributes ?? {};
        const values = ['givenName', 'middleName', 'familyName', 'addressLine1', 'addressLine2', 'city', 'zipCode', 'primaryPhone', 'alternatePhone']
          .map((key) => a[key])
          .filter((value): value is string => typeof value === 'string' && value !== '');
        const phoneDigits = [a.primaryPhone, a.alternatePhone]
          .filter((value): value is string => typeof value === 'string')
          .map((phone) => phone.replace(/\D/g, '').slice(-7));
        return [...values, ...phoneDigits];
      });
      expect(personal).to.include.members(['Denise', 'Okafor', '1221 Maple Grove Rd', '(916) 555-0142', '5550142']);
      for (const event of events) {
        expect(event.bubbles, `${event.type} bubbles`).to.be.true;
        expect(event.composed, `${event.type} is composed`).to.be.true;
        const detail = JSON.stringify(event.detail);
        const detailDigits = detail.replace(/\D/g, '');
        for (const value of personal) {
          expect(detail.toLowerCase(), `${event.type} detail`).not.to.include(value.toLowerCase());
          if (/^\d+$/.test(value)) expect(detailDigits, `${event.type} detail`).not.to.include(value);
        }
      }
    });
  });

  describe('with markup, script and wrong types in the data', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      delete (window as any).__pwned;
      ({ el } = await loaded(respond(200, hostile)));
    });

    it('shows markup as text and runs nothing', async () => {
      await aTimeout(20);
      expect((window as any).__pwned).to.be.undefined;
      const [first] = all(el, 'article');
      expect(textOf(first.querySelector('[part="name"]'))).to.equal(
        '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>',
      );
      expect(textOf(first.querySelector('[part="relationship"]'))).to.equal('"><svg onload=window.__pwned=1>');
      expect(present(root(el), 'img, script, svg, iframe, object, embed, style, link')).to.deep.equal([]);
      expect(detailsOf('contacts-load')).to.deep.equal([{ emergency: 1, nextOfKin: 1, ignored: 5 }]);
    });

    it('renders only its own structure', () => {
      const allowed = new Set(['details', 'summary', 'div', 'slot', 'p', 'strong', 'a', 'section', 'h2', 'h3', 'article', 'br']);
      const unexpected = all(el, '*').map((node) => node.localName).filter((name) => !allowed.has(name));
      expect(unexpected).to.deep.equal([]);
    });

    it('links only to tel: numbers and https pages, never javascript:', () => {
      const hrefs = all(el, 'a[href]').map((link) => link.getAttribute('href')!);
      expect(hrefs).to.include(FACILITY_HREF);
      for (const href of hrefs) {
        expect(href.startsWith('tel:') || new URL(href).protocol === 'https:', href).to.be.true;
      }
      expect(texts(el, '[part="phone-text"]')).to.include.members([
        'javascript:window.__pwned=1//5125550108',
        'CALL-ME-NOW',
        '12345',
      ]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('inside a <flag-gate>', () => {
    it('makes no request while the flag is off', async () => {
      const { fetch, calls } = stubFetch(respond(200, full));
      const gate = await fixture<HTMLElement>(
        html`<flag-gate flag="x" .rules=${{ enabled: false }}>
          <health-contacts-list .fetch=${fetch}></health-contacts-list>
        </flag-gate>`,
      );
      const el = gate.querySelector('health-contacts-list')!;
      await el.updateComplete;
      await aTimeout(50);
      expect(calls.length).to.equal(0);
      expect(present(root(el), 'section, [part="error"]')).to.deep.equal([]);
    });

    it('fetches once when the flag is on', async () => {
      const { fetch, calls } = stubFetch(respond(200, full));
      const gate = await fixture<HTMLElement>(
        html`<flag-gate flag="x" .rules=${{ enabled: true }}>
          <health-contacts-list .fetch=${fetch}></health-contacts-list>
        </flag-gate>`,
      );
      const el = gate.querySelector('health-contacts-list')!;
      await settled(el);
      await aTimeout(20);
      expect(calls.length).to.equal(1);
      expect(all(el, 'article').length).to.equal(4);
    });
  });
});
