import { defineElement } from '../shared/define-element.js';
import { HealthContactsList } from './health-contacts-list.js';

defineElement('health-contacts-list', HealthContactsList);

declare global {
  interface HTMLElementTagNameMap {
    'health-contacts-list': HealthContactsList;
  }
}
