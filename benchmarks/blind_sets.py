"""What the benchmarks over question sets written blind share: the demo they are asked of, and
the split of each set into a dev half (odd ids, whose misses may be read and worked on) and a
held-out half (even ids, whose figures only are printed)."""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from models.copilot.answer import Copilot  # noqa: E402

DEV, HELD_OUT = "dev (odd ids)", "held out (even ids)"


def _questions_script() -> Any:
    """``copilot_questions.py`` (a script beside its package of the same name)."""
    spec = importlib.util.spec_from_file_location(
        "copilot_questions_script", Path(__file__).with_name("copilot_questions.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def demo_copilot(work: Path) -> tuple[Copilot, Any]:
    """The copilot without a model over the demo the sets were written against (40 projects,
    seed 7, today 17 June 2026), built afresh in ``work``; and the demo's engine."""
    shutil.rmtree(work, ignore_errors=True)  # the demo loads into an empty database only
    work.mkdir(parents=True)
    script = _questions_script()
    demo = script.prepare(work, 40, 7, print)
    return Copilot(demo.factory, index=demo.index, today=lambda: script.TODAY), demo.engine


def half(question_id: str) -> str:
    return DEV if int(question_id.rsplit("-", 1)[1]) % 2 else HELD_OUT


def share(values: list[bool]) -> str:
    return f"{sum(values):3d}/{len(values):3d} {100 * sum(values) / max(len(values), 1):5.1f}%"


def shown(name: str, show: str) -> bool:
    """Whether ``--show`` asks for the misses of this half."""
    return show == "all" or (show == "dev" and name == DEV) or (
        show == "held-out" and name == HELD_OUT)


def arguments(doc: str, argv: list[str] | None, prefix: str) -> tuple[argparse.Namespace, Path]:
    """The options every such benchmark takes (``--work``, ``--show``), and its work folder."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--work", type=Path, default=None, help="a folder to (re)build the "
                        "demo in; emptied first")
    parser.add_argument("--show", choices=("none", "dev", "held-out", "all"), default="none",
                        help="list the misses of a half")
    args = parser.parse_args(argv)
    return args, args.work or Path(tempfile.mkdtemp(prefix=prefix))
