// A mistake the type-check must reject: a contacts-load event carries counts, not an error kind.
import { HealthContactsList } from 'health-contacts-elements/react.js';

export const list = <HealthContactsList onContactsLoad={(event) => console.log(event.detail.kind)} />;
