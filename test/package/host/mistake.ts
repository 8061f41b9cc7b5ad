// A host's mistake with no `@ts-expect-error`: the type-check must fail here, or it checks nothing.
import 'health-contacts-elements';

export const level: string = document.createElement('health-contacts-list').headingLevel;
