import { Routes } from '@angular/router';
import { ContactsPage } from './contacts-page';
import { ServerRenderedContactsPage } from './server-rendered-contacts-page';

export const routes: Routes = [
  { path: '', component: ContactsPage },
  { path: 'ssr', component: ServerRenderedContactsPage },
];
