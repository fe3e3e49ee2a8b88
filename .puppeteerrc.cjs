// Puppeteer's own browser download is attempted only by `npm run up` as a fallback
// (see scripts/lib/chromium.js); installs never fetch a browser.
module.exports = { skipDownload: true };
