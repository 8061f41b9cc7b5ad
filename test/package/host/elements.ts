// A host's own TypeScript, written against the installed package: tags, properties and events
// typed without a cast. The `@ts-expect-error` lines are mistakes the types must reject.
import 'health-contacts-elements';
import 'health-contacts-elements/locales/es.js';
import { registerMessages, type ContactGroups, type HealthContactsList, type Messages } from 'health-contacts-elements/classes.js';
import { parseContactsDocument } from 'health-contacts-elements/data.js';
import { es } from 'health-contacts-elements/locales/es.js';

export function showContacts(api: string, apiFetch: typeof fetch, report: (what: string) => void): HealthContactsList {
  const list = document.createElement('health-contacts-list');
  list.src = api;
  list.credentials = 'include';
  list.timeout = 5_000;
  list.headingLevel = 3;
  list.fetch = apiFetch;
  list.addEventListener('contacts-load', (event) => report(`${event.detail.emergency + event.detail.nextOfKin} shown`));
  list.addEventListener('contacts-error', (event) => report(event.detail.kind));
  document.querySelector('flag-gate')?.addEventListener('flag-change', (event) => report(String(event.detail.enabled)));

  // @ts-expect-error a timeout is a number of milliseconds
  list.timeout = '5s';
  // @ts-expect-error the event carries counts, never a name
  list.addEventListener('contacts-load', (event) => report(event.detail.givenName));
  // @ts-expect-error a heading level is a number
  document.querySelector('contact-card')!.headingLevel = 'h3';
  return list;
}

export function speakFormally(): void {
  const formal: Messages = { ...es, tryAgain: 'Vuelva a intentarlo' };
  registerMessages('es-MX', formal);
  // @ts-expect-error a language's table has every message, not just some
  registerMessages('fr', { tryAgain: 'Réessayer' });
}

export function countEmergencyContacts(document: unknown): number {
  const groups: ContactGroups = parseContactsDocument(document);
  return groups.emergency.length;
}
