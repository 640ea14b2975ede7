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

  /* A chart's table buttons apply the filter a click on the bar would: they put the row's
   * value into the page's filter store, which the page's callback reads. */
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-filter-store]") : null;
    if (!button || !window.dash_clientside || !window.dash_clientside.set_props) { return; }
    window.dash_clientside.set_props(button.getAttribute("data-filter-store"), {
      data: { chart: button.getAttribute("data-filter-chart"),
              value: button.getAttribute("data-filter-value"), at: Date.now() }
    });
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var panel = document.getElementById("copilot-panel");
    if (panel && panel.classList.contains("show")) {
      setOpen(panel, false, document.getElementById("copilot-open"));
    }
  });

  /* Dash 4's dropdown and date picker need a little help to be named and reachable:
   * - the dropdown's keyboard target is a focusable input marked aria-hidden (axe: serious);
   *   it becomes a named combobox: "<label> <current value>", expanded as its button is;
   * - the date range's wrapper is a div carrying button-only ARIA (axe: critical): a group;
   * - its "clear dates" icon is an <a> without href: a real button for the keyboard. */
  function labelId(id) {
    var label = id && document.querySelector('label[for="' + id + '"]');
    if (!label) { return null; }
    if (!label.id) { label.id = id + "-label"; }
    return label.id;
  }
  function set(el, name, value) {
    if (el.getAttribute(name) !== value) { el.setAttribute(name, value); }
  }
  function patchControls() {
    document.querySelectorAll(".dash-dropdown-wrapper").forEach(function (wrap) {
      var target = wrap.querySelector(".dash-dropdown-focus-target");
      var button = wrap.querySelector("button.dash-dropdown");
      if (!target || !button) { return; }
      var ids = [labelId(button.id)].concat(
        (button.getAttribute("aria-labelledby") || "").split(" "));
      var names = ids.filter(function (id, i) { return id && ids.indexOf(id) === i; }).join(" ");
      if (target.hasAttribute("aria-hidden")) { target.removeAttribute("aria-hidden"); }
      set(target, "role", "combobox");
      set(target, "aria-haspopup", "listbox");
      set(target, "aria-expanded", button.getAttribute("aria-expanded") || "false");
      if (names) { set(target, "aria-labelledby", names); set(button, "aria-labelledby", names); }
    });
    document.querySelectorAll(".dash-datepicker-input-wrapper[aria-expanded]").forEach(
      function (wrap) {
        ["aria-haspopup", "aria-expanded", "aria-disabled", "type"].forEach(function (a) {
          wrap.removeAttribute(a);
        });
        wrap.setAttribute("role", "group");
      });
    document.querySelectorAll("a.dash-datepicker-clear:not([role])").forEach(function (a) {
      a.setAttribute("role", "button");
      a.setAttribute("tabindex", "0");
    });
    var select = document.getElementById("theme-select");
    if (select && select.value !== stored()) { select.value = stored(); }
  }
  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if ((event.key === "Enter" || event.key === " ") && el && el.classList &&
        el.classList.contains("dash-datepicker-clear")) {
      event.preventDefault();
      el.click();
    }
  });

  /* Pages render after this script runs: patch what they add, once a frame at most. */
  var queued = false;
  var observer = new MutationObserver(function () {
    if (queued) { return; }
    queued = true;
    window.requestAnimationFrame(function () { queued = false; patchControls(); });
  });
  function watch() {
    observer.observe(document.body, { childList: true, subtree: true, attributes: true,
                                      attributeFilter: ["aria-expanded"] });
    patchControls();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", watch);
  } else {
    watch();
  }
})();
