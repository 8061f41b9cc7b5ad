import type { ReactiveController, TemplateResult } from 'lit';
import type { ContactRole } from '../data/contact.js';
import type { ParsedContact } from '../data/parse-contacts.js';
import type { EditorHost, EditorSession } from '../editing/editor-types.js';
import type { GateConsumer } from '../flags/gate.js';
import { TOGGLES_SRC, fetchToggle } from '../flags/toggles-client.js';
import type { LocalizeController } from '../locales/localize-controller.js';
import { emit } from '../shared/events.js';
import type { StatusController } from '../shared/status-controller.js';
import type { ContactsLoadController } from './contacts-load-controller.js';

/** The list's properties editing depends on. */
export interface EditingHost extends EditorHost {
  readonly editable: boolean;
  readonly editFlag?: string;
}

/**
 * Whether the person may edit, and the editor while it is open. Editing is on with `editable`, or
 * while `edit-flag` is on: asked with the enclosing gate's own flag in its toggles request (or from
 * the default toggles endpoint outside any gate), failing closed. "Edit" and "Add" dispatch a
 * cancelable `contact-edit-request`; unless the host cancels it, the editor module is loaded (the
 * first time only; read-only pages never load it) and opened in the card's or the free slot's
 * place. One editor at a time; what it does from there is the editor's (`editing/editor.ts`).
 */
export class EditingController implements ReactiveController {
  readonly #host: EditingHost;
  readonly #gate: GateConsumer;
  /** The edit flag asked for, and whether it is on. */
  #flag?: { readonly name: string; on: boolean };
  #session?: EditorSession;

  constructor(
    host: EditingHost,
    gate: GateConsumer,
    readonly load: ContactsLoadController,
    readonly status: StatusController,
    readonly localize: LocalizeController,
  ) {
    this.#host = host;
    this.#gate = gate;
    host.addController(this);
  }

  /** Whether "Edit" and "Add" show: editing is on and no editor is open. */
  get actions(): this | undefined {
    const on = this.#host.editable || (this.#flag?.name === this.#host.editFlag?.trim() && this.#flag?.on);
    return on && !this.#session ? this : undefined;
  }

  /** The editor, when it is open for `role`. */
  editorFor(role: ContactRole): TemplateResult | undefined {
    return this.#session?.role === role ? this.#session.render() : undefined;
  }

  readonly edit = (contact: ParsedContact) => void this.#open(contact.role, contact);

  readonly add = (role: ContactRole) => void this.#open(role);

  async #open(role: ContactRole, contact?: ParsedContact): Promise<void> {
    const host = this.#host;
    if (!emit(host, 'contact-edit-request', contact?.id === undefined ? { role } : { id: contact.id, role }, true)) return;
    try {
      const { openEditor } = await import('../editing/editor.js');
      if (this.#session || !host.isConnected) return;
      this.#session = openEditor(host, this, role, contact, () => (this.#session = undefined));
    } catch (error) {
      // The editor could not be loaded (the network went away, or a test runner without `import()`):
      // the button stays, to be pressed again; the host's developers hear why.
      console.warn(`<${host.localName}>: the editor could not be loaded (${String(error)})`);
    }
  }

  hostConnected(): void {
    this.#askFlag();
  }

  hostUpdate(): void {
    this.#askFlag();
  }

  hostDisconnected(): void {
    this.#session?.leave();
  }

  /**
   * Asks for `edit-flag` once per name: at connection, so that inside a gate it joins the gate's
   * own toggles request; the gate asks it only while it is undecided or open.
   */
  #askFlag(): void {
    const name = this.#host.editFlag?.trim();
    if (!name || name === this.#flag?.name) return;
    const flag: { readonly name: string; on: boolean } = { name, on: false };
    this.#flag = flag;
    const ask = this.#gate.askFlag ?? ((other: string) => fetchToggle({ src: TOGGLES_SRC, flag: other }));
    ask(name).then(
      (on) => {
        flag.on = on;
        this.#host.requestUpdate();
      },
      // Fails closed: read-only.
      () => undefined,
    );
  }
}
