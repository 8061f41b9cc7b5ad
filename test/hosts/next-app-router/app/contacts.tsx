'use client';
import { useState } from 'react';
import { HealthContactsList } from 'health-contacts-elements/react.js';

export function Contacts() {
  const [status, setStatus] = useState('');
  const [saved, setSaved] = useState('');
  return (
    <>
      <HealthContactsList
        headingLevel={3}
        editable
        onContactsLoad={(event) => setStatus(`${event.detail.emergency} emergency contacts, ${event.detail.nextOfKin} next of kin`)}
        onContactSave={(event) => setSaved(`saved ${event.detail.role} ${event.detail.action}`)}
      />
      <p id="contacts-status">{status}</p>
      <p id="save-status">{saved}</p>
    </>
  );
}
