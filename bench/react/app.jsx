// The same UI as a React 19 host would write it by hand (contacts.jsx), rendered in the browser.
import { createRoot } from 'react-dom/client';
import { App } from './contacts.jsx';

const root = createRoot(document.getElementById('app'));

window.benchApp = {
  render(contacts) {
    root.render(<App contacts={contacts} />);
  },
  load(load) {
    root.render(<App load={load} />);
  },
};
