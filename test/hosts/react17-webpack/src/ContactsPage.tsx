import { useState } from 'react';
import { FlagGate, HealthContactsList } from 'health-contacts-elements/react.js';

export function ContactsPage() {
  const [status, setStatus] = useState('');
  return (
    <main>
      <h1>Personal health care contacts</h1>
      <FlagGate flag="profile_contacts">
        <HealthContactsList
          headingLevel={3}
          onContactsLoad={(event) => setStatus(`${event.detail.emergency} emergency contacts, ${event.detail.nextOfKin} next of kin`)}
        />
      </FlagGate>
      <p id="contacts-status">{status}</p>
    </main>
  );
}
