import { useState } from 'react';
import { FlagGate, HealthContactsList } from 'health-contacts-elements/react.js';

export function ContactsPage() {
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState('');
  return (
    <main>
      <h1>Personal health care contacts</h1>
      <FlagGate flag="profile_contacts">
        <HealthContactsList
          headingLevel={3}
          editable
          onContactsLoad={(event) => setStatus(`${event.detail.emergency} emergency contacts, ${event.detail.nextOfKin} next of kin`)}
          onContactSave={(event) => setSaved(`saved ${event.detail.role} ${event.detail.action}`)}
        />
      </FlagGate>
      <p id="contacts-status">{status}</p>
      <p id="save-status">{saved}</p>
    </main>
  );
}
