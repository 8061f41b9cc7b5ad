import type { ReactiveElement, TemplateResult } from 'lit';
import type { ContactRole } from '../data/contact.js';
import type { CsrfTokenSource } from '../http/csrf-token.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';
import type { Messages } from '../locales/messages.js';
import type { StatusController } from '../shared/status-controller.js';

/**
 * What the list and its editor tell each other. The list's side (`editing-controller.ts`) is in
 * every page that edits; the editor's (`editor.ts` and what it imports) is loaded the first time a
 * person presses "Edit" or "Add", so read-only pages never load it.
 */

/** The list, as the editor sees it. */
export interface EditorHost extends ReactiveElement {
  readonly credentials: RequestCredentials;
  readonly timeout: number;
  readonly fetch?: typeof fetch;
  readonly csrfToken?: CsrfTokenSource;
  readonly contacts?: readonly unknown[];
  readonly disableAnalytics: boolean;
  readonly headingLevel: number;
}

/** What the list's editing controller gives the editor it opens. */
export interface EditorList {
  readonly load: {
    /** What the list shows now. */
    readonly shown: { readonly groups?: ContactGroups };
    /** The endpoint the list reads, checked: writes go to `{src}/{contactType}`. */
    readonly src: string;
    /** Settles once the list's load under way (a reload after a write) has. */
    readonly settled: Promise<unknown>;
  };
  readonly status: StatusController;
  readonly localize: { readonly messages: Messages };
}

/** An open editor. */
export interface EditorSession {
  readonly role: ContactRole;
  /** The form, in the card's place. */
  render(): TemplateResult;
  /** The list left the page: stop waiting for a write; render and throw nothing. */
  leave(): void;
}

/**
 * Opens the editor for the slot `role` (the contact on file there, or none for Add) in `host`;
 * `closed` is called once it has closed, before the list renders again.
 */
export type OpenEditor = (host: EditorHost, list: EditorList, role: ContactRole, contact: ParsedContact | undefined, closed: () => void) => EditorSession;
