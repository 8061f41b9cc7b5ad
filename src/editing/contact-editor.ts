import type { TemplateResult } from 'lit';
import { CONTACT_TYPES, groupOf, roleOf, type ContactRole } from '../data/contact.js';
import { contactsChanged } from '../data/contacts-cache.js';
import { editorEn } from '../locales/editor-en.js';
import type { EditorMessages, FailureKind } from '../locales/editor-messages.js';
import { editorMessagesFor } from '../locales/editor-registry.js';
import { langOf } from '../locales/registry.js';
import { reportToVaAnalytics } from '../shared/analytics.js';
import { emit, type HealthContactsEventDetails, type VaAnalyticsInteraction } from '../shared/events.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';
import { confirmDialog } from './confirm-dialogs.js';
import { ContactWriteError } from './contact-write-error.js';
import type { EditorHost, EditorList, EditorSession } from './editor-types.js';
import { renderEditor, type EditorDialog } from './editor-view.js';
import { focusAfterClose, type AfterClose } from './focus-after-close.js';
import { predictedRole, slotFilled } from './slot-rules.js';
import { UnloadGuard } from './unload-guard.js';
import { FORM_FIELDS, fieldsShownFor, formValuesOf, validateContactForm, type FieldErrors, type FormField, type FormValues } from './validation.js';
import { deleteContact, saveContact } from './write-client.js';

type WriteAction = HealthContactsEventDetails['contact-save-error']['action'];

