import 'health-contacts-elements';
import { render } from 'solid-js/web';
import { ContactsPage } from './ContactsPage';

render(() => <ContactsPage />, document.getElementById('root')!);
