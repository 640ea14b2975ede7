"""Project counts by portfolio, status, priority, health and due month, computed ahead of reads.

The overview's KPIs and charts, its due timeline and the health counts are sums over every
project in view; at 100,000 projects that is a scan of the projects and their rollups and
forecasts on every cold read. ``refresh`` computes those sums once into ``health_cells`` (a few
thousand rows), with the same expressions (``data.metrics``) the live queries use, so both give
the same numbers; ``summary_state`` records the day and the data version they reflect.

Readers ask ``cells_for`` for the cells of a view: it returns a select over the cells when they
are for today and the current data version and the view's filters are ones the cells keep
(status, priority, portfolio, health and the viewer's scope), and ``None`` otherwise, when the
caller runs its live query. A write bumps the data version, so the cells are never read stale;
the job that refreshes them runs after writes and when the day changes (``dashboard.summaries``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import (
    ColumnElement,
    Select,
    Subquery,
    case,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.orm import Session

from data import metrics, summary_state
from data.filters import ProjectFilters
from data.schema import (
    HealthCell,
    Project,
    ProjectRollup,
)
from data.scope import Scope
from data.sqlfunc import month_start

NAME = "health_cells"


def refresh(session: Session, today: dt.date) -> bool:
    """Recompute the cells for ``today`` unless they are current (``data.summary_state``)."""
    return summary_state.refresh(session, NAME, today, _compute)


def _compute(session: Session, today: dt.date) -> None:
    session.execute(delete(HealthCell))
    session.execute(insert(HealthCell).from_select(_COLUMNS, _sums(today)))


_COLUMNS = ["portfolio_id", "status_id", "priority_id", "health", "due_month", "projects",
            "done_month", "open_items", "scope_points", "done_points"]


def _sums(today: dt.date) -> Select[tuple[int, ...]]:
    state = metrics.health(today)
    month = case((metrics.is_open(), month_start(Project.due_date)), else_=None)
    done_month = func.sum(case((metrics.done_this_month(today), 1), else_=0))
    stmt = metrics.with_health(select(
        Project.portfolio_id, Project.status_id, Project.priority_id, state, month,
        func.count(Project.id), done_month,
        func.coalesce(func.sum(ProjectRollup.open_items), 0),
        func.coalesce(func.sum(ProjectRollup.scope_points), 0),
        func.coalesce(func.sum(ProjectRollup.done_points), 0),
    ))
    return stmt.group_by(Project.portfolio_id, Project.status_id, Project.priority_id,
                         state, month)


def is_current(session: Session, today: dt.date) -> bool:
    return summary_state.is_current(session, NAME, today)


def keeps(filters: ProjectFilters) -> bool:
    """Whether the cells can answer a view with these filters."""
    return dataclasses.replace(filters, status=(), priority=(), portfolio=(),
                               health=()).is_empty()


def cells_for(
    session: Session, scope: Scope, today: dt.date, filters: ProjectFilters
) -> Subquery | None:
    """The cells of the view (a subquery to sum over), or ``None`` when the caller must read
    the projects: the cells are not current, or the view filters by something they sum over."""
    if not keeps(filters) or not is_current(session, today):
        return None
    stmt = select(HealthCell).where(*filters.on_ids(
        HealthCell.status_id, HealthCell.priority_id, HealthCell.portfolio_id))
    if scope.portfolio_ids is not None:
        stmt = stmt.where(scope.allows(HealthCell.portfolio_id))
    if filters.health:
        stmt = stmt.where(HealthCell.health.in_(filters.health))
    return stmt.subquery("cells")


def projects_where(cells: Subquery, condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many projects of ``cells`` meet ``condition``, as an aggregate."""
    return func.coalesce(func.sum(case((condition, cells.c.projects), else_=0)), 0)


def clear(session: Session) -> None:
    """Forget the cells, so nothing reads them until the next refresh (the benchmark times
    that refresh from nothing)."""
    session.execute(delete(HealthCell))
    summary_state.forget(session, NAME)
