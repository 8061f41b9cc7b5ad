import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/index.js';
import '../../src/locales/es.js';
import type { ContactCard, HealthContactsList } from '../../src/classes.js';
import { loadFixture } from '../fixtures.js';

type Attributes = Record<string, unknown>;
interface ContactsDocument {
  data: { attributes: Attributes }[];
}
type DataLayerEntry = Record<string, unknown>;

/**
 * What VA.gov's own pages do with `component-library-analytics` (for the two components whose
 * names our elements use): a listener on `document.body` pushes one Google Analytics dataLayer
 * entry per event, each key of `details` prefixed with the component's prefix.
 */
const VA_SITE_EVENTS: Record<string, { action: string; event: string; prefix: string }[]> = {
  'va-additional-info': [
    { action: 'expand', event: 'int-additional-info-expand', prefix: 'additional-info' },
    { action: 'collapse', event: 'int-additional-info-collapse', prefix: 'additional-info' },
  ],
  'va-telephone': [{ action: 'click', event: 'int-telephone-link-click', prefix: 'telephone' }],
};

let dataLayer: DataLayerEntry[] = [];
let analyticsEvents: CustomEvent[] = [];
const toDataLayer = (event: HTMLElementEventMap['component-library-analytics']) => {
  analyticsEvents.push(event);
  const { componentName, action, details } = event.detail;
  const mapping = VA_SITE_EVENTS[componentName]?.find((candidate) => candidate.action === action);
  if (!mapping) return;
  const entry: DataLayerEntry = { event: mapping.event, 'event-source': 'component-library' };
  for (const [key, value] of Object.entries(details)) entry[`${mapping.prefix}-${key}`] = value;
  dataLayer.push(entry);
};

/** The plain events, as a host that is not VA.gov would hear them. */
const PLAIN_EVENTS = ['additional-info-toggle', 'tel-click'] as const;
let plainEvents: string[] = [];
const recordPlain = (event: Event) => plainEvents.push(`${event.type} ${JSON.stringify((event as CustomEvent).detail)}`);

// Phone links must still dial in real use; here the page stops the navigation once the elements have had the click.
const stayOnPage = (event: Event) => {
  const target = event.composedPath()[0];
  if (target instanceof Element && target.closest('a[href^="tel:"]')) event.preventDefault();
};

const root = (el: Element) => el.shadowRoot!;
const telLinks = (el: Element) => [...root(el).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];

/** Opens, then closes, the list's disclosure as a person would, waiting for each toggle. */
async function openAndClose(el: HealthContactsList) {
  const summary = root(el).querySelector('summary')!;
  for (let i = 0; i < 2; i++) {
    const toggled = oneEvent(el, 'additional-info-toggle');
    summary.click();
    await toggled;
  }
}

/** A list showing the fixture's contacts (given by the host: nothing to fetch). */
async function list(document: ContactsDocument, { lang, disabled = false }: { lang?: string; disabled?: boolean } = {}) {
  const contacts = document.data.map((item) => item.attributes);
  return fixture<HealthContactsList>(
    html`<health-contacts-list lang=${ifDefined(lang)} ?disable-analytics=${disabled} .contacts=${contacts}></health-contacts-list>`,
  );
}

/** Every name, street address and phone number of the fixture, as written and as digits. */
function personalData(document: ContactsDocument): string[] {
  return document.data.flatMap(({ attributes }) => [
    ...['prefix', 'givenName', 'middleName', 'familyName', 'addressLine1', 'addressLine2', 'city', 'zipCode']
      .map((field) => attributes[field])
      .filter((value): value is string => typeof value === 'string' && value.trim() !== ''),
    ...['primaryPhone', 'alternatePhone']
      .map((field) => attributes[field])
      .filter((value): value is string => typeof value === 'string')
      .flatMap((phone) => [phone, phone.replace(/\D/g, '')]),
  ]);
}

