import type { TemplateResult } from 'lit';
import { CONTACT_TYPES, groupOf, roleOf, type ContactRole } from '../data/contact.js';
import { contactsChanged } from '../data/contacts-cache.js';
import { editorEn } from '../locales/editor-en.js';
import type { EditorMessages } from '../locales/editor-messages.js';
import { editorMessagesFor } from '../locales/editor-registry.js';
import { langOf } from '../locales/registry.js';
import { emit } from '../shared/events.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';
import { ConfirmDialog, dialogWording } from './confirm-dialogs.js';
import { reportFailureShown, reportPressed } from './editor-analytics.js';
import type { EditorHost, EditorList, EditorSession } from './editor-types.js';
import { renderEditor, type EditorDialog } from './editor-view.js';
import { focusAfterClose, type AfterClose } from './focus-after-close.js';
import { FormDraft } from './form-draft.js';
import { predictedRole, slotFilled } from './slot-rules.js';
import { UnloadGuard } from './unload-guard.js';
import { fieldsShownFor } from './validation.js';
import { deleteContact, saveContact } from './write-client.js';
import { WriteInFlight, failedWrite, type Failure, type WriteAction } from './write-in-flight.js';

/**
 * One contact's editor: the values as typed, the errors shown, a save or delete under way, the
 * dialog open. Nothing typed is lost to a failure: the values stay until the person cancels or the
 * service confirms. One request at a time, never retried without the person.
 */
export class ContactEditor implements EditorSession {
  readonly #host: EditorHost;
  readonly #list: EditorList;
  readonly #contact?: ParsedContact;
  readonly #closed: () => void;
  readonly #contactType: string;
  readonly #draft: FormDraft;
  #failure?: Failure;
  readonly #write = new WriteInFlight();
  readonly #unloadGuard = new UnloadGuard();
  readonly #dialog: ConfirmDialog;

  constructor(host: EditorHost, list: EditorList, readonly role: ContactRole, contact: ParsedContact | undefined, closed: () => void) {
    this.#host = host;
    this.#list = list;
    this.#contact = contact;
    this.#closed = closed;
    this.#contactType = CONTACT_TYPES.find((type) => type.role === role)!.contactType;
    this.#draft = new FormDraft(this.#contactType, contact);
    this.#dialog = new ConfirmDialog(host, (kind) => this.#dialogView(kind));
    // The editor's opening, as VA's pipeline hears a button: the one the person pressed, as shown.
    const m = list.localize.messages;
    reportPressed(this.#host, 'secondary', contact ? m.edit : m.add[groupOf(role)][role.endsWith('secondary') ? 'secondary' : 'first']);
    void this.#render().then(() => this.#root()?.querySelector<HTMLElement>('input, select')?.focus());
  }

  get #m(): EditorMessages {
    return editorMessagesFor(this.#host) ?? editorEn;
  }

  /** The list's wording for the roles. */
  get #roles() {
    return this.#list.localize.messages.roles;
  }

