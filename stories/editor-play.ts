/**
 * What a person does with the list's built-in editor, for the editor stories' `play` functions:
 * wait for the contacts, press "Edit" or "Add", type, press Save, Cancel or Delete. Each step
 * waits for what the list shows next (never for a length of time), so a story ends in the same
 * state on every run. Only `canvasElement` is used, so the visual baselines can run the same
 * functions without Storybook.
 */
import type { HealthContactsList } from '../src/classes.js';

type Role = 'emergency-primary' | 'emergency-secondary' | 'next-of-kin-primary' | 'next-of-kin-secondary';

const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Resolves once `check` answers something truthy, checking after each render; fails after 5 s. */
async function until<T>(check: () => T | null | undefined | false, what: string): Promise<T> {
  const deadline = performance.now() + 5000;
  for (;;) {
    const found = check();
    if (found) return found;
    if (performance.now() > deadline) throw new Error(`The story never got there: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The list of a story, once it shows its contacts and "Edit" or "Add" can be pressed. */
export async function loadedList(canvas: HTMLElement): Promise<HealthContactsList> {
  const list = await until(() => canvas.querySelector<HealthContactsList>('health-contacts-list'), 'the list was never rendered');
  await until(
    () => list.shadowRoot?.querySelector('[part~="edit-button"], [part~="add-button"]') && !list.shadowRoot.querySelector('[aria-busy="true"]'),
    'the contacts never came',
  );
  return list;
}

const inside = (list: HealthContactsList) => list.shadowRoot!;
const editorOf = (list: HealthContactsList) => inside(list).querySelector<HTMLElement>('[part~="editor"]');

function press(list: HealthContactsList, selector: string): void {
  const button = inside(list).querySelector<HTMLButtonElement>(selector);
  if (!button) throw new Error(`No ${selector} to press`);
  button.click();
}

async function editorOpened(list: HealthContactsList): Promise<HTMLElement> {
  const editor = await until(() => editorOf(list), 'the editor never opened');
  await list.updateComplete;
  return editor;
}

/** Presses "Edit" on the card of `role`; resolves once the form shows, filled with the contact on file. */
export async function edit(list: HealthContactsList, role: Role): Promise<void> {
  press(list, `article[data-role="${role}"] [part~="edit-button"]`);
  await editorOpened(list);
}

/** Presses the group's "Add …"; resolves once the empty form shows in the free slot. */
export async function add(list: HealthContactsList, group: 'emergency' | 'next-of-kin'): Promise<void> {
  press(list, `section[part~="${group}"] [part~="add-button"]`);
  await editorOpened(list);
}

/** Gives each named control its value, as typing or choosing does (a country may show other controls). */
export async function fill(list: HealthContactsList, values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) {
    const control = editorOf(list)?.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
    if (!control) throw new Error(`The form has no ${name}`);
    control.value = value;
    control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
    await list.updateComplete;
  }
}

/** Presses Save. */
export async function save(list: HealthContactsList): Promise<void> {
  press(list, '[part~="save-button"]');
  await list.updateComplete;
}

/** Resolves once the form marks the controls it refused. */
export async function refused(list: HealthContactsList): Promise<void> {
  await until(() => editorOf(list)?.querySelector('[aria-invalid="true"]'), 'no control was marked invalid');
  await list.updateComplete;
}

/** Resolves once the write is under way: Save is `aria-disabled` and "Saving…" is said. */
export async function saving(list: HealthContactsList): Promise<void> {
  await until(
    () => editorOf(list)?.querySelector('[part~="save-button"][aria-disabled="true"]') && textOf(inside(list).querySelector('[role="status"]')) === 'Saving…',
    'the save never started',
  );
  await list.updateComplete;
}

/** Resolves once the form shows that the write failed ("We couldn't save your changes"). */
export async function saveFailed(list: HealthContactsList): Promise<void> {
  await until(() => editorOf(list)?.querySelector('[part~="editor-failure"]'), 'no failure was shown');
  await list.updateComplete;
}

/** Resolves once the editor has closed and the list has said `status` ("Update saved."). */
export async function closedSaying(list: HealthContactsList, status: string): Promise<void> {
  await until(() => !editorOf(list) && textOf(inside(list).querySelector('[role="status"]')) === status, `the list never said "${status}"`);
  await list.updateComplete;
}

/** Presses Cancel or Delete; resolves once its dialog is open. */
export async function ask(list: HealthContactsList, which: 'cancel' | 'delete'): Promise<void> {
  press(list, `[part~="${which}-button"]`);
  await until(() => inside(list).querySelector('dialog[open]'), `the ${which} dialog never opened`);
  await list.updateComplete;
}
