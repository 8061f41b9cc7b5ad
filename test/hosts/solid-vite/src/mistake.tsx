// Mistakes the type-check must reject, one a line: a contacts-load event carries counts, not an
// error kind; a heading level is a number; a plain camelCase name, which Solid would write as the
// attribute "headinglevel", which nothing reads.
export const handler = <health-contacts-list on:contacts-load={({ detail }) => console.log(detail.kind)} />;
export const level = <health-contacts-list prop:headingLevel="3" />;
export const camelCase = <health-contacts-list headingLevel={3} />;
