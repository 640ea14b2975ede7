"""What the copilot answers about something only the documents say, asked without naming a
document, a meeting or notes, on questions written blind.

    python benchmarks/loose_topics.py [--work DIR] [--show dev]

Three sets of 30 questions (``loose_topics_unseen.py``, ``loose_topics_unseen2.py`` with more
paraphrase, and ``loose_topics_unseen3.py`` in chat style: typos, shorthand, words of the
documents never reused; each written later by another session), and a fourth of 36
(``loose_topics_unseen4.py``) of which a third ask about what no document says (``no_answer``:
right is impossible; asked back, refused or hedged is honest), and a fifth of 36 in the same
proportions (``loose_topics_unseen5.py``, asked as in a meeting or on Slack), and a sixth
(``loose_topics_unseen6.py``, asked in a chat box or a hallway by people who missed the
meeting, spread over at least 15 projects), were written by
sessions that never read the copilot's code: a topic, a vendor, an issue or who follows it up,
the way people ask when they half-remember it ("any news on the cloud quota?"), half of them
naming a project and half none, with the documents an answer must cite (any of them) and the
phrases it must quote (any of them), computed with that session's own SQL over the demo (40
projects, seed 7, today 17 June 2026). They are asked without a model and graded as
``meeting_questions.py`` grades: per half (odd ids: dev; even ids: held out) and kind, right,
partial, wrong, hedged (an answer of the closest passages, saying no passage has every word
asked about, that cites none expected), asked back or refused.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_sets import run  # noqa: E402
from loose_topics_unseen import QUESTIONS as FIRST  # noqa: E402
from loose_topics_unseen2 import QUESTIONS as SECOND  # noqa: E402
from loose_topics_unseen3 import QUESTIONS as THIRD  # noqa: E402
from loose_topics_unseen4 import QUESTIONS as FOURTH  # noqa: E402
from loose_topics_unseen5 import QUESTIONS as FIFTH  # noqa: E402
from loose_topics_unseen6 import QUESTIONS as SIXTH  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    return run(__doc__, argv, "topics-", [("loose topics, first set", FIRST),
                                           ("loose topics, second set", SECOND),
                                           ("loose topics, third set", THIRD),
                                           ("loose topics, fourth set", FOURTH),
                                           ("loose topics, fifth set", FIFTH),
                                           ("loose topics, sixth set", SIXTH)])


if __name__ == "__main__":
    raise SystemExit(main())
