"""How often P(on time) (the classifier) and the finish dates (the Monte Carlo) disagree, and
which of the two was right, on the demo (docs/metrics.md, Finish dates).

    python benchmarks/forecast_agreement.py                  # a fresh 200-project demo
    python benchmarks/forecast_agreement.py --seeds 7 8 9    # several demos
    python benchmarks/forecast_agreement.py --data-dir /tmp/a3f/data   # an existing install

1. Today's open forecasts: how many have dates that contradict P(on time)
   (``data.metrics.forecast_disagreement``), by kind.
2. Held-out settled projects (the ``TEST_SHARE`` that settled last, as the model's scores use):
   a classifier fitted on the earlier ones and a simulation of the remaining work at each
   forecast day before the due date. Where the two disagree, which one called the outcome:
   the classifier calls "on time" at P(on time) >= 50 %, the simulation when its P50 date is on
   or before the due date (a ``p85_after`` disagreement makes the same call both ways, so the
   totals count the P50 kinds). Also, over every held-out forecast, the dates themselves: how often
   the project finished after its P85 date (should be about 15 %) and how far off the P50 was
   (done projects), for the simulation as it is and for its trials *shifted* so that the share
   finishing by the due date equals the classifier's P(on time) (dates that always agree).

On 7 Dec 2026 (demos of 200 projects, seeds 7, 8, 9 and 11): 21-23 of 84-100 open forecasts
disagree; on held-out forecasts, where the two call the outcome differently (66 in all), the
classifier was right 47 times (71 %), the simulation 19 (29 %). The simulation's dates are the
better dates, though: median |P50 - finish| 5-6 days against 12-16 shifted, P85 missed 2-6 %
against 8-31 % shifted (target 15 %). So shifting the dates to agree is not better by this
measure; the pages say when the two disagree instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.migrate import upgrade  # noqa: E402
from data import forecast_queries as fq  # noqa: E402
from data.db import make_engine, make_sessionmaker  # noqa: E402
from data.demo import load_demo  # noqa: E402
from data.metrics import forecast_disagreement  # noqa: E402
from data.scope import Scope  # noqa: E402
from models import features as feat  # noqa: E402
from models import forecast, history, jobs, montecarlo, training  # noqa: E402
from models.prior import load_prior  # noqa: E402

TODAY = dt.date(2026, 12, 7)
TRIALS = 2_000


def open_disagreements(factory) -> tuple[int, Counter[str]]:
    with factory() as session:
        rows = fq.forecast_page(session, Scope.everything(), 1, 10_000, with_total=False).items
    kinds = Counter(k for r in rows if r.status not in ("Done", "Cancelled")
                    for k in [forecast_disagreement(r.p_on_time, r.p50_date, r.p85_date,
                                                    r.due_date, r.method)] if k)
    return len(rows), kinds


def trial_days(remaining: float, source: montecarlo.Throughput, seed: int) -> np.ndarray:
    """Each trial's finishing day offset, exactly as ``montecarlo.simulate`` draws them."""
    speeds = montecarlo.trial_speeds(source, TRIALS, np.random.default_rng(seed + 1))
    periods = montecarlo.completion_offsets(remaining, source.samples, TRIALS, seed, speeds)
    days: np.ndarray = np.ceil(periods * source.period_days)
    return days


def held_out(factory, today: dt.date) -> list[dict]:
    """One record per held-out forecast: the classifier's P, the simulation's trials, truth."""
    with factory() as session:
        ex = training.build_examples(session, today, trials=200)
        train = ~ex.test
        model = forecast.fit(ex.X[train], ex.y[train], ex.project[train], seed=0,
                             teams=ex.team[train], prior=load_prior())
        p_all = model.predict(ex.X[ex.test])
        test_ids = {int(p) for p in ex.project[ex.test]}
        teams = history.team_outcomes(session, None, before=today + dt.timedelta(days=1))
        out, n = [], 0
        for h in history.iter_histories(session, {i: ex.settled[i] for i in test_ids}):
            end, on_time = ex.settled[h.project_id]
            team = teams.get(h.portfolio_id, feat.Team())
            for day in feat.training_days(h, end, training.MAX_DAYS):
                p = float(p_all[n])
                n += 1
                state = feat.state_as_of(h, day, team)
                source = montecarlo.throughput(h, day, team)
                if source is None or h.due is None:
                    continue
                days = trial_days(state.scope - state.done, source, h.project_id + n)
                out.append({"p": p, "days": days, "as_of": day, "due": h.due,
                            "on_time": on_time, "done": h.status == "done",
                            "completed": h.completed_on})
        assert n == len(p_all), "rows out of step with build_examples"
    return out


