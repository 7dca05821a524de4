/*
 * Runs in every page before its own scripts (Playwright's addInitScript): any script a hostile
 * label manages to run is recorded. The payloads in labs/hostile.yaml call alert() or set
 * window.__pwned; a MutationObserver notes every element that can run or fetch something
 * (script, img, iframe, object, embed, image, any on* attribute) that appears after the page's own.
 */
(() => {
  const ran = [];
  Object.defineProperty(window, '__ran', { value: ran });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => {
      ran.push(name + '(' + args.map(String).join(', ') + ')');
    };
  }
  let pwned;
  Object.defineProperty(window, '__pwned', {
    get: () => pwned,
    set: (v) => {
      pwned = v;
      ran.push('__pwned=' + String(v));
    }
  });
  const injected = [];
  Object.defineProperty(window, '__injected', { value: injected });
  const risky = new Set(['script', 'img', 'iframe', 'object', 'embed', 'image', 'foreignobject']);
  const note = (el) => {
    const tag = (el.localName || '').toLowerCase();
    const handlers = Array.from(el.attributes || []).filter((a) => /^on/i.test(a.name));
    const ownScript = tag === 'script' && el.parentNode && el.ownerDocument.readyState === 'loading';
    if ((risky.has(tag) && !ownScript) || handlers.length > 0) {
      injected.push('<' + tag + ' ' + handlers.map((a) => a.name + '=' + a.value).join(' ') + '>');
    }
  };
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) {
        if (n.nodeType !== 1) continue;
        note(n);
        for (const d of n.querySelectorAll('*')) note(d);
      }
      if (r.type === 'attributes' && /^on/i.test(r.attributeName)) note(r.target);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true });
})();
