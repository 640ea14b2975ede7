"""The shipped prior: its arithmetic matches its JSON, it knows little without history, and the
Forecasts page is told which forecasts are in use."""

from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd

from models import evidence, prior
from models.features import FEATURES


def _by_hand(raw: dict, row: dict) -> float:
    """The logistic model written out from the JSON file, without the module's code."""
    total = raw["intercept"]
    for j, name in enumerate(raw["features"]):
        value = row.get(name, math.nan)
        if value is not None and not math.isnan(value):
            if name in ("team_history",):
                value = math.log1p(max(value, 0.0))
            elif name in ("scope_growth", "pace", "pace_needed", "projected_frac",
                          "load_vs_team", "scope_vs_team", "scope_vs_team_best",
                          "team_delivery_ratio"):
                value = math.log(min(max(value, 0.02), 50.0))
            else:
                value = min(max(value, -10.0), 10.0)
            missing = 0.0
        else:
            value, missing = raw["medians"][j], 1.0
        z = (value - raw["means"][j]) / raw["scales"][j]
        total += raw["coef"][j] * z + raw["missing_coef"][j] * missing
    return 1 / (1 + math.exp(-total))


def test_the_shipped_prior_is_what_its_json_says():
    raw = json.loads(prior.PRIOR_FILE.read_text())
    loaded = prior.load_prior()
    assert loaded is not None and loaded.version == raw["version"]
    assert "sprints" in loaded.fitted_on and set(loaded.features) <= set(FEATURES)
    rows = [
        {"elapsed_frac": 0.5, "done_frac": 0.2, "progress_gap": -0.3, "pace": 0.4,
         "pace_needed": 1.6, "scope_growth": 1.2, "team_history": 12.0,
         "team_on_time_rate": 0.25, "load_vs_team": 2.0},
        {"elapsed_frac": 0.5, "done_frac": 0.7, "progress_gap": 0.2, "pace": 1.4,
         "pace_needed": 0.6, "scope_growth": 1.0, "team_history": 12.0,
         "team_on_time_rate": 0.75, "load_vs_team": 0.5},
        {"elapsed_frac": 0.0},  # a brand-new installation: almost nothing known
    ]
    p = loaded.predict(pd.DataFrame(rows, columns=list(FEATURES)))
    assert [round(x, 10) for x in p] == [round(_by_hand(raw, r), 10) for r in rows]
    assert p[0] < p[1]  # behind schedule and slow: less likely on time


def test_prior_drivers_are_exact_for_a_linear_model():
    loaded = prior.load_prior()
    row = pd.DataFrame([{"elapsed_frac": 0.6, "done_frac": 0.1, "progress_gap": -0.5,
                         "pace_needed": 3.0, "team_history": 0.0}], columns=list(FEATURES))
    (top,) = loaded.drivers(row)
    assert top and all(d["effect"] is not None for d in top)
    assert abs(top[0]["effect"]) >= abs(top[-1]["effect"])
    assert {d["group"] for d in top} <= {"progress", "pace", "schedule", "record", "load",
                                         "scope", "team", "wip", "priority"}


def test_fit_prior_recovers_a_known_direction():
    rng = np.random.default_rng(3)
    n = 3000
    frame = pd.DataFrame({"progress_gap": rng.uniform(-0.6, 0.6, n),
                          "elapsed_frac": rng.uniform(0, 1, n)}, columns=list(FEATURES))
    y = (rng.random(n) < 1 / (1 + np.exp(-6 * frame["progress_gap"]))).astype(int)
    fitted = prior.fit_prior(frame, y.to_numpy(), "t", "test")
    gap = fitted.features.index("progress_gap")
    assert fitted.coef[gap] > 1.0 and abs(fitted.coef[fitted.features.index("pace")]) < 0.1


def test_basis_in_use_says_which_forecasts_the_app_gives():
    trained = prior.basis_in_use("v0007", 120, 70, 30, 5)
    assert trained.method == "classifier" and "v0007" in trained.message
    assert "public sprint data" not in trained.message
    mixed = prior.basis_in_use("v0007", 120, 70, 30, 5, prior_weight=0.25)
    assert "25% of its weight" in mixed.message and "public sprint data" in mixed.message
    note = evidence.describe("classifier", {"team_history": 12, "elapsed_frac": 0.5},
                             training_projects=90, prior_weight=0.25)["note"]
    assert "weighted 25% toward the prior" in note
    cold = prior.basis_in_use(None, 4, 1, 30, 5)
    assert cold.method == "prior" and cold.version == prior.load_prior().version
    assert "4 settled projects" in cold.message and "public sprint data" in cold.message


def test_without_a_prior_file_the_basis_is_monte_carlo(tmp_path, monkeypatch):
    assert prior.load_prior(tmp_path / "missing.json") is None
    (tmp_path / "broken.json").write_text("{not json")
    assert prior.load_prior(tmp_path / "broken.json") is None
    monkeypatch.setattr(prior, "load_prior", lambda: None)
    basis = prior.basis_in_use(None, 0, 0, 30, 5)
    assert basis.method == "monte_carlo" and "Monte Carlo" in basis.message


def test_trust_words_follow_the_documented_rules():
    assert evidence.trust("classifier", 0.9, 12, 0.5) == "high"
    assert evidence.trust("classifier", 0.9, 12, 0.1) == "medium"  # early in the project
    assert evidence.trust("classifier", 0.4, 12, 0.5) == "low"  # pulled far to the base rate
    assert evidence.trust("classifier", 0.9, 2, 0.5) == "low"  # portfolio with no record
    assert evidence.trust("prior", 0.9, 40, 0.9) == "low"
    assert evidence.trust("monte_carlo", None, 40, 0.9, "team") == "low"
    assert evidence.trust("monte_carlo", None, 40, 0.9, "project") == "medium"
    note = evidence.describe("classifier", {"team_history": 1.0, "elapsed_frac": 0.25},
                             raw=0.8, base=0.3, weight=0.6, training_projects=200)
    assert note["trust"] == "low" and note["raw"] == 0.8 and note["weight"] == 0.6
    assert "1 project of its portfolio past the due date (done or still open)" in note["note"]
    assert "40% of the way toward the base rate" in note["note"]
