/*
 * What a viewer must show of the lab's exports, as lists of problems (empty = passes). Kept apart
 * from the test file so the negative controls can run the very same checks on a broken file.
 */
'use strict';

/**
 * The hostile texts of labs/hostile.yaml (ids, title, flow name): each must be shown as these
 * characters. Keep in step with that file.
 */
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  "<script>window.__pwned='script'</script>",
  `"><svg onload=window.__pwned='svg'>`,
  's3 &amp; <b>bold</b>',
  "공급자 <img src=x onerror=window.__pwned='ko'>",
  '엔드포인트 & 서브넷',
  "<img src=x onerror=alert('flow')> 앱에서 S3로 & back"
];

/** Elements a plain-text label is drawn with in SVG: anything else came from parsing the text. */
const LABEL_TAGS = new Set(['g', 'text', 'tspan', 'rect', 'title']);

/** Problems any page shows when something ran or was injected. */
function scriptProblems(events, page) {
  const p = [];
  for (const d of events.dialogs) p.push('a dialog opened: ' + d);
  for (const e of events.errors) p.push('a script error: ' + e);
  for (const r of page.ran) p.push('a payload ran: ' + r);
  for (const i of page.injected) p.push('an element that can run or fetch appeared: ' + i);
  return p;
}

/** Problems of one draw.io file as a viewer decoded and drew it (report from pages/collect.js). */
function drawioProblems(report, events, page, hostile) {
  const p = scriptProblems(events, page);
  const where = report.engine + ': ';
  if (report.rootId !== '0') p.push(where + 'the root cell is ' + report.rootId + ', not 0');
  if (report.raw.length < 2 || report.raw[0].id !== '0' || report.raw[1].id !== '1' || report.raw[1].parent !== '0') {
    p.push(where + 'the file does not start with the cells 0 and 1 (1 a child of 0)');
  }
  const rawIds = new Set(report.raw.map((c) => c.id));
  const byId = new Map(report.cells.map((c) => [c.id, c]));
  for (const c of report.raw) {
    if (c.id !== '0' && (c.parent == null || !rawIds.has(c.parent))) {
      p.push(where + `cell ${JSON.stringify(c.id)} names a parent that does not exist: ${JSON.stringify(c.parent)}`);
    }
    const decoded = byId.get(c.id);
    if (decoded == null) {
      p.push(where + `cell ${JSON.stringify(c.id)} is missing from the decoded model`);
    } else if (c.id !== '0' && decoded.parent !== c.parent) {
      p.push(where + `cell ${JSON.stringify(c.id)} decoded under ${JSON.stringify(decoded.parent)}, not ${JSON.stringify(c.parent)}`);
    }
  }
  const shown = [];
  for (const c of report.cells) {
    if (!c.vertex || c.value === '') continue;
    if (c.html) p.push(where + `cell ${JSON.stringify(c.id)} has an HTML label (html=1)`);
    const extra = c.labelTags.filter((t) => !LABEL_TAGS.has(t));
    if (extra.length > 0) {
      p.push(where + `the label of ${JSON.stringify(c.id)} made elements: ${extra.join(', ')}`);
    }
    const expected = c.value.replace(/\n/g, '');
    if (c.rendered !== expected) {
      p.push(where + `the label of ${JSON.stringify(c.id)} shows ${JSON.stringify(c.rendered)}, not ${JSON.stringify(expected)}`);
    } else if (c.labelSize == null || c.labelSize[0] <= 0) {
      p.push(where + `the label of ${JSON.stringify(c.id)} has no size on screen`);
    }
    if (c.rendered != null) shown.push(c.rendered);
    if (c.id.startsWith('hop:')) {
      const owner = byId.get(c.parent);
      if (owner == null || !owner.vertex || owner.id === '1' || owner.id.startsWith('hop:')) {
        p.push(where + `badge ${c.id} is not a child of a component (parent ${JSON.stringify(c.parent)})`);
      }
    }
  }
  if (report.cells.filter((c) => c.id.startsWith('hop:')).length === 0 && report.raw.some((c) => c.id.startsWith('hop:'))) {
    p.push(where + 'no hop badge was decoded');
  }
  if (hostile) {
    for (const h of HOSTILE) {
      if (!shown.some((s) => s.includes(h))) p.push(where + `the text ${JSON.stringify(h)} is not shown in any label`);
    }
  }
  return p;
}

/** Problems of an SVG file opened in Chromium (report from svgReport below). */
function svgProblems(report, events, page, hostile) {
  const p = scriptProblems(events, page);
  for (const [tag, n] of Object.entries(report.risky)) {
    if (n > 0) p.push(`the SVG holds ${n} <${tag}> element(s)`);
  }
  for (const a of report.handlers) p.push('an event-handler attribute: ' + a);
  if (report.texts.length === 0) p.push('the SVG shows no text');
  if (hostile) {
    for (const h of HOSTILE) {
      // Under an icon a long id is elided to its card ("<script>window.__pwned='scrip…"): that
      // start, as text, is what a person sees.
      const ok = report.texts.some(
        (t) => t.width > 0 && (t.text.includes(h) || (t.text.endsWith('…') && t.text.length > 8 && h.startsWith(t.text.slice(0, -1))))
      );
      if (!ok) p.push(`the text ${JSON.stringify(h)} is not shown in any <text>`);
    }
  }
  return p;
}

/** Runs in the SVG document: what it holds after Chromium parsed and drew it. */
function svgReport() {
  const all = Array.from(document.getElementsByTagName('*'));
  const risky = {};
  for (const tag of ['script', 'foreignObject', 'img', 'iframe', 'object', 'embed', 'image', 'a']) {
    risky[tag] = all.filter((e) => e.localName === tag).length;
  }
  const handlers = [];
  for (const e of all) {
    for (const a of Array.from(e.attributes)) {
      if (/^on/i.test(a.name)) handlers.push(`<${e.localName} ${a.name}=${a.value}>`);
    }
  }
  const texts = all
    .filter((e) => e.localName === 'text')
    .map((e) => ({ text: e.textContent, width: e.getBBox().width }));
  return { risky, handlers, texts };
}

module.exports = { HOSTILE, drawioProblems, svgProblems, svgReport };
