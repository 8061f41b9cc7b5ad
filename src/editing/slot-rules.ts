import { groupOf, type ContactRole } from '../data/contact.js';
import type { ContactGroups, ParsedContact } from '../data/parse-contacts.js';

/** The service's slot rules, as the editor needs them before it writes and after. */

function inGroupOf(groups: ContactGroups | undefined, role: ContactRole): readonly ParsedContact[] {
  return (groupOf(role) === 'emergency' ? groups?.emergency : groups?.nextOfKin) ?? [];
}

/** Whether the slot holds a contact now: a save replaces it (update), else creates one. */
export function slotFilled(groups: ContactGroups | undefined, role: ContactRole): boolean {
  return inGroupOf(groups, role).some((contact) => contact.role === role);
}

/** Where the service puts a contact saved in `role`: a secondary with no primary on file becomes the primary. */
export function predictedRole(groups: ContactGroups | undefined, role: ContactRole): ContactRole {
  if (!role.endsWith('secondary')) return role;
  const primary = role.replace('secondary', 'primary') as ContactRole;
  return slotFilled(groups, primary) ? role : primary;
}

/** The secondary that moves up when the primary `role` is deleted, if any. */
export function secondaryMovingUp(groups: ContactGroups | undefined, role: ContactRole): ParsedContact | undefined {
  if (!role.endsWith('primary')) return undefined;
  return inGroupOf(groups, role).find((other) => other.role.endsWith('secondary'));
}
