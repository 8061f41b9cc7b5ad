// Runs in every phone-profile page before any of its own scripts (injected by measure.mjs, never
// fetched, so neither counted nor throttled). Times from navigation start (performance.now()) to
// the contacts visible: all cards and phone links in the DOM, shadow roots included, the last
// card laid out with a size and not hidden (the VA components stay hidden until hydrated), and
// the frame that paints them produced.
// Also keeps the paint timings and the largest contentful paint.
(() => {
  const expected = window.__phoneExpected; // { cards, links }, set by measure.mjs before this
  const impl = location.pathname.match(/^\/(ours|react|va)/)?.[1];
  const phone = (window.__phone = { lcp: undefined, fcp: undefined, visible: undefined });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      phone.lcp = { startTime: entry.startTime, size: entry.size, element: describe(entry.element) };
    }
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') phone.fcp = entry.startTime;
  }).observe({ type: 'paint', buffered: true });

  function describe(node) {
    if (!node) return '(removed)';
    const root = node.getRootNode();
    const where = root instanceof ShadowRoot ? `${root.host.localName} shadow > ` : '';
    const text = node.textContent.trim().replace(/\s+/g, ' ');
    return `${where}${node.localName} "${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  }

  // The last card and its last phone link, when rendered; then every card and link, counted.
  const last = (cards, linksOf) => {
    const card = cards[cards.length - 1];
    const links = card ? linksOf(card) : [];
    return links.length ? { card, link: links[links.length - 1] } : undefined;
  };
  const telLinks = (node) => node.querySelectorAll('a[href^="tel:"]');
  const vaLinks = (node) =>
    [...node.querySelectorAll('va-telephone')].map((t) => t.shadowRoot?.querySelector('a[href^="tel:"]')).filter(Boolean);
  const find = {
    ours() {
      const root = document.querySelector('health-contacts-list')?.shadowRoot;
      const cards = root ? root.querySelectorAll('article.card') : [];
      return { found: last(cards, telLinks), cards: cards.length, links: root ? telLinks(root).length : 0 };
    },
    react() {
      const cards = document.querySelectorAll('#app .card');
      return { found: last(cards, telLinks), cards: cards.length, links: telLinks(document.getElementById('app')).length };
    },
    va() {
      const cards = document.querySelectorAll('#app va-card.hydrated');
      const app = document.getElementById('app');
      return { found: last(cards, vaLinks), cards: cards.length, links: app ? vaLinks(app).length : 0 };
    },
  };

  // The first moment all are in the DOM and laid out, then the end of the frame that paints
  // them: the first task after that frame's animation-frame callbacks (rendering runs in the same
  // task, and waits for render-blocking stylesheets).
  let resolveVisible;
  const visible = new Promise((resolve) => (resolveVisible = resolve));
  let domAt;
  function check() {
    if (domAt !== undefined || !impl || !document.getElementById('app')) return;
    const seen = find[impl]();
    if (!seen.found || seen.cards !== expected.cards || seen.links !== expected.links) return;
    const rect = seen.found.card.getBoundingClientRect(); // forces style and layout
    seen.found.link.getBoundingClientRect();
    if (!rect.height || !seen.found.card.checkVisibility({ visibilityProperty: true, opacityProperty: true })) return;
    domAt = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        performance.mark('contacts-visible');
        resolveVisible((phone.visible = { domAt, at: performance.now() }));
      };
      channel.port2.postMessage(undefined);
    });
  }

  // Checked on every change of the DOM: the document, and every shadow root made by script (the
  // parser's declarative shadow roots are seen through their hosts' later siblings); no polling
  // in every frame, which would cost the page main-thread time. A slow timer is the fallback.
  const observer = new MutationObserver(check);
  const options = { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] };
  observer.observe(document, options);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };
  document.addEventListener('readystatechange', check);
  addEventListener('load', check);
  const fallback = setInterval(() => (domAt === undefined ? check() : clearInterval(fallback)), 250);

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const loaded = new Promise((resolve) => (document.readyState === 'complete' ? resolve() : addEventListener('load', resolve)));
  // The server-rendered pages' scripts mark `hydrated` when their elements or root have hydrated.
  const hydrated = () =>
    new Promise((resolve) =>
      new PerformanceObserver((list, observer) => {
        const mark = list.getEntriesByName('hydrated')[0];
        if (!mark) return;
        observer.disconnect();
        resolve(mark.startTime);
      }).observe({ type: 'mark', buffered: true }),
    );

  /**
   * Resolves once the contacts are visible, the page has loaded, and two frames have passed (so
   * that the largest contentful paint has been reported): every timing, from navigation start.
   */
  phone.result = ({ hydration }) =>
    Promise.all([visible, loaded, hydration ? hydrated() : undefined]).then(async ([shown, , hydratedAt]) => {
      await frame();
      await frame();
      const entry = (e) => ({
        path: new URL(e.name).pathname + new URL(e.name).search,
        type: e.initiatorType,
        start: e.startTime,
        requestStart: e.requestStart,
        responseStart: e.responseStart,
        end: e.responseEnd,
        transfer: e.transferSize,
        encoded: e.encodedBodySize,
        decoded: e.decodedBodySize,
      });
      return {
        visible: shown.at,
        visibleDom: shown.domAt,
        lcp: phone.lcp,
        fcp: phone.fcp,
        hydrated: hydratedAt,
        document: entry(performance.getEntriesByType('navigation')[0]),
        resources: performance.getEntriesByType('resource').map(entry),
      };
    });
})();
