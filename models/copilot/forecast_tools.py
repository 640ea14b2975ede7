"""Tools over stored forecasts (``project_forecasts``, written by the forecasting jobs): a
project's chance of finishing on time and its P50/P85/P95 finish dates, however asked.

Forecasts are optional: before the first scoring run these tools say so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from data import forecast_queries, metrics
from data.filters import ProjectFilters
from data.project_queries import project_page
from data.scope import Scope
from models import forecast_words
from models.copilot.tools import (
    ToolContext,
    ToolResult,
    day,
    finish_sentence,
    link,
    pct,
    project_citation,
    project_filters,
)
from models.drivers import driver_sentence
from models.evidence import TRUST_MEANING
from models.evidence import note as evidence_note

FIELDS = ("p_on_time", "p50_date", "p85_date", "p95_date", "trust")


def available(session: Session, scope: Scope) -> bool:
    """Whether forecasts can be read here (the table exists and has rows for this viewer)."""
    if not inspect(session.get_bind()).has_table("project_forecasts"):
        return False
    return forecast_queries.forecast_summary(session, scope).forecast > 0


def _drivers(drivers: list[dict[str, Any]], top: int = 3) -> str:
    """The drivers in the project page's words (``models.drivers``): classifier drivers carry
    an effect in probability points; Monte Carlo context lines have none."""
    parts = [driver_sentence(d) for d in (drivers or [])[:top]]
    return "; drivers: " + "; ".join(parts) if parts else ""


def forecast_risks(ctx: ToolContext, limit: int = 10) -> ToolResult:
    """Open projects at risk (``data.metrics``), least likely to finish on time first."""
    page = project_page(ctx.session, ctx.scope, ctx.today, ProjectFilters(health=("at_risk",)),
                        sort="p_on_time", page_size=limit)
    if not page.total:
        return ToolResult("forecast_risks", {}, "No open project is at risk.", {"total": 0},
                          result={"subject": "projects", "count": 0, "items": []})
    head = f"{page.total} project{'s' if page.total != 1 else ''} at risk"
    lines = [f"**{head}** of missing the due date"]
    for row in page.items:
        p85 = day(row.p85_date) if row.p85_date else "unknown"
        lines.append(f"- {link(row.key)} {row.name}: {pct(row.p_on_time)} on time, 85% sure "
                     f"by {p85}{_drivers(row.drivers)}")
    return ToolResult("forecast_risks", {}, "\n".join(lines), {"total": page.total},
                      [project_citation(r.key, r.name) for r in page.items],
                      result={"subject": "projects", "count": page.total,
                              "items": [r.key for r in page.items]})


def project_forecast(ctx: ToolContext, project_key: str, field: str = "p_on_time",
                     agreement: bool = False) -> ToolResult:
    """One project's forecast: the chance of finishing by its due date, or a finish date the
    simulation is 50 % (the expected date), 85 % or 95 % sure of. Says where each comes from
    and, when they contradict each other, says so (``models.forecast_words``)."""
    key = project_key.upper()
    row = forecast_queries.project_forecast(ctx.session, ctx.scope, key)
    if row is None:
        return _no_forecast(ctx, key)
    due = day(row.due_date) if row.due_date else "no due date"
    dates = {"p50_date": row.p50_date, "p85_date": row.p85_date, "p95_date": row.p95_date}
    name = f"**{link(row.key)} {row.name}**"
    if field == "trust":
        return _trust(ctx, row, name)
    if field == "p_on_time":
        value: Any = None if row.p_on_time is None else round(row.p_on_time, 4)
        text = (f"{name} has a **{pct(row.p_on_time)}** chance of finishing by its due date "
                f"({due}){_drivers(row.drivers)}.")
    else:
        found = dates[field]
        value = found.isoformat() if found else None
        sure = {"p50_date": "the expected finish date (50% sure)",
                "p85_date": "the date it is 85% sure to finish by",
                "p95_date": "the date it is 95% sure to finish by"}[field]
        text = f"{name}: {sure} is **{day(found) if found else 'unknown'}** (due {due})."
    others = ", ".join(f"P{k[1:3]} {day(d)}" for k, d in dates.items()
                       if d and k != field)
    # each number with its true source: P(on time) from the classifier (or the prior, or the
    # simulation), the dates from the simulation (docs/metrics.md, Finish dates)
    text += f" As of {day(row.as_of)}" + (f"; also {others}." if others else ".")
    text += " " + forecast_words.sources_sentence(row.method, row.model_version)
    disagree = forecast_words.disagreement_sentence(row)
    if disagree:  # the probability and the dates contradict each other: say so, and why
        text += " " + disagree
    elif agreement and row.p_on_time is not None and row.p50_date and row.due_date:
        before = row.p50_date <= row.due_date  # asked whether they agree: they do, and how
        text += (f" The two agree: a {pct(row.p_on_time)} chance of finishing on time and an "
                 f"expected finish (P50, {day(row.p50_date)}) "
                 f"{'on or before' if before else 'after'} the due date ({due}).")
    result = {"subject": "projects", "items": [row.key], "value": value}
    data = {"key": row.key, "p_on_time": row.p_on_time,
            **{k: d.isoformat() if d else None for k, d in dates.items()},
            "p_on_time_from": row.method, "dates_from": "monte_carlo",
            "disagreement": disagree}
    return ToolResult("project_forecast", {}, text, data, [project_citation(row.key, row.name)],
                      result=result)


def _trust(ctx: ToolContext, row: forecast_queries.ForecastRow, name: str) -> ToolResult:
    """How far to trust one project's forecast, in the project page's words (its trust word,
    what the word means and what it rests on); a late project's 0% rests on its passed due
    date, not on the model's evidence."""
    late = row.due_date is not None and row.due_date < ctx.today
    word = None if late else (row.evidence or {}).get("trust")
    if late:
        text = (f"{name}: its due date ({day(row.due_date)}) has passed, so its chance of "
                "finishing on time is 0%; that rests on the date, not on the model's evidence, "
                "so it has no trust word.")
    elif word in TRUST_MEANING:
        meaning = TRUST_MEANING[word].split(": ", 1)[-1].replace("in between",
                                                                  "between high and low")
        chance = f" ({row.p_on_time:.0%} chance of finishing on time)" if (
            row.p_on_time is not None) else ""  # the number the trust is about, said with it
        text = (f"{name}: the forecast{chance} has **{word}** trust ({meaning}). "
                f"{evidence_note(row.evidence or {})}")
    else:
        text = f"{name}: its forecast has no trust recorded yet (it is given at the next rescore)."
    result = {"subject": "projects", "items": [row.key], "value": word}
    return ToolResult("project_forecast", {}, text, {"key": row.key, "trust": word},
                      [project_citation(row.key, row.name)], result=result)


