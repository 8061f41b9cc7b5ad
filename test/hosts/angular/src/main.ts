import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';

// The tags are registered once Angular has rendered (or hydrated) the page and set its bindings:
// elements already in the page (from the server's HTML) would otherwise start with none of them.
bootstrapApplication(App, appConfig)
  .then(() => import('health-contacts-elements'))
  .catch((error) => console.error(error));
