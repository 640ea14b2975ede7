"""Keep CPython's full garbage collections off the heap that lives as long as the process.

A full collection scans every tracked object. Once the app is built, most of them are modules,
classes, the page registry and layouts, which never become garbage; at 100,000 projects a full
collection of a worker took up to 170 ms (measured with ``gc.callbacks`` during
``benchmarks/page_callbacks.py``: 6 full collections, 556 ms in all), and every thread of the
worker waits meanwhile, so it lands in the tail of the response times. ``freeze`` collects once
and moves what is left to the permanent generation the collector skips; after it the same
benchmark ran no full collection. Called where a process has built its app: a gunicorn worker
(``post_worker_init``) and the embedded server.
"""

from __future__ import annotations

import gc


def freeze() -> None:
    gc.collect()  # garbage frozen now would never be freed
    gc.freeze()
