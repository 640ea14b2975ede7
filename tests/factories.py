"""Small, explicit rows for tests (the demo generator has its own tests)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from data.schema import (
    Allocation,
    Document,
    Portfolio,
    Priority,
    Project,
    Resource,
    Status,
    WorkItem,
)

TODAY = dt.date(2026, 6, 17)  # a Wednesday


def lookup(session: Session, model, code: str) -> int:
    return session.scalar(select(model.id).where(model.code == code))


def add_portfolio(session: Session, name: str) -> Portfolio:
    portfolio = Portfolio(name=name)
    session.add(portfolio)
    session.flush()
    return portfolio


def add_project(
    session: Session,
    key: str,
    portfolio: Portfolio,
    *,
    status: str = "active",
    priority: str = "medium",
    start: dt.date | None = dt.date(2026, 1, 5),
    due: dt.date | None = dt.date(2026, 12, 31),
    completed_at: dt.datetime | None = None,
    name: str | None = None,
) -> Project:
    project = Project(
        key=key,
        name=name or f"Project {key}",
        description="",
        status_id=lookup(session, Status, status),
        priority_id=lookup(session, Priority, priority),
        portfolio_id=portfolio.id,
        owner="Ada",
        start_date=start,
        due_date=due,
        completed_at=completed_at,
        created_at=dt.datetime(2026, 1, 1),
    )
    session.add(project)
    session.flush()
    return project


def add_item(
    session: Session,
    project: Project,
    *,
    status: str = "todo",
    points: int = 3,
    done_at: dt.datetime | None = None,
    skill: str | None = None,
    assignee: Resource | None = None,
) -> WorkItem:
    item = WorkItem(
        project_id=project.id,
        kind="feature",
        title=f"Item of {project.key}",
        status=status,
        story_points=points,
        created_at=dt.datetime(2026, 1, 6),
        started_at=done_at,
        done_at=done_at,
        skill=skill,
        assignee_id=assignee.id if assignee else None,
    )
    session.add(item)
    session.flush()
    return item


def add_resource(session: Session, name: str, skills=(), role: str = "Engineer",
                 capacity: float = 40.0) -> Resource:
    resource = Resource(name=name, role=role, skills=list(skills), weekly_capacity=capacity)
    session.add(resource)
    session.flush()
    return resource


def allocate(session: Session, resource: Resource, project: Project, share: float,
             start: dt.date = dt.date(2026, 6, 1), end: dt.date = dt.date(2026, 7, 31)) -> None:
    session.add(Allocation(resource_id=resource.id, project_id=project.id, share=share,
                           period_start=start, period_end=end))
    session.flush()


def add_minutes(session: Session, project: Project, day: dt.date, lines: list[str]) -> None:
    """A project's weekly-sync minutes of ``day`` (written at 10:00), one line per point."""
    session.add(Document(project_id=project.id, kind="meeting_minutes",
                         title=f"{project.key} weekly sync {day.isoformat()}",
                         created_at=dt.datetime.combine(day, dt.time(10)),
                         body=f"Weekly sync of {project.key} on {day:%d %B %Y}.\n"
                              + "\n".join(lines)))