def _no_forecast(ctx: ToolContext, key: str) -> ToolResult:
    """Why a project has no forecast: a closed project says when it closed (the question is
    answered), an open one not scored yet says so."""
    from data.detail_queries import project_detail  # noqa: PLC0415

    d = project_detail(ctx.session, ctx.scope, key, ctx.today)
    if d is None or d.health != "closed":
        return ToolResult("project_forecast", {}, f"There is no forecast for {key} (closed "
                          "projects and projects not scored yet have none).", error="not_found")
    closed = f" (closed {day(d.completed_at.date())})" if d.completed_at else ""
    text = (f"**{link(d.key)} {d.name}** is **{d.status}**{closed}: forecasts cover open "
            "projects only, so it has none.")
    if d.completed_at and d.due_date:  # "did this finish on time?": how it did
        text += " " + finish_sentence(d.completed_at.date(), d.due_date)
    return ToolResult("project_forecast", {}, text, {"key": d.key, "status": d.status},
                      [project_citation(d.key, d.name)],
                      result={"subject": "projects", "items": [d.key], "value": None})


TRUST_WORDS = tuple(TRUST_MEANING)  # high, medium, low


def forecast_trust(ctx: ToolContext, trust: str | None = None) -> ToolResult:
    """The open projects' stored forecasts counted by how far to trust them (the Forecasts
    page's ``trust_summary``; late projects apart, their chance being 0 %), or the number with
    one trust word."""
    counts: dict[str, int] = {}
    for row in forecast_queries.trust_summary(ctx.session, ctx.scope, ctx.today):
        word = row.trust or "unknown"
        counts[word] = counts.get(word, 0) + row.projects
    total = sum(counts.values())
    if trust in TRUST_WORDS:
        n = counts.get(trust, 0)
        text = (f"**{n}** of the {total} open projects' forecasts have **{trust}** trust (late "
                f"projects, whose chance is 0 %, are counted apart: {counts.get('late', 0)}).")
        return ToolResult("forecast_trust", {}, text, {"count": n}, [],
                          result={"subject": "forecasts", "count": n})
    shown = {w: counts[w] for w in (*TRUST_WORDS, "late", "unknown") if counts.get(w)}
    text = "\n".join([f"**{total} open projects have a stored forecast**; how far to trust "
                      "them:"] + [f"- {'late (0 %, due date passed)' if w == 'late' else w}: "
                                  f"{n}" for w, n in shown.items()])
    return ToolResult("forecast_trust", {}, text, {"count": total, **shown}, [],
                      result={"subject": "forecasts", "count": total, "groups": shown})



