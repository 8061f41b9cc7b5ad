import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ContactsPage } from './ContactsPage';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ContactsPage />
  </StrictMode>,
);
