// Runs in every bench page before any of its scripts (injected by run.mjs, never fetched, so not
// counted in the bytes). It watches the DOM, including every shadow root, for "all cards shown",
// and records layout shifts.
(() => {
  const impl = location.pathname.split('/')[1];
  const bench = (window.__bench = { impl, shifts: [], watching: undefined });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      bench.shifts.push({
        value: entry.value,
        hadRecentInput: entry.hadRecentInput,
        startTime: entry.startTime,
        sources: (entry.sources || []).map((source) => describe(source.node)),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });

  function describe(node) {
    if (!node) return '(removed)';
    if (node.nodeType !== 1) return node.nodeName.toLowerCase();
    const root = node.getRootNode();
    const where = root instanceof ShadowRoot ? `${root.host.localName} shadow > ` : '';
    return `${where}${node.localName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.trim().split(/\s+/).join('.')}` : ''}`;
  }

  // The last card on the page and its (last) phone link, if both are rendered. O(1)-ish: the
  // watcher calls it on every DOM change.
  const lastCard = {
    ours() {
      const root = document.querySelector('health-contacts-list')?.shadowRoot;
      const sections = root?.querySelectorAll('section');
      const card = sections?.[sections.length - 1]?.querySelector('.cards')?.lastElementChild;
      const links = card?.querySelectorAll('a[href^="tel:"]');
      return links?.length ? { card, link: links[links.length - 1] } : undefined;
    },
    react() {
      const sections = document.querySelectorAll('#app section');
      const card = sections[sections.length - 1]?.querySelector('.cards')?.lastElementChild;
      const links = card?.querySelectorAll('a[href^="tel:"]');
      return links?.length ? { card, link: links[links.length - 1] } : undefined;
    },
    va() {
      const sections = document.querySelectorAll('#app section');
      const card = sections[sections.length - 1]?.querySelector('.cards')?.lastElementChild;
      if (!card?.classList.contains('hydrated')) return undefined;
      const phones = card.querySelectorAll('va-telephone');
      const link = phones[phones.length - 1]?.shadowRoot?.querySelector('a[href^="tel:"]');
      return link ? { card, link } : undefined;
    },
  };

  // Every card and phone link on the page, counted (run once the last card is there).
  const count = {
    ours() {
      const root = document.querySelector('health-contacts-list').shadowRoot;
      return { cards: root.querySelectorAll('.card').length, links: root.querySelectorAll('a[href^="tel:"]').length };
    },
    react() {
      const app = document.getElementById('app');
      return { cards: app.querySelectorAll('.card').length, links: app.querySelectorAll('a[href^="tel:"]').length };
    },
    va() {
      let links = 0;
      for (const phone of document.querySelectorAll('#app va-telephone')) {
        if (phone.shadowRoot?.querySelector('a[href^="tel:"]')) links += 1;
      }
      return { cards: document.querySelectorAll('#app va-card.hydrated').length, links };
    },
  };

  function check() {
    const watch = bench.watching;
    if (!watch || !lastCard[impl]) return;
    const found = lastCard[impl]();
    if (!found) return;
    const domAt = performance.now();
    found.card.getBoundingClientRect(); // forces style and layout
    found.link.getBoundingClientRect();
    const at = performance.now();
    const seen = count[impl]();
    if (seen.cards !== watch.cards || seen.links !== watch.links) return;
    bench.watching = undefined;
    watch.resolve({ domAt, at, ...seen });
  }

  const observer = new MutationObserver(check);
  const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };
  const poll = () => {
    check();
    if (bench.watching) requestAnimationFrame(poll);
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  /** Resolves when `cards` cards and `links` phone links are rendered and laid out. */
  bench.whenShown = ({ cards, links }) =>
    new Promise((resolve) => {
      bench.watching = { cards, links, resolve };
      requestAnimationFrame(poll);
      queueMicrotask(check);
    }).then(async (shown) => {
      // The frame that shows them: after a double rAF, force layout on the last card again.
      await frame();
      await frame();
      lastCard[impl]().card.getBoundingClientRect();
      return { ...shown, paintedAt: performance.now() };
    });

  /** Elements, text nodes and comments under #app, shadow roots included. */
  bench.countNodes = () => {
    const counts = { elements: 0, text: 0, comments: 0, shadowRoots: 0 };
    const walk = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (let node = walker.currentNode; node; node = walker.nextNode()) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          counts.elements += 1;
          if (node.shadowRoot) {
            counts.shadowRoots += 1;
            walk(node.shadowRoot);
          }
        } else if (node.nodeType === Node.TEXT_NODE) counts.text += 1;
        else if (node.nodeType === Node.COMMENT_NODE) counts.comments += 1;
      }
    };
    walk(document.getElementById('app'));
    return counts;
  };

  /** Times from setting the data to all cards shown. */
  bench.timeRender = async (expected) => {
    const shown = bench.whenShown(expected);
    const start = performance.now();
    window.benchApp.render(window.BENCH_CONTACTS);
    const done = await shown;
    return { start, ...done };
  };
})();
