import { expect, fixtureSync, html, waitUntil as waitUntilOnce } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactCard, FlagGate, HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';

/** Every event the elements dispatch. */
const EVENT_TYPES = [
  'contacts-load',
  'contacts-error',
  'additional-info-toggle',
  'tel-click',
  'flag-change',
  'flag-error',
  'component-library-analytics',
];
const CONSOLE_METHODS = ['log', 'info', 'warn', 'error', 'debug'] as const;
const NAME_FIELDS = ['givenName', 'middleName', 'familyName'];
const ADDRESS_FIELDS = ['addressLine1', 'addressLine2', 'addressLine3', 'city'];
const PHONE_FIELDS = ['primaryPhone', 'alternatePhone'];

/** Waits for a condition; generous, as another test file may be using the CPU at the same time. */
const waitUntil = (predicate: () => unknown, message?: string) => waitUntilOnce(predicate, message, { timeout: 5_000 });

type Document = { data: Array<{ attributes?: Record<string, unknown> | null } | null | string> };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * What must never leave the elements: each name and street address as written, and every run of
 * seven digits of each phone number, however it is punctuated or spaced ("555-0142", "5 5 5. 0 1 4 2").
 */
function personalData(document: Document): Array<{ what: string; pattern: RegExp }> {
  const needles: Array<{ what: string; pattern: RegExp }> = [];
  for (const item of document.data) {
    const attributes = typeof item === 'object' && item?.attributes;
    if (!attributes || typeof attributes !== 'object') continue;
    for (const field of [...NAME_FIELDS, ...ADDRESS_FIELDS]) {
      const value = attributes[field];
      if (typeof value !== 'string' || value.trim().length < 3) continue;
      needles.push({ what: `${field} ${JSON.stringify(value)}`, pattern: new RegExp(`(^|\\W)${escapeRegExp(value.trim())}($|\\W)`) });
    }
    for (const field of PHONE_FIELDS) {
      const digits = typeof attributes[field] === 'string' ? (attributes[field] as string).replace(/\D/g, '') : '';
      for (let start = 0; start + 7 <= digits.length; start += 1) {
        const run = digits.slice(start, start + 7);
        needles.push({ what: `${field} digits ${run}`, pattern: new RegExp(run.split('').join('\\D{0,3}')) });
      }
    }
  }
  return needles;
}

/** Records everything the page exposes to analytics, logs, URLs and storage while a test runs. */
function observePage() {
  const events: string[] = [];
  const types = new Set<string>();
  const consoleLines: string[] = [];
  const fetched: string[] = [];
  const listeners = EVENT_TYPES.map((type) => {
    const listener = (event: Event) => {
      types.add(type);
      events.push(`${type} ${JSON.stringify((event as CustomEvent).detail)}`);
    };
    window.addEventListener(type, listener, { capture: true });
    return () => window.removeEventListener(type, listener, { capture: true });
  });
  const originals = CONSOLE_METHODS.map((method) => {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      consoleLines.push(`${method}: ${args.map((arg) => (typeof arg === 'string' ? arg : safeJson(arg))).join(' ')}`);
      original.apply(console, args);
    };
    return () => (console[method] = original);
  });
  // A tel: link must still dial in real use (the elements never cancel it); here the test stops the navigation itself.
  const cancelledByElements: boolean[] = [];
  const stopDialling = (event: Event) => {
    const target = event.composedPath()[0];
    if (!(target instanceof Element && target.closest('a[href^="tel:"]'))) return;
    cancelledByElements.push(event.defaultPrevented);
    event.preventDefault();
  };
  window.addEventListener('click', stopDialling);

  return {
    events,
    types,
    consoleLines,
    fetched,
    cancelledByElements,
    /** A fetch stub answering from `answer`, recording the URL and request of every call. */
    stub(answer: (url: string) => Response): typeof window.fetch {
      return (async (input: RequestInfo | URL, init: RequestInit = {}) => {
        fetched.push(`${String(input)} ${safeJson({ headers: init.headers, credentials: init.credentials, body: init.body })}`);
        return answer(String(input));
      }) as typeof window.fetch;
    },
    /** Everything a person's data must not appear in, by place. */
    places(): Record<string, string> {
      const storage = (store: Storage) =>
        Array.from({ length: store.length }, (_, i) => `${store.key(i)}=${store.getItem(store.key(i)!)}`).join('\n');
      return {
        'event details': events.join('\n'),
        console: consoleLines.join('\n'),
        'fetched URLs': fetched.join('\n'),
        'resource URLs': performance.getEntriesByType('resource').map((entry) => entry.name).join('\n'),
        'location.href': location.href,
        'history.state': safeJson(history.state),
        localStorage: storage(localStorage),
        sessionStorage: storage(sessionStorage),
        'document.cookie': document.cookie,
        'document.title': document.title,
      };
    },
    restore() {
      listeners.forEach((remove) => remove());
      originals.forEach((restore) => restore());
      window.removeEventListener('click', stopDialling);
    },
  };
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

