// A profile page rendered on the server, the way a host's Node server would render it: every
// element as declarative shadow DOM, and the properties each was rendered with in a JSON block,
// so that the browser hydrates them with the same data instead of fetching it again.
import { createHash } from 'node:crypto';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import type { Contact, FlagRules } from '../../src/data.js';
import '../../src/index.js';

export interface PageData {
  /** The contacts, as the host parsed them (camelCase fields). */
  contacts: readonly Contact[];
  /** The contact shown on its own in a `<contact-card>`. */
  card: Contact;
  /** The profile_contacts flag, decided on the server. */
  rules: FlagRules;
}

/** The properties of each element, by element id: what the browser sets again before hydrating. */
type ServerProps = ReturnType<typeof serverProps>;

function serverProps({ contacts, card, rules }: PageData) {
  // The gate comes first: it decides before the list inside it hydrates.
  return {
    gate: { rules },
    'gated-contacts': { contacts },
    // Editing on: the server renders "Edit", never the editor, which opens in the browser.
    contacts: { contacts, editable: true },
    card: { contact: card },
  };
}

// `defer-hydration`: the browser leaves each element as the server rendered it until the client
// script has given it its properties again; hydrating without them would not match.
const elements = (props: ServerProps) => html`
  <flag-gate id="gate" flag="profile_contacts" defer-hydration .rules=${props.gate.rules}>
    <health-contacts-list
      id="gated-contacts"
      defer-hydration
      .contacts=${props['gated-contacts'].contacts}
    ></health-contacts-list>
    <p slot="fallback">Your contacts are not available right now.</p>
  </flag-gate>
  <health-contacts-list
    id="contacts"
    defer-hydration
    .contacts=${props.contacts.contacts}
    .editable=${props.contacts.editable}
  ></health-contacts-list>
  <contact-card id="card" defer-hydration .contact=${props.card.contact}></contact-card>
`;

/** JSON that is safe inside a `<script>` element: no `<`, `>` or `&` in the data can end it. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The Content-Security-Policy sources that allow the `<style>` elements of a rendered page: the
 * server writes each element's styles into its declarative shadow root, which a policy without
 * `'unsafe-inline'` for styles blocks unless their hashes are listed.
 */
export function styleHashes(page: string): string[] {
  const hashes = new Set<string>();
  for (const [, css] of page.matchAll(/<style>([\s\S]*?)<\/style>/g)) {
    hashes.add(`'sha256-${createHash('sha256').update(css).digest('base64')}'`);
  }
  return [...hashes];
}

/** The whole page as HTML; `clientScript` is the URL of the module that hydrates it. */
export async function renderContactsPage(data: PageData, clientScript: string): Promise<string> {
  const props = serverProps(data);
  const body = await collectResult(render(elements(props)));
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Personal health care contacts</title>
    <script type="module" src="${encodeURI(clientScript)}"></script>
  </head>
  <body>
    <main>
      <h1>Personal health care contacts</h1>
      ${body}
    </main>
    <script type="application/json" id="server-props">${jsonForScript(props)}</script>
  </body>
</html>
`;
}
