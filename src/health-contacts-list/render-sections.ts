import { html, nothing, type TemplateResult } from 'lit';
import { CONTACT_TYPES, type ContactRole } from '../data/contact.js';
import type { ContactsErrorKind } from '../data/contacts-error.js';
import type { ParsedContact } from '../data/parse-contacts.js';
import { renderContactCard } from '../shared/card/contact-card-template.js';
import { heading } from '../shared/heading.js';
import type { Messages } from '../locales/messages.js';

/** Shown in place of the contacts to people who get no VA health care. */
const VA_HEALTH_BENEFITS_HREF = 'https://www.va.gov/health-care/';

export interface GroupOptions {
  group: 'emergency' | 'next-of-kin';
  /** Undefined until the first answer: placeholders then hold the cards' place. */
  contacts: readonly ParsedContact[] | undefined;
  /** A load is under way: what the group shows is about to change. */
  busy: boolean;
  headingLevel: number;
  facilityHref: string;
  messages: Messages;
  editing: GroupEditing;
}

/** What editing puts in a group. */
export interface GroupEditing {
  /** The editor, when it is open in `role`'s slot. */
  editorFor(role: ContactRole): TemplateResult | undefined;
  /** While editing is on and no editor is open: "Edit" on each card, "Add" for a free slot. */
  readonly actions?: { edit(contact: ParsedContact): void; add(role: ContactRole): void };
}

/**
 * One group of cards, or its "how to add one" text when the person has none on file. During the
 * first load, the heading and description already stand where they will stay, and two placeholder
 * cards (a primary and a secondary) hold the cards' place, so what is on screen does not move
 * when the contacts arrive. Later loads keep the cards shown until the answer (`busy`).
 */
export function renderGroup(options: GroupOptions): TemplateResult {
  const { group, contacts, busy, headingLevel, messages: m } = options;
  const [title, description, empty] =
    group === 'emergency'
      ? [m.emergencyHeading, m.emergencyDescription, m.emergencyEmpty]
      : [m.nextOfKinHeading, m.nextOfKinDescription, m.nextOfKinEmpty];
  return html`<section part="group ${group}" aria-busy=${busy}>
    ${heading(headingLevel, 'group-heading', title)}
    <p part="group-description"><slot name="${group}-description">${description}</slot></p>
    ${contacts ? renderGroupBody(contacts, empty, options) : renderPlaceholders(group === 'emergency' ? m.loading : undefined)}
  </section>`;
}

/**
 * The group's cards, or its "how to add one" text and link when the person has none on file; and,
 * while editing, "Add" for its free slot (its primary's, else its secondary's) or the editor there.
 */
function renderGroupBody(
  contacts: readonly ParsedContact[],
  empty: string,
  { group, headingLevel, facilityHref, messages: m, editing }: GroupOptions,
): TemplateResult {
  const free = CONTACT_TYPES.find((type) => type.group === group && !contacts.some((contact) => contact.role === type.role))?.role;
  const editorInFreeSlot = free && editing.editorFor(free);
  const { actions } = editing;
  return html`${contacts.length
      ? html`<div class="cards">
          ${contacts.map(
            (contact) =>
              editing.editorFor(contact.role) ??
              renderContactCard(contact, {
                role: contact.role,
                headingLevel: Math.min(headingLevel + 1, 6),
                messages: m,
                onEdit: actions && (() => actions.edit(contact)),
              }),
          )}
        </div>`
      : editorInFreeSlot
        ? nothing
        : html`<p part="empty">
            <slot name="${group}-empty">${empty} <a href=${facilityHref}>${m.findFacility}</a></slot>
          </p>`}
    ${editorInFreeSlot ||
    (free && actions
      ? html`<button part="add-button" class="add" type="button" @click=${() => actions.add(free)}>
          ${m.add[group][contacts.length ? 'secondary' : 'first']}
        </button>`
      : nothing)}`;
}

/** Two placeholder cards, the first with its text ("Please wait…"), if any; screen readers hear it from the status region instead. */
function renderPlaceholders(text: string | undefined): TemplateResult {
  return html`<div class="cards placeholders" aria-hidden="true">
    <div class="card">${text === undefined ? nothing : html`<p part="loading">${text}</p>`}</div>
    <div class="card"></div>
  </div>`;
}

export function renderAdditionalInfo(facilityHref: string, m: Messages, onToggle: (event: Event) => void): TemplateResult {
  return html`<details part="additional-info" @toggle=${onToggle}>
    <summary part="additional-info-summary">${m.additionalInfoSummary}</summary>
    <div part="additional-info-body" class="additional-info-body">
      <slot name="additional-info">
        <p>
          ${m.additionalInfoBefore} <strong>${m.additionalInfoStrong}</strong>.
          <a href=${facilityHref}>${m.findFacility}</a>
        </p>
      </slot>
    </div>
  </details>`;
}

export interface ErrorOptions {
  kind: ContactsErrorKind;
  headingLevel: number;
  messages: Messages;
  onTryAgain: () => void;
  /** "Try again" is under way: the message stays, and keeps the button's focus, until the answer. */
  busy: boolean;
}

/**
 * What went wrong, and "Try again" unless asking again cannot help. Screen readers hear it from
 * the list's status region, politely and once, so the box itself is not a live region.
 */
export function renderError({ kind, headingLevel, messages: m, onTryAgain, busy }: ErrorOptions): TemplateResult {
  const canRetry = kind !== 'unauthorized' && kind !== 'forbidden';
  return html`<div part="error" class="alert" data-kind=${kind} aria-busy=${busy}>
    ${heading(headingLevel, 'error-heading', m.errorHeading)}
    <p><slot name="error">${m.errorBody[kind]}</slot></p>
    ${canRetry ? html`<button part="try-again" type="button" @click=${onTryAgain}>${m.tryAgain}</button>` : nothing}
  </div>`;
}

export function renderNonPatient(m: Messages): TemplateResult {
  return html`<div part="non-patient" class="alert info">
    <p><slot name="non-patient">${m.nonPatient}</slot></p>
    <p><a href=${VA_HEALTH_BENEFITS_HREF}>${m.nonPatientLink}</a></p>
  </div>`;
}
