// Runs after the implementation's scripts; starts the scenario the page was opened for.
const bench = window.__bench;
const mode = new URLSearchParams(location.search).get('mode');
const app = window.benchApp;

if (mode === 'visible') {
  // Data already available: render at once, time from the first script to the cards shown.
  bench.result = bench.whenShown(window.BENCH_EXPECTED).then((shown) => ({ ...shown, t0: window.__t0 }));
  app.render(window.BENCH_CONTACTS);
} else if (mode === 'render') {
  // Code loaded (and, for lazy-loading libraries, warmed); run.mjs then calls bench.timeRender.
  bench.ready = Promise.resolve(app.warm?.()).then(() => true);
} else if (mode === 'cls') {
  // The list first loads; the data arrives after 300 ms.
  bench.result = bench.whenShown(window.BENCH_EXPECTED).then((shown) => ({ ...shown, dataAt: bench.dataAt }));
  app.load(
    () =>
      new Promise((resolve) =>
        setTimeout(() => {
          bench.dataAt = performance.now();
          resolve(structuredClone(window.BENCH_DOC));
        }, 300),
      ),
  );
}