def forecast_disagreements(ctx: ToolContext, portfolio: list[str] | None = None,
                           limit: int = 12) -> ToolResult:
    """The open projects whose P(on time) and simulated finish dates contradict each other
    (docs/metrics.md, Finish dates), each with the sentence the project page shows."""
    filters = project_filters(ctx, {"portfolio": portfolio or []})
    total, rows = forecast_queries.disagreeing(ctx.session, ctx.scope, ctx.today, filters,
                                               limit=max(1, min(int(limit), 50)))
    where = f" in {', '.join(portfolio)}" if portfolio else ""
    if not total:
        text = (f"No open project{where} has a P(on time) and a simulated finish date that "
                "disagree.")
    else:
        shown = "" if len(rows) == total else f" (the first {len(rows)} by key)"
        lines = [f"**{total} open project{'s' if total != 1 else ''}{where}** "
                 f"ha{'ve' if total != 1 else 's'} a P(on time) and simulated finish dates that "
                 f"disagree{shown}:"]
        for row in rows:
            kind = metrics.forecast_disagreement(row.p_on_time, row.p50_date, row.p85_date,
                                                 row.due_date, row.method)
            date, which = (row.p85_date, "the P85 date") if kind == "p85_after" else (
                row.p50_date, "the expected finish (P50)")
            side = "on or before" if kind == "p50_before" else "after"
            lines.append(f"- {link(row.key)} {row.name}: {pct(row.p_on_time)} on time, but "
                         f"{which}, {day(date) if date else 'unknown'}, is {side} the due date "
                         f"({day(row.due_date) if row.due_date else 'none'})")
        lines.append("They can differ because the classifier weighs the portfolio's record and "
                     "the schedule, while the simulation replays the recent pace on the "
                     "remaining points.")
        text = "\n".join(lines)
    return ToolResult("forecast_disagreements", {"portfolio": portfolio or []}, text,
                      {"count": total}, [project_citation(r.key, r.name) for r in rows],
                      result={"subject": "projects", "count": total,
                              "items": [r.key for r in rows]})


def forecast_model(ctx: ToolContext) -> ToolResult:
    """The forecast model in use, as the Forecasts page states it (``models.registry``'s
    metrics of its current version): when it was trained, on how many settled projects, and
    how accurate it was on the projects that settled last, which it did not see."""
    metrics = ctx.model_metrics() if ctx.model_metrics is not None else None
    if not metrics:
        text = ("No forecast model has been trained here yet, so there is no measured accuracy "
                "to give: P(on time) comes from the shipped prior or the Monte Carlo "
                "simulation meanwhile ([Forecasts page](/forecasts) says which).")
        return ToolResult("forecast_model", {}, text, {"trained": False}, [],
                          result={"subject": "forecast model", "trained": False})
    scores = (metrics.get("methods") or {}).get("classifier") or {}
    base = (metrics.get("methods") or {}).get("base_rate") or {}
    version, trained = metrics.get("version"), str(metrics.get("trained_at") or "")
    when = trained
    with contextlib.suppress(ValueError):
        moment = dt.datetime.fromisoformat(trained)
        when = f"{forecast_words.day(moment.date())}, {moment:%H:%M}"
    lines = [f"**Model {version}**, trained {when}, learnt from **{metrics.get('n_projects')} "
             "settled projects** across all portfolios (done, or open past the due date); "
             f"it was scored on the {metrics.get('n_test_projects')} that settled last, which "
             "it did not see."]
    if scores.get("brier") is not None:
        rate = metrics.get("base_rate")
        against = (f" (always saying the base rate of {rate:.0%} scores "
                   f"{base['brier']:.3f})" if isinstance(rate, float) and base.get("brier")
                   is not None else "")
        lines.append(f"- Brier score **{scores['brier']:.3f}**, lower is better{against}.")
    if scores.get("auc") is not None:
        lines.append(f"- It ranks a project that finished on time above one that did not "
                     f"**{scores['auc']:.0%}** of the time (ROC AUC {scores['auc']:.2f}).")
    held_out = forecast_words.held_out_sentence(metrics.get("n_test_rows"),
                                                metrics.get("n_test_projects"))
    lines += [f"- {s}" for s in forecast_words.accuracy_sentences(
        metrics.get("reliability") or {}, "classifier", held_out=held_out)]
    lines.append("\nScores of every method and how they changed: [Forecasts page](/forecasts).")
    data = {"version": version, "trained_at": trained, "projects": metrics.get("n_projects"),
            "held_out_projects": metrics.get("n_test_projects"), "brier": scores.get("brier"),
            "auc": scores.get("auc")}
    return ToolResult("forecast_model", {}, "\n".join(lines), data, [],
                      result={"subject": "forecast model", **data})


