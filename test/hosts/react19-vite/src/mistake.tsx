// Mistakes the type-check must reject, one a line: a contacts-load event carries counts, not an
// error kind; a contact-save event says where the contact is and what was done, not its id.
import { HealthContactsList } from 'health-contacts-elements/react.js';

export const list = <HealthContactsList onContactsLoad={(event) => console.log(event.detail.kind)} />;
export const saved = <HealthContactsList editable onContactSave={(event) => console.log(event.detail.id)} />;
