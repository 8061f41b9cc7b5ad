// Collects every Content-Security-Policy and Trusted Types violation on the page.
window.__violations = [];
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: event.sourceFile,
      line: event.lineNumber,
      sample: event.sample,
    });
  },
  true,
);
