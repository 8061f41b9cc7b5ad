// Mistakes the template check must reject, with $event typed by main.ts's import of the package:
// a contacts-load event carries counts, not an error kind; and numbers, not text; a contact-save
// event says where the contact is and what was done, not its id.
import { CUSTOM_ELEMENTS_SCHEMA, Component } from '@angular/core';

@Component({
  selector: 'app-mistake',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <health-contacts-list (contacts-load)="status = $event.detail.kind"></health-contacts-list>
    <health-contacts-list (contacts-load)="show($event.detail)"></health-contacts-list>
    <health-contacts-list editable (contact-save)="status = $event.detail.id"></health-contacts-list>
  `,
})
export class Mistake {
  protected status = '';

  protected show(counts: { emergency: string }): void {
    this.status = counts.emergency;
  }
}
