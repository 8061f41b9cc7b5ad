import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import '../../src/index.js';
import { accessibleName, visibleText } from '../accessible-name.js';
import type { ContactCard, Contact } from '../../src/classes.js';

const ALMA_HTML = `<contact-card
  contact-type="Primary Next of Kin"
  given-name="Alma"
  family-name="Reyes"
  relationship="Spouse"
  address-line1="1420 Capitol Mall"
  address-line2="Apt 4B"
  city="Sacramento"
  state="CA"
  zip-code="95814"
  primary-phone="(916) 555-0142"
></contact-card>`;

const nextOfKin: Contact = {
  contactType: 'Primary Next of Kin',
  prefix: 'Mrs.',
  givenName: 'Alma',
  middleName: 'Luz',
  familyName: 'Reyes',
  suffix: 'Jr.',
  relationship: 'Spouse',
  addressLine1: '1420 Capitol Mall',
  city: 'Sacramento',
  state: 'CA',
  zipCode: '95814',
  zipPlus4: '2301',
  primaryPhone: '(916) 555-0142',
  alternatePhone: '916.555.0199 x12',
};


async function card(contact: unknown, headingLevel?: number): Promise<ContactCard> {
  return fixture<ContactCard>(
    html`<contact-card .contact=${contact as Contact} heading-level=${headingLevel ?? 3}></contact-card>`,
  );
}