SHOWN_OWNERS = 10  # owners listed by their on-time record


def on_time_rate(ctx: ToolContext, by: str = "", order: str = "asc", **args: Any) -> ToolResult:
    """The on-time rate (docs/metrics.md): of the projects whose outcome is known (done, or open
    past the due date), the share finished by the due date; each portfolio's with
    ``by="portfolio"`` (the worst first, ``order="desc"``: the best)."""
    flt = project_filters(ctx, args)
    done_only = flt.status == ("done",) or bool(flt.completed_from or flt.completed_to)
    record = forecast_queries.on_time_record(ctx.session, ctx.scope, ctx.today, flt, done_only,
                                             "owner" if by == "owner" else "portfolio")
    of = "of the done projects" if done_only else "of the projects whose due date has passed"
    if by in ("portfolio", "owner"):
        known = {name: (good / n, good, n) for name, (n, good) in record.items() if n}
        ranked = sorted(known.items(), key=lambda kv: (
            (1 if order == "asc" else -1) * kv[1][0],
            -kv[1][2] if by == "owner" else 0, kv[0]))  # owners tied: the longer record first
        lines = [f"- {name}: {pct(rate)} ({good} of {n})" for name, (rate, good, n) in ranked]
        asked = {name.lower() for name in args.get("portfolio") or []}  # those compared
        none = [name for name, (n, _good) in record.items() if not n and (
            not asked or name.lower() in asked)]
        head = (f"**On-time rate by {by}, {'worst' if order == 'asc' else 'best'} first** "
                f"(finished by the due date, {of}):")
        if by == "owner" and len(ranked) > SHOWN_OWNERS:  # the ends of a long list
            lines = lines[:SHOWN_OWNERS] + [f"- … and {len(ranked) - SHOWN_OWNERS} more"]
        text = "\n".join([head, *lines] + ([f"No outcome known yet: {', '.join(none)}."]
                                            if none else []))
        groups = {name: rate for name, (rate, _good, _n) in ranked}
        return ToolResult("on_time_rate", {}, text, groups, [],
                          result={"subject": "owners" if by == "owner" else "portfolios",
                                  "items": list(groups), "groups": groups})
    total = sum(n for n, _good in record.values())
    good = sum(g for _n, g in record.values())
    if not total:
        return ToolResult("on_time_rate", {}, "No project in view has a known outcome yet (done, "
                          "or open past its due date).", {}, [],
                          result={"subject": "projects", "count": 0})
    if done_only:
        text = (f"**{pct(good / total)} on time**: {good} of the {total} done projects finished "
                f"by their due date; {total - good} after it.")
    else:
        text = (f"**{pct(good / total)} on time**: {good} of the {total} projects whose due "
                f"date has passed finished by it (done on time); {total - good} did not (done "
                "late, or still open and so late).")
    return ToolResult("on_time_rate", {}, text, {"on_time": good, "settled": total}, [],
                      result={"subject": "projects", "value": good / total, "count": good,
                              "groups": {"On time": good, "Not on time": total - good}})
