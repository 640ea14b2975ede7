"""The forecasts learn from *settled* projects (done, or open past the due date) of every
portfolio: each surface says so in these words (docs/metrics.md, Settled)."""

from __future__ import annotations

import datetime as dt

import pytest

from models import evidence, training
from models.prior import basis_in_use

D = dt.date


def test_the_trust_note_names_the_installations_model_and_settled_projects():
    note = evidence.note({"finished_in_portfolio": 14, "training_projects": 120,
                          "elapsed": 0.45, "weight": 1.0})
    assert note == ("Rests on 14 projects of its portfolio past the due date (done or still "
                    "open), the installation's model, trained on 120 settled projects across "
                    "all portfolios (done, or open past the due date), 45% of its schedule "
                    "elapsed.")


def test_too_few_settled_projects_is_said_in_those_words():
    settled = {i: (D(2026, 1, 1), i < 3) for i in range(12)}
    with pytest.raises(training.NotEnoughHistory) as raised:
        training.check_enough(settled)
    assert str(raised.value).startswith(
        "Only 12 settled projects across all portfolios (done, or open past the due date: "
        "3 on time, 9 late); the classifier needs 30")
    cold = basis_in_use(None, 12, 3, 30, 5)
    assert ("No model trained here yet: 12 settled projects across all portfolios so far "
            "(done, or open past the due date: 3 on time, 9 late); a model of its own needs "
            "30, with at least 5 of each outcome.") in cold.message
    warm = basis_in_use("v0002", 120, 80, 30, 5)
    assert warm.message.startswith(
        "Forecasts come from the installation's model v0002, one for all portfolios, trained "
        "on the settled projects of all of them (done, or open past the due date)")
