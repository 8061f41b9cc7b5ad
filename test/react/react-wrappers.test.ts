import { expect, waitUntil } from '@open-wc/testing';
import { act, createElement as h, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { ContactCard as ContactCardElement, HealthContactsList as HealthContactsListElement } from '../../src/classes.js';
import { ContactCard, FlagGate, HealthContactsList } from '../../src/react.js';
import type { HealthContactsEventDetails } from '../../src/shared/events.js';
import { createContactsService, serviceFetch } from '../../demo/contacts-service.mjs';
import { validateContactForm } from '../../src/editing/validation.js';
import { loadFixture } from '../fixtures.js';
import { respond, stubFetch, stuck } from '../stub-fetch.js';

// Tells React that renders are wrapped in act(), as in its own test setups.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Detail<K extends keyof HealthContactsEventDetails> = HealthContactsEventDetails[K];

const EMERGENCY = { contactType: 'Emergency Contact', givenName: 'Rosa', familyName: 'Diaz', primaryPhone: '202-555-0123' };
const NEXT_OF_KIN = { contactType: 'Primary Next of Kin', givenName: 'Alma', familyName: 'Reyes', relationship: 'Spouse' };

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('React components', () => {
  let container: HTMLElement;
  let root: Root;
  let mounted = false;
  // Whatever React or the elements report while a test runs; none is expected.
  let reported: unknown[] = [];
  const consoleError = console.error;
  const onWindowError = (event: ErrorEvent | PromiseRejectionEvent) =>
    reported.push('reason' in event ? event.reason : event.error);

  beforeEach(() => {
    reported = [];
    console.error = (...args: unknown[]) => reported.push(args);
    window.addEventListener('error', onWindowError);
    window.addEventListener('unhandledrejection', onWindowError);
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    mounted = true;
  });

  afterEach(async () => {
    if (mounted) await act(async () => root.unmount());
    container.remove();
    console.error = consoleError;
    window.removeEventListener('error', onWindowError);
    window.removeEventListener('unhandledrejection', onWindowError);
    expect(reported, 'errors reported while the test ran').to.deep.equal([]);
  });

  async function render(node: ReactNode) {
    await act(async () => root.render(node));
  }

  async function unmount() {
    await act(async () => root.unmount());
    mounted = false;
  }

  const list = () => container.querySelector<HealthContactsListElement>('health-contacts-list')!;
  const cardsIn = (el: Element) => [...el.shadowRoot!.querySelectorAll('article[part="card"]')];
  const namesIn = (el: Element) => [...el.shadowRoot!.querySelectorAll('[part="name"]')].map(textOf);

  async function cardsShown(count: number) {
    await waitUntil(() => list()?.shadowRoot && cardsIn(list()).length === count, `expected ${count} cards`, {
      timeout: 2000,
    });
    await list().updateComplete;
  }

  describe('<HealthContactsList> inside <FlagGate>', () => {
    it('shows the contacts given as a prop once the flag is on, and reports their counts', async () => {
      const loads: Detail<'contacts-load'>[] = [];
      const changes: Detail<'flag-change'>[] = [];
      await render(
        h(
          FlagGate,
          { flag: 'profile_contacts', rules: { enabled: true }, onFlagChange: (event) => changes.push(event.detail) },
          h(HealthContactsList, { contacts: [EMERGENCY, NEXT_OF_KIN], onContactsLoad: (event) => loads.push(event.detail) }),
        ),
      );
      await cardsShown(2);

      expect(namesIn(list())).to.deep.equal(['Rosa Diaz', 'Alma Reyes']);
      expect(loads).to.deep.equal([{ emergency: 1, nextOfKin: 1, ignored: 0 }]);
      expect(changes).to.deep.equal([{ flag: 'profile_contacts', enabled: true, source: 'rules' }]);
      await expect(container).to.be.accessible();
    });

    it('shows the fallback given with slot="fallback" when the flag is off, and fetches nothing', async () => {
      const { fetch, calls } = stubFetch(respond(200, { data: [] }));
      const changes: Detail<'flag-change'>[] = [];
      await render(
        h(
          FlagGate,
          { flag: 'profile_contacts', rules: { enabled: false }, onFlagChange: (event) => changes.push(event.detail) },
          h(HealthContactsList, { fetch, src: '/react/gated-contacts' }),
          h('p', { slot: 'fallback' }, 'Contacts are coming soon.'),
        ),
      );
      const gate = container.querySelector('flag-gate')!;
      await waitUntil(() => gate.shadowRoot?.querySelector('slot[name="fallback"]'), 'the fallback never showed');

      const fallbackSlot = gate.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="fallback"]')!;
      expect(fallbackSlot.assignedElements().map(textOf)).to.deep.equal(['Contacts are coming soon.']);
      expect(gate.shadowRoot!.querySelector('slot:not([name])'), 'the gated content').to.equal(null);
      expect(changes).to.deep.equal([{ flag: 'profile_contacts', enabled: false, source: 'rules' }]);
      expect(calls).to.deep.equal([]);
      await expect(container).to.be.accessible();
    });
  });

  describe('<HealthContactsList>', () => {
    it('fetches its contacts with the fetch function given as the fetch prop', async () => {
      const full = await loadFixture('contacts-full.json');
      const { fetch, calls } = stubFetch(respond(200, full));
      const loads: Detail<'contacts-load'>[] = [];
      await render(
        h(HealthContactsList, { fetch, src: '/react/contacts', onContactsLoad: (event) => loads.push(event.detail) }),
      );
      await cardsShown(4);

      expect(calls.map((call) => new URL(call.url, location.href).pathname)).to.deep.equal(['/react/contacts']);
      expect(loads).to.deep.equal([{ emergency: 2, nextOfKin: 2, ignored: 1 }]);
      await expect(container).to.be.accessible();
    });

    it('calls onContactsError with the kind of failure', async () => {
      const { fetch } = stubFetch(respond(403, { errors: [] }));
      const errors: Detail<'contacts-error'>[] = [];
      await render(
        h(HealthContactsList, { fetch, src: '/react/forbidden', onContactsError: (event) => errors.push(event.detail) }),
      );
      await waitUntil(() => errors.length > 0, 'contacts-error never came');

      expect(errors).to.deep.equal([{ kind: 'forbidden', status: 403 }]);
      expect(textOf(list().shadowRoot!.querySelector('[part="error"]'))).to.contain("This page isn't available right now.");
    });

    it('calls onTelClick when a phone link is activated', async () => {
      const clicks: Detail<'tel-click'>[] = [];
      await render(h(HealthContactsList, { contacts: [EMERGENCY], onTelClick: (event) => clicks.push(event.detail) }));
      await cardsShown(1);
      // The host's own listener keeps the test page from following the tel: link.
      container.addEventListener('click', (event) => event.preventDefault());

      list().shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();

      expect(clicks).to.deep.equal([{ role: 'emergency-primary', phone: 'primary' }]);
    });

    it('calls onAdditionalInfoToggle when the person opens the disclosure', async () => {
      const toggles: Detail<'additional-info-toggle'>[] = [];
      await render(
        h(HealthContactsList, { contacts: [], onAdditionalInfoToggle: (event) => toggles.push(event.detail) }),
      );
      await waitUntil(() => list().shadowRoot?.querySelector('summary'), 'no disclosure');

      list().shadowRoot!.querySelector('summary')!.click();
      await waitUntil(() => toggles.length > 0, 'additional-info-toggle never came');

      expect(toggles).to.deep.equal([{ open: true }]);
    });

    it('calls onContactEditRequest with the id and role when the person presses a card\'s "Edit"', async () => {
      const requests: Detail<'contact-edit-request'>[] = [];
      await render(
        h(HealthContactsList, {
          contacts: [{ ...EMERGENCY, id: 'c-1' }, NEXT_OF_KIN],
          editable: true,
          onContactEditRequest: (event) => requests.push(event.detail),
        }),
      );
      await cardsShown(2);

      const buttons = [...list().shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="edit-button"]')];
      buttons.forEach((button) => button.click());

      expect(requests).to.deep.equal([{ id: 'c-1', role: 'emergency-primary' }, { role: 'next-of-kin-primary' }]);
    });

    it('calls onContactSave, then the list shows the saved contact, when the person edits and saves', async () => {
      const service = createContactsService({ document: await loadFixture('contacts-full.json'), validate: validateContactForm });
      const saves: Detail<'contact-save'>[] = [];
      await render(h(HealthContactsList, { fetch: serviceFetch(service), editable: true, onContactSave: (event) => saves.push(event.detail) }));
      await cardsShown(4);
      list().shadowRoot!.querySelector<HTMLButtonElement>('article[data-role="emergency-secondary"] [part~="edit-button"]')!.click();
      await waitUntil(() => list().shadowRoot!.querySelector('[part~="editor"]'), 'the editor never opened');
      for (const [name, value] of [['relationship', 'UNRELATED FRIEND'], ['familyName', 'Lee-Park']]) {
        const control = list().shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
        control.value = value;
        control.dispatchEvent(new Event('change', { bubbles: true }));
      }
      list().shadowRoot!.querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
      await waitUntil(() => saves.length > 0, 'onContactSave was never called');
      expect(saves).to.deep.equal([{ role: 'emergency-secondary', action: 'update' }]);
      await waitUntil(() => textOf(list().shadowRoot!.querySelector('article[data-role="emergency-secondary"]')).includes('Lee-Park'), 'not shown');
    });

    it('calls only the newest handler after a re-render replaces it', async () => {
      const calls: string[] = [];
      const view = (name: string) =>
        h(HealthContactsList, { contacts: [EMERGENCY], onTelClick: () => calls.push(name) });
      await render(view('first'));
      await cardsShown(1);
      await render(view('second'));
      container.addEventListener('click', (event) => event.preventDefault());

      list().shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();

      expect(calls).to.deep.equal(['second']);
    });

    it('shows new contacts when the contacts prop changes', async () => {
      await render(h(HealthContactsList, { contacts: [EMERGENCY] }));
      await cardsShown(1);

      await render(h(HealthContactsList, { contacts: [EMERGENCY, NEXT_OF_KIN] }));
      await cardsShown(2);

      expect(namesIn(list())).to.deep.equal(['Rosa Diaz', 'Alma Reyes']);
    });

    it('aborts its request quietly when unmounted while loading', async () => {
      const { fetch, calls } = stubFetch(stuck);
      const errors: Detail<'contacts-error'>[] = [];
      await render(h(HealthContactsList, { fetch, src: '/react/slow', onContactsError: (event) => errors.push(event.detail) }));
      await waitUntil(() => calls.length === 1, 'the list never fetched');

      await unmount();
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(calls[0].init.signal?.aborted, 'request aborted').to.equal(true);
      expect(errors).to.deep.equal([]);
      expect(container.children.length).to.equal(0);
    });
  });

  describe('<ContactCard>', () => {
    it('renders the role heading at the level given by headingLevel', async () => {
      await render(h(ContactCard, { contact: NEXT_OF_KIN, headingLevel: 4 }));
      const card = container.querySelector<ContactCardElement>('contact-card')!;
      await card.updateComplete;

      const heading = card.shadowRoot!.querySelector('[part="card-heading"]')!;
      expect(heading.localName).to.equal('h4');
      expect(textOf(heading)).to.equal('Primary next of kin');
      expect(namesIn(card)).to.deep.equal(['Alma Reyes']);
      await expect(container).to.be.accessible();
    });

    it('calls onTelClick with the role and which phone was activated', async () => {
      const clicks: Detail<'tel-click'>[] = [];
      const contact = { ...NEXT_OF_KIN, primaryPhone: '916-555-0142', alternatePhone: '916-555-0199' };
      await render(h(ContactCard, { contact, onTelClick: (event) => clicks.push(event.detail) }));
      const card = container.querySelector<ContactCardElement>('contact-card')!;
      await card.updateComplete;
      container.addEventListener('click', (event) => event.preventDefault());

      card.shadowRoot!.querySelector<HTMLAnchorElement>('a[data-phone="alternate"]')!.click();

      expect(clicks).to.deep.equal([{ role: 'next-of-kin-primary', phone: 'alternate' }]);
    });

    it('calls onComponentLibraryAnalytics for a phone tap, and not with disableAnalytics', async () => {
      const heard: string[] = [];
      const contact = { ...NEXT_OF_KIN, primaryPhone: '916-555-0142' };
      const view = (disableAnalytics: boolean) =>
        h(ContactCard, {
          contact,
          disableAnalytics,
          onTelClick: (event) => heard.push(`tel-click ${event.detail.role}`),
          onComponentLibraryAnalytics: (event) => heard.push(`${event.detail.componentName} ${event.detail.action}`),
        });
      await render(view(false));
      const card = container.querySelector<ContactCardElement>('contact-card')!;
      await card.updateComplete;
      container.addEventListener('click', (event) => event.preventDefault());
      const link = () => card.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;

      link().click();
      await render(view(true));
      link().click();

      expect(heard).to.deep.equal(['tel-click next-of-kin-primary', 'va-telephone click', 'tel-click next-of-kin-primary']);
    });

    it('calls onContactEditRequest when editable and the person presses "Edit"', async () => {
      const requests: Detail<'contact-edit-request'>[] = [];
      const contact = { ...NEXT_OF_KIN, id: 'nok-7' };
      await render(h(ContactCard, { contact, editable: true, onContactEditRequest: (event) => requests.push(event.detail) }));
      const card = container.querySelector<ContactCardElement>('contact-card')!;
      await card.updateComplete;

      card.shadowRoot!.querySelector<HTMLButtonElement>('[part~="edit-button"]')!.click();

      expect(requests).to.deep.equal([{ id: 'nok-7', role: 'next-of-kin-primary' }]);
      await expect(container).to.be.accessible();
    });
  });
});
