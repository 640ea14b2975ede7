"""``python -m benchmarks.copilot_questions``: the package shadows the script of the same name,
so this runs ``benchmarks/copilot_questions.py`` (the CLI lives there)."""

from __future__ import annotations

import runpy
from pathlib import Path

if __name__ == "__main__":
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "copilot_questions.py"),
                   run_name="__main__")
