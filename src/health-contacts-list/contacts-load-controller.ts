import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { loadContacts } from '../data/contacts-cache.js';
import { CONTACTS_SRC } from '../data/contacts-client.js';
import { ContactsError } from '../data/contacts-error.js';
import { groupContacts, type ContactGroups } from '../data/parse-contacts.js';
import { gateConsumer, type GateConsumer } from '../flags/gate.js';
import type { LocalizeController } from '../locales/localize-controller.js';
import { emit, type HealthContactsEventDetails } from '../shared/events.js';
import { reportFault } from '../shared/report-fault.js';
import { urlCheck } from '../shared/safe-url.js';
import type { StatusController } from '../shared/status-controller.js';

type ErrorDetail = HealthContactsEventDetails['contacts-error'];

/** The list's properties a load depends on. */
export interface ContactsSource extends ReactiveElement {
  readonly src: string;
  readonly credentials: RequestCredentials;
  readonly timeout: number;
  readonly fetch?: typeof fetch;
  readonly contacts?: readonly unknown[];
  readonly nonPatient: boolean;
}

/** What the list shows: contacts, the last failure, and whether a load is under way. */
export interface ShownContacts {
  groups?: ContactGroups;
  failure?: ErrorDetail;
  loading: boolean;
}

interface Given {
  readonly contacts: readonly unknown[];
  readonly groups: ContactGroups;
  announced: boolean;
}

/** src, may fetch, credentials, timeout, fetch; and whether to ask the server anew. */
type LoadArgs = readonly [string, boolean, RequestCredentials, number, typeof fetch | undefined, boolean];

/**
 * When the list fetches, and what it shows meanwhile. It fetches `GET {src}`:
 * - on its first update, and again whenever `src`, `credentials`, `timeout` or `.fetch` change,
 *   as long as it may: no `.contacts` given, not `non-patient`, and its `<flag-gate>` (if any) open;
 *   so a closed gate's opening starts it;
 * - on `reload()` ("Try again" too), asking the server anew (`fresh`) instead of sharing the page's
 *   answer; a reload asked while it may not fetch is spent;
 * - when put back on the page after being removed mid-load (removal aborts the request).
 * Lists sharing a `src` share one request and its answer (`contacts-cache`). A new load keeps the
 * last answer on screen until its own arrives. Each outcome is dispatched (`contacts-load`,
 * `contacts-error`) and announced once, after it is rendered; so are contacts the host gives.
 */
export class ContactsLoadController implements ReactiveController {
  readonly #host: ContactsSource;
  readonly #status: StatusController;
  readonly #localize: LocalizeController;
  readonly #gate: GateConsumer;
  readonly #task: Task<LoadArgs, ContactGroups>;
  readonly #checkSrc: (src: string) => string;
  #abortedOnDisconnect = false;
  #lastGiven?: Given;

  constructor(
    host: ContactsSource,
    status: StatusController,
    localize: LocalizeController,
  ) {
    this.#host = host;
    this.#status = status;
    this.#localize = localize;
    this.#checkSrc = urlCheck(host, 'src', CONTACTS_SRC);
    // First, so that the gate has answered by the time the task reads its arguments.
    this.#gate = gateConsumer(host);
    host.addController(this);
    this.#task = new Task(host, {
      args: () => this.#args(false),
      // `fresh` says how to ask, not what to ask: a reload's arguments equal the next update's.
      argsEqual: (previous, next) => previous.every((value, i) => i === 5 || value === next[i]),
      task: ([src, mayFetch, credentials, timeout, fetch, fresh], { signal }) => this.#load(src, mayFetch, { credentials, timeout, fetch, fresh, signal }),
      onComplete: (groups) => status.afterRender(() => this.#announce(groups)),
      onError: (error) =>
        status.afterRender(() => {
          if (!(error instanceof ContactsError)) reportFault(host, error);
          emit(host, 'contacts-error', errorDetail(error));
          status.say(localize.messages.errorHeading);
        }),
    });
  }

  /** Fetches the contacts again, asking the server anew. */
  reload(): Promise<void> {
    return this.#task.run(this.#args(true));
  }

  /** What the list shows now. */
  get shown(): ShownContacts {
    const given = this.#given();
    if (given) return { groups: given.groups, loading: false };
    const { status, value, error } = this.#task;
    if (status === TaskStatus.INITIAL) return { loading: false };
    return {
      groups: value,
      failure: error === undefined ? undefined : errorDetail(error),
      loading: status === TaskStatus.PENDING && this.#mayFetch,
    };
  }

  /**
   * The contacts the host gave, grouped once per array given. Worked out when read rather than in
   * an update hook: a server renders the list without running its controllers' hooks.
   */
  #given(): Given | undefined {
    const { contacts } = this.#host;
    if (contacts !== this.#lastGiven?.contacts) {
      this.#lastGiven = contacts === undefined ? undefined : { contacts, groups: groupContacts(contacts), announced: false };
    }
    return this.#lastGiven;
  }

  get #mayFetch(): boolean {
    const host = this.#host;
    return host.contacts === undefined && !host.nonPatient && (this.#gate.open ?? true);
  }

  #args(fresh: boolean): LoadArgs {
    const host = this.#host;
    return [this.#checkSrc(host.src), this.#mayFetch, host.credentials, host.timeout, host.fetch, fresh];
  }

  async #load(src: string, mayFetch: boolean, options: { credentials: RequestCredentials; timeout: number; fetch?: typeof fetch; fresh: boolean; signal: AbortSignal }) {
    if (!mayFetch) return initialState;
    this.#status.say(this.#localize.messages.loading);
    try {
      return await loadContacts({ src, ...options });
    } catch (error) {
      if (options.signal.aborted) return initialState;
      throw error;
    }
  }

  hostConnected(): void {
    if (!this.#abortedOnDisconnect) return;
    this.#abortedOnDisconnect = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    if (this.#task.status !== TaskStatus.PENDING) return;
    this.#abortedOnDisconnect = true;
    this.#task.abort();
  }

  hostUpdate(): void {
    // With nothing to fetch and no answer to clear away, a run would only cost a second render.
    this.#task.autoRun = this.#mayFetch || this.#task.status !== TaskStatus.INITIAL;
  }

  hostUpdated(): void {
    const given = this.#given();
    if (!given || given.announced) return;
    given.announced = true;
    this.#announce(given.groups);
  }

  #announce({ emergency, nextOfKin, ignored }: ContactGroups): void {
    emit(this.#host, 'contacts-load', { emergency: emergency.length, nextOfKin: nextOfKin.length, ignored });
    const m = this.#localize.messages;
    this.#status.say(emergency.length + nextOfKin.length ? m.contactsLoaded(emergency.length, nextOfKin.length) : m.noContacts);
  }
}

function errorDetail(error: unknown): ErrorDetail {
  if (!(error instanceof ContactsError)) return { kind: 'internal' };
  return error.status === undefined ? { kind: error.kind } : { kind: error.kind, status: error.status };
}
