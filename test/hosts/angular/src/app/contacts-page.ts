import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { HealthContactsEventDetails } from 'health-contacts-elements';
import { hostFetch } from './host-fetch';

/**
 * The page rendered in the browser alone. The elements are in an `@if` block: Angular creates a
 * block's elements during change detection and sets their bindings in the same pass, whereas the
 * elements of a routed component's own template are in the page a task before their bindings, so
 * a registered `<flag-gate>` would first ask the toggles endpoint, without its rules.
 */
@Component({
  selector: 'app-contacts-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Personal health care contacts</h1>
      @if (true) {
        <flag-gate flag="profile_contacts" [rules]="rules">
          <health-contacts-list
            [headingLevel]="headingLevel"
            [fetch]="fetch"
            [editable]="editable"
            (contacts-load)="onContactsLoad($event.detail)"
            (tel-click)="call.set('tel-click: ' + $event.detail.role + ', ' + $event.detail.phone + ' phone')"
            (contact-save)="onContactSave($event.detail)"
          ></health-contacts-list>
          <p slot="fallback">Contacts are not available.</p>
        </flag-gate>
      }
      <p id="contacts-status">{{ status() }}</p>
      <p id="tel-status">{{ call() }}</p>
      <p id="save-status">{{ saved() }}</p>
    </main>
  `,
})
export class ContactsPage {
  protected readonly headingLevel = 4;
  protected readonly fetch = hostFetch;
  /** The built-in editor: "Edit" on each card, "Add" where a group has a free slot. */
  protected readonly editable = true;
  /** The flag decided here, not by the toggles endpoint. */
  protected readonly rules = { enabled: true };
  protected readonly status = signal('');
  protected readonly call = signal('');
  protected readonly saved = signal('');

  protected onContactsLoad({ emergency, nextOfKin }: HealthContactsEventDetails['contacts-load']): void {
    this.status.set(`${emergency} emergency contacts, ${nextOfKin} next of kin`);
  }

  protected onContactSave({ role, action }: HealthContactsEventDetails['contact-save']): void {
    this.saved.set(`saved ${role} ${action}`);
  }
}
