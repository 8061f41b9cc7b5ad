import type { EditorMessages } from './editor-messages.js';
import { langOf, primaryTag } from './registry.js';

// On the page, like the read-only tables: a language module from the npm package also serves the
// editor loaded beside the CDN bundle.
const tables = ((globalThis as Record<symbol, unknown>)[Symbol.for('health-contacts-elements.editor-messages')] ??= new Map<
  string,
  EditorMessages
>()) as Map<string, EditorMessages>;

/** Makes `messages` the editor's wording for `lang`; language modules call it with `registerMessages`. */
export function registerEditorMessages(lang: string, messages: EditorMessages): void {
  tables.set(primaryTag(lang), messages);
}

/** The editor's wording registered for an element's language, if any (the editor falls back on its English). */
export function editorMessagesFor(element: Element): EditorMessages | undefined {
  return tables.get(primaryTag(langOf(element)));
}
