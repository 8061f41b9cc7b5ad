import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { contactsSrc, togglesSrc, type ApiParameters } from './mock-api.js';

interface GateArgs {
  flag?: string;
  actor?: string;
  rules?: { enabled?: boolean; actors?: string[]; percentageOfActors?: number };
  onFlagChange?: (event: Event) => void;
  onFlagError?: (event: Event) => void;
}

const api = (answers: ApiParameters) => ({ api: answers });

/** Each story answers from its own URL; `fetch` is set from script. */
const withoutControls: ArgTypes = { src: { control: false }, credentials: { control: false }, fetch: { control: false } };

const meta: Meta<GateArgs> = {
  title: 'Flag gate',
  component: 'flag-gate',
  args: { flag: 'profile_contacts' },
  argTypes: {
    flag: { control: 'text' },
    actor: { control: 'text' },
    rules: { control: 'object' },
    ...withoutControls,
  },
  parameters: api({ toggles: true }),
  render: (args, { id }) => html`<flag-gate
    flag=${ifDefined(args.flag)}
    actor=${ifDefined(args.actor)}
    src=${togglesSrc(id)}
    .rules=${args.rules}
    @flag-change=${args.onFlagChange}
    @flag-error=${args.onFlagError}
  >
    <p>The new contacts section: shown while the flag is on.</p>
    <p slot="fallback">The page as it was: shown while the flag is off or could not be read.</p>
  </flag-gate>`,
};

export default meta;
type Story = StoryObj<GateArgs>;

/** The toggles endpoint says the flag is on: the content shows. */
export const On: Story = {};

/** The flag is off: the fallback shows. */
export const Off: Story = { parameters: api({ toggles: false }) };

/** The toggles endpoint has not answered: nothing shows, neither content nor fallback (no flash). */
export const Undecided: Story = { parameters: api({ toggles: 'pending' }) };

/** The toggles endpoint failed (500): the gate fails closed and shows the fallback. */
export const Failed: Story = { parameters: api({ toggles: 500 }) };

/** Local rules, no request: an actor on the list gets the content. */
export const RulesListedActor: Story = {
  args: { actor: 'User;1', rules: { actors: ['User;1', 'User;7'] } },
};

/** Local rules: 50% of actors, and this actor's bucket (39635 of 100000) is inside it. */
export const RulesPercentageIn: Story = {
  args: { actor: 'User;2', rules: { percentageOfActors: 50 } },
};

/** Local rules: 50% of actors, and this actor's bucket (87657 of 100000) is outside it. */
export const RulesPercentageOut: Story = {
  args: { actor: 'User;1', rules: { percentageOfActors: 50 } },
};

interface PageArgs extends GateArgs {
  'heading-level'?: number;
}

const renderPage = (args: PageArgs, id: string) => html`<flag-gate
  flag=${ifDefined(args.flag)}
  src=${togglesSrc(id)}
  @flag-change=${args.onFlagChange}
  @flag-error=${args.onFlagError}
>
  <health-contacts-list src=${contactsSrc(id)} heading-level=${ifDefined(args['heading-level'])}></health-contacts-list>
  <p slot="fallback">Your health care contacts will appear here soon.</p>
</flag-gate>`;

/** The whole feature: the list inside the gate fetches its contacts only once the flag is on. */
export const ContactsBehindFlag: StoryObj<PageArgs> = {
  args: { 'heading-level': 2 },
  parameters: api({ toggles: true, contacts: 'full' }),
  render: (args, { id }) => renderPage(args, id),
};

/** The flag is off: the fallback shows, and the list makes no request. */
export const ContactsBehindFlagOff: StoryObj<PageArgs> = {
  args: { 'heading-level': 2 },
  parameters: api({ toggles: false, contacts: 'full' }),
  render: (args, { id }) => renderPage(args, id),
};
