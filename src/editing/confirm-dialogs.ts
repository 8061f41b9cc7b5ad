import { fullName, groupOf, type ContactRole } from '../data/contact.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';
import type { EditorMessages } from '../locales/editor-messages.js';
import type { Messages } from '../locales/messages.js';
import type { AnalyticsSource } from '../shared/analytics.js';
import { reportDialogAnswered, reportDialogShown } from './editor-analytics.js';
import type { EditorDialog } from './editor-view.js';
import { secondaryMovingUp } from './slot-rules.js';

export interface DialogContext {
  readonly m: EditorMessages;
  readonly roles: Messages['roles'];
  readonly role: ContactRole;
  readonly onFile?: ParsedContact;
  readonly groups?: ContactGroups;
}

/** What the dialog asking to confirm a cancel (with changes) or a delete says. */
export function dialogWording(kind: EditorDialog['kind'], { m, roles, role, onFile, groups }: DialogContext): EditorDialog {
  if (kind === 'cancel') return { kind, ...m.cancelDialog };
  const groupName = m.groupNames[groupOf(role)];
  const nameOf = (person: ParsedContact | undefined) => (person && fullName(person)) || roles[person?.role ?? role].spoken;
  // Deleting a primary moves its secondary up (the service's rule): say who.
  const promoted = secondaryMovingUp(groups, role);
  return {
    kind,
    heading: m.deleteDialog.heading(groupName),
    body: m.deleteDialog.body(nameOf(onFile), promoted && nameOf(promoted), roles[role].spoken),
    confirm: m.deleteDialog.confirm(groupName),
    keep: m.deleteDialog.keep,
  };
}

type DialogKind = EditorDialog['kind'];

/** The editor's modal dialog: asks, and answers true for "Yes", false for "No" or Escape. */
export class ConfirmDialog {
  readonly #host: AnalyticsSource;
  readonly #view: (kind: DialogKind) => EditorDialog;
  #asking?: { readonly kind: DialogKind; readonly answer: (confirmed: boolean) => void };

  /** `view` says what the dialog of a kind says now; `host` is where VA's analytics hear it from. */
  constructor(host: AnalyticsSource, view: (kind: DialogKind) => EditorDialog) {
    this.#host = host;
    this.#view = view;
  }

  /** The dialog asking now, if any. */
  get kind(): DialogKind | undefined {
    return this.#asking?.kind;
  }

  /** Asks in the dialog of `kind`, once `render` has put it in the page (under the root it gives). */
  async ask(kind: DialogKind, render: () => Promise<ParentNode | null>): Promise<boolean> {
    const answered = new Promise<boolean>((answer) => (this.#asking = { kind, answer }));
    const dialog = (await render())?.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.returnValue = '';
      // A DOM imitation (jsdom, in a host's unit tests) has no modal dialogs: there it opens in place.
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      reportDialogShown(this.#host, this.#view(kind));
    }
    return answered;
  }

  /** The dialog's `close` event: the button pressed is its `returnValue` (Escape leaves it empty). */
  readonly onClose = (event: Event) => {
    const asking = this.#asking;
    if (!asking) return;
    this.#asking = undefined;
    const confirmed = (event.target as HTMLDialogElement).returnValue === 'confirm';
    reportDialogAnswered(this.#host, this.#view(asking.kind), confirmed);
    asking.answer(confirmed);
  };
}