describe('analytics in a VA.gov host page, with no host code', () => {
  let full: ContactsDocument;
  before(async () => {
    full = await loadFixture<ContactsDocument>('contacts-full.json');
  });

  beforeEach(() => {
    dataLayer = [];
    analyticsEvents = [];
    plainEvents = [];
    document.body.addEventListener('component-library-analytics', toDataLayer);
    for (const name of PLAIN_EVENTS) document.body.addEventListener(name, recordPlain);
    document.addEventListener('click', stayOnPage);
  });
  afterEach(() => {
    document.body.removeEventListener('component-library-analytics', toDataLayer);
    for (const name of PLAIN_EVENTS) document.body.removeEventListener(name, recordPlain);
    document.removeEventListener('click', stayOnPage);
  });

  describe('the list', () => {
    it('opening and closing the disclosure pushes the expand and collapse entries, with the summary as shown', async () => {
      const el = await list(full);
      await openAndClose(el);
      expect(dataLayer).to.deep.equal([
        {
          event: 'int-additional-info-expand',
          'event-source': 'component-library',
          'additional-info-triggerText': 'Learn how to update your personal health care contact information',
        },
        {
          event: 'int-additional-info-collapse',
          'event-source': 'component-library',
          'additional-info-triggerText': 'Learn how to update your personal health care contact information',
        },
      ]);
    });

    it("tapping phone links pushes a telephone click with the contact's role and which phone, never the number", async () => {
      const el = await list(full);
      const links = telLinks(el);
      expect(links.length).to.equal(6);
      links[0]!.click();
      links[1]!.click();
      links[5]!.click();
      expect(dataLayer).to.deep.equal([
        {
          event: 'int-telephone-link-click',
          'event-source': 'component-library',
          'telephone-role': 'emergency-primary',
          'telephone-phone': 'primary',
        },
        {
          event: 'int-telephone-link-click',
          'event-source': 'component-library',
          'telephone-role': 'emergency-primary',
          'telephone-phone': 'alternate',
        },
        {
          event: 'int-telephone-link-click',
          'event-source': 'component-library',
          'telephone-role': 'next-of-kin-secondary',
          'telephone-phone': 'primary',
        },
      ]);
    });

    it('puts no name, phone number or address in what the host pushes', async () => {
      const el = await list(full);
      await openAndClose(el);
      for (const link of telLinks(el)) link.click();
      expect(dataLayer.length).to.equal(2 + telLinks(el).length);
      const pushed = JSON.stringify(dataLayer);
      expect(pushed).not.to.match(/\d/);
      const personal = personalData(full);
      expect(personal.length).to.be.above(10);
      expect(personal.filter((value) => pushed.includes(value))).to.deep.equal([]);
    });

    it('sends the summary in Spanish under lang="es"', async () => {
      const el = await list(full, { lang: 'es' });
      await openAndClose(el);
      const triggerText = 'Cómo actualizar la información de sus contactos personales para su atención médica';
      expect(root(el).querySelector('summary')!.textContent).to.equal(triggerText);
      expect(dataLayer.map((entry) => entry['additional-info-triggerText'])).to.deep.equal([triggerText, triggerText]);
    });

    it('dispatches component-library-analytics as the VA design system does: bubbling, composed, with the package version', async () => {
      const { version } = (await (await fetch('/package.json')).json()) as { version: string };
      const el = await list(full);
      await openAndClose(el);
      telLinks(el)[0]!.click();
      expect(analyticsEvents.map((event) => event.detail)).to.deep.equal([
        { componentName: 'va-additional-info', action: 'expand', details: { triggerText: 'Learn how to update your personal health care contact information' }, version },
        { componentName: 'va-additional-info', action: 'collapse', details: { triggerText: 'Learn how to update your personal health care contact information' }, version },
        { componentName: 'va-telephone', action: 'click', details: { role: 'emergency-primary', phone: 'primary' }, version },
      ]);
      expect(analyticsEvents.every((event) => event instanceof CustomEvent && event.bubbles && event.composed)).to.equal(true);
      expect(analyticsEvents.every((event) => event.target === el)).to.equal(true);
    });

    it('is silent with disable-analytics, while the plain events still fire', async () => {
      const el = await list(full, { disabled: true });
      expect(el.disableAnalytics).to.equal(true);
      await openAndClose(el);
      telLinks(el)[0]!.click();
      expect(analyticsEvents).to.deep.equal([]);
      expect(plainEvents).to.deep.equal([
        'additional-info-toggle {"open":true}',
        'additional-info-toggle {"open":false}',
        'tel-click {"role":"emergency-primary","phone":"primary"}',
      ]);
    });

    it('is silent once disableAnalytics is set from script', async () => {
      const el = await list(full);
      el.disableAnalytics = true;
      telLinks(el)[0]!.click();
      expect(analyticsEvents).to.deep.equal([]);
      expect(plainEvents).to.deep.equal(['tel-click {"role":"emergency-primary","phone":"primary"}']);
    });
  });

  describe('<contact-card> on its own', () => {
    const card = (disabled = false) =>
      fixture<ContactCard>(html`<contact-card
        contact-type="Other emergency contact"
        primary-phone="202-555-0155"
        alternate-phone="+44 20 7946 0958"
        ?disable-analytics=${disabled}
      ></contact-card>`);

    it("pushes a telephone click with the contact's role and which phone, never the number", async () => {
      const el = await card();
      for (const link of telLinks(el)) link.click();
      expect(dataLayer).to.deep.equal([
        {
          event: 'int-telephone-link-click',
          'event-source': 'component-library',
          'telephone-role': 'emergency-secondary',
          'telephone-phone': 'primary',
        },
        {
          event: 'int-telephone-link-click',
          'event-source': 'component-library',
          'telephone-role': 'emergency-secondary',
          'telephone-phone': 'alternate',
        },
      ]);
      expect(analyticsEvents.every((event) => event.target === el && event.bubbles && event.composed)).to.equal(true);
      expect(JSON.stringify(analyticsEvents.map((event) => event.detail))).not.to.match(/555|7946/);
    });

    it('is silent with disable-analytics, while tel-click still fires', async () => {
      const el = await card(true);
      expect(el.disableAnalytics).to.equal(true);
      for (const link of telLinks(el)) link.click();
      expect(analyticsEvents).to.deep.equal([]);
      expect(plainEvents).to.deep.equal([
        'tel-click {"role":"emergency-secondary","phone":"primary"}',
        'tel-click {"role":"emergency-secondary","phone":"alternate"}',
      ]);
    });
  });
});
