'use strict';
// Debian's Chromium as root, headless, on a machine without internet (STACK.md trap 9). Shared by the card
// previews and the end-to-end tests. Playwright gives every launch a fresh temporary --user-data-dir.
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
module.exports = { CHROMIUM, CHROMIUM_ARGS };