  #groups(): ContactGroups | undefined {
    return this.#list.load.shown.groups;
  }

  render(): TemplateResult {
    const m = this.#m;
    const roles = this.#roles;
    return renderEditor({
      role: this.role,
      heading: roles[this.role].heading,
      headingLevel: Math.min(this.#host.headingLevel + 1, 6),
      m,
      lang: langOf(this.#host) || 'en',
      values: this.#draft.values,
      shown: fieldsShownFor(this.#draft.values.country),
      errors: this.#draft.errors,
      refused: this.#draft.refused,
      contactType: this.#contactType,
      onFile: this.#contact,
      busy: this.#write.busy,
      failure: this.#failure && { heading: this.#failureHeading(this.#failure), text: m.failures[this.#failure.kind] },
      deleteLabel: this.#contact ? `${m.delete} ${roles[this.role].spoken}` : undefined,
      dialog: this.#dialog.kind && this.#dialogView(this.#dialog.kind),
      onInput: this.#onInput,
      onSubmit: this.#onSubmit,
      onCancel: this.#onCancel,
      onDelete: this.#onDelete,
      onDialogClose: this.#dialog.onClose,
    });
  }

  leave(): void {
    this.#write.leave();
    this.#unloadGuard.on = false;
  }

  #root(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('[part~="editor"]');
  }

  #render(): Promise<unknown> {
    this.#host.requestUpdate();
    return this.#host.updateComplete;
  }

  readonly #onInput = (event: Event) => {
    const field = this.#draft.take(event.target as HTMLInputElement | HTMLSelectElement);
    this.#unloadGuard.on = this.#draft.changed;
    // The country decides which address controls show; other values need no render.
    if (field === 'country') void this.#render();
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#save();
  };

  readonly #onCancel = async () => {
    reportPressed(this.#host, 'secondary', this.#m.cancel);
    // While a write is on its way, its answer decides what comes next.
    if (this.#write.busy || (this.#draft.changed && !(await this.#ask('cancel')))) return;
    this.#unloadGuard.on = false;
    emit(this.#host, 'contact-edit-cancel', { role: this.role });
    await this.#closeAnd({ focus: 'opener', role: this.role, added: !this.#contact });
  };

  readonly #onDelete = async () => {
    reportPressed(this.#host, 'secondary', this.#m.delete);
    if (this.#write.busy) return;
    if (await this.#ask('delete')) void this.#delete();
  };

  /** Asks first. The safe answer (also Escape) leaves everything as it was, focus back on the button that asked. */
  async #ask(kind: EditorDialog['kind']): Promise<boolean> {
    if (await this.#dialog.ask(kind, () => this.#render().then(() => this.#root()))) return true;
    await this.#render();
    this.#root()?.querySelector<HTMLElement>(`[data-action="${kind}"]`)?.focus();
    return false;
  }

  #dialogView(kind: EditorDialog['kind']): EditorDialog {
    return dialogWording(kind, { m: this.#m, roles: this.#roles, role: this.role, onFile: this.#contact, groups: this.#groups() });
  }

  async #save(): Promise<void> {
    const m = this.#m;
    reportPressed(this.#host, 'primary', m.save);
    // One request however often Save is pressed.
    if (this.#write.busy) return;
    const action = slotFilled(this.#groups(), this.role) ? 'update' : 'create';
    const attributes = this.#draft.check();
    this.#failure = undefined;
    if (!attributes) {
      emit(this.#host, 'contact-save-error', { role: this.role, action, kind: 'validation', fields: this.#draft.fieldsInError });
      await this.#render();
      this.#root()?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    await this.#run(action, m.saving, async (signal) => {
      const stored = await saveContact({ ...this.#request(signal), attributes, action });
      // Where the service put it: a secondary saved with no primary on file becomes the primary.
      const role = roleOf(stored?.contactType) ?? predictedRole(this.#groups(), this.role);
      emit(this.#host, 'contact-save', { role, action });
      await this.#afterWrite({ focus: 'edit', role });
      this.#list.status.say(m.saved(role === this.role ? undefined : this.#roles[role].spoken));
    });
  }

  async #delete(): Promise<void> {
    const m = this.#m;
    await this.#run('delete', m.deleting, async (signal) => {
      await deleteContact(this.#request(signal));
      emit(this.#host, 'contact-delete', { role: this.role });
      await this.#afterWrite({ focus: 'heading', role: this.role });
      this.#list.status.say(m.deleted(m.groupNames[groupOf(this.role)]));
    });
  }

  /** Where a write of this contact goes, and how the list's settings say to send it. */
  #request(signal: AbortSignal) {
    const { fetch, credentials, timeout, csrfToken } = this.#host;
    return { src: this.#list.load.src, contactType: this.#contactType, fetch, credentials, timeout, csrfToken, signal };
  }

  /** Runs a write: on a failure, the form stays with every value as typed and says how to go on. */
  async #run(action: WriteAction, saying: string, write: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.#list.status.say(saying);
    const run = this.#write.run(write);
    void this.#render();
    const failed = await run;
    if (!failed) return;
    // "Saving…" is over: what went wrong is what takes focus next.
    this.#list.status.say('');
    this.#failed(failed.error, action);
  }

  #failed(error: unknown, action: WriteAction): void {
    const { kind, fields, failure } = failedWrite(error, action);
    if (kind === 'validation') this.#draft.refusedBy(fields);
    // The slot changed elsewhere, or the session's token: the list reads the contacts (and a fresh token) again.
    if (kind === 'conflict' || kind === 'forbidden') contactsChanged(this.#list.load.src);
    this.#failure = failure;
    emit(this.#host, 'contact-save-error', fields.length ? { role: this.role, action, kind, fields: [...fields] } : { role: this.role, action, kind });
    if (failure) reportFailureShown(this.#host, this.#failureHeading(failure), kind);
    void this.#render().then(() => this.#root()?.querySelector<HTMLElement>('[part~="editor-failure"], [aria-invalid="true"]')?.focus());
  }

  #failureHeading(failure: Failure): string {
    return failure.deleting ? this.#m.deleteFailureHeading : this.#m.failureHeading;
  }

  /** After a confirmed write: every list showing the `src` reads it again; once shown, the editor closes. */
  async #afterWrite(after: AfterClose): Promise<void> {
    this.#unloadGuard.on = false;
    contactsChanged(this.#list.load.src);
    await this.#list.load.settled;
    if (this.#write.left) return;
    await this.#closeAnd(after);
  }

  /** Closes the editor: the list shows the cards again, then focus goes where `after` says. */
  async #closeAnd(after: AfterClose): Promise<void> {
    this.#closed();
    await this.#render();
    focusAfterClose(this.#host.renderRoot, after);
  }
}
