/* Charts are drawn for the screen's width; before printing, redraw them for the paper's and
   back afterwards (print.css hides what does not belong on paper). */
(function () {
  function resizeAll() {
    if (!window.Plotly) { return; }
    document.querySelectorAll(".js-plotly-plot").forEach(function (el) {
      try { window.Plotly.Plots.resize(el); } catch (e) { /* a chart being replaced */ }
    });
  }
  window.addEventListener("beforeprint", resizeAll);
  window.addEventListener("afterprint", resizeAll);
  if (window.matchMedia) {
    window.matchMedia("print").addEventListener("change", resizeAll);
  }
})();
