/*
 * Starts Debian's Chromium (never a downloaded browser) through playwright-core, with the flags
 * this machine kind needs (no sandbox as root, no GPU, no background networking on a closed
 * network) and a fresh profile, and opens pages with instrument.js injected. Every request that
 * leaves file:// is refused, so a viewer that tries to fetch stencils or fonts cannot hang.
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

async function launch() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'vpclab-viewer-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
    viewport: { width: 1600, height: 1200 },
    timeout: 60000
  });
  await context.addInitScript({ path: path.join(__dirname, 'instrument.js') });
  await context.route(/^(https?|wss?):/, (route) => route.abort());
  const close = async () => {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Opens a page and records dialogs, page errors and console errors. */
async function open(context, url) {
  const page = await context.newPage();
  const events = { dialogs: [], errors: [], console: [] };
  page.on('dialog', (d) => {
    events.dialogs.push(d.type() + ': ' + d.message());
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') events.console.push(m.text());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, events };
}

module.exports = { launch, open, FLAGS };