for (const fixtureName of ['contacts-full.json', 'contacts-hostile.json']) {
  describe(`privacy with ${fixtureName}`, () => {
    let page: ReturnType<typeof observePage>;
    let contacts: Document;
    let toggles: unknown;

    before(async () => {
      contacts = await loadFixture<Document>(fixtureName);
      toggles = await loadFixture('feature-toggles.json');
    });
    beforeEach(() => (page = observePage()));
    afterEach(() => page.restore());

    it('puts no name, phone or street address in events, console, URLs, storage or the title', async () => {
      const togglesFetch = page.stub(() => json(toggles));
      const contactsFetch = page.stub(() => json(contacts));
      const brokenFetch = page.stub(() => new Response(JSON.stringify(contacts).slice(0, -3), { status: 200 }));
      const first = contacts.data.find((item) => typeof item === 'object' && item?.attributes)!;
      const firstAttributes = (first as { attributes: Record<string, unknown> }).attributes;
      const stringAttribute = (field: string) => (typeof firstAttributes[field] === 'string' ? firstAttributes[field] : '');

      // fixtureSync: a test page may run hidden beside another, where animation frames never come.
      const container = fixtureSync<HTMLDivElement>(html`<div>
        <flag-gate flag="profile_contacts" src="/v0/feature_toggles?privacy=${fixtureName}" .fetch=${togglesFetch}>
          <health-contacts-list src="/v0/profile/contacts?privacy=${fixtureName}" .fetch=${contactsFetch}></health-contacts-list>
        </flag-gate>
        <flag-gate flag="no_such_flag" src="/v0/feature_toggles?privacy=${fixtureName}" .fetch=${togglesFetch}>
          <p slot="fallback">Off</p>
        </flag-gate>
        <health-contacts-list src="/v0/profile/contacts?privacy=broken-${fixtureName}" .fetch=${brokenFetch}></health-contacts-list>
        <contact-card
          contact-type="Emergency Contact"
          given-name=${stringAttribute('givenName')}
          family-name=${stringAttribute('familyName')}
          address-line1=${stringAttribute('addressLine1')}
          primary-phone="(916) 555-0142"
          alternate-phone=${stringAttribute('primaryPhone')}
        ></contact-card>
      </div>`);
      const [list, brokenList] = container.querySelectorAll<HealthContactsList>('health-contacts-list');
      const card = container.querySelector<ContactCard>('contact-card')!;
      await waitUntil(() => page.types.has('contacts-load') && page.types.has('contacts-error') && page.types.has('flag-error'), 'elements did not settle');
      await Promise.all([list!.updateComplete, brokenList!.updateComplete, card.updateComplete]);
      await Promise.all([...container.querySelectorAll<FlagGate>('flag-gate')].map((gate) => gate.updateComplete));

      // What a person does on the page: open and close the disclosure, tap each phone number.
      const summary = list!.shadowRoot!.querySelector('summary')!;
      summary.click();
      await waitUntil(() => page.events.some((line) => line.startsWith('additional-info-toggle')), 'no toggle event');
      summary.click();
      const telLinks = [
        ...list!.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'),
        ...card.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]'),
      ];
      expect(telLinks.length, 'phone links to tap').to.be.above(0);
      telLinks.forEach((link) => link.click());
      await waitUntil(() => page.events.filter((line) => line.startsWith('additional-info-toggle')).length === 2, 'no second toggle');

      expect([...page.types].sort(), 'every event type was exercised').to.deep.equal([...EVENT_TYPES].sort());
      expect(page.events.filter((line) => line.startsWith('tel-click')).length).to.equal(telLinks.length);
      expect(page.cancelledByElements, 'tapped links the elements cancelled (they must still dial)').to.deep.equal(
        telLinks.map(() => false),
      );

      // The data really is on screen, so the search below is searching for something real.
      const shown = list!.shadowRoot!.textContent! + card.shadowRoot!.textContent!;
      const needles = personalData(contacts);
      expect(needles.filter(({ pattern }) => pattern.test(shown)).length, 'personal data shown on screen').to.be.above(2);

      const leaks: string[] = [];
      for (const [place, text] of Object.entries(page.places())) {
        for (const { what, pattern } of needles) if (pattern.test(text)) leaks.push(`${what} in ${place}`);
      }
      expect(leaks).to.deep.equal([]);
    });
  });
}
