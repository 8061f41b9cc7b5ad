// Mistakes the type-check must reject, one a line: a heading level is a number; a contact-save
// event says where the contact is and what was done, not its id.
import { HealthContactsList } from 'health-contacts-elements/react.js';

export const list = <HealthContactsList headingLevel="3" />;
export const saved = <HealthContactsList editable onContactSave={(event) => console.log(event.detail.id)} />;
