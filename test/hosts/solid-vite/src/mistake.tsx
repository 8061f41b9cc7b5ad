// Mistakes the type-check must reject, one a line: a contacts-load event carries counts, not an
// error kind; a heading level is a number; a plain camelCase name, which Solid would write as the
// attribute "headinglevel", which nothing reads; a contact-save event says where the contact is
// and what was done, not its id.
export const handler = <health-contacts-list on:contacts-load={({ detail }) => console.log(detail.kind)} />;
export const level = <health-contacts-list prop:headingLevel="3" />;
export const camelCase = <health-contacts-list headingLevel={3} />;
export const saved = <health-contacts-list prop:editable={true} on:contact-save={({ detail }) => console.log(detail.id)} />;
