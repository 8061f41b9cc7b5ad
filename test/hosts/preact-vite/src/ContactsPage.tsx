import { useState } from 'preact/hooks';
import { hostFetch } from './host-fetch';

/** The flag decided here, not by the toggles endpoint. */
const rules = { enabled: true };

export function ContactsPage() {
  const [status, setStatus] = useState('');
  const [call, setCall] = useState('');
  const [saved, setSaved] = useState('');
  return (
    <main>
      <h1>Personal health care contacts</h1>
      <flag-gate flag="profile_contacts" rules={rules}>
        <health-contacts-list
          headingLevel={3}
          fetch={hostFetch}
          editable
          oncontacts-load={({ detail }) => setStatus(`${detail.emergency} emergency contacts, ${detail.nextOfKin} next of kin`)}
          ontel-click={({ detail }) => setCall(`tel-click: ${detail.role}, ${detail.phone} phone`)}
          oncontact-save={({ detail }) => setSaved(`saved ${detail.role} ${detail.action}`)}
        />
        <p slot="fallback">Contacts are not available.</p>
      </flag-gate>
      <p id="contacts-status">{status}</p>
      <p id="tel-status">{call}</p>
      <p id="save-status">{saved}</p>
    </main>
  );
}
