import { fullName, groupOf, type ContactRole } from '../data/contact.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';
import type { EditorMessages } from '../locales/editor-messages.js';
import type { Messages } from '../locales/messages.js';
import type { EditorDialog } from './editor-view.js';
import { secondaryMovingUp } from './slot-rules.js';

export interface DialogContext {
  readonly m: EditorMessages;
  readonly roles: Messages['roles'];
  readonly role: ContactRole;
  readonly onFile?: ParsedContact;
  readonly groups?: ContactGroups;
}

/** What the dialog asking to confirm a cancel (with changes) or a delete says. */
export function confirmDialog(kind: EditorDialog['kind'], { m, roles, role, onFile, groups }: DialogContext): EditorDialog {
  if (kind === 'cancel') return { kind, ...m.cancelDialog };
  const groupName = m.groupNames[groupOf(role)];
  const nameOf = (person: ParsedContact | undefined) => (person && fullName(person)) || roles[person?.role ?? role].spoken;
  // Deleting a primary moves its secondary up (the service's rule): say who.
  const promoted = secondaryMovingUp(groups, role);
  return {
    kind,
    heading: m.deleteDialog.heading(groupName),
    body: m.deleteDialog.body(nameOf(onFile), promoted && nameOf(promoted), roles[role].spoken),
    confirm: m.deleteDialog.confirm(groupName),
    keep: m.deleteDialog.keep,
  };
}
