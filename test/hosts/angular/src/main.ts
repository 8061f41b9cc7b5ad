import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// The tags are registered once the app is stable: the first page rendered (or, from the
// server's HTML, hydrated) with its bindings set. Registered earlier, the elements of a
// server-rendered page would upgrade without their [fetch] and [rules]; bootstrapApplication()
// resolves before the router has rendered or hydrated the page.
bootstrapApplication(App, appConfig)
  .then((app) => app.whenStable())
  .then(() => import('health-contacts-elements'))
  .catch((error) => console.error(error));
