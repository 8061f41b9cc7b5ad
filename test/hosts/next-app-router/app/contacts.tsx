'use client';
import { useState } from 'react';
import { HealthContactsList } from 'health-contacts-elements/react.js';

export function Contacts() {
  const [status, setStatus] = useState('');
  return (
    <>
      <HealthContactsList
        headingLevel={3}
        onContactsLoad={(event) => setStatus(`${event.detail.emergency} emergency contacts, ${event.detail.nextOfKin} next of kin`)}
      />
      <p id="contacts-status">{status}</p>
    </>
  );
}
