"""The database schema: SQLAlchemy 2 typed mappings shared by the app, migrations and tests.

Lookup tables (statuses, priorities, portfolios) keep codes out of the big tables. Every child of
a project carries an index that starts with ``project_id`` so per-project reads never scan.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    insert,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

WORK_ITEM_KINDS = ("feature", "backlog_item")
WORK_ITEM_STATUSES = ("todo", "in_progress", "done")
DOCUMENT_KINDS = ("meeting_minutes", "status_note", "spec")
USER_ROLES = ("admin", "manager", "viewer")

# JSON everywhere, JSONB (GIN-indexable) on PostgreSQL.
JsonList = JSON().with_variant(JSONB(), "postgresql")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Status(Base):
    """Project lifecycle state; ``is_closed`` marks the states that count as finished."""

    __tablename__ = "statuses"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(64))
    is_closed: Mapped[bool] = mapped_column(default=False)
    sort_order: Mapped[int] = mapped_column(default=0)


class Priority(Base):
    __tablename__ = "priorities"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    label: Mapped[str] = mapped_column(String(64))
    rank: Mapped[int] = mapped_column(default=0)


class Portfolio(Base):
    """A team or portfolio: the unit of ownership that access control scopes by."""

    __tablename__ = "portfolios"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)


DUE_LAST_UP = "'9999-12-31'"  # what an empty due date sorts as, ascending and descending
DUE_LAST_DOWN = "'0001-01-01'"


# Reference rows every database starts with (seeded by the first migration, with these ids).
STATUSES = [
    # code, label, is_closed, sort_order
    ("proposed", "Proposed", False, 0),
    ("active", "Active", False, 1),
    ("on_hold", "On hold", False, 2),
    ("done", "Done", True, 3),
    ("cancelled", "Cancelled", True, 4),
]
STATUS_IDS = {code: i for i, (code, *_rest) in enumerate(STATUSES, start=1)}
# The open statuses' ids as literals, so the planner can match a condition on them against the
# partial index below (a subquery on ``statuses.is_closed`` cannot be matched).
OPEN_STATUS_IDS = tuple(STATUS_IDS[code] for code, _label, closed, _order in STATUSES
                        if not closed)
OPEN_STATUS_SQL = f"status_id IN ({', '.join(map(str, OPEN_STATUS_IDS))})"


class Project(Base):
    __tablename__ = "projects"
    __table_args__ = (
        CheckConstraint("due_date IS NULL OR start_date IS NULL OR due_date >= start_date",
                        name="due_after_start"),
        Index(None, "status_id"),
        Index(None, "priority_id"),
        Index(None, "portfolio_id", "status_id"),
        Index(None, "created_at"),
        Index(None, "due_date"),
        Index(None, "owner"),
        # The due-date sort with empty dates last, per direction (``data.project_queries``
        # orders by exactly these expressions), and trigram search on PostgreSQL (0008).
        Index("ix_projects_due_sort_up", text(f"coalesce(due_date, {DUE_LAST_UP})"), "key"),
        Index("ix_projects_due_sort_down", text(f"coalesce(due_date, {DUE_LAST_DOWN})"), "key"),
        # The open projects alone in the same order (0013): the late list walks it, where the
        # full index also holds every closed project due earlier.
        Index("ix_projects_open_due_sort_up", text(f"coalesce(due_date, {DUE_LAST_UP})"), "key",
              postgresql_where=text(OPEN_STATUS_SQL), sqlite_where=text(OPEN_STATUS_SQL)),
        *(Index(f"ix_projects_{c}_trgm", text(f"lower({c}) gin_trgm_ops"),
                postgresql_using="gin").ddl_if(dialect="postgresql")
          for c in ("name", "key", "owner")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    status_id: Mapped[int] = mapped_column(ForeignKey("statuses.id"))
    priority_id: Mapped[int] = mapped_column(ForeignKey("priorities.id"))
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id"))
    owner: Mapped[str] = mapped_column(String(120), default="")
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    completed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    status: Mapped[Status] = relationship(lazy="raise")
    priority: Mapped[Priority] = relationship(lazy="raise")
    portfolio: Mapped[Portfolio] = relationship(lazy="raise")


class Resource(Base):
    """A person who can be allocated to projects; ``skills`` is a list of strings."""

    __tablename__ = "resources"
    __table_args__ = (
        CheckConstraint("weekly_capacity > 0", name="capacity_positive"),
        Index("ix_resources_skills", "skills", postgresql_using="gin").ddl_if(
            dialect="postgresql"
        ),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(80), default="")
    skills: Mapped[list[str]] = mapped_column(JsonList, default=list)
    weekly_capacity: Mapped[float] = mapped_column(Float, default=40.0)


class WorkItem(Base):
    """A feature or backlog item of a project, with the timestamps that throughput needs."""

    __tablename__ = "work_items"
    __table_args__ = (
        CheckConstraint(_in("kind", WORK_ITEM_KINDS), name="kind_known"),
        CheckConstraint(_in("status", WORK_ITEM_STATUSES), name="status_known"),
        CheckConstraint("story_points >= 0", name="points_not_negative"),
        Index(None, "project_id", "status"),
        Index(None, "assignee_id"),
        Index(None, "done_at"),
        # open work by the skill it needs (the resources page), without reading done items
        Index("ix_work_items_open_skill", "skill", "story_points",
              postgresql_where=text("status <> 'done'"), sqlite_where=text("status <> 'done'")),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(16))
    story_points: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    due_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("resources.id", ondelete="SET NULL")
    )
    skill: Mapped[str | None] = mapped_column(String(60))  # the skill this item needs


class Allocation(Base):
    """A share of a resource's capacity given to a project over a period."""

    __tablename__ = "allocations"
    __table_args__ = (
        CheckConstraint("share > 0 AND share <= 1", name="share_fraction"),
        CheckConstraint("period_end >= period_start", name="period_ordered"),
        Index(None, "project_id", "period_start"),
        Index(None, "resource_id", "period_start"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    resource_id: Mapped[int] = mapped_column(ForeignKey("resources.id", ondelete="CASCADE"))
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    share: Mapped[float] = mapped_column(Float)
    period_start: Mapped[dt.date] = mapped_column(Date)
    period_end: Mapped[dt.date] = mapped_column(Date)


class ProjectSnapshot(Base):
    """One project's state at the end of a day: the history burn-ups and forecasts read."""

    __tablename__ = "project_snapshots"
    __table_args__ = (
        CheckConstraint(
            "scope_points >= 0 AND done_points >= 0 AND in_progress_points >= 0",
            name="points_not_negative",
        ),
        Index(None, "day"),
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    scope_points: Mapped[int] = mapped_column(Integer)
    done_points: Mapped[int] = mapped_column(Integer)
    in_progress_points: Mapped[int] = mapped_column(Integer, default=0)
    items_added: Mapped[int] = mapped_column(Integer, default=0)
    items_removed: Mapped[int] = mapped_column(Integer, default=0)
    team_size: Mapped[int] = mapped_column(Integer, default=0)


class ProjectRollup(Base):
    """Per-project totals of its work items, refreshed by every write that touches items.

    Portfolio roll-ups (progress, at-risk counts, sorting by progress) read this narrow table
    instead of aggregating a million work items per request.
    """

    __tablename__ = "project_rollups"
    __table_args__ = (Index(None, "progress", "project_id"),)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    scope_points: Mapped[int] = mapped_column(Integer, default=0)
    done_points: Mapped[int] = mapped_column(Integer, default=0)
    in_progress_points: Mapped[int] = mapped_column(Integer, default=0)
    open_items: Mapped[int] = mapped_column(Integer, default=0)
    progress: Mapped[float] = mapped_column(Float, default=0.0)
    last_done_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


@event.listens_for(Project, "after_insert")
def _empty_rollup(_mapper: Any, connection: Connection, project: Project) -> None:
    """Every project has a rollup row from its first moment (zeros until its items are
    counted), so reads may inner-join ``project_rollups`` and sort by it through its index."""
    connection.execute(insert(ProjectRollup).values(
        project_id=project.id, scope_points=0, done_points=0, in_progress_points=0,
        open_items=0, progress=0.0))


class ProjectWeek(Base):
    """One project's activity in one week (Monday): what throughput and burn-ups sum up.

    Refreshed with the rollups, so portfolio charts read a few rows per project and week
    instead of every work item.
    """

    __tablename__ = "project_weeks"
    __table_args__ = (Index(None, "week", "project_id"),)
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    week: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    items_done: Mapped[int] = mapped_column(Integer, default=0)
    points_done: Mapped[int] = mapped_column(Integer, default=0)
    points_added: Mapped[int] = mapped_column(Integer, default=0)


class PortfolioWeek(Base):
    """A portfolio's weekly activity: ``project_weeks`` summed per portfolio, refreshed with it,
    so the unfiltered (or portfolio-scoped) throughput and burn-up read a few thousand rows."""

    __tablename__ = "portfolio_weeks"
    portfolio_id: Mapped[int] = mapped_column(
        ForeignKey("portfolios.id", ondelete="CASCADE"), primary_key=True
    )
    week: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    items_done: Mapped[int] = mapped_column(Integer, default=0)
    points_done: Mapped[int] = mapped_column(Integer, default=0)
    points_added: Mapped[int] = mapped_column(Integer, default=0)


class SkillSupply(Base):
    """How many people have each skill and their weekly hours: refreshed when resources change,
    so the skills chart does not unnest every person's skill list on a request."""

    __tablename__ = "skill_supply"
    skill: Mapped[str] = mapped_column(String(60), primary_key=True)
    people: Mapped[int] = mapped_column(Integer)
    capacity_hours: Mapped[float] = mapped_column(Float)


class SkillCoverageRow(Base):
    """Open work per skill and the people who have it, as one scope counts them (``all`` or a
    signed-in scope's digest), as of one data version (``data.skill_coverage``)."""

    __tablename__ = "skill_coverage"
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)
    skill: Mapped[str] = mapped_column(String(60), primary_key=True)
    open_items: Mapped[int] = mapped_column(Integer)
    open_points: Mapped[int] = mapped_column(Integer)
    people: Mapped[int] = mapped_column(Integer)
    capacity_hours: Mapped[float] = mapped_column(Float)


class HealthCell(Base):
    """Projects counted by portfolio, status, priority, health and due month (open projects;
    closed ones have no month), as of one day and one data version: the overview's KPIs and
    charts, its due timeline and the health counts sum these few thousand rows instead of
    reading every project (``data.health_cells``)."""

    __tablename__ = "health_cells"
    id: Mapped[int] = mapped_column(primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(Integer)
    status_id: Mapped[int] = mapped_column(Integer)
    priority_id: Mapped[int] = mapped_column(Integer)
    health: Mapped[str] = mapped_column(String(10))
    due_month: Mapped[dt.date | None] = mapped_column(Date)
    projects: Mapped[int] = mapped_column(Integer)
    done_month: Mapped[int] = mapped_column(Integer)
    open_items: Mapped[int] = mapped_column(Integer)
    scope_points: Mapped[int] = mapped_column(Integer)
    done_points: Mapped[int] = mapped_column(Integer)


class PeopleLoad(Base):
    """Each person's load this week (with the number of projects they work on this week) and
    next month, counting every allocation, as of one day and one data version: the resources
    page and the over-allocation insight read these rows instead of comparing every allocation
    with every other (``data.people_loads``). Viewers who see only some portfolios count only
    those allocations: their rows are kept under their own scope, for the scopes signed in."""

    __tablename__ = "people_loads"
    scope: Mapped[str] = mapped_column(String(20), primary_key=True)  # data.people_loads.scope_key
    period: Mapped[str] = mapped_column(String(12), primary_key=True)  # week | next_month
    resource_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    load: Mapped[float] = mapped_column(Float)
    projects: Mapped[int] = mapped_column(Integer)

    __table_args__ = (Index(None, "scope", "period", "load"),)  # busiest first, a page at a time


class SummaryState(Base):
    """What a derived table that depends on the day reflects: the day it was computed for and
    the data version it was computed at. Readers use the table only when both are current."""

    __tablename__ = "summary_state"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    version: Mapped[int | None] = mapped_column(Integer)
    refreshed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Document(Base):
    """Meeting minutes, status notes and specs: the text the copilot retrieves from."""

    __tablename__ = "documents"
    __table_args__ = (
        CheckConstraint(_in("kind", DOCUMENT_KINDS), name="kind_known"),
        Index(None, "project_id", "kind", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class User(Base):
    """A dashboard user; ``portfolios`` limits what a manager or viewer may see."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_in("role", USER_ROLES), name="role_known"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(16), default="viewer")
    password_hash: Mapped[str | None] = mapped_column(String(255))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    # Where scheduled reports are mailed (issue 14); none: the username if it is an address.
    email: Mapped[str | None] = mapped_column(String(254))
    # Sign-in (issue 9): a deactivated user cannot sign in and loses every session at once.
    is_active: Mapped[bool] = mapped_column(default=True, server_default=true())
    last_login: Mapped[dt.datetime | None] = mapped_column(DateTime)


class DataVersion(Base):
    """One row: a counter every write bumps in its own transaction (``data.version``)."""

    __tablename__ = "data_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)
    changed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class UserPortfolio(Base):
    __tablename__ = "user_portfolios"
    __table_args__ = (UniqueConstraint("user_id", "portfolio_id"), Index(None, "portfolio_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    portfolio_id: Mapped[int] = mapped_column(ForeignKey("portfolios.id", ondelete="CASCADE"))


class UserSession(Base):
    """A signed-in browser: the cookie holds a random token, the database only its SHA-256, so
    logging out (or an admin's reset) ends the session on the server, not just in one browser."""

    __tablename__ = "user_sessions"
    __table_args__ = (Index(None, "user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)
    address: Mapped[str] = mapped_column(String(64), default="")


class AuditEvent(Base):
    """Who did what, when, from where (``data.audit``): sign-ins, imports, exports, downloads,
    copilot questions, retrains and admin actions."""

    __tablename__ = "audit_log"
    __table_args__ = (Index(None, "at"), Index(None, "actor", "at"), Index(None, "action", "at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(40))
    outcome: Mapped[str] = mapped_column(String(16), default="ok")
    target: Mapped[str] = mapped_column(String(200), default="")
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    address: Mapped[str] = mapped_column(String(64), default="")


PRIORITIES = [  # reference rows, seeded like STATUSES
    # code, label, rank
    ("low", "Low", 0),
    ("medium", "Medium", 1),
    ("high", "High", 2),
    ("critical", "Critical", 3),
]


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as one (``__table__`` is typed as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


def exists_in(obj: object, dialect_name: str) -> bool:
    """Whether a schema object is created on this dialect (``Index.ddl_if`` limits some)."""
    ddl_if = getattr(obj, "_ddl_if", None)
    return ddl_if is None or not ddl_if.dialect or ddl_if.dialect == dialect_name


# --- forecasts (issue 4) ------------------------------------------------------------------------
FORECAST_METHODS = ("classifier", "prior", "monte_carlo")


class ProjectForecast(Base):
    """The latest forecast of an open project, stored so tables can sort and filter by it.

    ``p_on_time`` is the classifier's probability when a trained model exists, else the shipped
    prior's (``prior``, a new installation) or the Monte Carlo's; ``mc_p_on_time`` always holds
    the simulation's, so the two can be compared. ``drivers`` lists what moved the probability
    most: ``[{"feature", "label", "value", "effect"}]`` with ``effect`` in probability points
    (positive = more likely on time). ``evidence`` says how much history the number rests on
    (``models.evidence``: finished projects of its portfolio, share of schedule elapsed, how far
    it was pulled toward the base rate, a ``trust`` word).
    """

    __tablename__ = "project_forecasts"
    __table_args__ = (
        CheckConstraint(_in("method", FORECAST_METHODS), name="method_known"),
        CheckConstraint("p_on_time IS NULL OR (p_on_time >= 0 AND p_on_time <= 1)",
                        name="p_on_time_probability"),
        Index(None, "p_on_time"),
        Index(None, "p85_date"),
    )
    project_id: Mapped[int] = mapped_column(
        ForeignKey("projects.id", ondelete="CASCADE"), primary_key=True
    )
    method: Mapped[str] = mapped_column(String(16))
    p_on_time: Mapped[float | None] = mapped_column(Float)
    mc_p_on_time: Mapped[float | None] = mapped_column(Float)
    p50_date: Mapped[dt.date | None] = mapped_column(Date)
    p85_date: Mapped[dt.date | None] = mapped_column(Date)
    p95_date: Mapped[dt.date | None] = mapped_column(Date)
    model_version: Mapped[str | None] = mapped_column(String(32))
    drivers: Mapped[list[dict[str, Any]]] = mapped_column(JsonList, default=list)
    as_of: Mapped[dt.date] = mapped_column(Date)
    scored_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    evidence: Mapped[dict[str, Any] | None] = mapped_column(JsonList)


class PortfolioOutcomes(Base):
    """Each portfolio's latest finished projects as the forecast job last read them.

    The what-if and a single project's refresh read one row here (by primary key) instead of
    scanning the snapshots of every project of the portfolio. ``outcomes`` holds up to
    ``models.features.TEAM_WINDOW`` entries, oldest first: ``[project_id, known_on, on_time,
    delivery_ratio, pace, delivered, planned_days]``.
    """

    __tablename__ = "portfolio_outcomes"
    portfolio_id: Mapped[int] = mapped_column(
        ForeignKey("portfolios.id", ondelete="CASCADE"), primary_key=True
    )
    as_of: Mapped[dt.date] = mapped_column(Date)
    finished: Mapped[int] = mapped_column(Integer, default=0)
    on_time: Mapped[int] = mapped_column(Integer, default=0)
    outcomes: Mapped[list[list[Any]]] = mapped_column(JsonList, default=list)
    computed_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


# --- generated reports (issue 14) ---------------------------------------------------------------
REPORT_KINDS = ("portfolio", "project")
REPORT_STATUSES = ("queued", "running", "done", "failed")


class Report(Base):
    """A generated PDF status report: who asked, when, for which scope, and how it went.

    The file lives under ``<DATA_DIR>/reports/<file_name>`` once ``status`` is ``done``; a failed
    render keeps its row (with the message) and no file. ``facts`` holds the counts the next
    report of the same scope (``scope_hash``) compares against; ``schedule_key`` makes a
    scheduled report unique per period even when several processes run the schedule.
    """

    __tablename__ = "reports"
    __table_args__ = (
        CheckConstraint(_in("kind", REPORT_KINDS), name="kind_known"),
        CheckConstraint(_in("status", REPORT_STATUSES), name="status_known"),
        Index(None, "created_at"),
        Index(None, "scope_hash", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(300))
    scope_label: Mapped[str] = mapped_column(String(500), default="")
    scope_hash: Mapped[str] = mapped_column(String(40))
    project_key: Mapped[str | None] = mapped_column(String(32))
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_by: Mapped[str] = mapped_column(String(120))
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    trigger: Mapped[str] = mapped_column(String(16), default="manual")
    schedule_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="queued")
    progress: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str] = mapped_column(String(500), default="")
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    pages: Mapped[int | None] = mapped_column(Integer)
    file_name: Mapped[str | None] = mapped_column(String(200))
    facts: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class ReportPortfolio(Base):
    """The portfolios a report covers: a viewer may open it only if granted all of them."""

    __tablename__ = "report_portfolios"
    __table_args__ = (Index(None, "portfolio_id"),)
    report_id: Mapped[int] = mapped_column(
        ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True)
    portfolio_id: Mapped[int] = mapped_column(
        ForeignKey("portfolios.id", ondelete="CASCADE"), primary_key=True)


class LiveEvent(Base):
    """A committed write's event (type and ids, never a payload), for processes that share no
    Redis: each polls the rows after the last id it saw (``dashboard.live_bus.TableBus``).
    Rows older than a few minutes are pruned; nothing else reads them."""

    __tablename__ = "live_events"
    __table_args__ = (Index(None, "created_at"), {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    type: Mapped[str] = mapped_column(String(64))
    ids: Mapped[str] = mapped_column(Text, default="")  # comma-separated project ids
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
