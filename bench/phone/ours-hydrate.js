// The browser half of our server-rendered page, bundled as a host bundles it (Lit once): Lit's
// hydration support before Lit, the elements, then each element given the properties it was
// rendered with and let hydrate. Marks `hydrated` when all have.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/index.js';

const props = JSON.parse(document.getElementById('server-props').textContent);
const elements = Object.entries(props).map(([id, values]) => {
  const element = document.getElementById(id);
  Object.assign(element, values);
  element.removeAttribute('defer-hydration');
  return element;
});
Promise.all(elements.map((element) => element.updateComplete)).then(() => performance.mark('hydrated'));
