window.__t0 = performance.now();
