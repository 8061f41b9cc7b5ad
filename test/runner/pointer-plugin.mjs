// A test runner command that makes the page a touch screen's: `executeServerCommand('coarse-pointer',
// { active })`. Chromium emulates it (touch events, and `(pointer: coarse)` in CSS) through its
// DevTools protocol and answers true; Firefox and WebKit answer false, and the tests then apply the
// elements' coarse-pointer rules themselves (test/media-rules.ts).
export function coarsePointerPlugin() {
  const sessions = new WeakMap();
  return {
    name: 'coarse-pointer',
    async executeCommand({ command, payload, session }) {
      if (command !== 'coarse-pointer') return undefined;
      const page = session.browser.type === 'puppeteer' ? session.browser.getPage(session.id) : undefined;
      if (!page || page.browser().protocol !== 'cdp') return false;
      if (!sessions.has(page)) sessions.set(page, await page.createCDPSession());
      const cdp = sessions.get(page);
      const value = payload?.active ? 'coarse' : 'fine';
      await cdp.send('Emulation.setEmulatedMedia', {
        features: [
          { name: 'pointer', value },
          { name: 'any-pointer', value },
          { name: 'hover', value: payload?.active ? 'none' : 'hover' },
        ],
      });
      await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: Boolean(payload?.active), maxTouchPoints: 5 });
      return true;
    },
  };
}
