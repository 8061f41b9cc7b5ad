// The server half of our server-rendered page: the elements rendered with @lit-labs/ssr to
// declarative shadow DOM, as the README's "Server-side rendering" shows, from the package's npm
// entry point. The flag is decided on the server (`.rules`), and the contacts come with the page.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import '../../dist/index.js';

/** JSON that is safe inside a `<script>` element. */
export const jsonForScript = (value) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The elements' HTML, and the properties the browser gives them again before hydrating. */
export async function renderOurs(contacts) {
  const rules = { enabled: true };
  const body = await collectResult(
    render(html`
      <flag-gate id="gate" flag="profile_contacts" defer-hydration .rules=${rules}>
        <health-contacts-list id="contacts" defer-hydration .contacts=${contacts}></health-contacts-list>
        <p slot="fallback">Your contacts are not available right now.</p>
      </flag-gate>
    `),
  );
  return { body, props: jsonForScript({ gate: { rules }, contacts: { contacts } }) };
}