def dates(days: np.ndarray, as_of: dt.date, shift: float = 0.0) -> tuple[dt.date, dt.date]:
    p50, p85 = np.quantile(days, [0.5, 0.85]) + shift
    return (as_of + dt.timedelta(days=int(math.ceil(p50))),
            as_of + dt.timedelta(days=int(math.ceil(p85))))


def shifted(r: dict) -> float:
    """Days to add to every trial so that the share done by the due date is the classifier's
    P(on time) (the P-quantile of the trials lands on the due date)."""
    target = (r["due"] - r["as_of"]).days
    q = float(np.quantile(r["days"], min(max(r["p"], 0.0), 1.0)))
    return target - q


def score(records: list[dict], today: dt.date) -> dict[str, float]:
    kinds: Counter[str] = Counter()
    right: Counter[str] = Counter()
    miss = {"mc": [], "shifted": []}
    err = {"mc": [], "shifted": []}
    for r in records:
        mc50, mc85 = dates(r["days"], r["as_of"])
        kind = forecast_disagreement(r["p"], mc50, mc85, r["due"], "classifier")
        if kind:
            kinds[kind] += 1
        if kind in ("p50_after", "p50_before"):  # they call the outcome differently
            right["classifier"] += (r["p"] >= 0.5) == r["on_time"]
            right["simulation"] += (mc50 <= r["due"]) == r["on_time"]
        if kind:
            right[f"{kind}:classifier"] += (r["p"] >= 0.5) == r["on_time"]
            right[f"{kind}:simulation"] += (mc50 <= r["due"]) == r["on_time"]
        for name, s in (("mc", 0.0), ("shifted", shifted(r))):
            p50, p85 = dates(r["days"], r["as_of"], s)
            if r["done"] and r["completed"] is not None:
                miss[name].append(float(r["completed"] > p85))
                err[name].append(abs((r["completed"] - p50).days))
            elif p85 < today:  # still open after its P85 date
                miss[name].append(1.0)
    out: dict[str, float] = {"forecasts": len(records), "disagree": sum(kinds.values()),
                             **{f"kind {k}": v for k, v in kinds.items()},
                             **{f"right {k}": v for k, v in right.items()}}
    for name in miss:
        out[f"P85 missed ({name})"] = float(np.mean(miss[name])) if miss[name] else math.nan
        out[f"P50 abs error days ({name})"] = float(np.median(err[name])) if err[name] \
            else math.nan
    return out


def run(factory, today: dt.date) -> None:
    total, kinds = open_disagreements(factory)
    print(f"open forecasts: {total}; dates contradict P(on time): {sum(kinds.values())} "
          f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items())) or 'none'})")
    result = score(held_out(factory, today), today)
    n = (result.get("kind p50_after", 0) + result.get("kind p50_before", 0)) or 1
    print(f"held-out forecasts: {result['forecasts']:.0f}; disagree: {result['disagree']:.0f}")
    for kind in ("p50_after", "p50_before", "p85_after"):
        k = result.get(f"kind {kind}", 0)
        if k:
            print(f"  {kind}: {k:.0f}; on-time call right: classifier "
                  f"{result.get(f'right {kind}:classifier', 0):.0f}, simulation "
                  f"{result.get(f'right {kind}:simulation', 0):.0f}")
    cls, sim = result.get("right classifier", 0), result.get("right simulation", 0)
    print(f"  where they call it differently (P50 kinds), right: classifier {cls:.0f} "
          f"({cls / n:.0%}), simulation {sim:.0f} ({sim / n:.0%})")
    for name in ("mc", "shifted"):
        print(f"  dates {name:8}: P85 missed {result[f'P85 missed ({name})']:.0%} (target 15%), "
              f"median |P50 - finish| {result[f'P50 abs error days ({name})']:.0f} days")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--seeds", type=int, nargs="*", default=[7])
    parser.add_argument("--projects", type=int, default=200)
    args = parser.parse_args()
    if args.data_dir:
        engine = make_engine(f"sqlite:///{args.data_dir / 'dashboard.db'}")
        print(f"== {args.data_dir}")
        run(make_sessionmaker(engine), TODAY)
        return 0
    for seed in args.seeds:
        with tempfile.TemporaryDirectory() as tmp:
            engine = make_engine(f"sqlite:///{tmp}/demo.db")
            upgrade(engine)
            load_demo(engine, args.projects, seed=seed, today=TODAY, documents=False)
            factory = make_sessionmaker(engine)
            jobs.retrain_and_score(factory, Path(tmp) / "models", TODAY)
            print(f"== demo seed {seed}, {args.projects} projects, {TODAY}")
            run(factory, TODAY)
            engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
