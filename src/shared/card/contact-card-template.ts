import { html, nothing, type TemplateResult } from 'lit';
import { fullName, groupOf, type Contact, type ContactRole } from '../../data/contact.js';
import { parsePhoneNumber } from '../../data/phone-number.js';
import type { HealthContactsEventDetails } from '../events.js';
import { heading } from '../heading.js';
import type { Messages } from '../../locales/messages.js';
import { addressLines } from './address-lines.js';

type PhoneKind = HealthContactsEventDetails['tel-click']['phone'];

export interface CardOptions {
  role: ContactRole | undefined;
  headingLevel: number;
  messages: Messages;
  /** Shows an "Edit" button that calls it; read-only without it. */
  onEdit?: () => void;
}

/**
 * One contact's card. Shared by `<contact-card>` and `<health-contacts-list>`, which renders
 * cards in its own shadow root so that it works whatever tag names the host registered.
 */
export function renderContactCard(contact: Contact, { role, headingLevel, messages, onEdit }: CardOptions): TemplateResult {
  const wording = role ? messages.roles[role] : undefined;
  const who = wording?.spoken ?? messages.unknownRole.spoken;
  const name = fullName(contact);
  const address = role && groupOf(role) === 'next-of-kin' ? addressLines(contact) : [];
  // What events name the role: never a name, phone or address.
  const eventRole = role ?? 'unknown';
  return html`<article part="card" class="card" data-role=${eventRole}>
    ${heading(headingLevel, 'card-heading', wording?.heading ?? messages.unknownRole.heading)}
    ${wording ? html`<p part="description" class="description">${wording.description}</p>` : nothing}
    ${name ? html`<p part="name" class="name">${name}</p>` : nothing}
    ${contact.relationship ? html`<p part="relationship">${contact.relationship}</p>` : nothing}
    ${address.length ? html`<p part="address" class="address">${address.join('\n')}</p>` : nothing}
    ${renderPhone(contact.primaryPhone, 'primary', (number) => messages.call(who, number))}
    ${renderPhone(contact.alternatePhone, 'alternate', (number) => messages.callAlternate(who, number))}
    ${onEdit
      ? html`<button part="edit-button" type="button" aria-label=${`${messages.edit} ${who}`} @click=${onEdit}>${messages.edit}</button>`
      : nothing}
  </article>`;
}

/**
 * A phone as a `tel:` link, or as plain text when it is not a valid number. The link's name is
 * the number exactly as shown, with whose number it is (`label` adds that): voice-control users
 * say what they see, and braille displays show the name as written (WCAG 2.5.3).
 */
function renderPhone(raw: string | undefined, kind: PhoneKind, label: (number: string) => string) {
  const phone = parsePhoneNumber(raw);
  if (!phone) return nothing;
  if (!phone.href) return html`<p part="phone-text" class="phone">${phone.display}</p>`;
  return html`<p class="phone">
    <a part="phone-link" data-phone=${kind} href=${phone.href} aria-label=${label(phone.display)}>${phone.display}</a>
  </p>`;
}
