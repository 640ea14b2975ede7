"""Starting the app loads no heavy stack it does not need for the first page (issue 17: first
200 under 2 s). Each of these took a second or more of start-up when a module imported it at
the top (scikit-learn came back that way twice, through the meeting summaries and the Forecasts
page's prior); they load on first use instead."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# ollama and httpx: the model client, 0.2 s of import, loaded with the first model call
DEFERRED = ("sklearn", "scipy", "pandas", "chromadb", "weasyprint", "wordfreq", "ollama", "httpx")


def test_importing_the_app_loads_none_of_the_heavy_stacks():
    loaded = "{m.split('.')[0] for m in sys.modules}"
    code = ("import json, sys; import dashboard.app; "
            f"print(json.dumps(sorted({loaded} & {set(DEFERRED)!r})))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                         check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
