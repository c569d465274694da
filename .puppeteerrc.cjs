/**
 * Browsers come from the system (Debian's chromium and firefox-esr), never
 * from a download step: puppeteer must not fetch its own browser on install.
 */
module.exports = { skipDownload: true };
