import { defineElement } from '../shared/define-element.js';
import { FlagGate } from './flag-gate.js';

defineElement('flag-gate', FlagGate);

declare global {
  interface HTMLElementTagNameMap {
    'flag-gate': FlagGate;
  }
}
