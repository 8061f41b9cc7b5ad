import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { ContactCard, HealthContactsList } from '../../src/classes.js';

// This file registers Spanish itself, part way through: the first test runs before any language
// module is loaded, as on a page whose language script comes after the elements'.
const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const firstGroupHeading = (el: HealthContactsList) => textOf(root(el).querySelector('section > :is(h2, h3)'));
const cardHeading = (el: ContactCard) => textOf(root(el).querySelector('article > :is(h2, h3, h4)'));

const CONTACTS = [{ contactType: 'Emergency Contact', givenName: 'Ben', familyName: 'Cho' }];
const SPANISH_GROUP = 'Contactos para emergencias médicas';
const ENGLISH_GROUP = 'Medical emergency contacts';

describe('the elements follow their language with no code of the page', () => {
  it('turn Spanish when Spanish is registered after they rendered', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <health-contacts-list lang="es" .contacts=${CONTACTS}></health-contacts-list>
      <contact-card lang="es-US" contact-type="Other Next of Kin"></contact-card>
    </div>`);
    const list = wrapper.querySelector('health-contacts-list')!;
    const card = wrapper.querySelector('contact-card')!;
    await list.updateComplete;
    expect([firstGroupHeading(list), cardHeading(card)]).to.deep.equal([ENGLISH_GROUP, 'Secondary next of kin']);

    await import('../../src/locales/es.js');
    await list.updateComplete;
    await card.updateComplete;
    expect([firstGroupHeading(list), cardHeading(card)]).to.deep.equal([SPANISH_GROUP, 'Familiar más cercano secundario']);
  });

  describe('once Spanish is registered', () => {
    before(() => import('../../src/locales/es.js'));
    afterEach(() => document.documentElement.setAttribute('lang', 'en'));

    it("follow the document's <html lang>", async () => {
      const list = await fixture<HealthContactsList>(html`<health-contacts-list .contacts=${CONTACTS}></health-contacts-list>`);
      expect(firstGroupHeading(list)).to.equal(ENGLISH_GROUP);
      document.documentElement.setAttribute('lang', 'es');
      await waitUntil(() => firstGroupHeading(list) === SPANISH_GROUP, 'the list stayed in English');
      document.documentElement.setAttribute('lang', 'en');
      await waitUntil(() => firstGroupHeading(list) === ENGLISH_GROUP, 'the list stayed in Spanish');
    });

    it("follow an ancestor's lang across a shadow root", async () => {
      const host = await fixture<HTMLElement>(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<section lang="en"><contact-card contact-type="Emergency Contact"></contact-card></section>';
      const card = shadow.querySelector('contact-card')!;
      await card.updateComplete;
      expect(cardHeading(card)).to.equal('Primary emergency contact');
      shadow.querySelector('section')!.setAttribute('lang', 'es');
      await waitUntil(() => cardHeading(card) === 'Contacto de emergencia principal', 'the card stayed in English');
    });

    it('render once for a change of language, and not at all for other attributes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><contact-card contact-type="Emergency Contact"></contact-card></div>`);
      const card = wrapper.querySelector('contact-card')!;
      await card.updateComplete;
      let renders = 0;
      const render = card.render.bind(card);
      card.render = () => (renders++, render());
      wrapper.setAttribute('title', 'Contacts');
      wrapper.setAttribute('lang', 'es');
      await waitUntil(() => cardHeading(card) === 'Contacto de emergencia principal', 'the card stayed in English');
      expect(renders).to.equal(1);
    });
  });
});
