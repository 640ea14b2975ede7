/* The document view (/documents/<id>?passage=...): bring the highlighted passage into view once
 * the page has rendered it, and again when a link moves the highlight to another passage.
 * A file (not an inline script) so the Content-Security-Policy holds; no network. */
(function () {
  "use strict";
  var shown = null;  // the passage element and address last brought into view

  function reveal() {
    var el = document.querySelector(".document-passage-focus");
    if (!el) { shown = null; return; }
    var key = window.location.pathname + window.location.search;
    if (shown && shown.el === el && shown.key === key) { return; }
    shown = {el: el, key: key};
    // at once, like following an anchor: a long smooth scroll would keep the reader waiting
    el.scrollIntoView({block: "center", behavior: "instant"});
    try { el.focus({preventScroll: true}); } catch (e) { /* an old browser: scrolled anyway */ }
  }

  var pending = false;
  function soon() {  // one look per animation frame, however many nodes Dash adds
    if (pending) { return; }
    pending = true;
    window.requestAnimationFrame(function () { pending = false; reveal(); });
  }
  new MutationObserver(soon).observe(document.documentElement, {
    childList: true, subtree: true, attributes: true, attributeFilter: ["class"]
  });
  window.addEventListener("popstate", soon);
})();
