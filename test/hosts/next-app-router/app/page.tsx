// A Server Component. The wrappers are client components (the package marks its React module
// 'use client'), so the page renders <FlagGate> itself; handlers need a client component of the
// app's own (./contacts.tsx).
import { FlagGate } from 'health-contacts-elements/react.js';
import { Contacts } from './contacts';

export default function Page() {
  return (
    <main>
      <h1>Personal health care contacts</h1>
      <FlagGate flag="profile_contacts">
        <Contacts />
      </FlagGate>
    </main>
  );
}
