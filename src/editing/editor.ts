/**
 * The editor module, loaded the first time a person presses "Edit" or "Add" (the npm package's
 * `editing/editor.js`, and `health-contacts-editor.js` beside the CDN bundle): read-only pages never
 * load it. It adds its look to the list's shadow root and opens a `ContactEditor`.
 */
import { adoptStyles, type LitElement } from 'lit';
import { ContactEditor } from './contact-editor.js';
import { editorStyles } from './editor.styles.js';
import type { OpenEditor } from './editor-types.js';

const styled = new WeakSet<ShadowRoot>();

export const openEditor: OpenEditor = (host, list, role, contact, closed) => {
  const root = host.renderRoot;
  if (root instanceof ShadowRoot && !styled.has(root)) {
    styled.add(root);
    // The element's own styles, then the editor's: `adoptStyles` replaces what the root had.
    adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, editorStyles]);
  }
  return new ContactEditor(host, list, role, contact, closed);
};
