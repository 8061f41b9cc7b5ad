import { html, nothing, type CSSResultGroup, type PropertyDeclarations } from 'lit';
import { CONTACTS_SRC } from '../data/contacts-client.js';
import type { CsrfTokenSource } from '../http/csrf-token.js';
import type { ParsedContact } from '../data/parse-contacts.js';
import { gateConsumer } from '../flags/gate.js';
import { ContactsElement } from '../shared/contacts-element.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { urlCheck } from '../shared/safe-url.js';
import { statusController } from '../shared/status-controller.js';
import { ContactsLoadController } from './contacts-load-controller.js';
import { onDisclosureToggle } from './disclosure-toggle.js';
import { EditingController } from './editing-controller.js';
import { listStyles } from './health-contacts-list.styles.js';
import { renderAdditionalInfo, renderError, renderGroup, renderNonPatient } from './render-sections.js';

const FACILITY_HREF = 'https://www.va.gov/find-locations/';

/**
 * A person's personal health care contacts, read-only: a disclosure on how to change them,
 * then "Medical emergency contacts" and "Next of kin contacts", primary first, each phone a
 * `tel:` link. Fetches `GET {src}` (JSON:API) unless `.contacts` is given; inside a closed
 * `<flag-gate>` it does nothing until the gate opens.
 *
 * The wording follows the nearest `lang` (the list's own, an ancestor's or the document's):
 * English, or Spanish once `health-contacts-elements/locales/es.js` is imported, and changes with
 * it (a language registered later, or any of those `lang` attributes changed) with no host code.
 *
 * Screen readers hear "Please wait…" and then what came of it (the counts, "No contacts on
 * file." or the error) from a polite status region. `reload()`, "Try again" and a new `src` keep
 * what is shown, `aria-busy`, until the answer; after "Try again" focus moves to the first group
 * heading (or the message's) rather than to the page body.
 *
 * @tag health-contacts-list
 * @summary Emergency contacts and next of kin, with loading, empty and error states.
 *
 * @attr disable-analytics - Silences `component-library-analytics` on this list; the other events still fire.
 *
 * @slot additional-info - Replaces the body of the "Learn how to update…" disclosure.
 * @slot emergency-description - Replaces "The people we'll contact in an emergency."
 * @slot emergency-empty - Replaces the text shown when there is no emergency contact.
 * @slot next-of-kin-description - Replaces "The people you want to represent your health care wishes if needed."
 * @slot next-of-kin-empty - Replaces the text shown when there is no next of kin.
 * @slot error - Replaces the error message's body.
 * @slot non-patient - Replaces the message shown with `non-patient`.
 *
 * @fires contacts-load - Contacts are shown: `{ emergency, nextOfKin, ignored }` (counts only).
 * @fires contacts-error - Contacts could not be loaded: `{ kind, status? }`.
 * @fires additional-info-toggle - The person opened or closed the disclosure: `{ open }`.
 * @fires tel-click - A phone link was activated: `{ role, phone: 'primary' | 'alternate' }`. The link still dials.
 * @fires component-library-analytics - For a VA.gov host's analytics, as the VA design system's components report them: the disclosure opened or closed, `{ componentName: 'va-additional-info', action: 'expand' | 'collapse', details: { triggerText }, version }` (the summary as shown), and a phone link activated, `{ componentName: 'va-telephone', action: 'click', details: { role, phone }, version }` (never the number). Not with `disable-analytics`.
 * @fires contact-edit-request - Editing on, the person pressed a card's "Edit" or a group's "Add": `{ id?, role }`, the server's id (none for Add) and the role, nothing personal. Cancelable: `preventDefault()` keeps the built-in editor closed, for the host's own.
 * @fires contact-save - The service confirmed a save: `{ role, action: 'create' | 'update' }`, `role` where the contact is stored now.
 * @fires contact-delete - The service confirmed a delete: `{ role }`.
 * @fires contact-save-error - A save or delete failed, or the form has errors: `{ role, action, kind, fields? }`, `fields` naming the controls in error, never their values.
 * @fires contact-edit-cancel - The person closed the editor without saving: `{ role }`.
 *
 * @csspart additional-info - The `<details>` disclosure.
 * @csspart additional-info-summary - Its `<summary>`.
 * @csspart additional-info-body - Its body.
 * @csspart group - Each group's `<section>`; also `emergency` or `next-of-kin`.
 * @csspart group-heading - Each group's heading.
 * @csspart group-description - Each group's description.
 * @csspart empty - The text shown in a group with no contacts.
 * @csspart loading - The "Please wait…" text, in the first placeholder card while loading (screen readers hear it from a status region).
 * @csspart error - The error message box.
 * @csspart error-heading - Its heading.
 * @csspart try-again - The "Try again" button.
 * @csspart non-patient - The message shown with `non-patient`.
 * @csspart card - Each contact's card (and the card parts of `<contact-card>`: card-heading, description, name, relationship, address, phone-link, phone-text).
 * @csspart edit-button - Each card's "Edit" button (editing on).
 * @csspart add-button - A group's "Add emergency contact" / "Add next of kin" button (editing on, a slot free).
 * @csspart editor - The editor, in the card's place (or the free slot's).
 * @csspart editor-failure - The editor's message when a save or delete failed.
 * @csspart save-button - The editor's "Save".
 * @csspart cancel-button - The editor's "Cancel".
 * @csspart delete-button - The editor's "Delete" (a contact on file).
 * @csspart editor-dialog - The editor's `<dialog>` ("Cancel changes?", "Delete this … contact?").
 *
 * @cssprop --hc-group-heading-size - Font size of group headings. Default `1.5rem`.
 * @cssprop --hc-error-color - Border of the error box. Default: VA's `--vads-color-error`, else `#d54309`.
 * @cssprop --hc-error-background - Background of the error box. Default: VA's `--vads-color-error-lighter`, else `#f4e3db`.
 * @cssprop --hc-info-color - Border of the non-patient box. Default: VA's `--vads-color-info`, else `#00bde3`.
 * @cssprop --hc-info-background - Background of the non-patient box. Default: VA's `--vads-color-info-lighter`, else `#e7f6f8`.
 * @cssprop --hc-placeholder-height - Height of each placeholder card while loading. Default `14rem`.
 * @cssprop --hc-placeholder-background - Background of the placeholder cards. Default: VA's `--vads-color-base-lightest`, else `#f0f0f0`.
 * @cssprop --hc-button-background - "Try again" background. Default: VA's `--vads-color-primary`, else `#005ea2`.
 * @cssprop --hc-button-color - "Try again" text colour. Default: VA's `--vads-color-white`, else `#ffffff`.
 * @cssprop --hc-link-color - Link colour (and every card property of `<contact-card>`).
 */
