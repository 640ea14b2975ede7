"""What the copilot answers about decisions, actions, risks and topics of meetings, on questions
written blind.

    python benchmarks/meeting_questions.py [--work DIR] [--show dev]

The questions (``meeting_questions_unseen.py``, and a second set with other wordings and more
risk questions, ``meeting_questions_unseen2.py``) were each written by a session that never
read the copilot's code, with the documents an answer must cite (any of them) and the phrases
it must quote (any of them), computed with that session's own SQL over the demo (40 projects,
seed 7, today 17 June 2026). They are asked without a model. Per half (odd ids: dev; even ids: held
out) and kind it prints how many answers were right (a cited document and a phrase of it),
partial (one of the two), wrong, hedged (the closest passages, said to lack a word asked
about, none expected), asked back or refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_sets import run  # noqa: E402
from meeting_questions_unseen import QUESTIONS as FIRST  # noqa: E402
from meeting_questions_unseen2 import QUESTIONS as SECOND  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, argv, "meetings-", [("first set", FIRST), ("second set", SECOND)])


if __name__ == "__main__":
    raise SystemExit(main())
