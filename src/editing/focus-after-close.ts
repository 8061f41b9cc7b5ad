import { groupOf, type ContactRole } from '../data/contact.js';

/** Where focus goes once the editor has closed. */
export type AfterClose =
  /** Back to the button that opened it ("Edit", or "Add" when `added`). */
  | { readonly focus: 'opener'; readonly role: ContactRole; readonly added: boolean }
  /** To the "Edit" button of the contact in `role` (a save: wherever the slot rules put it). */
  | { readonly focus: 'edit'; readonly role: ContactRole }
  /** To the heading of `role`'s group (a delete). */
  | { readonly focus: 'heading'; readonly role: ContactRole };

/** Moves focus, in the list's rendered cards, where `after` says; to the group's heading when that button is gone. */
export function focusAfterClose(root: ParentNode, after: AfterClose): void {
  const group = `section[part~="${groupOf(after.role)}"]`;
  const target =
    after.focus === 'heading'
      ? undefined
      : after.focus === 'opener' && after.added
        ? root.querySelector<HTMLElement>(`${group} [part~="add-button"]`)
        : root.querySelector<HTMLElement>(`article[data-role="${after.role}"] [part~="edit-button"]`);
  if (target) return target.focus();
  // No such button (the contact moved, or none is left): the group's heading takes focus.
  const heading = root.querySelector<HTMLElement>(`${group} > :is(h1,h2,h3,h4,h5,h6)`);
  if (!heading) return;
  heading.tabIndex = -1;
  heading.focus();
}
