"""Time from navigation to every chart drawn, per page, in a real headless Chromium.

    nice python benchmarks/render_times.py [--projects 200] [--runs 5] [--url http://host:port]

Without ``--url`` it builds a demo database (``--projects`` projects, scored forecasts) in a
temporary folder and serves the app on a loopback port in this process (the Dash development
server, threaded, as ``python -m dashboard up`` does). Each page is measured "cold" (a fresh
browser profile: nothing cached in the browser, the app's query cache emptied) and "warm" (the
same browser navigating to the page again: scripts cached, query cache filled), ``--runs``
times each; the figures are the median and the worst run.

The browser is signed in as an admin (a user the benchmark creates; with ``--url``, give
``--user`` and ``--password``): the session cookie is obtained over HTTP and set through the
DevTools protocol, so a cold run fetches nothing before the page it measures.

"Drawn" means: every ``dcc.Graph`` on the page holds a real figure (not the "Loading…"
placeholder) that plotly has rendered, and nothing on the page is still loading. The clock is
``performance.now()`` in the page, measured from the start of the navigation. Target (issue 12):
under 1.5 s warm.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import secrets
import shutil
import socket
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx
from selenium import webdriver
from selenium.webdriver.chrome.options import Options

DRAWN = """
const graphs = [...document.querySelectorAll('.dash-graph')];
if (!document.querySelector('main h1') || document.querySelector('#signin-username')) return null;
if (document.querySelector('[data-dash-is-loading="true"]')) return null;
for (const g of graphs) {
  const gd = g.querySelector('.js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd.querySelector('.main-svg')) return null;
  const notes = (gd.layout && gd.layout.annotations) || [];
  if (notes.some(a => a && a.text === 'Loading…')) return null;
}
return [performance.now(), graphs.length];
"""


def browser(width: int = 1440, height: int = 960) -> webdriver.Chrome:
    options = Options()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-sandbox",
                 f"--window-size={width},{height}",
                 f"--user-data-dir={tempfile.mkdtemp(prefix='render-bench-')}"):
        options.add_argument(flag)
    return webdriver.Chrome(options=options)


def sign_in(base: str, username: str, password: str) -> dict[str, str]:
    """The cookies of a fresh signed-in session, from the real sign-in form."""
    with httpx.Client(base_url=base, timeout=30) as http:
        token = re.search(r'name="csrf_token" value="([^"]+)"', http.get("/login").text)
        if token is None:
            raise SystemExit(f"{base}/login: no sign-in form")
        done = http.post("/login", data={"username": username, "password": password,
                                         "csrf_token": token.group(1), "next": "/"})
        if done.status_code not in (302, 303):
            raise SystemExit(f"{base}/login: sign-in as {username!r} refused "
                             f"({done.status_code})")
        return dict(http.cookies.items())


def with_cookies(driver: webdriver.Chrome, base: str, cookies: dict[str, str]) -> None:
    driver.execute_cdp_cmd("Network.enable", {})
    for name, value in cookies.items():
        driver.execute_cdp_cmd("Network.setCookie", {"name": name, "value": value,
                                                     "url": base + "/"})


# Checked inside the page after every frame, so the probe does not compete with the page: a
# WebDriver round trip every 10 ms (the first version of this benchmark) interrupts the page's
# main thread and, on two cores, the server's too.
WAIT_DRAWN = """
const done = arguments[arguments.length - 1];
const check = () => {
  const found = (function () {""" + DRAWN + """})();
  if (found) { done(found); } else { requestAnimationFrame(check); }
};
check();
"""


def measure(driver: webdriver.Chrome, url: str, timeout: float = 60.0) -> tuple[float, int]:
    """Seconds from navigation start to every chart drawn, and how many charts there were."""
    driver.get("about:blank")
    driver.set_script_timeout(timeout)
    driver.get(url)
    try:
        found = driver.execute_async_script(WAIT_DRAWN)
    except Exception as exc:  # noqa: BLE001 - selenium's timeout, with the page named
        raise TimeoutError(f"{url}: charts not drawn within {timeout:.0f} s") from exc
    return found[0] / 1000.0, int(found[1])


def serve_demo(projects: int, password: str) -> tuple[str, object]:
    """A demo app on a free loopback port, served from a daemon thread, with an admin
    ``bench`` who signs in with ``password``."""
    from dashboard.app import create_app
    from dashboard.migrate import upgrade
    from dashboard.settings import Settings
    from data import users
    from data.db import make_engine, make_sessionmaker
    from data.demo import load_demo

    settings = Settings(data_dir=Path(tempfile.mkdtemp(prefix="render-bench-data-")))
    engine = make_engine(settings.database_url)
    upgrade(engine)
    load_demo(engine, projects, seed=7, today=dt.date.today())
    with make_sessionmaker(engine).begin() as session:
        users.create_user(session, "bench", password, "admin", portfolios=[])
    engine.dispose()
    app = create_app(settings)
    services = app.server.extensions["dashboard"]
    startup = getattr(services.forecasting, "startup", None)
    if startup is not None:
        startup.join(timeout=600)  # forecasts scored, as on a running server
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    thread = threading.Thread(target=app.server.run,
                              kwargs={"host": "127.0.0.1", "port": port, "threaded": True},
                              daemon=True)
    thread.start()
    time.sleep(1.0)
    return f"http://127.0.0.1:{port}", services


def pages(base: str, services: object | None) -> dict[str, str]:
    """Every page with charts; a project and a person that have data."""
    key, person = "PRJ-0005", "1"
    if services is not None:
        from sqlalchemy import func, select

        from data.schema import Allocation, Project, ProjectSnapshot

        with services.Session() as s:  # type: ignore[attr-defined]
            key = s.scalar(select(Project.key).join(ProjectSnapshot,
                                                    ProjectSnapshot.project_id == Project.id)
                           .group_by(Project.key).order_by(func.count().desc()).limit(1))
            person = str(s.scalar(select(Allocation.resource_id).limit(1)))
    return {"overview": "/", "projects": "/projects", "project": f"/projects/{key}",
            "resources": "/resources", "forecasts": "/forecasts", "person": f"/people/{person}"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running dashboard (default: serve a demo here)")
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--user", default="bench", help="with --url: who signs in")
    parser.add_argument("--password", help="with --url: their password")
    args = parser.parse_args()
    services = None
    if args.url:
        base, password = args.url.rstrip("/"), args.password or ""
    else:
        password = secrets.token_urlsafe(16)
        base, services = serve_demo(args.projects, password)
    cookies = sign_in(base, args.user, password)
    targets = pages(base, services)
    print(f"{'page':<10} {'charts':>6} {'cold median':>12} {'cold worst':>11} "
          f"{'warm median':>12} {'warm worst':>11}")
    for name, path in targets.items():
        cold, warm, charts = [], [], 0
        for _ in range(args.runs):
            if services is not None:
                services.cache.cache.clear()  # type: ignore[attr-defined]
            driver = browser(args.width)
            try:
                with_cookies(driver, base, cookies)
                seconds, charts = measure(driver, base + path)
                cold.append(seconds)
                for _ in range(2):  # the second visit of a warm browser and a warm cache
                    seconds, charts = measure(driver, base + path)
                warm.append(seconds)
            finally:
                driver.quit()
        print(f"{name:<10} {charts:>6} {statistics.median(cold):>11.2f}s {max(cold):>10.2f}s "
              f"{statistics.median(warm):>11.2f}s {max(warm):>10.2f}s", flush=True)


if __name__ == "__main__":
    main()
