// The DOM imitations hosts run their unit tests on, set up the way their test runners do.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const URL_OF_PAGE = 'https://host.example/profile/contacts';

/**
 * jsdom's window as the global scope, as Jest's `jest-environment-jsdom` and mocha set-ups such as
 * VA.gov's make it: every window property Node lacks, then the ones jsdom must own (its
 * `AbortSignal` is not Node's: jsdom 20's has neither `any` nor `timeout`, nor `throwIfAborted`).
 * jsdom has no fetch: the host's test stubs it with Node's `Response`.
 */
function useJsdom(packageName) {
  const { JSDOM } = require(packageName);
  const { window } = new JSDOM('<!doctype html><html lang="en"><body></body></html>', { url: URL_OF_PAGE, pretendToBeVisual: true });
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in globalThis)) globalThis[key] = window[key];
  }
  for (const key of ['AbortSignal', 'AbortController', 'Event', 'EventTarget', 'CustomEvent', 'DOMException']) {
    globalThis[key] = window[key];
  }
  globalThis.window = window;
  return { version: require(`${packageName}/package.json`).version, close: () => window.close() };
}

/** happy-dom's window as the global scope, as `@happy-dom/global-registrator` (Vitest's set-up) makes it. */
async function useHappyDom() {
  const { Response } = globalThis; // happy-dom brings its own: the host's stub uses Node's
  const { GlobalRegistrator } = await import('@happy-dom/global-registrator');
  GlobalRegistrator.register({ url: URL_OF_PAGE });
  return {
    version: require('happy-dom/package.json').version,
    NodeResponse: Response,
    close: () => GlobalRegistrator.unregister(),
  };
}

export const environments = {
  'jsdom-20': () => useJsdom('jsdom-20'),
  jsdom: () => useJsdom('jsdom'),
  'happy-dom': () => useHappyDom(),
};
