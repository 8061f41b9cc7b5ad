// mocha's set-up: jsdom 20's window as the global scope (see environments.mjs).
import { environments } from './environments.mjs';

environments['jsdom-20']();
