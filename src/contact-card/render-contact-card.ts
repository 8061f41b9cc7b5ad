import { html, nothing, type TemplateResult } from 'lit';
import { fullName, groupOf, type Contact, type ContactRole } from '../data/contact.js';
import { parsePhoneNumber, speakPhoneNumber } from '../data/phone-number.js';
import { emit, type HealthContactsEventDetails } from '../shared/events.js';
import { heading } from '../shared/heading.js';
import type { Messages } from '../shared/messages.js';
import { addressLines } from './address-lines.js';

type PhoneKind = HealthContactsEventDetails['tel-click']['phone'];

export interface CardOptions {
  role: ContactRole | undefined;
  headingLevel: number;
  messages: Messages;
  /** Shows an "Edit" button that dispatches `contact-edit-request`; read-only otherwise. */
  editable?: boolean;
}

/**
 * One contact's card. Shared by `<contact-card>` and `<health-contacts-list>`, which renders
 * cards in its own shadow root so that it works whatever tag names the host registered.
 */
export function renderContactCard(contact: Contact, { role, headingLevel, messages, editable }: CardOptions): TemplateResult {
  const wording = role ? messages.roles[role] : undefined;
  const name = fullName(contact);
  const address = role && groupOf(role) === 'next-of-kin' ? addressLines(contact) : [];
  const who = wording?.spoken ?? messages.unknownRole.spoken;
  // What events name the role: never a name, phone or address.
  const eventRole = role ?? 'unknown';
  const title = heading(headingLevel, 'card-heading', wording?.heading ?? messages.unknownRole.heading);
  const description = wording ? html`<p part="description" class="description">${wording.description}</p>` : nothing;
  const fullNameLine = name ? html`<p part="name" class="name">${name}</p>` : nothing;
  const relationship = contact.relationship ? html`<p part="relationship">${contact.relationship}</p>` : nothing;
  const postal = address.length ? html`<p part="address" class="address">${address.join('\n')}</p>` : nothing;
  const primary = renderPhone(contact.primaryPhone, 'primary', who, messages);
  const alternate = renderPhone(contact.alternatePhone, 'alternate', `${who}, ${messages.alternatePhone}`, messages);
  const edit = editable
    ? html`<button part="edit-button" type="button" aria-label=${`${messages.edit} ${who}`}
        @click=${(event: Event) => requestEdit(event, contact.id, eventRole)}>${messages.edit}</button>`
    : nothing;
  // No whitespace between the parts: between blocks it shows nothing, yet each would be one more
  // text node, and a long list renders thousands of cards.
  return html`<article part="card" class="card" data-role=${eventRole}>${title}${description}${fullNameLine}${relationship}${postal}${primary}${alternate}${edit}</article>`;
}

function renderPhone(raw: string | undefined, kind: PhoneKind, who: string, messages: Messages) {
  const phone = parsePhoneNumber(raw);
  if (!phone) return nothing;
  if (!phone.href) return html`<p part="phone-text" class="phone">${phone.display}</p>`;
  // The spoken name is the link's text for screen readers, while the visible number is hidden
  // from them: an aria-label would not contain the visible text (WCAG 2.5.3).
  const spoken = messages.call(who, phone.spoken ? speakPhoneNumber(phone.spoken, messages.phoneWords) : phone.display);
  return html`<p class="phone"><a part="phone-link" href=${phone.href} data-phone=${kind}><span class="visually-hidden">${spoken}</span><span aria-hidden="true">${phone.display}</span></a></p>`;
}

/**
 * Asks the host to edit a contact: the server's id (left out when there is none) and the role, nothing
 * personal. Dispatched from the button; being composed, it reaches the host from the element itself.
 */
function requestEdit(event: Event, id: string | undefined, role: ContactRole | 'unknown'): void {
  emit(event.currentTarget!, 'contact-edit-request', id === undefined ? { role } : { id, role });
}

/**
 * Dispatches `tel-click` from `host` when one of the phone links in its shadow root is activated.
 * One listener per element, not per link; the click goes on, so the link still dials.
 */
export function reportTelClicks(host: HTMLElement): void {
  host.addEventListener('click', (event) => {
    const detail = telClickDetail(event);
    if (detail) emit(host, 'tel-click', detail);
  });
}

/** The `tel-click` detail for a click on one of our phone links, or undefined for any other click. */
function telClickDetail(event: Event): HealthContactsEventDetails['tel-click'] | undefined {
  const target = event.composedPath()[0];
  if (!(target instanceof Element)) return undefined;
  const link = target.closest<HTMLElement>('a[data-phone]');
  if (!link) return undefined;
  const role = link.closest<HTMLElement>('[data-role]')?.dataset.role ?? 'unknown';
  return {
    role: role as HealthContactsEventDetails['tel-click']['role'],
    phone: link.dataset.phone === 'alternate' ? 'alternate' : 'primary',
  };
}
