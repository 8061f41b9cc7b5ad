// The VA components' page of the phone profile: the same DOM as the other benchmarks (va/app.js),
// loading the contacts the way a host behind the flag would (load-contacts.js).
import '../va/app.js';
import { loadContacts } from './load-contacts.js';

window.benchApp.load(loadContacts);
