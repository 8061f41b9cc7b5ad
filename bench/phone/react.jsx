// The React page of the phone profile: the same components as the other benchmarks, loading the
// contacts the way a host behind the flag would (load-contacts.js).
import { createRoot } from 'react-dom/client';
import { App } from '../react/contacts.jsx';
import { loadContacts } from './load-contacts.js';

createRoot(document.getElementById('app')).render(<App load={loadContacts} />);
