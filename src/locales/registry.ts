import { en } from './en.js';
import type { Messages } from './messages.js';

// On the page, not in the module: a language module from the npm package then also serves the
// elements of the CDN bundle (or of a second copy of the package) on the same page, and tells
// them when it registers.
const page = globalThis as Record<symbol, unknown>;
const tables = (page[Symbol.for('health-contacts-elements.messages')] ??= new Map<string, Messages>()) as Map<string, Messages>;
const listeners = (page[Symbol.for('health-contacts-elements.language-listeners')] ??= new Set<() => void>()) as Set<() => void>;

/** "es-US" → "es": tables are chosen by the primary language subtag, case-insensitively. */
export const primaryTag = (lang: string) => lang.split('-')[0].toLowerCase();

/**
 * Makes `messages` the wording for `lang` (a language tag such as "es"). Language modules like
 * `health-contacts-elements/locales/es.js` call it when imported; English needs no registering.
 * Elements already on the page speak it at once, whichever was loaded first.
 */
export function registerMessages(lang: string, messages: Messages): void {
  tables.set(primaryTag(lang), messages);
  for (const listener of listeners) listener();
}

/** Calls `listener` whenever a language is registered. */
export function onLanguageRegistered(listener: () => void): void {
  listeners.add(listener);
}

/**
 * The messages for an element's language: the nearest `lang` attribute on the element or an
 * ancestor (through shadow roots), else the document's; English when no table is registered
 * for that language.
 */
export function messagesFor(element: Element): Messages {
  return tables.get(primaryTag(langOf(element))) ?? en;
}

/** The nearest `lang` on the element or an ancestor (through shadow roots), else the document's. */
export function langOf(element: Element): string {
  // The server's minimal DOM has no closest(): there only the element's own `lang` counts.
  for (let node: Element | undefined = element; node?.closest; ) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    node = (node.getRootNode() as Partial<ShadowRoot>).host;
  }
  return element.getAttribute('lang') ?? globalThis.document?.documentElement.lang ?? '';
}
