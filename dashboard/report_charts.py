"""Charts as vector SVG: one headless Chromium (kaleido) kept warm for the life of the app.

Starting Chromium costs seconds, so the renderer opens it on first use and keeps it; charts of
one report render together. Kaleido reloads its page after every chart to start clean, which is
most of a chart's cost here (about 0.35 s of 0.4 s on this machine); ``WarmKaleido`` reloads
every ``RELOAD_EVERY`` charts instead, measured at about 0.05 s a chart. MathJax is off: the page
would fetch it from the network, and no chart of ours uses LaTeX.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Mapping
from concurrent.futures import Future
from typing import Any

import kaleido
import plotly.graph_objects as go

log = logging.getLogger(__name__)
RELOAD_EVERY = 20


class ChartsUnavailable(RuntimeError):
    """The chart renderer (headless Chromium) could not start or render."""


class WarmKaleido(kaleido.Kaleido):
    """Kaleido that reloads a tab every ``RELOAD_EVERY`` charts rather than after each one.

    ``_return_kaleido_tab`` is kaleido's hook for handing a tab back; should a later kaleido
    rename it, this override goes unused and kaleido reloads every time (slower, still right).
    """

    renders = 0

    async def _return_kaleido_tab(self, tab: Any) -> None:
        self.renders += 1
        if self.renders % RELOAD_EVERY == 0:
            await tab.reload()
        await self.tabs_ready.put(tab)


class ChartRenderer:
    """Thread-safe: callers from any thread share one browser, one render at a time."""

    def __init__(self, timeout: float = 60.0) -> None:
        self.timeout = timeout
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: WarmKaleido | None = None

    @property
    def warm(self) -> bool:
        return self._kaleido is not None

    def start(self) -> None:
        """Open the browser now (otherwise the first render does)."""
        with self._lock:
            self._open()

    def _open(self) -> None:
        if self._kaleido is not None:
            return
        loop = asyncio.new_event_loop()
        thread = threading.Thread(target=loop.run_forever, name="chart-renderer", daemon=True)
        thread.start()

        async def opened() -> WarmKaleido:
            k = WarmKaleido(n=1, timeout=self.timeout, mathjax=False)
            await k.open()
            return k

        try:
            self._kaleido = self._wait(asyncio.run_coroutine_threadsafe(opened(), loop))
        except Exception as exc:
            loop.call_soon_threadsafe(loop.stop)
            thread.join(timeout=5)
            raise ChartsUnavailable(f"headless Chromium did not start: {exc}") from exc
        self._loop, self._thread = loop, thread

    def _wait(self, future: Future[Any]) -> Any:
        return future.result(timeout=self.timeout * 2)

    def render(self, figures: Mapping[str, go.Figure]) -> dict[str, bytes]:
        """Each figure as SVG bytes, by name, at the figure's own width and height."""
        with self._lock:
            self._open()
            k, loop = self._kaleido, self._loop
            assert k is not None and loop is not None

            async def all_charts() -> list[bytes]:
                return [await k.calc_fig(fig.to_dict(), opts={
                    "format": "svg", "width": fig.layout.width or 700,
                    "height": fig.layout.height or 320}) for fig in figures.values()]

            try:
                svgs = self._wait(asyncio.run_coroutine_threadsafe(all_charts(), loop))
            except Exception as exc:
                self._close()  # a broken browser is restarted by the next render
                raise ChartsUnavailable(f"chart rendering failed: {exc}") from exc
        return dict(zip(figures, svgs, strict=True))

    def close(self) -> None:
        with self._lock:
            self._close()

    def _close(self) -> None:
        k, loop, thread = self._kaleido, self._loop, self._thread
        self._kaleido = self._loop = self._thread = None
        if loop is None:
            return
        if k is not None:
            try:
                asyncio.run_coroutine_threadsafe(k.close(), loop).result(timeout=15)
            except Exception:  # noqa: BLE001 - closing a browser that already died
                log.warning("chart renderer did not close cleanly", exc_info=True)
        loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(timeout=5)
