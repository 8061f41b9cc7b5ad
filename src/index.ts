// Registers all three elements. The gate first, so that lists inside it find it when they connect.
import './flag-gate/define.js';
import './contact-card/define.js';
import './health-contacts-list/define.js';

export * from './classes.js';
