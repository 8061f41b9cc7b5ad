import { html, type TemplateResult } from 'lit';
import { html as htmlWithTags, type StaticValue } from 'lit/static-html.js';
import { fullName, groupOf, type Contact, type ContactRole } from '../data/contact.js';
import { parsePhoneNumber, speakPhoneNumber } from '../data/phone-number.js';
import { emit, type HealthContactsEventDetails } from '../shared/events.js';
import type { Messages } from '../shared/messages.js';
import { headingTag } from '../shared/heading.js';
import { addressLines } from './address-lines.js';
import {
  ADDRESS,
  CARD_START,
  DESCRIPTION,
  NAME,
  NO_BLOCK,
  NO_PHONE,
  NO_MARKUP,
  PHONE_LINK,
  PHONE_TEXT,
  RELATIONSHIP,
  fixedText,
  type PhoneTags,
} from './card-tags.js';

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
  const headingTagName = headingTag(headingLevel);
  const [descriptionStart, descriptionEnd] = wording ? DESCRIPTION : NO_BLOCK;
  const [nameStart, nameEnd] = name ? NAME : NO_BLOCK;
  const [relationshipStart, relationshipEnd] = contact.relationship ? RELATIONSHIP : NO_BLOCK;
  const [addressStart, addressEnd] = address.length ? ADDRESS : NO_BLOCK;
  const p1 = phoneBlock(contact.primaryPhone, 'primary', who, messages);
  const p2 = phoneBlock(contact.alternatePhone, 'alternate', `${who}, ${messages.alternatePhone}`, messages);
  const edit = editable
    ? html`<button part="edit-button" type="button" aria-label=${`${messages.edit} ${who}`}
        @click=${(event: Event) => requestEdit(event, contact.id, eventRole)}>${messages.edit}</button>`
    : NO_MARKUP;
  // A block per line, its tags around its values (see card-tags.ts; the heading's tag name is a
  // static value too). No whitespace between blocks: it would show nothing, yet be one more text
  // node each, and a long list renders thousands of cards.
  return htmlWithTags`${CARD_START[eventRole]}<${headingTagName} part="card-heading">${
    fixedText(wording?.heading ?? messages.unknownRole.heading)}</${headingTagName}>${
    descriptionStart}${wording ? fixedText(wording.description) : NO_MARKUP}${descriptionEnd}${
    nameStart}${name || NO_MARKUP}${nameEnd}${
    relationshipStart}${contact.relationship || NO_MARKUP}${relationshipEnd}${
    addressStart}${address.length ? address.join('\n') : NO_MARKUP}${addressEnd}${
    p1.tags.start}${p1.href}${p1.tags.afterHref}${p1.spoken}${p1.tags.afterSpoken}${p1.display}${p1.tags.end}${
    p2.tags.start}${p2.href}${p2.tags.afterHref}${p2.spoken}${p2.tags.afterSpoken}${p2.display}${p2.tags.end}${
    edit}</article>`;
}

/** A phone's tags and values; a value the block does not show is NO_MARKUP, which leaves no binding. */
interface PhoneBlock {
  tags: PhoneTags;
  href: string | StaticValue;
  spoken: string | StaticValue;
  display: string | StaticValue;
}

const NOT_ON_FILE: PhoneBlock = { tags: NO_PHONE, href: NO_MARKUP, spoken: NO_MARKUP, display: NO_MARKUP };

function phoneBlock(raw: string | undefined, kind: PhoneKind, who: string, messages: Messages): PhoneBlock {
  const phone = parsePhoneNumber(raw);
  if (!phone) return NOT_ON_FILE;
  if (!phone.href) return { tags: PHONE_TEXT, href: NO_MARKUP, spoken: NO_MARKUP, display: phone.display };
  const spoken = messages.call(who, phone.spoken ? speakPhoneNumber(phone.spoken, messages.phoneWords) : phone.display);
  return { tags: PHONE_LINK[kind], href: phone.href, spoken, display: phone.display };
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
