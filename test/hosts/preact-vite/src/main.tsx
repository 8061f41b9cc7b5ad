// The tags are registered first: Preact sets a prop as a property only when the element already
// has it (`name in element`), and as an attribute otherwise.
import 'health-contacts-elements';
import { render } from 'preact';
import { ContactsPage } from './ContactsPage';

render(<ContactsPage />, document.getElementById('app')!);
