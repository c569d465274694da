// Loaded first, with the page's nonce: records every Content-Security-Policy
// (and Trusted Types) violation, and every uncaught error, for the test to read.
window.cspViolations = [];
window.pageErrors = [];
window.addEventListener('error', (event) => window.pageErrors.push(event.message));
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} ${event.sample || ''}`.trim());
});
