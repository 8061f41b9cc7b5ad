import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createContactsService, serviceFetch } from '../../demo/contacts-service.mjs';
import '../../src/index.js';
import '../../src/locales/es.js';
import type { HealthContactsList } from '../../src/classes.js';
import { clearContactsCache } from '../../src/data/contacts-cache.js';
import { validateContactForm } from '../../src/editing/validation.js';
import { editorEn } from '../../src/locales/editor-en.js';
import { editorEs } from '../../src/locales/editor-es.js';
import { loadFixture } from '../fixtures.js';

const full = await loadFixture('contacts-full.json');
const root = (el: Element) => el.shadowRoot!;
const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const editor = (el: HealthContactsList) => root(el).querySelector<HTMLElement>('[part~="editor"]')!;

/** Every English string of the editor's table, and the words around the blanks of its sentences. */
function englishStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') {
    const blank = '\u0000';
    return String((value as (...words: string[]) => string)(blank, blank, blank))
      .split(blank)
      .map((part) => part.replace(/^[\s,.()]+|[\s,.()]+$/g, ''))
      .filter((part) => /\p{L}{3}/u.test(part));
  }
  return Object.values(value as object).flatMap(englishStrings);
}

/** The English a person could read or hear in the editor: its text, option labels and buttons' names. */
function englishIn(el: HealthContactsList): string[] {
  const labels = [...root(el).querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  const heard = [textOf(editor(el)), ...labels].join('\n');
  // Words both languages write alike ("Error:") are not English here.
  const shared = new Set(englishStrings(editorEs));
  return [...new Set(englishStrings(editorEn))].filter((english) => !shared.has(english)).filter((english) =>
    new RegExp(`(?<!\\p{L})${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?!\\p{L})`, 'u').test(heard),
  );
}

describe('the editor in Spanish', () => {
  beforeEach(() => clearContactsCache());

  it('speaks Spanish in every word: labels, options, errors, messages and dialogs', async () => {
    const service = createContactsService({ document: full, validate: validateContactForm });
    const failing = serviceFetch(service);
    let fail = false;
    const fetch = ((input: RequestInfo | URL, init: RequestInit = {}) =>
      fail && init.method === 'PUT' ? Promise.resolve(new Response('{}', { status: 500 })) : failing(input, init)) as typeof globalThis.fetch;
    const el = await fixture<HealthContactsList>(html`<health-contacts-list lang="es" editable .fetch=${fetch}></health-contacts-list>`);
    await waitUntil(() => root(el).querySelectorAll('article').length === 4, 'the contacts never came');
    root(el).querySelector<HTMLButtonElement>('article[data-role="next-of-kin-primary"] [part~="edit-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor"]'), 'the editor never opened');
    await el.updateComplete;

    const labels = [...editor(el).querySelectorAll('label')].map((label) => textOf(label));
    expect(labels.slice(0, 3)).to.deep.equal(['Nombre (*Obligatorio)', 'Segundo nombre', 'Apellido (*Obligatorio)']);
    const country = editor(el).querySelector<HTMLSelectElement>('[name="country"]')!;
    expect(textOf(country.options[1])).to.equal('Estados Unidos');
    expect(textOf(editor(el).querySelector<HTMLSelectElement>('[name="relationship"]')!.selectedOptions[0])).to.equal('Spouse (registrado)');
    expect(englishIn(el), 'English in the open form').to.deep.equal([]);

    // Errors at their fields.
    const given = editor(el).querySelector<HTMLInputElement>('[name="givenName"]')!;
    given.value = '';
    given.dispatchEvent(new Event('input', { bubbles: true }));
    root(el).querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => given.getAttribute('aria-invalid') === 'true', 'no error');
    expect(textOf(root(el).getElementById(given.getAttribute('aria-describedby')!))).to.equal('Error: Ingrese un nombre');
    expect(englishIn(el), 'English in the errors').to.deep.equal([]);

    // A failed save.
    given.value = 'Alma';
    given.dispatchEvent(new Event('input', { bubbles: true }));
    const relationship = editor(el).querySelector<HTMLSelectElement>('[name="relationship"]')!;
    relationship.value = 'WIFE';
    relationship.dispatchEvent(new Event('change', { bubbles: true }));
    fail = true;
    root(el).querySelector<HTMLButtonElement>('[part~="save-button"]')!.click();
    await waitUntil(() => root(el).querySelector('[part~="editor-failure"]'), 'no failure shown');
    expect(textOf(root(el).querySelector('[part~="editor-failure"]'))).to.include('No pudimos guardar sus cambios');
    expect(englishIn(el), 'English in the failure').to.deep.equal([]);

    // The dialogs.
    root(el).querySelector<HTMLButtonElement>('[part~="cancel-button"]')!.click();
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
    expect(textOf(root(el).querySelector('dialog'))).to.equal('¿Cancelar los cambios? Si cancela, no guardaremos los cambios que hizo en este contacto. Cancelar los cambios Seguir editando');
    root(el).querySelector<HTMLButtonElement>('dialog button[value="keep"]')!.click();
    await waitUntil(() => !root(el).querySelector('dialog'), 'the dialog stayed');
    root(el).querySelector<HTMLButtonElement>('[part~="delete-button"]')!.click();
    await waitUntil(() => root(el).querySelector('dialog[open]'), 'no dialog');
    expect(textOf(root(el).querySelector('dialog'))).to.equal(
      '¿Eliminar este familiar más cercano? Se eliminará a Mrs. Alma Luisa Reyes. Tomas Reyes Jr. pasará a ser su familiar más cercano principal. Sí, eliminar este familiar más cercano No, cancelar',
    );
    expect(root(el).querySelector('[part~="delete-button"]')!.getAttribute('aria-label')).to.equal('Eliminar familiar más cercano principal');
    expect(englishIn(el), 'English in the dialog').to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
