/* Live updates for every page (issue 13). A file, not an inline script, so the strict
 * Content-Security-Policy holds; it talks only to this server.
 *
 * At start it reads /api/version (the data version, and whether the server offers /live), then
 * opens the websocket. Each event ({type, ids}) becomes a new value of the "live-version" store,
 * (through a click on the hidden "live-kick" button and the clientside callback
 * live.update), which the page callbacks showing changing data take as an input (pages/live.py): only they
 * re-render; filters, scroll and open menus stay. A closed socket is reopened with exponential
 * backoff (1 s doubling to 30 s, jittered). While no socket is open the "live-poll" interval
 * (dcc.Interval) asks /api/version and bumps the store when the version moved: the fallback
 * behind a proxy that strips websockets. "live-status" shows Live / Polling / Reconnecting /
 * Offline and when the data last changed.
 */
(function () {
  "use strict";
  var MAX_BACKOFF = 30000;
  var state = {mode: "connecting", ws: null, failures: 0, version: null, seq: 0,
               changedAt: null, offered: true, started: false, pending: null};
  var TEXT = {live: "Live", polling: "Polling", reconnecting: "Reconnecting…",
              offline: "Offline", connecting: "Connecting…"};

  function dc() { return window.dash_clientside || {}; }
  function setProps(id, props) {
    if (dc().set_props && document.getElementById(id)) { dc().set_props(id, props); }
  }
  function show(mode) {
    state.mode = mode;
    var when = state.changedAt ? state.changedAt.toLocaleTimeString() : null;
    var short = state.changedAt ? state.changedAt.toLocaleTimeString(
      [], {hour: "2-digit", minute: "2-digit"}) : null;
    var full = "Live updates: " + TEXT[mode].toLowerCase() +
               (when ? "; data last changed at " + when : "");
    /* compact text in the navbar; the full sentence for pointer hover and screen readers */
    setProps("live-status", {
      children: TEXT[mode] + (short ? " · " + short : ""),
      className: "live-status live-" + mode + " small",
      title: full, "aria-label": full
    });
  }
  function nextValue(type, ids) {
    state.seq += 1;
    state.changedAt = new Date();
    return {n: state.seq, type: type, ids: ids || [], at: state.changedAt.toISOString()};
  }
  function changed(type, ids) {
    state.pending = nextValue(type, ids);
    show(state.mode);
    var kick = document.getElementById("live-kick");
    if (kick) { kick.click(); }  /* runs live.update, which hands the value to Dash */
  }
  function readVersion() {
    return fetch("/api/version", {credentials: "same-origin", cache: "no-store",
                                  headers: {"Accept": "application/json"}})
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); });
  }

  function connect() {
    if (!state.offered || typeof window.WebSocket !== "function") { show("polling"); return; }
    var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
    var ws;
    try { ws = new window.WebSocket(scheme + window.location.host + "/live"); }
    catch (e) { retry(); return; }
    state.ws = ws;
    ws.onopen = function () { state.failures = 0; show("live"); };
    ws.onmessage = function (message) {
      var body;
      try { body = JSON.parse(message.data); } catch (e) { return; }
      if (!body || typeof body.type !== "string") { return; }
      if (body.type === "hello") {
        if (state.version !== null && body.version !== state.version) { changed("version", []); }
        state.version = body.version;
        return;
      }
      changed(body.type, Array.isArray(body.ids) ? body.ids : []);
    };
    ws.onclose = function () { state.ws = null; retry(); };
  }
  function retry() {
    state.failures += 1;
    var delay = Math.min(MAX_BACKOFF, 1000 * Math.pow(2, state.failures - 1));
    delay = delay * (0.5 + Math.random() / 2);
    show(state.failures >= 2 ? "polling" : "reconnecting");
    window.setTimeout(connect, delay);
  }

  function start() {
    if (state.started) { return; }
    if (!document.getElementById("live-status") || !dc().set_props) {
      window.setTimeout(start, 100);  /* Dash has not drawn the shell yet */
      return;
    }
    state.started = true;
    readVersion().then(function (body) {
      state.version = body.version;
      state.offered = body.live !== false;
      connect();
    }).catch(function () { show("offline"); window.setTimeout(function () {
      state.started = false; start(); }, 5000); });
  }

  window.dash_clientside = window.dash_clientside || {};
  window.dash_clientside.live = {
    /* The "live-version" store's one writer: the socket's event (a click on "live-kick"), or
     * the "live-poll" interval, which asks /api/version only while no socket is open. */
    update: function () {
      var noUpdate = window.dash_clientside.no_update;
      var context = window.dash_clientside.callback_context || {};
      if (context.triggered_id === "live-kick") {
        var value = state.pending;
        state.pending = null;
        return value || noUpdate;
      }
      if (state.mode === "live" || !state.started) { return noUpdate; }
      return readVersion().then(function (body) {
        var before = state.version;
        state.version = body.version;
        if (state.mode !== "live") { show(state.ws ? state.mode : "polling"); }
        if (before !== null && before !== body.version) {
          var next = nextValue("version", []);
          show(state.mode);
          return next;
        }
        return noUpdate;
      }).catch(function () { show("offline"); return noUpdate; });
    }
  };
  window.dashboardLive = state;  /* read by the browser tests */

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
}());
