"""The importer against SQLite and PostgreSQL: round trips, all-or-nothing, keys in the database."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import event, func, insert, select
from sqlalchemy.orm import aliased

from data import events
from data.errors import ValidationFailed
from data.import_format import read_source
from data.importer import import_path, prepare, write
from data.schema import (
    Allocation,
    Document,
    Portfolio,
    Priority,
    Project,
    ProjectRollup,
    ProjectSnapshot,
    Resource,
    Status,
    WorkItem,
)

GOOD = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "good"
TABLES = {
    "portfolios": Portfolio, "projects": Project, "resources": Resource, "work_items": WorkItem,
    "allocations": Allocation, "snapshots": ProjectSnapshot, "documents": Document,
}


def fixture_rows(name: str) -> list[dict[str, str]]:
    """The good fixture read with the csv module alone, so the check does not trust the parser."""
    with (GOOD / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def counts(db) -> dict[str, int]:
    with db() as session:
        return {
            name: session.scalar(select(func.count()).select_from(model))
            for name, model in TABLES.items()
        }


def write_dir(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (root / name).write_text(content, encoding="utf-8")
    return root


def import_good(db) -> None:
    with db.begin() as session:
        import_path(session, GOOD)


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def _stamp(value: str) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def _int(value: str, default: int = 0) -> int:
    return int(value) if value else default


def fixture_as_json() -> dict[str, list[dict]]:
    """The same data as a JSON document: typed numbers, skills as lists, blanks left out."""
    numbers = {"story_points", "scope_points", "done_points", "in_progress_points",
               "items_added", "items_removed", "team_size"}
    floats = {"share", "weekly_capacity"}
    data: dict[str, list[dict]] = {}
    for name in ("projects", "resources", "work_items", "allocations", "snapshots", "documents"):
        rows = []
        for row in fixture_rows(name):
            out: dict = {}
            for key, value in row.items():
                if key == "skills":
                    out[key] = [s.strip() for s in value.split(";") if s.strip()]
                elif value == "":
                    out[key] = None  # null and a missing key mean the same
                elif key in numbers:
                    out[key] = int(value)
                elif key in floats:
                    out[key] = float(value)
                else:
                    out[key] = value
            rows.append(out)
        data[name] = rows
    return data


def assert_database_holds_the_good_fixture(db) -> None:
    owner = aliased(Resource)
    with db() as s:
        projects = {
            p.key: (p.name, p.description, status, priority, portfolio, p.owner, p.start_date,
                    p.due_date, p.completed_at, p.created_at)
            for p, status, priority, portfolio in s.execute(
                select(Project, Status.code, Priority.code, Portfolio.name)
                .join(Status).join(Priority).join(Portfolio)
            )
        }
        resources = {
            r.name: (r.role, r.skills, r.weekly_capacity) for r in s.scalars(select(Resource))
        }
        work_items = s.execute(
            select(Project.key, WorkItem.kind, WorkItem.title, WorkItem.status,
                   WorkItem.story_points, WorkItem.created_at, WorkItem.started_at,
                   WorkItem.done_at, WorkItem.due_at, owner.name, WorkItem.skill)
            .join(Project, WorkItem.project_id == Project.id)
            .outerjoin(owner, WorkItem.assignee_id == owner.id)
            .order_by(WorkItem.id)
        ).all()
        allocations = s.execute(
            select(Resource.name, Project.key, Allocation.share, Allocation.period_start,
                   Allocation.period_end)
            .join(Resource).join(Project).order_by(Allocation.id)
        ).all()
        snapshots = s.execute(
            select(Project.key, ProjectSnapshot.day, ProjectSnapshot.scope_points,
                   ProjectSnapshot.done_points, ProjectSnapshot.in_progress_points,
                   ProjectSnapshot.items_added, ProjectSnapshot.items_removed,
                   ProjectSnapshot.team_size)
            .join(Project).order_by(Project.key, ProjectSnapshot.day)
        ).all()
        documents = s.execute(
            select(Project.key, Document.kind, Document.title, Document.body, Document.created_at)
            .join(Project).order_by(Document.id)
        ).all()

    assert projects == {
        r["key"]: (r["name"], r["description"], r["status"], r["priority"], r["portfolio"],
                   r["owner"], _date(r["start_date"]), _date(r["due_date"]),
                   _stamp(r["completed_at"]), _stamp(r["created_at"]))
        for r in fixture_rows("projects")
    }
    assert resources == {
        r["name"]: (r["role"], [s.strip() for s in r["skills"].split(";") if s.strip()],
                    float(r["weekly_capacity"]))
        for r in fixture_rows("resources")
    }
    assert resources["Bruno Costa"][1] == ["python", "sql", "postgres"]
    assert work_items == [
        (r["project"], r["kind"], r["title"], r["status"], int(r["story_points"]),
         _stamp(r["created_at"]), _stamp(r["started_at"]), _stamp(r["done_at"]),
         _stamp(r["due_at"]), r["assignee"] or None, r["skill"] or None)
        for r in fixture_rows("work_items")
    ]
    assert [w[-2] for w in work_items] == ["Bruno Costa", "Ana Silva", None, "Bruno Costa"]
    assert [w[-1] for w in work_items] == ["python", None, None, None]
    assert allocations == [
        (r["resource"], r["project"], float(r["share"]), _date(r["period_start"]),
         _date(r["period_end"]))
        for r in fixture_rows("allocations")
    ]
    assert snapshots == sorted(
        (r["project"], _date(r["day"]), int(r["scope_points"]), int(r["done_points"]),
         _int(r["in_progress_points"]), _int(r["items_added"]), _int(r["items_removed"]),
         _int(r["team_size"]))
        for r in fixture_rows("snapshots")
    )
    assert documents == [
        (r["project"], r["kind"], r["title"], r["body"], _stamp(r["created_at"]))
        for r in fixture_rows("documents")
    ]


EXPECTED_COUNTS = {
    "portfolios": 2, "projects": 3, "resources": 3, "work_items": 4, "allocations": 3,
    "snapshots": 3, "documents": 2,
}


# --- round trips --------------------------------------------------------------------------------


def test_csv_directory_round_trips(db):
    with db.begin() as session:
        report = import_path(session, GOOD)

    assert report.counts == EXPECTED_COUNTS
    assert counts(db) == EXPECTED_COUNTS
    assert_database_holds_the_good_fixture(db)


def test_json_file_round_trips(db, tmp_path):
    path = tmp_path / "bundle.json"
    path.write_text(json.dumps(fixture_as_json()), encoding="utf-8")

    with db.begin() as session:
        report = import_path(session, path)

    assert report.counts == EXPECTED_COUNTS
    assert_database_holds_the_good_fixture(db)


def test_existing_portfolios_are_reused_and_created_at_defaults_to_now(db, tmp_path):
    with db.begin() as session:
        session.execute(insert(Portfolio), [{"name": "Finance"}])
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(seconds=5)
    path = write_dir(tmp_path, {
        "projects.csv": "key,name,status,priority,portfolio\nP-1,One,active,low,Finance\n"
                        "P-2,Two,active,low,Research\n",
    })

    with db.begin() as session:
        report = import_path(session, path)

    assert report.counts["portfolios"] == 1
    with db() as session:
        rows = session.execute(
            select(Project.key, Portfolio.name, Project.created_at).join(Portfolio)
            .order_by(Project.key)
        ).all()
        assert session.scalar(select(func.count()).select_from(Portfolio)) == 2
    assert [(key, portfolio) for key, portfolio, _ in rows] == [
        ("P-1", "Finance"), ("P-2", "Research"),
    ]
    assert all(created >= before for _, _, created in rows)


def test_children_may_reference_rows_already_in_the_database(db, tmp_path):
    import_good(db)
    path = write_dir(tmp_path, {
        "work_items.csv": "project,kind,title,status,story_points,created_at,assignee\n"
                          "PRJ-0002,feature,Push notifications,todo,3,2024-03-02T10:00:00,"
                          "Chen Yu\n",
        "allocations.csv": "resource,project,share,period_start,period_end\n"
                           "Ana Silva,PRJ-0003,0.1,2024-01-01,2024-01-31\n",
    })

    with db.begin() as session:
        report = import_path(session, path)

    with db() as session:
        ids = dict(session.execute(select(Project.key, Project.id)).all())
        item = session.execute(
            select(WorkItem.project_id, Resource.name)
            .join(Resource, WorkItem.assignee_id == Resource.id)
            .where(WorkItem.title == "Push notifications")
        ).one()
    assert report.counts["work_items"] == 1 and report.counts["allocations"] == 1
    assert tuple(item) == (ids["PRJ-0002"], "Chen Yu")
    assert report.project_ids == tuple(sorted([ids["PRJ-0002"], ids["PRJ-0003"]]))


def test_imported_work_items_are_rolled_up_per_project(db):
    """Portfolio pages read ``project_rollups``; an import must leave it in step."""
    import_good(db)
    with db() as session:
        rollups = {
            key: (scope, done, in_progress, open_items)
            for key, scope, done, in_progress, open_items in session.execute(
                select(Project.key, ProjectRollup.scope_points, ProjectRollup.done_points,
                       ProjectRollup.in_progress_points, ProjectRollup.open_items)
                .join(Project, ProjectRollup.project_id == Project.id)
            )
        }
    assert rollups == {
        "PRJ-0001": (11, 8, 3, 1),
        "PRJ-0002": (5, 0, 0, 1),
        "PRJ-0003": (0, 0, 0, 0),
    }


# --- all or nothing ------------------------------------------------------------------------------

BAD_FILES = {
    "projects.csv": (
        "key,name,description,status,priority,portfolio,owner,start_date,due_date,completed_at,"
        "created_at\n"
        "PRJ-0101,,,active,high,Ops,,2024-01-01,2024-02-01,,\n"  # 2: name missing
        "PRJ-0102,Two,,actve,high,Ops,,2024-13-01,,,\n"  # 3: status, start_date
        "PRJ-0101,Dup,,active,urgent,Ops,,,,,\n"  # 4: duplicate key, priority
        "PRJ-0001,Exists,,active,low,Ops,,,,,\n"  # 5: key in the database
        "PRJ-0105,Late,,active,low,Ops,,2024-05-01,2024-04-01,,\n"  # 6: due before start
        "PRJ-0106,Fine,,active,low,Ops,,,,,\n"  # a good row among bad ones
    ),
    "resources.csv": (
        "name,role,skills,weekly_capacity,team\n"  # 1: unknown column
        "Ana Silva,,,40,x\n"  # 2: name in the database
        "Dan,,,0,\n"  # 3: capacity not positive
    ),
    "work_items.csv": (
        "project,kind,title,status,story_points,created_at,started_at,done_at,due_at,assignee\n"
        "PRJ-0106,feature,Ok,todo,-3,2024-01-01T00:00:00,,,,\n"  # 2: negative points
        "PRJ-0999,epic,X,todo,2,yesterday,,,,Nobody\n"  # 3: project, kind, created_at, assignee
        "PRJ-0001,feature,Fine,doing,1.5,2024-01-01T00:00:00,,,,\n"  # 4: status, points
    ),
    "allocations.csv": (
        "resource,project,share,period_start,period_end\n"
        "Ana Silva,PRJ-0106,1.5,2024-01-01,2023-12-01\n"  # 2: share, period_end
        "Ghost,PRJ-0001,0,2024-01-01,2024-02-01\n"  # 3: resource, share
    ),
    "snapshots.csv": (
        "project,day,scope_points,done_points\n"
        "PRJ-0001,2024-01-31,10,5\n"  # 2: day already in the database
        "PRJ-0106,2024-01-01,-1,x\n"  # 3: scope_points, done_points
        "PRJ-0106,2024-01-01,1,1\n"  # 4: duplicate day
    ),
    "documents.csv": (
        "project,kind,title,body,created_at\n"
        "PRJ-0001,memo,T,,2024-01-01T00:00:00\n"  # 2: kind, body
    ),
}
BAD_LOCATIONS = {
    ("projects.csv", 2, "name"),
    ("projects.csv", 3, "status"),
    ("projects.csv", 3, "start_date"),
    ("projects.csv", 4, "priority"),
    ("projects.csv", 4, "key"),
    ("projects.csv", 5, "key"),
    ("projects.csv", 6, "due_date"),
    ("resources.csv", 1, "team"),
    ("resources.csv", 2, "name"),
    ("resources.csv", 3, "weekly_capacity"),
    ("work_items.csv", 2, "story_points"),
    ("work_items.csv", 3, "project"),
    ("work_items.csv", 3, "kind"),
    ("work_items.csv", 3, "created_at"),
    ("work_items.csv", 3, "assignee"),
    ("work_items.csv", 4, "status"),
    ("work_items.csv", 4, "story_points"),
    ("allocations.csv", 2, "share"),
    ("allocations.csv", 2, "period_end"),
    ("allocations.csv", 3, "resource"),
    ("allocations.csv", 3, "share"),
    ("snapshots.csv", 2, "day"),
    ("snapshots.csv", 3, "scope_points"),
    ("snapshots.csv", 3, "done_points"),
    ("snapshots.csv", 4, "day"),
    ("documents.csv", 2, "kind"),
    ("documents.csv", 2, "body"),
}


def test_bad_rows_are_all_reported_and_nothing_is_written(db, tmp_path):
    import_good(db)
    before = counts(db)
    path = write_dir(tmp_path, BAD_FILES)

    with pytest.raises(ValidationFailed) as caught, db.begin() as session:
        import_path(session, path)

    errors = caught.value.errors
    assert {(e.file, e.row, e.field) for e in errors} == BAD_LOCATIONS
    assert len(errors) == len(BAD_LOCATIONS)
    text = str(caught.value)
    assert all(str(error) in text for error in errors)
    messages = {(e.file, e.row, e.field): e.message for e in errors}
    assert "already exists in the database" in messages["projects.csv", 5, "key"]
    assert "already exists in the database" in messages["resources.csv", 2, "name"]
    assert "unknown project 'PRJ-0999'" in messages["work_items.csv", 3, "project"]
    assert "unknown resource 'Nobody'" in messages["work_items.csv", 3, "assignee"]
    assert "unknown resource 'Ghost'" in messages["allocations.csv", 3, "resource"]
    assert "already has a snapshot for 2024-01-31" in messages["snapshots.csv", 2, "day"]
    assert counts(db) == before


def test_importing_keys_that_already_exist_is_rejected(db, tmp_path):
    import_good(db)
    before = counts(db)
    path = tmp_path / "again.json"
    path.write_text(json.dumps({
        "projects": [
            {"key": "PRJ-0009", "name": "New", "status": "active", "priority": "low",
             "portfolio": "Finance"},
            {"key": "PRJ-0002", "name": "Clash", "status": "active", "priority": "low",
             "portfolio": "Finance"},
        ],
        "resources": [{"name": "Chen Yu"}],
    }), encoding="utf-8")

    with pytest.raises(ValidationFailed) as caught, db.begin() as session:
        import_path(session, path)

    assert [(e.file, e.table, e.row, e.field) for e in caught.value.errors] == [
        ("again.json", "projects", 1, "key"),
        ("again.json", "resources", 0, "name"),
    ]
    assert "bundle" not in str(caught.value)
    assert "again.json projects[1], field 'key': project 'PRJ-0002' already exists" in str(
        caught.value
    )
    assert counts(db) == before


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("bundle.json", b"\x00\x01\x02garbage\xff", "binary file"),
        ("bundle.json", "{\"projects\": [{\"key\": \"Jos\u00e9\"}]}".encode("cp1252"),
         "not UTF-8"),
        ("bundle.json", b'{"projects": [', "not valid JSON"),
        ("bundle.json", b'"projects"', "top level must be an object"),
    ],
)
def test_a_broken_file_is_rejected_with_its_name_and_nothing_is_written(
    db, tmp_path, name, content, fragment
):
    import_good(db)
    before = counts(db)
    path = tmp_path / name
    path.write_bytes(content)

    with pytest.raises(ValidationFailed) as caught, db.begin() as session:
        import_path(session, path)

    assert str(caught.value).splitlines()[1].startswith(f"  {name}: ")
    assert fragment in str(caught.value)
    assert counts(db) == before


def test_a_rejection_by_the_database_rolls_back_and_is_reported(db, tmp_path):
    """Another writer may take a key between the check and the write: nothing may stick."""
    path = write_dir(tmp_path, {
        "projects.csv": "key,name,status,priority,portfolio\nP-1,One,active,low,Ops\n"
                        "P-2,Two,active,low,Ops\n",
    })

    with pytest.raises(ValidationFailed) as caught, db.begin() as session:
        plan = prepare(session, read_source(path))
        assert plan.errors == []
        portfolio = session.execute(
            insert(Portfolio).returning(Portfolio.id), [{"name": "Elsewhere"}]
        ).scalar_one()
        session.execute(insert(Project), [{
            "key": "P-2", "name": "Taken", "description": "", "status_id": 1, "priority_id": 1,
            "portfolio_id": portfolio, "owner": "", "created_at": dt.datetime(2024, 1, 1),
        }])
        write(session, plan, source=path.name)

    [error] = caught.value.errors
    assert error.file == path.name
    assert "the database rejected the import" in error.message
    assert counts(db) == dict.fromkeys(TABLES, 0)


def test_a_caller_that_catches_the_rejection_cannot_commit_half_an_import(db, tmp_path):
    path = write_dir(tmp_path, {
        "projects.csv": "key,name,status,priority,portfolio\nP-1,One,active,low,Ops\n",
        "resources.csv": "name\nAna\n",
    })

    with db.begin() as session:
        plan = prepare(session, read_source(path))
        session.execute(insert(Resource), [{"name": "Ana", "role": "", "skills": [],
                                            "weekly_capacity": 40.0}])
        with pytest.raises(ValidationFailed):
            write(session, plan, source=path.name)
    # The block ended normally, yet neither the portfolio and project written before the
    # failing statement nor the caller's own row were committed.
    assert counts(db) == dict.fromkeys(TABLES, 0)


# --- events and query counts --------------------------------------------------------------------


def test_a_successful_import_publishes_one_event_and_a_failed_one_none(db, tmp_path):
    published: list[events.Event] = []
    events.install(db, published.append)

    with db.begin() as session:
        report = import_path(session, GOOD)
    with pytest.raises(ValidationFailed), db.begin() as session:
        import_path(session, GOOD)

    with db() as session:
        ids = tuple(sorted(session.scalars(select(Project.id))))
    assert published == [events.Event("data.imported", ids)]
    assert report.project_ids == ids


def test_lookups_are_batched_not_one_query_per_row(db, tmp_path):
    """2,500 snapshots of 1,200 existing projects: the SELECT count stays small."""
    keys = [f"K-{n:05d}" for n in range(1200)]
    first = write_dir(tmp_path / "first", {
        "projects.csv": "key,name,status,priority,portfolio\n"
        + "".join(f"{key},Project {key},active,low,Ops\n" for key in keys),
    })
    with db.begin() as session:
        assert import_path(session, first).counts["projects"] == 1200
    days = ["2024-01-01", "2024-01-02"]
    second = write_dir(tmp_path / "second", {
        "snapshots.csv": "project,day,scope_points,done_points\n"
        + "".join(f"{key},{day},10,{i % 10}\n" for i, key in enumerate(keys) for day in days)
        + "".join(f"{key},2024-01-03,10,10\n" for key in keys[:100]),
    })
    selects: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    engine = db.kw["bind"]
    event.listen(engine, "before_cursor_execute", count)
    try:
        with db.begin() as session:
            report = import_path(session, second)
    finally:
        event.remove(engine, "before_cursor_execute", count)

    assert report.counts["snapshots"] == 2500
    assert len(report.project_ids) == 1200
    # statuses, priorities, 2 chunks of project keys, 2 chunks of existing snapshot days
    assert len(selects) <= 6, selects
    with db() as session:
        assert session.scalar(select(func.count()).select_from(ProjectSnapshot)) == 2500
