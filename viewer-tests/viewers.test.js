/*
 * Opens the lab's draw.io and SVG exports in the viewers people open them in, in Debian's headless
 * Chromium: draw.io's own viewer (GraphViewer from the diagrams.net viewer build), mxGraph 4.2.2
 * (mxCodec decode of the mxGraphModel, HTML labels where draw.io would use them), and Chromium's
 * SVG renderer. Asserts that no label runs script or makes elements, that every label shows its
 * text, that every parent exists and that hop badges are children of their components.
 *
 * Input: VIEWER_EXPORTS, a folder written by .ci/viewer-tests with manifest.json
 * ([{file, format, lab, lang, hostile}]) beside the files. Screenshots go to VIEWER_SHOTS.
 */
'use strict';
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, open } = require('./browser');
const { drawioProblems, svgProblems, svgReport } = require('./checks');

const exportsDir = process.env.VIEWER_EXPORTS;
if (!exportsDir) throw new Error('VIEWER_EXPORTS is not set: run .ci/viewer-tests');
const shots = process.env.VIEWER_SHOTS || path.join(exportsDir, 'shots');
fs.mkdirSync(shots, { recursive: true });
const manifest = JSON.parse(fs.readFileSync(path.join(exportsDir, 'manifest.json'), 'utf8'));

const ENGINES = [
  { name: 'draw.io viewer', page: 'drawio-viewer.html' },
  { name: 'mxGraph', page: 'mxgraph.html' }
];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  if (browser) await browser.close();
});

/** Renders draw.io XML in an engine's page; gives the problems found and the page. */
async function renderDrawio(engine, xml, hostile, shot) {
  const url = pathToFileURL(path.join(__dirname, 'pages', engine.page)).href;
  const { page, events } = await open(browser.context, url);
  try {
    const report = await page.evaluate((x) => window.renderDiagram(x), xml);
    // A payload could fire late (an image's error event): give it a moment.
    await page.waitForTimeout(150);
    const state = await page.evaluate(() => ({ ran: window.__ran.slice(), injected: window.__injected.slice() }));
    if (shot) await page.screenshot({ path: shot, fullPage: true });
    return drawioProblems(report, events, state, hostile);
  } finally {
    await page.close();
  }
}

/** Opens an SVG file as Chromium's top-level document; gives the problems found. */
async function renderSvg(file, hostile, shot) {
  const { page, events } = await open(browser.context, pathToFileURL(file).href);
  try {
    await page.waitForTimeout(150);
    const report = await page.evaluate(svgReport);
    const state = await page.evaluate(() => ({ ran: window.__ran.slice(), injected: window.__injected.slice() }));
    if (shot) {
      // Playwright's own screenshot waits forever on an SVG document; the DevTools call does not.
      const cdp = await browser.context.newCDPSession(page);
      const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
      fs.writeFileSync(shot, Buffer.from(data, 'base64'));
    }
    return svgProblems(report, events, state, hostile);
  } finally {
    await page.close();
  }
}

for (const entry of manifest.filter((e) => e.format === 'drawio')) {
  for (const engine of ENGINES) {
    test(`${engine.name}: ${entry.file}`, async () => {
      const xml = fs.readFileSync(path.join(exportsDir, entry.file), 'utf8');
      const shot = entry.hostile
        ? path.join(shots, `${entry.file}.${engine.page.replace('.html', '')}.png`)
        : null;
      assert.deepEqual(await renderDrawio(engine, xml, entry.hostile, shot), []);
    });
  }
}

for (const entry of manifest.filter((e) => e.format === 'svg')) {
  test(`Chromium SVG: ${entry.file}`, async () => {
    const shot = entry.hostile ? path.join(shots, `${entry.file}.png`) : null;
    assert.deepEqual(await renderSvg(path.join(exportsDir, entry.file), entry.hostile, shot), []);
  });
}

// The checks must be able to fail: the same hostile files, with the labels left unescaped the way
// the old exporter wrote them, must be caught in every viewer.
const hostileDrawio = manifest.find((e) => e.format === 'drawio' && e.hostile);
const hostileSvg = manifest.find((e) => e.format === 'svg' && e.hostile);

for (const engine of ENGINES) {
  test(`${engine.name} catches an unescaped label (html=1 with raw text)`, async (t) => {
    const xml = fs.readFileSync(path.join(exportsDir, hostileDrawio.file), 'utf8').replace(/html=0/g, 'html=1');
    const problems = await renderDrawio(engine, xml, true, path.join(shots, `unescaped.${engine.page.replace('.html', '')}.png`));
    t.diagnostic(`${problems.length} problems, e.g. ${problems.slice(0, 3).join(' | ')}`);
    assert.ok(problems.some((p) => /made elements|a payload ran|can run or fetch/.test(p)), problems.join('\n'));
  });
}

test('Chromium catches an unescaped <script> in an SVG', async (t) => {
  const svg = fs
    .readFileSync(path.join(exportsDir, hostileSvg.file), 'utf8')
    .replace(/&lt;script&gt;(.*?)&lt;\/script&gt;/g, (_, body) => `<script>${body.replace(/&apos;/g, "'")}</script>`);
  const broken = path.join(exportsDir, 'unescaped.svg');
  fs.writeFileSync(broken, svg);
  const problems = await renderSvg(broken, true, null);
  t.diagnostic(`${problems.length} problems, e.g. ${problems.slice(0, 3).join(' | ')}`);
  assert.ok(problems.some((p) => /a payload ran/.test(p)), problems.join('\n'));
  assert.ok(problems.some((p) => /<script> element/.test(p)), problems.join('\n'));
});
