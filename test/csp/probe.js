// Loaded first, with the page's nonce: records every Content-Security-Policy
// (and Trusted Types) violation for the test to read.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample || ''}`.trim());
});
