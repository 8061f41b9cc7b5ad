import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Messages } from './messages.js';
import { messagesFor, onLanguageRegistered } from './registry.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The elements on the page that speak through a controller: each renders again when a language may have changed. */
const speaking = new Set<Host>();
const renderAll = () => {
  for (const host of speaking) host.requestUpdate();
};
onLanguageRegistered(renderAll);
let langObserver: MutationObserver | undefined;

/** An element's wording. */
export interface LocalizeController extends ReactiveController {
  /** The wording for the nearest `lang`; English when none is registered for it. */
  readonly messages: Messages;
}

/**
 * Gives `host` the wording of its language, and renders it again when that may have changed,
 * with no code of the page's: when a language is registered after it rendered (a CDN page that
 * loads `locales/es.js` after the bundle), and when a `lang` attribute changes on the element, an
 * ancestor (through shadow roots) or the document's `<html>`.
 */
export function localizeController(host: Host): LocalizeController {
  const controller: LocalizeController = {
    get messages() {
      return messagesFor(host);
    },
    hostConnected() {
      speaking.add(host);
      langObserver ??= new MutationObserver(renderAll);
      // Any `lang` in the document, and in each shadow root the element sits in (a subtree does
      // not reach into shadow roots). Observing a root again only renews its options.
      for (let root: Node | undefined = host.getRootNode(); root; root = (root as ShadowRoot).host?.getRootNode()) {
        langObserver.observe(root, { subtree: true, attributeFilter: ['lang'] });
      }
    },
    hostDisconnected() {
      speaking.delete(host);
    },
  };
  host.addController(controller);
  return controller;
}
