// The browser half of the server-rendered page, loaded as one external module (a strict
// Content-Security-Policy allows no inline script). Lit's hydration support must run before Lit
// itself loads, so it is imported first; then the elements, which stay as the server rendered
// them (`defer-hydration`) until they have been given the properties they were rendered with.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../src/index.js';

// A JSON block is data, not script: the browser never runs it, so a strict policy allows it.
const block = document.getElementById('server-props');
const props = JSON.parse(block?.textContent || '{}') as Record<string, Record<string, unknown>>;

for (const [id, values] of Object.entries(props)) {
  const element = document.getElementById(id);
  if (!element) continue;
  Object.assign(element, values);
  element.removeAttribute('defer-hydration');
}
