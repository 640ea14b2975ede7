"""Insights for the overview: a handful of computed observations, each with its evidence.

Observations are plain facts from the same scoped queries the tools use (late and newly late
projects, forecast or schedule risks, throughput change, over-allocation). A model, when one is
running, only phrases a two-sentence summary of them; the observations stand on their own.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import asdict, dataclass, field

from sqlalchemy.orm import Session

from data import copilot_queries as cq
from data.scope import Scope
from models.copilot import forecast_tools
from models.copilot.llm import LlmError, LlmRouter
from models.copilot.safety import sanitize_markdown, untrusted
from models.copilot.tools import ToolContext, at_risk_projects, link, plural


@dataclass(frozen=True)
class Insight:
    kind: str  # "late" | "slipping" | "risk" | "throughput" | "people"
    text: str  # Markdown with project links
    hrefs: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def _keys(items: list[cq.ProjectFacts], n: int = 3) -> str:
    return ", ".join(link(f.key) for f in items[:n])


def compute(session: Session, scope: Scope, today: dt.date) -> list[Insight]:
    out: list[Insight] = []
    late = cq.find_projects(session, scope, today, cq.ProjectFilters(late=True), 3)
    if late.total:
        out.append(Insight("late", f"**{plural(late.total, 'project')} past due**; most "
                           f"overdue: {_keys(late.items)}.",
                           [f"/projects/{f.key}" for f in late.items]))
    recent = [f for f in cq.find_projects(session, scope, today, cq.ProjectFilters(late=True),
                                          50).items if f.days_late and f.days_late <= 14]
    if recent:
        out.append(Insight("slipping", f"**{plural(len(recent), 'project')} slipped past "
                           f"the due date in the last two weeks**: {_keys(recent)}.",
                           [f"/projects/{f.key}" for f in recent[:3]]))
    if forecast_tools.available(session, scope):
        risk = forecast_tools.forecast_risks(ToolContext(session, scope, today), limit=3)
    else:
        risk = at_risk_projects(ToolContext(session, scope, today), limit=3)
    if risk.citations:
        first = risk.text.split("\n", 1)[0].rstrip(":")
        out.append(Insight("risk", f"{first}: " + ", ".join(link(c.project_key)
                                                             for c in risk.citations) + ".",
                           [c.href for c in risk.citations]))
    weeks = cq.throughput(session, scope, today, 8)
    before, after = sum(w.items for w in weeks[:4]), sum(w.items for w in weeks[4:])
    if before and abs(after - before) / before >= 0.2:
        change = "fell" if after < before else "rose"
        out.append(Insight("throughput", f"**Throughput {change} {abs(after - before) / before:.0%}"
                           f"**: {after} items finished in the last 4 weeks against {before} in "
                           "the 4 before."))
    first = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    total, people = cq.over_allocated(session, scope, first, last, 3)
    if total:
        names = ", ".join(f"{p.resource} ({p.peak_share:.0%})" for p in people)
        out.append(Insight("people", f"**{plural(total, 'person', 'people')} over-allocated "
                           f"next month**, e.g. {names}.",
                           sorted({f"/projects/{k}" for p in people for k in p.projects[:1]})))
    return out


def summarize(llm: LlmRouter | None, insights: list[Insight], deadline: float = 20.0
              ) -> str | None:
    """Two sentences by the fast model, or ``None`` without a model (or when it fails)."""
    if llm is None or not insights or not llm.available():
        return None
    facts = untrusted("observations", "\n".join(f"- {i.text}" for i in insights))
    messages = [{"role": "system", "content": "Summarize these portfolio observations for a "
                 "manager in at most two sentences. Use only the numbers given."},
                {"role": "user", "content": facts}]
    try:
        text = "".join(e.text for e in llm.chat_stream("fast", messages,
                                                       deadline=time.monotonic() + deadline)
                       if e.kind == "token")
    except LlmError:
        return None
    return sanitize_markdown(text.strip()) or None
