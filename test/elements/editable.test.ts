import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import type { Contact, ContactCard, HealthContactsList } from '../../src/classes.js';
import { accessibleName } from '../accessible-name.js';
import { loadFixture } from '../fixtures.js';
import { respond, stubFetch } from '../stub-fetch.js';

interface ContactsDocument {
  data: { id: string; attributes: Record<string, string | null> }[];
}

// The space bar by the character it types: Firefox's driver knows no key named "Space".
const SPACE_BAR = ' ';

const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const editButtons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('[part="edit-button"]')];

async function loadedList(document: ContactsDocument, editable: boolean): Promise<HealthContactsList> {
  const { fetch } = stubFetch(respond(200, document));
  const el = await fixture<HealthContactsList>(
    html`<health-contacts-list ?editable=${editable} .fetch=${fetch}></health-contacts-list>`,
  );
  await waitUntil(() => root(el).querySelector('section') && !root(el).querySelector('.placeholders'), 'the list never showed its contacts');
  await el.updateComplete;
  return el;
}

const ids = (document: ContactsDocument, contactType: string) =>
  document.data.filter((item) => item.attributes.contactType === contactType).map((item) => item.id);

describe('editing (opt-in)', () => {
  let full: ContactsDocument;
  before(async () => {
    full = await loadFixture<ContactsDocument>('contacts-full.json');
  });

  // Every contact-edit-request during a test, as a host with its own editor receives it: it keeps
  // the built-in editor closed (test/editing/ has the built-in one).
  let requests: CustomEvent[] = [];
  const record = (event: Event) => {
    event.preventDefault();
    requests.push(event as CustomEvent);
  };
  beforeEach(() => {
    requests = [];
    window.addEventListener('contact-edit-request', record);
  });
  afterEach(() => window.removeEventListener('contact-edit-request', record));

  describe('without the editable attribute', () => {
    it('shows no Edit button: the list stays read-only', async () => {
      const el = await loadedList(full, false);
      expect(root(el).querySelectorAll('article').length).to.equal(4);
      expect(root(el).querySelectorAll('button').length).to.equal(0);
    });

    it('shows no Edit button on a card', async () => {
      const el = await fixture<ContactCard>(html`<contact-card contact-type="Emergency Contact" given-name="Rosa"></contact-card>`);
      expect(root(el).querySelectorAll('button').length).to.equal(0);
    });
  });

  describe('<health-contacts-list editable>', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      el = await loadedList(full, true);
    });

    it('shows one "Edit" button per card, named with the contact role', () => {
      const cards = [...root(el).querySelectorAll('article')];
      expect(cards.map((card) => card.querySelectorAll('[part="edit-button"]').length)).to.deep.equal([1, 1, 1, 1]);
      expect(editButtons(el).map(textOf)).to.deep.equal(['Edit', 'Edit', 'Edit', 'Edit']);
      expect(editButtons(el).map(accessibleName)).to.deep.equal([
        'Edit primary emergency contact',
        'Edit secondary emergency contact',
        'Edit primary next of kin',
        'Edit secondary next of kin',
      ]);
    });

    it("asks the host to edit a contact with the server's id and the role when Edit is clicked", () => {
      for (const button of editButtons(el)) button.click();
      expect(requests.map((event) => event.detail)).to.deep.equal([
        { id: ids(full, 'Emergency Contact')[0], role: 'emergency-primary' },
        { id: ids(full, 'Other emergency contact')[0], role: 'emergency-secondary' },
        { id: ids(full, 'Primary Next of Kin')[0], role: 'next-of-kin-primary' },
        { id: ids(full, 'Other Next of Kin')[0], role: 'next-of-kin-secondary' },
      ]);
    });

    it('asks once for each press of Enter or Space on the button', async () => {
      const [, secondary] = editButtons(el);
      secondary.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE_BAR });
      const expected = { id: ids(full, 'Other emergency contact')[0], role: 'emergency-secondary' };
      expect(requests.map((event) => event.detail)).to.deep.equal([expected, expected]);
    });

    it('sends a request that bubbles, is composed and carries no names, phones or addresses', () => {
      editButtons(el)[2].click();
      const [request] = requests;
      expect(request.bubbles).to.be.true;
      expect(request.composed).to.be.true;
      expect(request.cancelable, "a host may keep its own editor").to.be.true;
      expect(Object.keys(request.detail).sort()).to.deep.equal(['id', 'role']);
      const alma = full.data.find((item) => item.attributes.contactType === 'Primary Next of Kin')!.attributes;
      const detail = JSON.stringify(request.detail);
      for (const value of [alma.givenName, alma.familyName, alma.addressLine1, alma.city, '555']) {
        expect(detail).not.to.include(value);
      }
    });

    it('changes nothing on the page when the host keeps its own editor', async () => {
      const before = textOf(root(el));
      editButtons(el)[0].click();
      await el.updateComplete;
      expect(textOf(root(el))).to.equal(before);
      expect(root(el).querySelectorAll('input, textarea, select, form').length).to.equal(0);
    });

    it('leaves the id out for a contact the host gave without one', async () => {
      el.contacts = [{ contactType: 'Other Next of Kin', givenName: 'Priya' }];
      await el.updateComplete;
      editButtons(el)[0].click();
      expect(requests.map((event) => event.detail)).to.deep.equal([{ role: 'next-of-kin-secondary' }]);
    });

    it('removes the buttons when editable is turned off', async () => {
      el.editable = false;
      await el.updateComplete;
      expect(editButtons(el)).to.deep.equal([]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('<contact-card editable>', () => {
    const contact: Contact = {
      id: 'c-101',
      contactType: 'Primary Next of Kin',
      givenName: 'Alma',
      familyName: 'Reyes',
      city: 'Sacramento',
      primaryPhone: '(916) 555-0142',
    };

    it("asks to edit the contact with .contact's id and the role, by click, Enter and Space", async () => {
      const el = await fixture<ContactCard>(html`<contact-card editable .contact=${contact}></contact-card>`);
      const [button] = editButtons(el);
      expect(textOf(button)).to.equal('Edit');
      expect(accessibleName(button)).to.equal('Edit primary next of kin');
      button.click();
      button.focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: SPACE_BAR });
      const expected = { id: 'c-101', role: 'next-of-kin-primary' };
      expect(requests.map((event) => event.detail)).to.deep.equal([expected, expected, expected]);
      expect(requests.every((event) => event.bubbles && event.composed)).to.be.true;
    });

    it('sends the role alone for a card given by attributes, which has no id', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card editable contact-type="Other emergency contact" given-name="Marcus"></contact-card>`,
      );
      editButtons(el)[0].click();
      expect(requests.map((event) => event.detail)).to.deep.equal([{ role: 'emergency-secondary' }]);
    });

    it('names a contact of unknown type as "unknown"', async () => {
      const el = await fixture<ContactCard>(html`<contact-card editable contact-type="Power of Attorney"></contact-card>`);
      expect(accessibleName(editButtons(el)[0])).to.equal('Edit contact');
      editButtons(el)[0].click();
      expect(requests.map((event) => event.detail)).to.deep.equal([{ role: 'unknown' }]);
    });

    it('is accessible', async () => {
      const el = await fixture<ContactCard>(html`<contact-card editable .contact=${contact}></contact-card>`);
      await expect(el).to.be.accessible();
    });
  });
});
