import { Task, TaskStatus, initialState } from '@lit/task';
import { LitElement, html, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues } from 'lit';
import { ContactsError } from '../data/contacts-error.js';
import { groupContacts, type ContactGroups, type ParsedContact } from '../data/parse-contacts.js';
import { loadContacts } from '../data/shared-contacts.js';
import { reportTelClicks } from '../contact-card/tel-clicks.js';
import { cardStyles } from '../contact-card/contact-card.styles.js';
import { reportToVaAnalytics } from '../shared/analytics.js';
import { PACKAGE_BRAND } from '../shared/define-element.js';
import { emit, type HealthContactsEventDetails } from '../shared/events.js';
import { joinGate } from '../shared/gate-context.js';
import { clampHeadingLevel } from '../shared/heading.js';
import { messagesFor } from '../shared/locale.js';
import { reportFault } from '../shared/report-fault.js';
import { urlCheck } from '../shared/safe-url.js';
import { tokens } from '../shared/tokens.styles.js';
import { listStyles } from './health-contacts-list.styles.js';
import { renderAdditionalInfo, renderError, renderGroup, renderNonPatient } from './render-sections.js';
import { statusAnnouncer } from './status-announcer.js';

type ErrorDetail = HealthContactsEventDetails['contacts-error'];

/**
 * A person's personal health care contacts, read-only: a disclosure on how to change them,
 * then "Medical emergency contacts" and "Next of kin contacts", primary first, each phone a
 * `tel:` link. Fetches `GET {src}` (JSON:API) unless `.contacts` is given; inside a closed
 * `<flag-gate>` it does nothing until the gate opens.
 *
 * The wording follows the nearest `lang` (the list's own, an ancestor's or the document's):
 * English, or Spanish once `health-contacts-elements/locales/es.js` is imported. It is read at
 * each render: changing the list's own `lang` re-renders it; a host that changes an ancestor's
 * `lang` calls `requestUpdate()`.
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
 * @fires contact-edit-request - With `editable`, the person pressed a card's "Edit": `{ id?, role }`: the server's id (left out when the contact has none) and the role, nothing personal. The host opens its own editor.
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
 * @csspart edit-button - Each card's "Edit" button (with `editable`).
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
export class HealthContactsList extends LitElement {
  // Statics are getters: static fields compile to class static blocks, which Safari before 16.4
  // cannot parse, and lowering those for the browsers we support would lower every private member.
  /** @internal */
  static get [PACKAGE_BRAND](): true {
    return true;
  }
  static override get styles(): CSSResultGroup {
    return [tokens, cardStyles, listStyles];
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
      disableAnalytics: { attribute: 'disable-analytics', type: Boolean },
      langAttribute: { attribute: 'lang' },
      contacts: { attribute: false },
      fetch: { attribute: false },
    };
  }

  /** The contacts endpoint (JSON:API): an https:, http: or relative URL (anything else gives the default). */
  src = '/v0/profile/contacts';

  /** Fetch credentials mode; `include` for an API on another origin. */
  credentials: RequestCredentials = 'same-origin';

  /** Milliseconds before a request counts as timed out. */
  timeout = 10_000;

  /** Level of the group headings (1–6); card headings are one level below. */
  headingLevel = 2;

  /** Where "Find your health facility's phone number" leads: an https:, http: or relative URL (anything else gives the default). */
  facilityHref = 'https://www.va.gov/find-locations/';

  /** The person gets no VA health care: show that instead, and fetch nothing. */
  nonPatient = false;

  /** Shows an "Edit" button on each card that dispatches `contact-edit-request` for the host to handle; read-only without it. */
  editable = false;

  /** Silences `component-library-analytics` (the VA design system's name for it); the other events still fire. */
  disableAnalytics = false;

  /**
   * The global `lang` attribute (HTMLElement's own `lang` property is left alone): "es" for Spanish
   * once its module is imported; inherited from ancestors like any `lang`. Changing it re-renders.
   */
  protected langAttribute?: string;

  /** Contacts given by the host (parsed, camelCase); when set, nothing is fetched. */
  contacts?: readonly unknown[];

  /** The function used to fetch; defaults to `window.fetch`. */
  fetch?: typeof fetch;

  /** Whether an enclosing `<flag-gate>` is open; undefined without one, and then the list may always fetch. */
  #gateOpen?: boolean;
  #leaveGate?: () => void;

  #givenGroups?: ContactGroups;
  readonly #checkSrc = urlCheck(this, 'src', '/v0/profile/contacts');
  readonly #checkFacilityHref = urlCheck(this, 'facility-href', 'https://www.va.gov/find-locations/');
  #abortedOnDisconnect = false;
  #reloading = false;
  readonly #status = statusAnnouncer(this);

  readonly #load = new Task(this, {
    args: () => [this.#checkSrc(this.src), this.#mayFetch, this.credentials, this.timeout, this.fetch] as const,
    task: async ([src, mayFetch, credentials, timeout, fetch], { signal }) => {
      // A reload() asked while the list may not fetch is spent: the next load shares the page's answer.
      const fresh = this.#reloading;
      this.#reloading = false;
      if (!mayFetch) return initialState;
      this.#status.say(messagesFor(this).loading);
      try {
        return await loadContacts({ src, signal, credentials, timeout, fetch, fresh });
      } catch (error) {
        if (signal.aborted) return initialState;
        throw error;
      }
    },
    onComplete: (groups) => this.#afterRender(() => this.#announceLoad(groups)),
    onError: (error) =>
      this.#afterRender(() => {
        if (!(error instanceof ContactsError)) reportFault(this, error);
        emit(this, 'contacts-error', errorDetail(error));
        this.#status.say(messagesFor(this).errorHeading);
      }),
  });

  constructor() {
    super();
    reportTelClicks(this);
  }

  get #mayFetch(): boolean {
    return this.contacts === undefined && !this.nonPatient && (this.#gateOpen ?? true);
  }

  /** Fetches the contacts again (lists sharing the `src` otherwise share one answer per page). */
  reload(): Promise<void> {
    this.#reloading = true;
    return this.#load.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#leaveGate = joinGate(this, (open) => {
      this.#gateOpen = open;
      this.requestUpdate();
    });
    // Moved out of a gate, no gate answers: an update lets the task see that it may now fetch.
    this.requestUpdate();
    if (this.#abortedOnDisconnect) {
      this.#abortedOnDisconnect = false;
      void this.#load.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#status.cancel();
    this.#leaveGate?.();
    this.#gateOpen = undefined;
    if (this.#load.status === TaskStatus.PENDING) {
      this.#abortedOnDisconnect = true;
      this.#load.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contacts')) {
      this.#givenGroups = this.contacts === undefined ? undefined : groupContacts(this.contacts);
    }
    // With nothing to fetch and no answer to clear away, a run would only cost a second render.
    this.#load.autoRun = this.#mayFetch || this.#load.status !== TaskStatus.INITIAL;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('contacts') && this.#givenGroups) this.#announceLoad(this.#givenGroups);
  }

  // The task calls back before its new state is rendered; hosts listening for an outcome expect to see it.
  #afterRender(announce: () => void): void {
    const hadFocus = this.shadowRoot?.activeElement;
    this.requestUpdate();
    void this.updateComplete.then(() => {
      if (hadFocus && !this.shadowRoot!.activeElement) this.#focusFirstHeading();
      announce();
    });
  }

  /**
   * When the answer took away what had focus ("Try again" goes with its error), focus moves to
   * the heading of what took its place (the message's, or the first group's: the first heading
   * in the list) rather than falling to the page's body.
   */
  #focusFirstHeading(): void {
    const heading = this.renderRoot.querySelector<HTMLElement>(':is(h1,h2,h3,h4,h5,h6)');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  #announceLoad({ emergency, nextOfKin, ignored }: ContactGroups): void {
    emit(this, 'contacts-load', { emergency: emergency.length, nextOfKin: nextOfKin.length, ignored });
    const m = messagesFor(this);
    this.#status.say(emergency.length + nextOfKin.length ? m.contactsLoaded(emergency.length, nextOfKin.length) : m.noContacts);
  }

  readonly #onToggle = (event: Event) => {
    const details = event.target as HTMLDetailsElement;
    emit(this, 'additional-info-toggle', { open: details.open });
    reportToVaAnalytics(this, {
      componentName: 'va-additional-info',
      action: details.open ? 'expand' : 'collapse',
      // The summary as the person reads it, in the language shown.
      details: { triggerText: details.querySelector('summary')!.textContent! },
    });
  };

  readonly #onTryAgain = () => void this.reload();

  /**
   * What the list shows: the contacts given, or the last answer (contacts or an error), and
   * whether a load is under way. A new load keeps the last answer on screen until its own arrives.
   */
  get #shown(): { groups?: ContactGroups; failure?: ErrorDetail; loading: boolean } {
    if (this.#givenGroups) return { groups: this.#givenGroups, loading: false };
    const { status, value, error } = this.#load;
    if (status === TaskStatus.INITIAL) return { loading: false };
    return {
      groups: value,
      failure: error === undefined ? undefined : errorDetail(error),
      loading: status === TaskStatus.PENDING && this.#mayFetch,
    };
  }

  override render() {
    const m = messagesFor(this);
    if (this.nonPatient) return renderNonPatient(m);
    const headingLevel = clampHeadingLevel(this.headingLevel, 2);
    const facilityHref = this.#checkFacilityHref(this.facilityHref);
    const { groups, failure, loading } = this.#shown;
    // Groups show with their contacts, or with placeholders during a first load; not over an error.
    const showGroups = groups !== undefined || (loading && !failure);
    const group = (name: 'emergency' | 'next-of-kin', contacts: ParsedContact[] | undefined) =>
      renderGroup({
        group: name,
        contacts,
        busy: loading,
        headingLevel,
        facilityHref,
        messages: m,
        editable: this.editable,
      });
    return html`${renderAdditionalInfo(facilityHref, m, this.#onToggle)}
      <div role="status" class="visually-hidden"></div>
      ${failure
        ? renderError({ kind: failure.kind, headingLevel, messages: m, onTryAgain: this.#onTryAgain, busy: loading })
        : nothing}
      ${showGroups ? [group('emergency', groups?.emergency), group('next-of-kin', groups?.nextOfKin)] : nothing}`;
  }
}

function errorDetail(error: unknown): ErrorDetail {
  if (!(error instanceof ContactsError)) return { kind: 'internal' };
  return error.status === undefined ? { kind: error.kind } : { kind: error.kind, status: error.status };
}
