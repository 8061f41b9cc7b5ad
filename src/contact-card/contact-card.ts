import type { PropertyDeclarations } from 'lit';
import { CONTACT_FIELDS, roleOf, type Contact } from '../data/contact.js';
import { normalizeContact } from '../data/parse-contacts.js';
import { renderContactCard } from '../shared/card/contact-card-template.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { emit } from '../shared/events.js';
import { clampHeadingLevel } from '../shared/heading.js';

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/**
 * One personal health care contact, read-only: the role as a heading, its description, the
 * full name, the relationship, the address (next of kin only) and each phone as a `tel:` link.
 *
 * Give it data with the `.contact` property, or in static HTML with one kebab-case attribute
 * per field (`contact-type`, `given-name`, `family-name`, `relationship`, `address-line1`,
 * `city`, `state`, `zip-code`, `postal-code`, `country`, `primary-phone`, `alternate-phone`, …).
 * `.contact` wins when both are given. Missing or blank fields are left out.
 *
 * The wording follows the nearest `lang` (the card's own, an ancestor's or the document's):
 * English, or Spanish once `health-contacts-elements/locales/es.js` is imported, and changes with
 * it (a language registered later, or any of those `lang` attributes changed) with no host code.
 *
 * @tag contact-card
 * @summary One emergency contact or next of kin, with tap-to-dial phone links.
 *
 * @attr contact-type - "Emergency Contact", "Other emergency contact", "Primary Next of Kin" or "Other Next of Kin".
 * @attr prefix - Name prefix, e.g. "Mrs.".
 * @attr given-name - Given (first) name.
 * @attr middle-name - Middle name.
 * @attr family-name - Family (last) name.
 * @attr suffix - Name suffix, e.g. "Jr.".
 * @attr relationship - Relationship to the person, e.g. "Sister".
 * @attr address-line1 - First street line (shown for next of kin only, like the rest of the address).
 * @attr address-line2 - Second street line.
 * @attr address-line3 - Third street line.
 * @attr city - City.
 * @attr state - US state code.
 * @attr zip-code - US ZIP code.
 * @attr zip-plus4 - ZIP+4 extension.
 * @attr postal-code - Postal code abroad.
 * @attr province-code - Province abroad.
 * @attr country - Country; shown when not the US.
 * @attr primary-phone - Primary phone number, as the service sends it.
 * @attr alternate-phone - Alternate phone number, as the service sends it.
 * @attr disable-analytics - Silences `component-library-analytics` on this card; `tel-click` still fires.
 *
 * @fires tel-click - A phone link was activated: `{ role, phone: 'primary' | 'alternate' }`. The link still dials.
 * @fires component-library-analytics - For a VA.gov host's analytics, as the VA design system's `va-telephone` reports it: `{ componentName: 'va-telephone', action: 'click', details: { role, phone }, version }`, never the number. Not with `disable-analytics`.
 * @fires contact-edit-request - With `editable`, the person pressed "Edit": `{ id?, role }`: the server's id (`.contact.id`; left out for a card given by attributes) and the role, nothing personal. The host opens its own editor.
 *
 * @csspart card - The card's box.
 * @csspart card-heading - The role heading.
 * @csspart description - The role's description.
 * @csspart name - The full name.
 * @csspart relationship - The relationship.
 * @csspart address - The postal address.
 * @csspart phone-link - Each `tel:` link.
 * @csspart phone-text - A phone value that is not a valid number, shown as text.
 * @csspart edit-button - The "Edit" button (with `editable`).
 *
 * @cssprop --hc-text-color - Text colour. Default: VA's `--vads-color-base`, else `#1b1b1b`.
 * @cssprop --hc-muted-color - Colour of the role description. Default: VA's `--vads-color-text-muted`, else `#71767a`.
 * @cssprop --hc-link-color - Link colour (and the "Edit" button's). Default: VA's `--vads-color-link`, else `#005ea2`.
 * @cssprop --hc-link-hover-color - Link colour on hover and while pressed. Default: VA's `--vads-color-link-active`, else `#0b4778`.
 * @cssprop --hc-link-visited-color - Visited link colour. Default: VA's `--vads-color-link-visited`, else `#54278f`.
 * @cssprop --hc-focus-color - Focus outline colour. Default: VA's `--vads-color-action-focus-on-light`, else `#face00`.
 * @cssprop --hc-border-color - Border colour. Default: VA's `--vads-color-gray-medium`, else `#757575`.
 * @cssprop --hc-card-border - The card's border. Default `1px solid var(--hc-border-color)`.
 * @cssprop --hc-card-background - The card's background. Default: VA's `--vads-color-white`, else `#ffffff`.
 * @cssprop --hc-card-padding - The card's padding. Default `1rem 1rem 1.5rem`.
 * @cssprop --hc-card-heading-size - Font size of the role heading. Default `1.25rem`.
 */
export class ContactCard extends ContactsElement {
  static override get properties(): PropertyDeclarations {
    return {
      ...Object.fromEntries(CONTACT_FIELDS.map((field) => [field, { attribute: kebab(field) }])),
      contact: { attribute: false },
      headingLevel: { attribute: 'heading-level', type: Number },
      editable: { type: Boolean },
    };
  }

  /** The contact to show, as parsed (camelCase fields). Wins over the attributes. */
  contact?: Contact;

  /** Level of the role heading (1–6). */
  headingLevel = 3;

  /** Shows an "Edit" button that dispatches `contact-edit-request` for the host to handle; read-only without it. */
  editable = false;

  /** Asks the host to edit: the server's id (left out when there is none) and the role, nothing personal. */
  readonly #requestEdit = () => {
    const contact = this.#contact();
    const role = roleOf(contact.contactType) ?? 'unknown';
    emit(this, 'contact-edit-request', contact.id === undefined ? { role } : { id: contact.id, role }, true);
  };

  /** `.contact` wins; otherwise the attributes, which Lit keeps in properties of the same names. */
  #contact(): Contact {
    const fields = this as unknown as Record<string, unknown>;
    return normalizeContact(this.contact || Object.fromEntries(CONTACT_FIELDS.map((field) => [field, fields[field]]))) ?? {};
  }

  override render() {
    const contact = this.#contact();
    return renderContactCard(contact, {
      role: roleOf(contact.contactType),
      headingLevel: clampHeadingLevel(this.headingLevel, 3),
      messages: this.localize.messages,
      onEdit: this.editable ? this.#requestEdit : undefined,
    });
  }
}
