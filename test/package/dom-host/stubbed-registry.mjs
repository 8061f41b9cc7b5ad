// VA.gov's mocha set-up replaces `window.customElements` with a stand-in that has no `define`.
// Importing the package there must not throw. Prints what it saw as JSON.
import process from 'node:process';
import { environments } from './environments.mjs';

const environment = await environments['jsdom-20']();
const standIn = { get: () => undefined };
Object.defineProperty(window, 'customElements', { value: standIn, configurable: true });
globalThis.customElements = standIn;

let threw;
try {
  await import('health-contacts-elements');
} catch (error) {
  threw = `${error.name}: ${error.message}`;
}
environment.close();
process.stdout.write(JSON.stringify({ threw: threw ?? null }));
