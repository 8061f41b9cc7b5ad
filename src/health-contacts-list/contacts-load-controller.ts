import { Task, TaskStatus, initialState } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import { loadContacts, onContactsChanged } from '../data/contacts-cache.js';
import { CONTACTS_SRC } from '../data/contacts-client.js';
import { ContactsError } from '../data/contacts-error.js';
import { groupContacts, type ContactGroups } from '../data/parse-contacts.js';
import type { GateConsumer } from '../flags/gate.js';
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

/**
 * How a load asks: sharing the page's answer; `fresh`, asking the server anew (a reload); `quiet`,
 * anew after a write, with the outcome left for the editor to announce.
 */
type How = 'shared' | 'fresh' | 'quiet';

/** src, may fetch, credentials, timeout, fetch; and how to ask. */
type LoadArgs = readonly [string, boolean, RequestCredentials, number, typeof fetch | undefined, How];

interface Loaded {
  readonly groups: ContactGroups;
  readonly quiet: boolean;
}

interface Given {
  readonly contacts: readonly unknown[];
  readonly groups: ContactGroups;
  announced: boolean;
}

/**
 * When the list fetches, and what it shows meanwhile. It fetches `GET {src}`:
 * - on its first update, and again whenever `src`, `credentials`, `timeout` or `.fetch` change,
 *   as long as it may: no `.contacts` given, not `non-patient`, and its `<flag-gate>` (if any) open;
 *   so a closed gate's opening starts it;
 * - on `reload()` ("Try again" too), asking the server anew (`fresh`) instead of sharing the page's
 *   answer; a reload asked while it may not fetch is spent;
 * - after a write to its `src` succeeded, from this list or another on the page: anew, all such
 *   lists sharing one request, and quietly (the editor says what came of the write);
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
  readonly #task: Task<LoadArgs, Loaded>;
  readonly #checkSrc: (src: string) => string;
  #abortedOnDisconnect = false;
  #lastGiven?: Given;
  #stopListening?: () => void;

  constructor(host: ContactsSource, gate: GateConsumer, status: StatusController, localize: LocalizeController) {
    this.#host = host;
    this.#gate = gate;
    this.#status = status;
    this.#localize = localize;
    this.#checkSrc = urlCheck(host, 'src', CONTACTS_SRC);
    host.addController(this);
    this.#task = new Task(host, {
      args: () => this.#args('shared'),
      // `how` says how to ask, not what to ask: a reload's arguments equal the next update's.
      argsEqual: (previous, next) => previous.every((value, i) => i === 5 || value === next[i]),
      task: ([src, mayFetch, credentials, timeout, fetch, how], { signal }) =>
        this.#load(src, mayFetch, how, { credentials, timeout, fetch, signal }),
      onComplete: ({ groups, quiet }) => status.afterRender(() => this.#announce(groups, quiet)),
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
    return this.#task.run(this.#args('fresh'));
  }

  /** The src the list reads, as checked (an https:, http: or relative URL). */
  get src(): string {
    return this.#checkSrc(this.#host.src);
  }

  /** Settles once the load under way (if any) has, whatever came of it. */
  get settled(): Promise<unknown> {
    return this.#task.taskComplete.catch(() => undefined);
  }

  /** What the list shows now. */
  get shown(): ShownContacts {
    const given = this.#given();
    if (given) return { groups: given.groups, loading: false };
    const { status, value, error } = this.#task;
    if (status === TaskStatus.INITIAL) return { loading: false };
    return {
      groups: value?.groups,
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

  #args(how: How): LoadArgs {
    const host = this.#host;
    return [this.src, this.#mayFetch, host.credentials, host.timeout, host.fetch, how];
  }

  async #load(src: string, mayFetch: boolean, how: How, options: { credentials: RequestCredentials; timeout: number; fetch?: typeof fetch; signal: AbortSignal }) {
    if (!mayFetch) return initialState;
    const quiet = how === 'quiet';
    if (!quiet) this.#status.say(this.#localize.messages.loading);
    try {
      return { groups: await loadContacts({ src, ...options, fresh: how !== 'shared' }), quiet };
    } catch (error) {
      if (options.signal.aborted) return initialState;
      throw error;
    }
  }

  hostConnected(): void {
    this.#stopListening = onContactsChanged((src) => {
      if (src === this.src) void this.#task.run(this.#args('quiet'));
    });
    if (!this.#abortedOnDisconnect) return;
    this.#abortedOnDisconnect = false;
    void this.#task.run();
  }

  hostDisconnected(): void {
    this.#stopListening?.();
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
    this.#announce(given.groups, false);
  }

  /** Tells the host the contacts are shown, and screen readers how many (unless a write's outcome is theirs to hear). */
  #announce({ emergency, nextOfKin, ignored }: ContactGroups, quiet: boolean): void {
    emit(this.#host, 'contacts-load', { emergency: emergency.length, nextOfKin: nextOfKin.length, ignored });
    if (quiet) return;
    const m = this.#localize.messages;
    this.#status.say(emergency.length + nextOfKin.length ? m.contactsLoaded(emergency.length, nextOfKin.length) : m.noContacts);
  }
}

function errorDetail(error: unknown): ErrorDetail {
  if (!(error instanceof ContactsError)) return { kind: 'internal' };
  return error.status === undefined ? { kind: error.kind } : { kind: error.kind, status: error.status };
}
