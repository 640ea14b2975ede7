"""The copilot question benchmark's data and yardstick (run ``benchmarks/copilot_questions.py``).

``dev.py``, ``unseen.py`` and ``unseen2.py`` hold the questions (whoever works on the copilot's
parser never opens ``unseen.py`` or ``unseen2.py``); ``periods.py`` and ``facts.py`` read the
demo with the benchmark's own SQL; ``expect.py`` turns a question's ``expect`` spec into its
expected answer; ``scoring.py`` grades an answer against it.
"""
