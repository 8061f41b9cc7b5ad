import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// A CDN page as hosts write it: the bundle's <script type="module">, then the Spanish module's,
// in the order a page adds them. Both come from dist/ (`npm test` builds it first).
const BUNDLE = '/dist/health-contacts.bundle.js';
const SPANISH = '/dist/locales/es.js';

const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('a CDN page that loads the bundle, then Spanish', () => {
  it('shows a lang="es" list and card in Spanish, before and after the contacts arrive', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const page = await fixture<HTMLElement>(html`<div lang="es">
      <health-contacts-list></health-contacts-list>
      <contact-card contact-type="Emergency Contact"></contact-card>
    </div>`);
    const list = page.querySelector('health-contacts-list')!;
    const card = page.querySelector('contact-card')!;
    let answer!: (response: Response) => void;
    list.fetch = () => new Promise((resolve) => (answer = resolve));
    await list.updateComplete;
    expect(textOf(root(list).querySelector('summary'))).to.equal('Learn how to update your personal health care contact information');

    await import(/* @vite-ignore */ SPANISH);
    await waitUntil(() => textOf(root(card).querySelector('h3')) === 'Contacto de emergencia principal', 'the card stayed in English');
    expect(textOf(root(list).querySelector('summary'))).to.equal(
      'Cómo actualizar la información de sus contactos personales para su atención médica',
    );

    await waitUntil(() => answer, 'the list never asked for its contacts');
    answer(new Response(JSON.stringify({ data: [{ id: '1', type: 'contact', attributes: { contactType: 'Emergency Contact', givenName: 'Ben' } }] })));
    await waitUntil(() => root(list).querySelector('article'), 'the contacts never came');
    expect(textOf(root(list).querySelector('section > h2'))).to.equal('Contactos para emergencias médicas');
    expect(textOf(root(list).querySelector('article > h3'))).to.equal('Contacto de emergencia principal');
  });
});
