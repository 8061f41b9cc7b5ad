// The browser half of the React server-rendered page: hydrates the server's DOM with the data it
// was rendered with. Marks `hydrated` once React has committed (effects run after hydration).
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from '../react/contacts.jsx';

function Hydrated({ children }) {
  useEffect(() => {
    performance.mark('hydrated');
  }, []);
  return children;
}

const { contacts } = JSON.parse(document.getElementById('server-props').textContent);
hydrateRoot(
  document.getElementById('app'),
  <Hydrated>
    <App contacts={contacts} />
  </Hydrated>,
  { onRecoverableError: (error) => console.warn(`hydration: ${error.message}`) },
);
