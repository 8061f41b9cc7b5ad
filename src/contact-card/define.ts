import { defineElement } from '../shared/define-element.js';
import { ContactCard } from './contact-card.js';

defineElement('contact-card', ContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'contact-card': ContactCard;
  }
}
