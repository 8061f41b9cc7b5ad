import { createSignal } from 'solid-js';
import { hostFetch } from './host-fetch';

/** The flag decided here, not by the toggles endpoint. */
const rules = { enabled: true };

export function ContactsPage() {
  const [status, setStatus] = createSignal('');
  const [call, setCall] = createSignal('');
  const [saved, setSaved] = createSignal('');
  return (
    <main>
      <h1>Personal health care contacts</h1>
      <flag-gate flag="profile_contacts" prop:rules={rules}>
        <health-contacts-list
          attr:heading-level={4}
          prop:fetch={hostFetch}
          prop:editable={true}
          on:contacts-load={({ detail }) => setStatus(`${detail.emergency} emergency contacts, ${detail.nextOfKin} next of kin`)}
          on:tel-click={({ detail }) => setCall(`tel-click: ${detail.role}, ${detail.phone} phone`)}
          on:contact-save={({ detail }) => setSaved(`saved ${detail.role} ${detail.action}`)}
        />
        <p slot="fallback">Contacts are not available.</p>
      </flag-gate>
      <p id="contacts-status">{status()}</p>
      <p id="tel-status">{call()}</p>
      <p id="save-status">{saved()}</p>
    </main>
  );
}
