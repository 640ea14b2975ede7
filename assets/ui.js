/* Theme, toggles and focus for the dashboard shell. A file (not an inline script) so a strict
 * Content-Security-Policy holds; no network. Dash loads every assets/*.js on each page.
 *
 * Theme: "system" (the default) follows prefers-color-scheme; a choice is kept in
 * localStorage. Bootstrap reads data-bs-theme on <html>; charts read the same CSS variables.
 * Toggles: any button with data-toggle="<id>" shows/hides that element (class "show") and keeps
 * aria-expanded in step; Escape closes an open panel and returns focus to its button.
 */
(function () {
  "use strict";
  var KEY = "dashboard-theme";
  var media = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function stored() {
    try { return localStorage.getItem(KEY) || "system"; } catch (e) { return "system"; }
  }
  function resolved(choice) {
    if (choice === "light" || choice === "dark") { return choice; }
    return media && media.matches ? "dark" : "light";
  }
  function apply(choice) {
    document.documentElement.setAttribute("data-bs-theme", resolved(choice));
    var select = document.getElementById("theme-select");
    if (select && select.value !== choice) { select.value = choice; }
  }
  apply(stored());
  if (media && media.addEventListener) {
    media.addEventListener("change", function () { apply(stored()); });
  }

  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "theme-select") {
      var choice = event.target.value;
      try { localStorage.setItem(KEY, choice); } catch (e) { /* private mode: not kept */ }
      apply(choice);
    }
  });

  function buttonsFor(id) {
    return document.querySelectorAll('[data-toggle="' + id + '"]');
  }
  function setOpen(target, open, opener) {
    target.classList.toggle("show", open);
    buttonsFor(target.id).forEach(function (b) {
      b.setAttribute("aria-expanded", open ? "true" : "false");
    });
    if (target.id === "copilot-panel") {
      document.body.classList.toggle("copilot-open", open);
      if (open) {
        var box = document.getElementById("copilot-question");
        if (box) { box.focus(); }
      } else if (opener) {
        opener.focus();
      }
    }
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-toggle]") : null;
    if (!button) { return; }
    var target = document.getElementById(button.getAttribute("data-toggle"));
    if (!target) { return; }
    var open = !target.classList.contains("show");
    var opener = document.getElementById("copilot-open");
    setOpen(target, open, open ? null : (button.id === "copilot-close" ? opener : button));
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var panel = document.getElementById("copilot-panel");
    if (panel && panel.classList.contains("show")) {
      setOpen(panel, false, document.getElementById("copilot-open"));
    }
  });

  /* Pages render after this script runs: keep the picker showing the current choice. */
  var observer = new MutationObserver(function () {
    var select = document.getElementById("theme-select");
    if (select && select.value !== stored()) { select.value = stored(); }
  });
  document.addEventListener("DOMContentLoaded", function () {
    observer.observe(document.body, { childList: true, subtree: true });
  });
  if (document.readyState !== "loading") {
    observer.observe(document.body, { childList: true, subtree: true });
  }
})();
