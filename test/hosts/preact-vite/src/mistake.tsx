// Mistakes the type-check must reject, one a line: a contacts-load event carries counts, not an
// error kind; a heading level is a number; a contact-save event says where the contact is and
// what was done, not its id.
export const handler = <health-contacts-list oncontacts-load={({ detail }) => console.log(detail.kind)} />;
export const level = <health-contacts-list headingLevel="3" />;
export const saved = <health-contacts-list editable oncontact-save={({ detail }) => console.log(detail.id)} />;
