// A React host using the wrappers from `health-contacts-elements/react.js`: element properties
// as props, each event an `on…` prop whose handler gets that event's `detail`.
import { ContactCard, FlagGate, HealthContactsList, type HealthContactsListProps } from 'health-contacts-elements/react.js';

export function ContactsSection({ report }: { report: (what: string) => void }) {
  return (
    <FlagGate flag="profile_contacts" onFlagChange={(event) => report(String(event.detail.enabled))}>
      <HealthContactsList
        headingLevel={3}
        timeout={5_000}
        onContactsLoad={(event) => report(`${event.detail.emergency} emergency contacts`)}
        onContactsError={(event) => report(event.detail.kind)}
      />
      <ContactCard contact={{ contactType: 'Emergency Contact', givenName: 'Sam' }} onTelClick={(event) => report(event.detail.phone)} />
    </FlagGate>
  );
}

/** The tags themselves in JSX, typed by the same module. */
export const tag = <health-contacts-list heading-level="3" oncontacts-load={(event) => event.detail.nextOfKin} />;

export const listProps: HealthContactsListProps = { src: '/api/contacts', credentials: 'include' };

// @ts-expect-error a timeout is a number of milliseconds
export const wrongTimeout = <HealthContactsList timeout="soon" />;
// @ts-expect-error a load event's detail holds counts, not an error kind
export const wrongDetail = <HealthContactsList onContactsLoad={(event) => event.detail.kind} />;
