import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import '../../src/locales/es.js';
import type { ContactCard, HealthContactsList } from '../../src/classes.js';
import { en } from '../../src/locales/en.js';
import { accessibleName, visibleText } from '../accessible-name.js';
import { loadFixture } from '../fixtures.js';
import { respond, stubFetch, stuck, type Answer } from '../stub-fetch.js';

const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];
const texts = (el: Element, selector: string) => all(el, selector).map(textOf);

/** Every English string of the built-in table, and the words around the blanks of its sentences ("Call", "Edit"). */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const blank = '\u0000';
    return (value as (...words: string[]) => string)(blank, blank)
      .split(blank)
      .map((part) => part.replace(/^[\s,.]+|[\s,.]+$/g, ''))
      .filter((part) => /\p{L}/u.test(part));
  }
  return Object.values(value as object).flatMap(englishStrings);
}

const ENGLISH = [...new Set(englishStrings(en))];

/** The English strings a person could read or hear in the element: its text and its elements' names. */
function englishIn(el: Element): string[] {
  const labels = all(el, '[aria-label]').map((node) => node.getAttribute('aria-label'));
  const heard = [textOf(root(el)), ...labels].join('\n');
  // Whole words only: "Contact" is English, "Contactos" is not.
  return ENGLISH.filter((english) =>
    new RegExp(`(?<!\\p{L})${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(heard),
  );
}

async function settled(el: HealthContactsList) {
  await waitUntil(() => root(el).querySelector('article, [part~="empty"], [part="error"]'), 'the list never settled', { timeout: 2000 });
  await el.updateComplete;
}

/** A list that answers from `answer`, with the given attributes (e.g. `{ lang: 'es' }`). */
async function list(answer: Answer, attributes: Record<string, string> = {}): Promise<HealthContactsList> {
  const el = document.createElement('health-contacts-list');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.fetch = stubFetch(answer).fetch;
  return fixture(el);
}

async function loadedList(answer: Answer, attributes: Record<string, string> = {}) {
  const el = await list(answer, attributes);
  await settled(el);
  return el;
}

describe('Spanish', () => {
  let full: unknown;
  let empty: unknown;
  before(async () => {
    [full, empty] = await Promise.all([loadFixture('contacts-full.json'), loadFixture('contacts-empty.json')]);
  });

  describe('with lang="es" on the list, contacts on file', () => {
    let el: HealthContactsList;
    beforeEach(async () => {
      el = await loadedList(respond(200, full), { lang: 'es', editable: '' });
    });

    it('shows the groups, their descriptions and the cards in Spanish', () => {
      expect(texts(el, 'section > h2')).to.deep.equal(['Contactos para emergencias médicas', 'Contactos de familiares más cercanos']);
      expect(texts(el, '[part="group-description"]')).to.deep.equal([
        'Las personas con quienes nos comunicaremos en caso de emergencia.',
        'Las personas que usted quiere que representen sus deseos sobre su atención médica, si es necesario.',
      ]);
      expect(texts(el, 'article > h3')).to.deep.equal([
        'Contacto de emergencia principal',
        'Contacto de emergencia secundario',
        'Familiar más cercano principal',
        'Familiar más cercano secundario',
      ]);
      expect(texts(el, '[part="description"]')[1]).to.equal(
        'La persona con quien nos comunicaremos si su contacto principal no está disponible.',
      );
    });

    it('says how to update the contacts in Spanish', () => {
      expect(textOf(root(el).querySelector('summary'))).to.equal(
        'Cómo actualizar la información de sus contactos personales para su atención médica',
      );
      expect(textOf(root(el).querySelector('[part="additional-info-body"]'))).to.equal(
        'Si esta información no es correcta, hable con un miembro del personal en su próxima cita o ' +
          'comuníquese con su centro de salud de VA. Busque el número de teléfono de su centro de salud',
      );
    });

    it('names each phone link in Spanish, with the role and the number as shown', () => {
      const links = all(el, 'a[href^="tel:"]').map((link) => ({ text: visibleText(link), label: accessibleName(link) }));
      expect(links).to.deep.equal([
        {
          text: '512-555-0108, ext. 42',
          label: 'Llamar a su contacto de emergencia principal al 512-555-0108, ext. 42',
        },
        {
          text: '+44 20 7946 0958',
          label: 'Llamar a su contacto de emergencia principal al teléfono alternativo +44 20 7946 0958',
        },
        { text: '202-555-0155', label: 'Llamar a su contacto de emergencia secundario al 202-555-0155' },
        { text: '916-555-0142', label: 'Llamar a su familiar más cercano principal al 916-555-0142' },
        {
          text: '916-555-0199',
          label: 'Llamar a su familiar más cercano principal al teléfono alternativo 916-555-0199',
        },
        { text: '503-555-0173', label: 'Llamar a su familiar más cercano secundario al 503-555-0173' },
      ]);
    });

    it('labels the Edit buttons in Spanish', () => {
      const buttons = all(el, '[part="edit-button"]');
      expect(buttons.map(textOf)).to.deep.equal(['Editar', 'Editar', 'Editar', 'Editar']);
      expect(buttons.map(accessibleName)).to.deep.equal([
        'Editar contacto de emergencia principal',
        'Editar contacto de emergencia secundario',
        'Editar familiar más cercano principal',
        'Editar familiar más cercano secundario',
      ]);
    });

    it('shows and says nothing in English', () => {
      expect(ENGLISH).to.include.members(['Medical emergency contacts', 'Call', 'at alternate phone', 'Edit']);
      expect(englishIn(el)).to.deep.equal([]);
    });

    it('is accessible', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('with lang="es" on the list while the contacts load', () => {
    it('says "Espere, por favor…" and nothing in English, accessibly', async () => {
      const el = await list(stuck, { lang: 'es' });
      await waitUntil(() => textOf(root(el).querySelector('[role="status"]')) === 'Espere, por favor…', 'never said');
      expect(englishIn(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('with lang="es" on the list, what the status region says', () => {
    const status = (el: HealthContactsList) => textOf(root(el).querySelector('[role="status"]'));

    it('says how many contacts were loaded, in Spanish', async () => {
      const el = await loadedList(respond(200, full), { lang: 'es' });
      await waitUntil(
        () => status(el) === 'Contactos cargados: 2 contactos de emergencia, 2 familiares más cercanos.',
        `said "${status(el)}"`,
      );
      expect(englishIn(el)).to.deep.equal([]);
    });

    it('says that no contacts are on file, in Spanish', async () => {
      const el = await loadedList(respond(200, empty), { lang: 'es' });
      await waitUntil(() => status(el) === 'No hay contactos registrados.', `said "${status(el)}"`);
      expect(englishIn(el)).to.deep.equal([]);
    });
  });

  describe('with lang="es" on the list, no contacts on file', () => {
    it('says how to add a contact in Spanish, and nothing in English, accessibly', async () => {
      const el = await loadedList(respond(200, empty), { lang: 'es' });
      expect(texts(el, '[part="empty"]')).to.deep.equal([
        'Para agregar un contacto de emergencia, llame a su centro de salud de VA. Busque el número de teléfono de su centro de salud',
        'Para agregar un familiar más cercano, llame a su centro de salud de VA. Busque el número de teléfono de su centro de salud',
      ]);
      expect(englishIn(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('with lang="es" on the list, when the contacts cannot be loaded', () => {
    const cases: { title: string; answer: Answer; attributes?: Record<string, string>; body: string; tryAgain: boolean }[] = [
      {
        title: 'a server error',
        answer: respond(400, {}),
        body: 'Lo sentimos. Algo salió mal en nuestro sistema. Actualice esta página o vuelva a intentarlo más tarde.',
        tryAgain: true,
      },
      {
        title: 'a 401',
        answer: respond(401, {}),
        body: 'Lo sentimos. Es posible que su sesión haya terminado. Vuelva a iniciar sesión para ver sus contactos.',
        tryAgain: false,
      },
      {
        title: 'a 403',
        answer: respond(403, {}),
        body: 'Lo sentimos. No podemos mostrarle estos contactos. Si cree que se trata de un error, llame a su centro de salud de VA.',
        tryAgain: false,
      },
      {
        title: 'a timeout',
        answer: stuck,
        attributes: { timeout: '50' },
        body: 'Lo sentimos. Esto está tardando más de lo normal. Actualice esta página o vuelva a intentarlo más tarde.',
        tryAgain: true,
      },
    ];

    for (const { title, answer, attributes, body, tryAgain } of cases) {
      it(`explains ${title} in Spanish, and nothing in English, accessibly`, async () => {
        const el = await loadedList(answer, { lang: 'es', ...attributes });
        const alert = root(el).querySelector('[part="error"]')!;
        expect(textOf(alert.querySelector('h2'))).to.equal('Esta página no está disponible en este momento.');
        expect(textOf(alert.querySelector('p'))).to.equal(body);
        expect([...alert.querySelectorAll('button')].map(textOf)).to.deep.equal(tryAgain ? ['Intentar de nuevo'] : []);
        expect(englishIn(el)).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('with lang="es" on a list for a person without VA health care', () => {
    it('says so in Spanish, and nothing in English, accessibly', async () => {
      const el = await list(stuck, { lang: 'es', 'non-patient': '' });
      await el.updateComplete;
      expect(textOf(root(el).querySelector('[part="non-patient"] p'))).to.equal(
        'Nuestros registros indican que usted no recibe actualmente beneficios de atención médica de VA.',
      );
      expect(textOf(root(el).querySelector('[part="non-patient"] a'))).to.equal(
        'Obtenga información sobre los beneficios de atención médica de VA',
      );
      expect(englishIn(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });
  });

  describe('<contact-card lang="es">', () => {
    it('shows the role and reads the phone in Spanish, accessibly', async () => {
      const el = await fixture<ContactCard>(
        `<contact-card lang="es" contact-type="Emergency Contact" given-name="Alma" family-name="Reyes" primary-phone="(916) 555-0142"></contact-card>`,
      );
      expect(texts(el, 'h3')).to.deep.equal(['Contacto de emergencia principal']);
      expect(texts(el, '[part="description"]')).to.deep.equal([
        'La primera persona con quien nos comunicaremos en caso de emergencia.',
      ]);
      expect(all(el, 'a').map(accessibleName)).to.deep.equal([
        'Llamar a su contacto de emergencia principal al 916-555-0142',
      ]);
      expect(englishIn(el)).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('gives a contact of unknown type a Spanish heading', async () => {
      const el = await fixture<ContactCard>(
        `<contact-card lang="es" contact-type="Power of Attorney" given-name="Lee" primary-phone="+44 20 7946 0958"></contact-card>`,
      );
      expect(texts(el, 'h3')).to.deep.equal(['Contacto']);
      expect(all(el, 'a').map(accessibleName)).to.deep.equal(['Llamar a su contacto al +44 20 7946 0958']);
    });
  });

  describe('where the language comes from', () => {
    const emergencyHeading = (el: Element) => textOf(root(el).querySelector('section > h2'));

    it('follows the lang of an ancestor', async () => {
      const { fetch } = stubFetch(respond(200, empty));
      const wrapper = await fixture<HTMLElement>(html`<div lang="es"><div><health-contacts-list .fetch=${fetch}></health-contacts-list></div></div>`);
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      expect(emergencyHeading(el)).to.equal('Contactos para emergencias médicas');
    });

    it("follows the document's lang", async () => {
      const before = document.documentElement.getAttribute('lang');
      document.documentElement.lang = 'es';
      try {
        const el = await loadedList(respond(200, empty));
        expect(emergencyHeading(el)).to.equal('Contactos para emergencias médicas');
        await expect(el).to.be.accessible();
      } finally {
        if (before === null) document.documentElement.removeAttribute('lang');
        else document.documentElement.lang = before;
      }
    });

    it('follows the lang of the component whose shadow root it is in', async () => {
      const host = await fixture<HTMLElement>(html`<div lang="es"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const { fetch } = stubFetch(respond(200, empty));
      const el = document.createElement('health-contacts-list');
      el.fetch = fetch;
      shadow.append(el);
      await settled(el);
      expect(emergencyHeading(el)).to.equal('Contactos para emergencias médicas');
    });

    it('reads a regional tag by its language, in any case', async () => {
      for (const lang of ['es-US', 'ES-mx', 'es']) {
        const el = await loadedList(respond(200, empty), { lang });
        expect(emergencyHeading(el), lang).to.equal('Contactos para emergencias médicas');
      }
    });

    it('prefers the nearest lang', async () => {
      const { fetch } = stubFetch(respond(200, empty));
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="es"><health-contacts-list lang="en-US" .fetch=${fetch}></health-contacts-list></div>`,
      );
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      expect(emergencyHeading(el)).to.equal('Medical emergency contacts');
    });

    it('stays in English without a lang, even with Spanish loaded', async () => {
      const el = await loadedList(respond(200, full));
      expect(emergencyHeading(el)).to.equal('Medical emergency contacts');
      expect(accessibleName(all(el, 'a[href^="tel:"]')[0])).to.equal(
        'Call primary emergency contact at 512-555-0108, ext. 42',
      );
    });

    it('falls back to English for a language it has no wording for', async () => {
      const el = await loadedList(respond(200, full), { lang: 'fr' });
      expect(emergencyHeading(el)).to.equal('Medical emergency contacts');
      expect(texts(el, 'article > h3')[0]).to.equal('Primary emergency contact');
      await expect(el).to.be.accessible();
    });
  });

  describe('when the language changes', () => {
    it("re-renders when the element's own lang changes", async () => {
      const el = await loadedList(respond(200, full));
      el.lang = 'es';
      await el.updateComplete;
      expect(texts(el, 'section > h2')[0]).to.equal('Contactos para emergencias médicas');
      el.removeAttribute('lang');
      await el.updateComplete;
      expect(texts(el, 'section > h2')[0]).to.equal('Medical emergency contacts');
    });

    it("re-renders a card when its own lang changes", async () => {
      const el = await fixture<ContactCard>(`<contact-card contact-type="Other Next of Kin"></contact-card>`);
      el.setAttribute('lang', 'es');
      await el.updateComplete;
      expect(texts(el, 'h3')).to.deep.equal(['Familiar más cercano secundario']);
    });

    it("follows an ancestor's new lang with no code of the host's", async () => {
      const { fetch } = stubFetch(respond(200, empty));
      const wrapper = await fixture<HTMLElement>(html`<div lang="en"><health-contacts-list .fetch=${fetch}></health-contacts-list></div>`);
      const el = wrapper.querySelector('health-contacts-list')!;
      await settled(el);
      wrapper.lang = 'es';
      await waitUntil(() => texts(el, 'section > h2')[0] === 'Contactos para emergencias médicas', 'the list stayed in English');
    });
  });
});
