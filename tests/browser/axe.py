"""axe-core in a selenium-driven Chromium, offline: the engine ships in tests/fixtures.

``axe.min.js`` is axe-core 4.11.4 from its npm package (MPL-2.0, tests/fixtures/AXE-CORE-LICENSE),
injected into the page under test; nothing is fetched at run time.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

AXE = Path(__file__).resolve().parents[1] / "fixtures" / "axe.min.js"
SEVERE = ("serious", "critical")
# Every chart drawn, nothing loading, the page's h1 in place: what a person would look at.
DRAWN = """
if (!document.querySelector('main h1')) return false;
if (document.querySelector('[data-dash-is-loading="true"]')) return false;
for (const g of document.querySelectorAll('.dash-graph')) {
  const gd = g.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd.querySelector('.main-svg')) return false;
  const notes = (gd.layout && gd.layout.annotations) || [];
  if (notes.some(a => a && a.text === 'Loading…')) return false;
}
return true;
"""


def wait_drawn(driver: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if driver.execute_script(DRAWN):
            return
        time.sleep(0.05)
    raise TimeoutError(f"{driver.current_url}: charts not drawn within {timeout:.0f} s")


def set_color_scheme(driver: Any, scheme: str) -> None:
    """What the operating system prefers (the app follows it until a theme is picked)."""
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def run_axe(driver: Any) -> list[dict[str, Any]]:
    """axe's violations on the current page (WCAG 2.x A/AA and best practices)."""
    if not driver.execute_script("return typeof window.axe === 'object'"):
        driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done(r.violations)).catch(e => done([{id: 'axe-error', impact: 'critical',"
        " help: String(e), nodes: []}]));")
    return list(result or [])


def severe(violations: list[dict[str, Any]]) -> list[str]:
    """Serious and critical violations, one line each with where they are."""
    out = []
    for v in violations:
        if v.get("impact") in SEVERE:
            targets = [", ".join(map(str, n.get("target", []))) for n in v.get("nodes", [])[:3]]
            out.append(f"{v['impact']} {v['id']}: {v.get('help', '')} at {'; '.join(targets)}")
    return out
