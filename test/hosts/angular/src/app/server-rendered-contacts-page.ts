import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { HealthContactsEventDetails } from 'health-contacts-elements';
import { hostFetch } from './host-fetch';

/**
 * The page rendered on the server, then hydrated. The heading level and `editable` are
 * attributes, so that they are in the server's HTML; the fetch and the rules are properties, set
 * when Angular hydrates (main.ts registers the tags after that). In an `@if` block, as on the
 * client-rendered page, for when the app navigates here.
 */
@Component({
  selector: 'app-server-rendered-contacts-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <h1>Personal health care contacts</h1>
      @if (true) {
        <flag-gate flag="profile_contacts" [rules]="rules">
          <health-contacts-list
            heading-level="5"
            editable
            [fetch]="fetch"
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
export class ServerRenderedContactsPage {
  protected readonly fetch = hostFetch;
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
