"""What a manager can do about a project at risk, each with its computed effect on P(on time).

Two kinds of change, each scored by the what-if (``models.whatif.evaluate``: the stored
P(on time) moved by the model's own change), so a suggestion's number is exactly what the what-if
panel shows for the same edit:

- **Cut scope**: open items not started yet, largest first; the options are the largest single
  item, and the smallest such sets that bring the project to 50 % and to 70 % (when reachable).
- **Add a person**: people who have a skill the open items need (``work_items.skill`` against
  ``resources.skills``) and free capacity in the forecast window (today to the due date): free
  share = 1 − their highest daily load in it, from allocations. Adding someone with 60 % free is
  scored as 0.6 more people on the team.

``suggestions(...)`` returns plain dict rows, best first, for the project page and the copilot.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy.orm import Session

from data import forecast_queries as fq
from models import whatif
from models.forecast_words import day
from models.registry import LoadedModel
from models.scoring import Scorer

TARGETS = (0.5, 0.7)
MAX_CUT_ITEMS = 12
MIN_FREE = 0.2  # less free capacity than a day a week is not worth a suggestion
PEOPLE_TO_SCORE = 8
DEFAULT_WINDOW_DAYS = 28


@dataclass(frozen=True)
class Suggestion:
    kind: str  # "cut_scope" or "add_person"
    title: str
    p_on_time: float
    baseline: float | None
    effect: float  # probability points gained (p_on_time − baseline)
    points: float | None = None
    item_ids: tuple[int, ...] = ()
    resource_id: int | None = None
    person: str | None = None
    skills: tuple[str, ...] = ()
    free_share: float | None = None


def peak_load(allocations: Sequence[tuple[float, dt.date, dt.date, int]], start: dt.date,
              end: dt.date) -> float:
    """Highest daily sum of shares between ``start`` and ``end`` (docs/metrics.md: load)."""
    events: list[tuple[dt.date, float]] = []
    for share, a, b, _pid in allocations:
        lo, hi = max(a, start), min(b, end)
        if lo <= hi:
            events += [(lo, share), (hi + dt.timedelta(days=1), -share)]
    load = peak = 0.0
    for _day, change in sorted(events, key=lambda e: (e[0], e[1])):
        load += change
        peak = max(peak, load)
    return peak


def _row(result: whatif.Scenario, **fields: Any) -> Suggestion:
    p = result.p_on_time if result.p_on_time is not None else 0.0
    base = result.baseline
    return Suggestion(p_on_time=round(p, 4), baseline=base,
                      effect=round(p - (base if base is not None else 0.0), 4), **fields)


def _cuts(ctx: whatif.Loaded, today: dt.date, scorer: Scorer, stored: fq.StoredForecast | None,
          items: Sequence[fq.OpenItem]) -> list[Suggestion]:
    room = ctx.state.scope - ctx.state.done
    chosen, total, out, seen = [], 0, [], set()
    for item in items[:MAX_CUT_ITEMS]:
        if item.points <= 0 or total + item.points > room:
            continue
        chosen.append(item)
        total += item.points
        result = whatif.evaluate(ctx, today, scorer, stored, scope_delta=-total)
        first = len(chosen) == 1
        hits = [t for t in TARGETS if (result.p_on_time or 0) >= t and t not in seen]
        if first or hits:
            seen.update(hits)
            names = ", ".join(f"{i.title} ({i.points})" for i in chosen)
            out.append(_row(result, kind="cut_scope", title=f"Cut {total} points: {names}",
                            points=float(total), item_ids=tuple(i.id for i in chosen)))
        if seen == set(TARGETS):
            break
    return out


def _people(session: Session, ctx: whatif.Loaded, today: dt.date, scorer: Scorer,
            stored: fq.StoredForecast | None, items: Sequence[fq.OpenItem]) -> list[Suggestion]:
    need: Counter[str] = Counter()
    for item in items:
        if item.skill:
            need[item.skill] += max(item.points, 1)
    if not need:
        return []
    due = ctx.history.due
    end = due if due is not None and due > today else today + dt.timedelta(
        days=DEFAULT_WINDOW_DAYS)
    ranked = []
    for person in fq.people_with_skills(session, list(need), today, end):
        if any(pid == ctx.history.project_id for *_x, pid in person.allocations):
            continue  # already on the project: their time is in its throughput
        free = round(max(0.0, 1.0 - peak_load(person.allocations, today, end)), 3)
        matched = tuple(sorted(s for s in person.skills if s in need))
        if free >= MIN_FREE and matched:
            ranked.append((sum(need[s] for s in matched) * free, person, free, matched))
    ranked.sort(key=lambda r: (-r[0], r[1].id))
    out = []
    for _score, person, free, matched in ranked[:PEOPLE_TO_SCORE]:
        result = whatif.evaluate(ctx, today, scorer, stored, team_delta=free)
        out.append(_row(result, kind="add_person",
                        title=f"Add {person.name} ({', '.join(matched)}; {free:.0%} free "
                              f"until {day(end)})",
                        resource_id=person.id, person=person.name, skills=matched,
                        free_share=free))
    return out


def suggestions(
    session: Session, project_id: int, today: dt.date, loaded: LoadedModel | None,
    limit: int = 5,
) -> list[dict[str, Any]]:
    """The changes that most raise the project's P(on time), best first, as plain rows
    (``[]`` for an unknown project or one with nothing to change)."""
    ctx = whatif.load(session, project_id, today)
    if ctx is None:
        return []
    stored = fq.stored_forecast(session, project_id)
    scorer = Scorer.make(loaded)
    items = [i for i in fq.open_items(session, project_id)]
    not_started = [i for i in items if not i.started]
    found = _cuts(ctx, today, scorer, stored, not_started) + _people(
        session, ctx, today, scorer, stored, items)
    found.sort(key=lambda s: (-s.effect, s.kind, s.title))
    return [{k: list(v) if isinstance(v, tuple) else v for k, v in asdict(s).items()}
            for s in found[:limit]]
