"""The copilot's cost per question on a large database, as one process sees it.

    python benchmarks/copilot_scale.py --url postgresql://postgres@127.0.0.1/scale100k \
        [--key PRJ-000016]

Asks the load test's questions (``benchmarks/load_test.py``) of a fresh ``Copilot`` with no model,
each twice: the first call of the process also loads the names vocabulary; the second is what a
warm worker pays (the answer cache is off, so both compute). The document index is the
production one: ``memory_documents`` as the settings default, no vector store. Prints the time
of each call, the tools used and the start of the answer.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.settings import Settings  # noqa: E402
from data.db import make_engine, make_sessionmaker, normalize_url  # noqa: E402
from data.scope import Scope  # noqa: E402
from models.copilot.answer import Copilot, PageContext  # noqa: E402
from models.copilot.retrieval import DocumentIndex  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from load_test import PORTFOLIO_QUESTIONS, PROJECT_QUESTIONS, TOPICS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", required=True)
    parser.add_argument("--key", default="PRJ-000016", help="the project asked about")
    args = parser.parse_args()
    session_factory = make_sessionmaker(make_engine(normalize_url(args.url)))
    limit = Settings.model_fields["copilot_memory_documents"].default
    with tempfile.TemporaryDirectory() as store:
        index = DocumentIndex(Path(store), session_factory=session_factory,
                              memory_documents=limit)
        copilot = Copilot(session_factory, index=index)
        asked = [(q, "/") for q in PORTFOLIO_QUESTIONS] + [
            (q.format(key=args.key, topic=TOPICS[0]), f"/projects/{args.key}")
            for q in PROJECT_QUESTIONS]
        print(f"{'first ms':>9} {'again ms':>9}  question -> tools: answer")
        for question, path in asked:
            times = []
            for _ in range(2):
                started = time.perf_counter()
                answer = copilot.ask(question, Scope.everything(), PageContext.from_path(path))
                times.append((time.perf_counter() - started) * 1000)
            tools = [c.get("name") for c in answer.tool_calls or []]
            print(f"{times[0]:9.0f} {times[1]:9.0f}  {question!r} -> {tools}: "
                  f"{answer.text[:80]!r}")


if __name__ == "__main__":
    main()
