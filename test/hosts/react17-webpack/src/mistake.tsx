// A mistake the type-check must reject: a heading level is a number.
import { HealthContactsList } from 'health-contacts-elements/react.js';

export const list = <HealthContactsList headingLevel="3" />;