const root = (el: ContactCard) => el.shadowRoot!;
const part = (el: ContactCard, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const partText = (el: ContactCard, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim();
const cardText = (el: ContactCard) => root(el).textContent!.replace(/\s+/g, ' ').trim();
const headings = (el: ContactCard) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')];
const links = (el: ContactCard) => [...root(el).querySelectorAll('a')];
/** Address lines as a sighted user reads them: the rendered text, split at its line breaks. */
const addressLines = (el: ContactCard) =>
  (part(el, 'address')?.innerText ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

describe('<contact-card>', () => {
  describe('from static HTML attributes', () => {
    it('shows the role, its description, the name, the relationship, the address and the phone', async () => {
      const el = await fixture<ContactCard>(ALMA_HTML);
      const [title] = headings(el);
      expect(title!.tagName).to.equal('H3');
      expect(title!.textContent!.trim()).to.equal('Primary next of kin');
      expect(partText(el, 'description')).to.equal('The first person you want to represent your health care wishes.');
      expect(partText(el, 'name')).to.equal('Alma Reyes');
      expect(partText(el, 'relationship')).to.equal('Spouse');
      expect(addressLines(el)).to.deep.equal(['1420 Capitol Mall', 'Apt 4B', 'Sacramento, CA 95814']);
      const [link] = links(el);
      expect(link!.getAttribute('href')).to.equal('tel:+19165550142');
      expect(visibleText(link!)).to.equal('916-555-0142');
      expect(accessibleName(link!)).to.equal('Call primary next of kin at 916-555-0142');
    });

    it('updates when an attribute changes', async () => {
      const el = await fixture<ContactCard>(ALMA_HTML);
      el.setAttribute('given-name', 'Almira');
      el.setAttribute('contact-type', 'Other Next of Kin');
      await el.updateComplete;
      expect(partText(el, 'name')).to.equal('Almira Reyes');
      expect(headings(el)[0]!.textContent!.trim()).to.equal('Secondary next of kin');
    });

    it('leaves out attributes that are blank', async () => {
      const el = await fixture<ContactCard>(
        `<contact-card contact-type="Emergency Contact" given-name="Rosa" family-name="  " relationship=" " primary-phone=""></contact-card>`,
      );
      expect(partText(el, 'name')).to.equal('Rosa');
      expect(part(el, 'relationship')).to.equal(null);
      expect(links(el)).to.have.length(0);
      expect(part(el, 'phone-text')).to.equal(null);
    });

    it('is accessible', async () => {
      const el = await fixture<ContactCard>(ALMA_HTML);
      await expect(el).to.be.accessible();
    });
  });

  describe('from the .contact property', () => {
    it('shows the full name as prefix, given, middle, family and suffix', async () => {
      const el = await card(nextOfKin);
      expect(partText(el, 'name')).to.equal('Mrs. Alma Luz Reyes Jr.');
    });

    it('skips the parts of the name that are missing', async () => {
      const el = await card({ contactType: 'Emergency Contact', prefix: 'Dr.', familyName: 'Okafor', suffix: null });
      expect(partText(el, 'name')).to.equal('Dr. Okafor');
    });

    it('uses .contact rather than the attributes when both are given', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card given-name="Attribute" .contact=${{ contactType: 'Emergency Contact', givenName: 'Property' }}></contact-card>`,
      );
      expect(partText(el, 'name')).to.equal('Property');
    });

    it('shows each role with its own heading and description', async () => {
      const roles = [
        ['Emergency Contact', 'Primary emergency contact', "The first person we'll contact in an emergency."],
        ['Other emergency contact', 'Secondary emergency contact', "The person we'll contact if your primary contact isn't available."],
        ['Primary Next of Kin', 'Primary next of kin', 'The first person you want to represent your health care wishes.'],
        ['Other Next of Kin', 'Secondary next of kin', "The person we'll ask if your primary next of kin isn't available."],
      ];
      for (const [contactType, title, description] of roles) {
        const el = await card({ contactType, givenName: 'Sam' });
        expect(headings(el).map((h) => h.textContent!.trim())).to.deep.equal([title]);
        expect(partText(el, 'description')).to.equal(description);
      }
    });

    it('compares the contact type trimmed and case-insensitively', async () => {
      const el = await card({ contactType: '  PRIMARY next OF kin ', givenName: 'Alma', city: 'Sacramento' });
      expect(headings(el)[0]!.textContent!.trim()).to.equal('Primary next of kin');
      expect(addressLines(el)).to.deep.equal(['Sacramento']);
    });

    it('gives an unknown contact type a plain heading and no address', async () => {
      const el = await card({
        contactType: 'Power of Attorney',
        givenName: 'Lee',
        addressLine1: '9 Elm St',
        primaryPhone: '202-555-0110',
      });
      expect(headings(el).map((h) => h.textContent!.trim())).to.deep.equal(['Contact']);
      expect(part(el, 'description')).to.equal(null);
      expect(partText(el, 'name')).to.equal('Lee');
      expect(part(el, 'address')).to.equal(null);
      expect(accessibleName(links(el)[0]!)).to.equal('Call contact at 202-555-0110');
    });

    it('renders a card even without any contact', async () => {
      const el = await fixture<ContactCard>(html`<contact-card></contact-card>`);
      expect(headings(el)).to.have.length(1);
      expect(cardText(el)).not.to.match(/null|undefined/);
    });
  });

  describe('heading level', () => {
    it('uses an h3 by default', async () => {
      const el = await fixture<ContactCard>(html`<contact-card .contact=${nextOfKin}></contact-card>`);
      expect(headings(el).map((h) => h.tagName)).to.deep.equal(['H3']);
    });

    it('follows heading-level from 1 to 6', async () => {
      for (const level of [1, 2, 4, 5, 6]) {
        const el = await card(nextOfKin, level);
        expect(headings(el).map((h) => h.tagName)).to.deep.equal([`H${level}`]);
      }
    });

    it('never renders a heading outside h1–h6, whatever heading-level says', async () => {
      for (const level of ['0', '7', '-2', '2.5', 'big']) {
        const el = await fixture<ContactCard>(
          html`<contact-card heading-level=${level} .contact=${nextOfKin}></contact-card>`,
        );
        const found = headings(el);
        expect(found, `heading-level="${level}"`).to.have.length(1);
        expect(root(el).querySelector('article')!.firstElementChild).to.equal(found[0]);
      }
    });
  });

  describe('address', () => {
    it('puts city, state and ZIP+4 on one line for next of kin', async () => {
      const el = await card(nextOfKin);
      expect(addressLines(el)).to.deep.equal(['1420 Capitol Mall', 'Sacramento, CA 95814-2301']);
    });

    it('shows an address abroad with its postal code and country', async () => {
      const el = await card({
        contactType: 'Primary Next of Kin',
        givenName: 'Hiroshi',
        familyName: 'Tanaka',
        addressLine1: '2-11-3 Meguro',
        city: 'Tokyo',
        state: null,
        zipCode: null,
        postalCode: '153-0063',
        country: 'Japan',
        primaryPhone: '+81 3 5555 0123',
      });
      expect(addressLines(el)).to.deep.equal(['2-11-3 Meguro', 'Tokyo, 153-0063', 'Japan']);
      const [link] = links(el);
      expect(link!.getAttribute('href')).to.equal('tel:+81355550123');
      expect(visibleText(link!)).to.equal('+81 3 5555 0123');
    });

    it('copies with a line break after each line, as it shows', async () => {
      const el = await card(nextOfKin);
      const selection = getSelection()!;
      selection.selectAllChildren(part(el, 'address')!);
      const copied = selection.toString();
      selection.removeAllRanges();
      expect(copied.split('\n')).to.deep.equal(['1420 Capitol Mall', 'Sacramento, CA 95814-2301']);
    });

    it('shows only the address lines that are on file', async () => {
      const el = await card({ contactType: 'Other Next of Kin', givenName: 'Ana', state: 'TX', zipCode: '78701' });
      expect(addressLines(el)).to.deep.equal(['TX 78701']);
    });

    it('is not shown for emergency contacts', async () => {
      for (const contactType of ['Emergency Contact', 'Other emergency contact']) {
        const el = await card({ ...nextOfKin, contactType });
        expect(part(el, 'address')).to.equal(null);
        expect(cardText(el)).not.to.include('Capitol Mall');
        expect(cardText(el)).not.to.include('Sacramento');
      }
    });
  });

  describe('phones', () => {
    it('links the primary and the alternate phone, each named with the role and the number as shown', async () => {
      const el = await card(nextOfKin);
      const [primary, alternate] = links(el);
      expect(links(el)).to.have.length(2);
      expect(primary!.getAttribute('href')).to.equal('tel:+19165550142');
      expect(alternate!.getAttribute('href')).to.equal('tel:+19165550199,12');
      expect(visibleText(alternate!)).to.equal('916-555-0199, ext. 12');
      expect(accessibleName(alternate!)).to.equal(
        'Call primary next of kin at alternate phone 916-555-0199, ext. 12',
      );
    });

    it('names the role of an emergency contact in the link', async () => {
      const el = await card({ contactType: 'Other emergency contact', primaryPhone: '555-555-1234' });
      expect(accessibleName(links(el)[0]!)).to.equal('Call secondary emergency contact at 555-555-1234');
    });

    it('shows a value that is not a valid number as plain text, without a link', async () => {
      const el = await card({
        contactType: 'Emergency Contact',
        primaryPhone: '555-0100',
        alternatePhone: 'javascript:alert(1)',
      });
      expect(links(el)).to.have.length(0);
      const texts = [...root(el).querySelectorAll('[part~="phone-text"]')].map((p) => p.textContent!.trim());
      expect(texts).to.deep.equal(['555-0100', 'javascript:alert(1)']);
    });
  });

  describe('missing fields', () => {
    it('leaves out blank, null and whitespace fields, never showing "null", "undefined" or an empty element', async () => {
      const el = await card({
        contactType: 'Primary Next of Kin',
        prefix: '',
        givenName: 'Rosa',
        middleName: null,
        familyName: '   ',
        suffix: undefined,
        relationship: '  ',
        addressLine1: '',
        addressLine2: null,
        city: null,
        state: '\t',
        zipCode: null,
        country: ' ',
        primaryPhone: null,
        alternatePhone: '',
      });
      expect(partText(el, 'name')).to.equal('Rosa');
      expect(part(el, 'relationship')).to.equal(null);
      expect(part(el, 'address')).to.equal(null);
      expect(links(el)).to.have.length(0);
      expect(cardText(el)).not.to.match(/null|undefined/);
      for (const element of root(el).querySelectorAll('article *:not(br)')) {
        expect(element.textContent!.trim(), `<${element.localName} part="${element.getAttribute('part')}">`).not.to.equal('');
      }
    });

    it('leaves out the name when no part of it is on file', async () => {
      const el = await card({ contactType: 'Emergency Contact', givenName: ' ', familyName: null, primaryPhone: '5125550108' });
      expect(part(el, 'name')).to.equal(null);
      expect(links(el)).to.have.length(1);
    });

    it('ignores fields of the wrong type', async () => {
      const el = await card({ contactType: 'Emergency Contact', givenName: 42, familyName: 'Ruiz', relationship: { a: 1 } });
      expect(partText(el, 'name')).to.equal('Ruiz');
      expect(part(el, 'relationship')).to.equal(null);
      expect(cardText(el)).not.to.include('[object Object]');
    });
  });

  it('shows markup in any field as text', async () => {
    const hostile = '<img src="x" onerror="window.__cardHacked = true"><script>window.__cardHacked = true</script>';
    const el = await card({
      contactType: 'Primary Next of Kin',
      givenName: hostile,
      relationship: '<b>Spouse</b>',
      addressLine1: '<a href="javascript:alert(1)">home</a>',
      primaryPhone: '<a href="tel:+12025550110">202-555-0110</a>',
    });
    expect(partText(el, 'name')).to.equal(hostile);
    expect(partText(el, 'relationship')).to.equal('<b>Spouse</b>');
    expect(root(el).querySelector('img, script, b')).to.equal(null);
    expect(links(el)).to.have.length(0);
    expect((window as unknown as Record<string, unknown>).__cardHacked).to.equal(undefined);
  });

  describe('tel-click', () => {
    /** For each click that reached the document: had the element cancelled it (so the link would not dial)? */
    let cancelledByElement: boolean[] = [];
    // Record the element's verdict, then cancel the click ourselves so the test page stays put.
    const stopNavigation = (event: Event) => {
      cancelledByElement.push(event.defaultPrevented);
      event.preventDefault();
    };
    beforeEach(() => {
      cancelledByElement = [];
      document.addEventListener('click', stopNavigation);
    });
    afterEach(() => document.removeEventListener('click', stopNavigation));

    it('fires { role, phone } when a phone link is clicked, bubbling out of the card, and the link still dials', async () => {
      // fixtureSync: a plain wrapper would make fixture() wait for an animation frame, which a background tab never gets.
      const wrapper = fixtureSync<HTMLDivElement>(html`<div><contact-card .contact=${nextOfKin}></contact-card></div>`);
      const el = wrapper.querySelector('contact-card')!;
      await el.updateComplete;
      const received: CustomEvent[] = [];
      wrapper.addEventListener('tel-click', (event) => received.push(event));

      links(el)[0]!.click();
      links(el)[1]!.click();

      expect(received.map((event) => event.detail)).to.deep.equal([
        { role: 'next-of-kin-primary', phone: 'primary' },
        { role: 'next-of-kin-primary', phone: 'alternate' },
      ]);
      expect(received.every((event) => event.bubbles && event.composed)).to.equal(true);
      expect(cancelledByElement).to.deep.equal([false, false]);
    });

    it('carries no name or phone number', async () => {
      const el = await card(nextOfKin);
      const received: CustomEvent[] = [];
      el.addEventListener('tel-click', (event) => received.push(event));
      links(el)[0]!.click();
      expect(received).to.have.length(1);
      const detail = JSON.stringify(received[0]!.detail);
      expect(Object.keys(received[0]!.detail).sort()).to.deep.equal(['phone', 'role']);
      for (const personal of ['Alma', 'Reyes', '916', '555', '0142', 'Sacramento']) {
        expect(detail).not.to.include(personal);
      }
    });

    it('names each role, and "unknown" for an unknown contact type', async () => {
      const expected: Array<[string, string]> = [
        ['Emergency Contact', 'emergency-primary'],
        ['Other emergency contact', 'emergency-secondary'],
        ['Primary Next of Kin', 'next-of-kin-primary'],
        ['other next of kin', 'next-of-kin-secondary'],
        ['Guardian', 'unknown'],
      ];
      for (const [contactType, role] of expected) {
        const el = await card({ contactType, primaryPhone: '202-555-0110' });
        let detail: unknown;
        el.addEventListener('tel-click', (event) => (detail = event.detail));
        links(el)[0]!.click();
        expect(detail, contactType).to.deep.equal({ role, phone: 'primary' });
      }
    });

    it('fires once for a card a host puts inside a list (the list reports only its own cards)', async () => {
      const wrapper = fixtureSync<HTMLDivElement>(html`<div>
        <health-contacts-list .contacts=${[]}>
          <div slot="additional-info"><contact-card .contact=${nextOfKin}></contact-card></div>
        </health-contacts-list>
      </div>`);
      const el = wrapper.querySelector('contact-card')!;
      await el.updateComplete;
      const received: string[] = [];
      wrapper.addEventListener('tel-click', (event) => received.push((event.target as Element).localName));
      wrapper.addEventListener('component-library-analytics', (event) => received.push(`analytics from ${(event.target as Element).localName}`));
      links(el)[0]!.click();
      expect(received).to.deep.equal(['contact-card', 'analytics from contact-card']);
    });

    it('does not fire for a click elsewhere on the card', async () => {
      const el = await card(nextOfKin);
      const received: Event[] = [];
      el.addEventListener('tel-click', (event) => received.push(event));
      part(el, 'name')!.click();
      part(el, 'card')!.click();
      expect(received).to.have.length(0);
    });
  });

  describe('styling', () => {
    it('exposes its parts', async () => {
      const el = await card({ ...nextOfKin, alternatePhone: 'call the front desk' });
      for (const name of ['card', 'card-heading', 'description', 'name', 'relationship', 'address', 'phone-link', 'phone-text']) {
        expect(part(el, name), name).not.to.equal(null);
      }
    });

    it('takes the link colour from --hc-link-color set on the element', async () => {
      const el = await fixture<ContactCard>(
        html`<contact-card style="--hc-link-color: rgb(10, 20, 30)" .contact=${nextOfKin}></contact-card>`,
      );
      const plain = await card(nextOfKin);
      expect(getComputedStyle(links(el)[0]!).color).to.equal('rgb(10, 20, 30)');
      expect(getComputedStyle(links(plain)[0]!).color).not.to.equal('rgb(10, 20, 30)');
    });

    it('can be restyled through ::part()', async () => {
      const style = document.createElement('style');
      style.textContent = 'contact-card.themed::part(name) { color: rgb(40, 50, 60); }';
      document.head.append(style);
      try {
        const el = await fixture<ContactCard>(html`<contact-card class="themed" .contact=${nextOfKin}></contact-card>`);
        expect(getComputedStyle(part(el, 'name')!).color).to.equal('rgb(40, 50, 60)');
      } finally {
        style.remove();
      }
    });
  });

  describe('accessibility', () => {
    const variants: Record<string, unknown> = {
      'a primary next of kin with two phones': nextOfKin,
      'a secondary emergency contact': { contactType: 'Other emergency contact', givenName: 'Rosa', primaryPhone: '5125550108' },
      'a next of kin abroad': { contactType: 'Other Next of Kin', givenName: 'Hiroshi', city: 'Tokyo', postalCode: '153-0063', country: 'Japan', primaryPhone: '+81 3 5555 0123' },
      'a phone that is not a number': { contactType: 'Emergency Contact', givenName: 'Rosa', primaryPhone: '555-0100' },
      'an unknown contact type': { contactType: 'Guardian', givenName: 'Lee' },
      'a contact with nothing on file': {},
    };
    for (const [name, contact] of Object.entries(variants)) {
      it(`is accessible for ${name}`, async () => {
        const el = await card(contact);
        await expect(el).to.be.accessible();
      });
    }
  });
});
