import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
// The editor's Spanish comes with the list's: the module registers both.
import '../src/locales/es.js';
import { add, ask, closedSaying, edit, fill, loadedList, refused, save, saveFailed, saving } from './editor-play.js';
import { contactsSrc, fixtures } from './mock-api.js';
import { standInFetch, type WriteAnswer } from './stand-in-service.js';

interface EditorArgs {
  lang?: string;
  timeout?: number;
}

const full = fixtures.contactsFull;

/** The contacts the stand-in service starts a story with. */
const documents = {
  full,
  /** No secondary emergency contact: its slot is free ("Add secondary emergency contact"). */
  'no-secondary-emergency': { data: full.data.filter((item) => item.attributes.contactType !== 'Other emergency contact') },
};

/** What the stand-in service holds, and how it answers a save or a delete. */
interface StandInParameters {
  contacts?: keyof typeof documents;
  writes?: WriteAnswer;
}

const standIn = (parameters: StandInParameters) => ({ standIn: parameters });

/** Values the service accepts for the primary emergency contact: a new phone, and the address in the USA. */
const NEW_PHONE = { primaryPhone: '(512) 555-0199', country: 'USA', addressLine1: '77 Lamar Blvd' };

/** Values the form refuses for the secondary emergency contact: no first name, a 7-digit phone ("Friend" on file is not in the list). */
const BAD_VALUES = { givenName: '', primaryPhone: '555-0155' };

/**
 * The built-in editor of `<health-contacts-list editable>`, one story per state. Each story gets a
 * stand-in of the contacts service of its own (contacts in memory, writes checked with the
 * editor's rules, so a save or a delete really changes the list), and its `play` function does
 * what a person would: press "Edit" or "Add", type, press Save, Cancel or Delete. A held answer
 * stands for a slow service; nothing waits for a length of time.
 */
const meta: Meta<EditorArgs> = {
  title: 'Health contacts list/Editor',
  component: 'health-contacts-list',
  // No docs page: every story opens a form, and two of them a modal dialog.
  tags: ['!autodocs'],
  parameters: { ...standIn({ contacts: 'full', writes: 'answered' }), controls: { disable: true } },
  render: (args, { id, parameters }) => {
    const { contacts = 'full', writes = 'answered' } = (parameters.standIn ?? {}) as StandInParameters;
    return html`<health-contacts-list
      editable
      src=${contactsSrc(id)}
      .fetch=${standInFetch(documents[contacts], writes)}
      heading-level="2"
      facility-href="https://www.va.gov/find-locations/"
      timeout=${ifDefined(args.timeout)}
      lang=${ifDefined(args.lang)}
    ></health-contacts-list>`;
  },
};

export default meta;
type Story = StoryObj<EditorArgs>;

/** "Edit" on the primary emergency contact: the form in the card's place, filled as on file. */
export const Editing: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-primary');
  },
};

/** "Add secondary emergency contact": an empty form in the free slot, with no Delete. */
export const Adding: Story = {
  parameters: standIn({ contacts: 'no-secondary-emergency' }),
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await add(list, 'emergency');
  },
};

/** Save with a first name left empty, a 7-digit phone and a relationship not in the list: each error above its control, nothing sent. */
export const ErrorsAtFields: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-secondary');
    await fill(list, BAD_VALUES);
    await save(list);
    await refused(list);
  },
};

/** Save pressed and the service's answer not come yet: Save is `aria-disabled`, "Saving…" is announced. */
export const Saving: Story = {
  // Long enough that the write never times out while the story is shown.
  args: { timeout: 2_147_483_647 },
  parameters: standIn({ writes: 'held' }),
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-primary');
    await fill(list, NEW_PHONE);
    await save(list);
    await saving(list);
  },
};

/** The service answered the save with a 503: the form stays, every value as typed, and says so. */
export const SaveFailed: Story = {
  parameters: standIn({ writes: 503 }),
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-primary');
    await fill(list, NEW_PHONE);
    await save(list);
    await saveFailed(list);
  },
};

/** Saved: the editor closed, the card shows the contact as the service now has it (the new phone), "Update saved." is announced. */
export const Saved: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-primary');
    await fill(list, NEW_PHONE);
    await save(list);
    await closedSaying(list, 'Update saved.');
  },
};

/** Cancel after a change: "Cancel changes?" asks before anything typed is dropped. */
export const CancelDialog: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'next-of-kin-secondary');
    await fill(list, { city: 'Salem' });
    await ask(list, 'cancel');
  },
};

/** Delete on the primary emergency contact: the dialog names who goes and who becomes the primary. */
export const DeleteDialog: Story = {
  play: async ({ canvasElement }) => {
    const list = await loadedList(canvasElement);
    await edit(list, 'emergency-primary');
    await ask(list, 'delete');
  },
};

/** The errors at fields in Spanish (`lang="es"`, with `health-contacts-elements/locales/es.js` imported). */
export const Spanish: Story = {
  args: { lang: 'es' },
  play: ErrorsAtFields.play,
};

/** The errors at fields on the smallest screen the look must hold up on. */
export const Narrow320px: Story = {
  name: 'Narrow (320 px)',
  decorators: [(story) => html`<div style="width: 320px; outline: 1px solid #a9aeb1">${story()}</div>`],
  play: ErrorsAtFields.play,
};
