// Mistakes the type-check must reject, one a line: a contacts-load event carries counts, not an
// error kind; a heading level is a number.
export const handler = <health-contacts-list oncontacts-load={({ detail }) => console.log(detail.kind)} />;
export const level = <health-contacts-list headingLevel="3" />;
