"""The copilot question benchmark's data and yardstick (run ``benchmarks/copilot_questions.py``).

``dev.py`` and ``paraphrase.py`` hold the questions the copilot is worked on against;
``unseen.py``, ``unseen2.py``, ``unseen3.py`` and ``unseen4.py`` are held out (whoever works on the
copilot's parser never opens them and does not look at how it does on them question by question;
``unseen4.py`` was written without sight of the parser or of any score); ``periods.py`` and
``facts.py`` read the demo with the benchmark's own SQL; ``expect.py`` turns a question's
``expect`` spec into its expected answer; ``scoring.py`` grades an answer against it.
"""