/** A failed save or delete, as the form shows it until the next try. */
interface Failure {
  readonly kind: FailureKind;
  readonly deleting: boolean;
}

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
  readonly #initial: FormValues;
  #values: FormValues;
  #errors: FieldErrors = {};
  /** Controls the service refused for reasons of its own (a 422 the form could not foresee). */
  #refused = new Set<FormField>();
  #failure?: Failure;
  #busy: false | 'save' | 'delete' = false;
  #dialog?: EditorDialog['kind'];
  #write?: AbortController;
  #left = false;
  readonly #unloadGuard = new UnloadGuard();

  constructor(host: EditorHost, list: EditorList, readonly role: ContactRole, contact: ParsedContact | undefined, closed: () => void) {
    this.#host = host;
    this.#list = list;
    this.#contact = contact;
    this.#closed = closed;
    this.#contactType = CONTACT_TYPES.find((type) => type.role === role)!.contactType;
    this.#values = contact ? formValuesOf(contact) : {};
    this.#initial = { ...this.#values };
    // The editor's opening, as VA's pipeline hears a button: the one the person pressed, as shown.
    const m = list.localize.messages;
    this.#pressed('secondary', contact ? m.edit : m.add[groupOf(role)][role.endsWith('secondary') ? 'secondary' : 'first']);
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

  /** Whether anything typed differs from what the form opened with. */
  get #changed(): boolean {
    return FORM_FIELDS.some((field) => (this.#values[field] ?? '') !== (this.#initial[field] ?? ''));
  }

  render(): TemplateResult {
    const m = this.#m;
    const roles = this.#roles;
    return renderEditor({
      role: this.role,
      heading: roles[this.role].heading,
      headingLevel: Math.min(this.#host.headingLevel + 1, 6),
      m,
      lang: this.#lang,
      values: this.#values,
      shown: fieldsShownFor(this.#values.country),
      errors: this.#errors,
      refused: this.#refused,
      contactType: this.#contactType,
      onFile: this.#contact,
      busy: this.#busy !== false,
      failure: this.#failure && {
        heading: this.#failure.deleting ? m.deleteFailureHeading : m.failureHeading,
        text: m.failures[this.#failure.kind],
      },
      deleteLabel: this.#contact ? `${m.delete} ${roles[this.role].spoken}` : undefined,
      dialog: this.#dialog && this.#dialogView(this.#dialog),
      onInput: this.#onInput,
      onSubmit: this.#onSubmit,
      onCancel: this.#onCancel,
      onDelete: this.#onDelete,
      onDialogClose: this.#onDialogClose,
    });
  }

  leave(): void {
    this.#left = true;
    this.#write?.abort();
    this.#unloadGuard.on = false;
  }

  get #lang(): string {
    return langOf(this.#host) || 'en';
  }

  #root(): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>('[part~="editor"]');
  }

  #render(): Promise<unknown> {
    this.#host.requestUpdate();
    return this.#host.updateComplete;
  }

  readonly #onInput = (event: Event) => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const field = control.name as FormField;
    if (!FORM_FIELDS.includes(field)) return;
    this.#values = { ...this.#values, [field]: control.value };
    this.#unloadGuard.on = this.#changed;
    // The country decides which address controls show; other values need no render.
    if (field === 'country') void this.#render();
  };

  readonly #onSubmit = (event: Event) => {
    event.preventDefault();
    void this.#save();
  };

  readonly #onCancel = () => {
    this.#pressed('secondary', this.#m.cancel);
    // While a write is on its way, its answer decides what comes next.
    if (this.#busy) return;
    if (this.#changed) void this.#openDialog('cancel');
    else void this.#close('cancel');
  };

  readonly #onDelete = () => {
    this.#pressed('secondary', this.#m.delete);
    if (this.#busy) return;
    void this.#openDialog('delete');
  };

  readonly #onDialogClose = (event: Event) => {
    const dialog = event.target as HTMLDialogElement;
    const kind = this.#dialog;
    const confirmed = dialog.returnValue === 'confirm';
    if (!kind) return;
    const view = this.#dialogView(kind);
    this.#analytics({
      componentName: 'va-modal',
      action: 'click',
      details: { title: view.heading, status: 'warning', clickLabel: confirmed ? view.confirm : view.keep },
    });
    this.#dialog = undefined;
    if (confirmed && kind === 'cancel') return void this.#close('cancel');
    if (confirmed) return void this.#delete();
    // The safe choice (also Escape): everything as it was, focus back on the button that asked.
    void this.#render().then(() => this.#root()?.querySelector<HTMLElement>(`[data-action="${kind}"]`)?.focus());
  };

  async #openDialog(kind: EditorDialog['kind']): Promise<void> {
    this.#dialog = kind;
    await this.#render();
    const dialog = this.#root()?.querySelector<HTMLDialogElement>('dialog');
    if (!dialog || dialog.open) return;
    dialog.returnValue = '';
    // A DOM imitation (jsdom, in a host's unit tests) has no modal dialogs: the dialog opens in place.
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    const view = this.#dialogView(kind);
    this.#analytics({
      componentName: 'va-modal',
      action: 'show',
      details: { title: view.heading, status: 'warning', primaryButtonText: view.confirm, secondaryButtonText: view.keep },
    });
  }

  #dialogView(kind: EditorDialog['kind']): EditorDialog {
    return confirmDialog(kind, { m: this.#m, roles: this.#roles, role: this.role, onFile: this.#contact, groups: this.#groups() });
  }

  async #save(): Promise<void> {
    const m = this.#m;
    this.#pressed('primary', m.save);
    // One request however often Save is pressed.
    if (this.#busy) return;
    const host = this.#host;
    const action = slotFilled(this.#groups(), this.role) ? 'update' : 'create';
    const check = validateContactForm(this.#contactType, this.#values, { ...this.#contact });
    this.#refused = new Set();
    this.#failure = undefined;
    if (!check.attributes) {
      this.#errors = check.errors;
      const fields = FORM_FIELDS.filter((field) => check.errors[field]);
      emit(host, 'contact-save-error', { role: this.role, action, kind: 'validation', fields });
      await this.#render();
      this.#root()?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.#errors = {};
    await this.#run('save', action, m.saving, async (signal) => {
      const stored = await saveContact({ ...this.#request(signal), attributes: check.attributes!, action });
      // Where the service put it: a secondary saved with no primary on file becomes the primary.
      const role = roleOf(stored?.contactType) ?? predictedRole(this.#groups(), this.role);
      emit(host, 'contact-save', { role, action });
      await this.#afterWrite({ focus: 'edit', role });
      this.#list.status.say(m.saved(role === this.role ? undefined : this.#roles[role].spoken));
    });
  }

  async #delete(): Promise<void> {
    const host = this.#host;
    const m = this.#m;
    await this.#run('delete', 'delete', m.deleting, async (signal) => {
      await deleteContact(this.#request(signal));
      emit(host, 'contact-delete', { role: this.role });
      await this.#afterWrite({ focus: 'heading', role: this.role });
      this.#list.status.say(m.deleted(m.groupNames[groupOf(this.role)]));
    });
  }

  /** Where a write of this contact goes, and how the list's settings say to send it. */
  #request(signal: AbortSignal) {
    const { fetch, credentials, timeout, csrfToken } = this.#host;
    return { src: this.#list.load.src, contactType: this.#contactType, fetch, credentials, timeout, csrfToken, signal };
  }

  /**
   * Runs a write: busy meanwhile; on a failure, the form stays with every value as typed and says
   * how to go on. Removal from the page mid-write ends it silently.
   */
  async #run(busy: 'save' | 'delete', action: WriteAction, saying: string, write: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const controller = (this.#write = new AbortController());
    this.#busy = busy;
    this.#list.status.say(saying);
    void this.#render();
    try {
      await write(controller.signal);
    } catch (error) {
      if (this.#left || controller.signal.aborted) return;
      this.#busy = false;
      // "Saving…" is over: what went wrong is what takes focus next.
      this.#list.status.say('');
      this.#failed(error, action);
    } finally {
      if (this.#write === controller) this.#write = undefined;
    }
  }

  #failed(error: unknown, action: WriteAction): void {
    const kind = error instanceof ContactWriteError ? error.kind : 'server';
    if (error instanceof ContactWriteError && error.kind === 'validation') {
      this.#refused = new Set(error.fields);
      this.#errors = {};
    }
    // The slot changed elsewhere, or the session's token: the list reads the contacts (and a fresh token) again.
    if (kind === 'conflict' || kind === 'forbidden') contactsChanged(this.#list.load.src);
    const shownKind: FailureKind = kind === 'network' || kind === 'timeout' ? 'server' : kind;
    const fields = error instanceof ContactWriteError && error.fields.length ? [...error.fields] : undefined;
    this.#failure = error instanceof ContactWriteError && kind === 'validation' && !error.general ? undefined : { kind: shownKind, deleting: action === 'delete' };
    emit(this.#host, 'contact-save-error', fields ? { role: this.role, action, kind, fields } : { role: this.role, action, kind });
    const m = this.#m;
    if (this.#failure) {
      this.#analytics({
        componentName: 'va-alert',
        action: 'show',
        details: { status: 'error', headline: this.#failure.deleting ? m.deleteFailureHeading : m.failureHeading, kind },
      });
    }
    void this.#render().then(() => this.#root()?.querySelector<HTMLElement>('[part~="editor-failure"], [aria-invalid="true"]')?.focus());
  }

  /** After a confirmed write: every list showing the `src` reads it again; once shown, the editor closes. */
  async #afterWrite(after: AfterClose): Promise<void> {
    this.#unloadGuard.on = false;
    contactsChanged(this.#list.load.src);
    await this.#list.load.settled;
    if (this.#left) return;
    await this.#closeAnd(after);
  }

  async #close(reason: 'cancel'): Promise<void> {
    this.#unloadGuard.on = false;
    if (reason === 'cancel') emit(this.#host, 'contact-edit-cancel', { role: this.role });
    await this.#closeAnd({ focus: 'opener', role: this.role, added: !this.#contact });
  }

  /** Closes the editor: the list shows the cards again, then focus goes where `after` says. */
  async #closeAnd(after: AfterClose): Promise<void> {
    this.#closed();
    await this.#render();
    focusAfterClose(this.#host.renderRoot, after);
  }

  #pressed(type: 'primary' | 'secondary', label: string): void {
    this.#analytics({ componentName: 'va-button', action: 'click', details: { type, label } });
  }

  #analytics(interaction: VaAnalyticsInteraction): void {
    reportToVaAnalytics(this.#host, interaction);
  }
}
