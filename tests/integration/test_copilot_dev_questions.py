"""The copilot on the questions it was built with (the benchmark's ``dev`` and ``paraphrase``
splits): every one answered exactly, against the answers the benchmark computes with its own SQL
on the seeded demo. A regression guard, not a measure: the unseen splits are reported by
``python -m benchmarks.copilot_questions`` and never asserted."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from data.scope import Scope
from models.copilot.answer import Copilot

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from copilot_questions.records import questions  # noqa: E402

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "copilot_questions.py"


def _runner():
    """benchmarks/copilot_questions.py (the script beside the package of the same name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("copilot_questions_script", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    runner = _runner()
    prepared = runner.prepare(tmp_path_factory.mktemp("copilot-dev"), 200, 7, lambda _m: None)
    yield runner, prepared
    prepared.engine.dispose()


@pytest.mark.parametrize("split", ["dev", "paraphrase"])
def test_every_question_of_the_split_is_answered_exactly(demo, split):
    runner, prepared = demo
    ready, stale, vocab = runner.resolve(prepared, questions(split))
    assert not stale and len(ready) >= 150
    copilot = Copilot(prepared.factory, index=prepared.index, today=lambda: runner.TODAY)
    outcomes = runner.ask_all(copilot, ready, vocab)
    missed = [(o.question["id"], o.question["question"], o.grade, o.got) for o in outcomes
              if o.grade != "exact"]
    assert not missed, missed[:5]
    assert copilot.ask("How many projects are there?", Scope.everything()).kind == "answer"