export class HealthContactsList extends ContactsElement {
  static override get styles(): CSSResultGroup {
    return [super.styles, listStyles];
  }
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      credentials: {},
      timeout: { type: Number },
      headingLevel: { attribute: 'heading-level', type: Number },
      facilityHref: { attribute: 'facility-href' },
      nonPatient: { attribute: 'non-patient', type: Boolean, reflect: true },
      editable: { type: Boolean },
      editFlag: { attribute: 'edit-flag' },
      contacts: { attribute: false },
      fetch: { attribute: false },
      csrfToken: { attribute: false },
    };
  }

  /** The contacts endpoint (JSON:API): an https:, http: or relative URL (anything else gives the default). */
  src = CONTACTS_SRC;

  /** Fetch credentials mode; `include` for an API on another origin. */
  credentials: RequestCredentials = 'same-origin';

  /** Milliseconds before a request counts as timed out. */
  timeout = 10_000;

  /** Level of the group headings (1–6); card headings are one level below. */
  headingLevel = 2;

  /** Where "Find your health facility's phone number" leads: an https:, http: or relative URL (anything else gives the default). */
  facilityHref = FACILITY_HREF;

  /** The person gets no VA health care: show that instead, and fetch nothing. */
  nonPatient = false;

  /**
   * Editing on: "Edit" on each card and "Add" for a free slot open the built-in editor (unless the
   * host cancels `contact-edit-request` to open its own). Read-only without it or `edit-flag`.
   */
  editable = false;

  /**
   * Editing on only while this feature flag is on: asked with the enclosing `<flag-gate>`'s own flag,
   * in the same toggles request (outside any gate, from `/v0/feature_toggles`). Off, undecided or
   * failed: read-only.
   */
  editFlag?: string;

  /**
   * The `X-CSRF-Token` of writes: a string, or a function returning one, asked at each write.
   * Default: the newest `X-CSRF-Token` a response carried, else `localStorage.csrfToken` (read only).
   */
  csrfToken?: CsrfTokenSource;

  /** Contacts given by the host (parsed, camelCase); when set, nothing is fetched. */
  contacts?: readonly unknown[];

  /** The function used to fetch; defaults to `window.fetch`. */
  fetch?: typeof fetch;

  readonly #status = statusController(this);
  // The gate first: it answers as the list connects, before the others read it.
  readonly #gate = gateConsumer(this);
  readonly #load = new ContactsLoadController(this, this.#gate, this.#status, this.localize);
  readonly #editing = new EditingController(this, this.#gate, this.#load, this.#status, this.localize);
  readonly #checkFacilityHref = urlCheck(this, 'facility-href', FACILITY_HREF);
  readonly #onToggle = onDisclosureToggle(this);
  readonly #onTryAgain = () => void this.reload();

  /** Fetches the contacts again (lists sharing the `src` otherwise share one answer per page). */
  reload(): Promise<void> {
    return this.#load.reload();
  }

  override render() {
    const m = this.localize.messages;
    if (this.nonPatient) return renderNonPatient(m);
    const headingLevel = clampHeadingLevel(this.headingLevel, 2);
    const facilityHref = this.#checkFacilityHref(this.facilityHref);
    const { groups, failure, loading } = this.#load.shown;
    // Groups show with their contacts, or with placeholders during a first load; not over an error.
    const showGroups = groups !== undefined || (loading && !failure);
    const editing = this.#editing;
    const group = (name: 'emergency' | 'next-of-kin', contacts: ParsedContact[] | undefined) =>
      renderGroup({ group: name, contacts, busy: loading, headingLevel, facilityHref, messages: m, editing });
    return html`${renderAdditionalInfo(facilityHref, m, this.#onToggle)}
      <div role="status" class="visually-hidden"></div>
      ${failure
        ? renderError({ kind: failure.kind, headingLevel, messages: m, onTryAgain: this.#onTryAgain, busy: loading })
        : nothing}
      ${showGroups ? [group('emergency', groups?.emergency), group('next-of-kin', groups?.nextOfKin)] : nothing}`;
  }
}
