"""The demo generator: deterministic, and its tables tell one consistent story."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

import numpy as np
import pytest

from data.demo import generate
from data.schema import PRIORITIES, STATUSES, Base

TODAY = dt.date(2026, 11, 25)
NOW = dt.datetime.combine(TODAY, dt.time(18, 0))
STATUS = {code: i for i, (code, *_) in enumerate(STATUSES, start=1)}


@pytest.fixture(scope="module")
def demo():
    return generate(200, seed=7, today=TODAY)


def rows(table) -> list[dict]:
    return table.dicts()


def by_project(table) -> dict[int, list[dict]]:
    groups: dict[int, list[dict]] = defaultdict(list)
    for row in table.dicts():
        groups[row["project_id"]].append(row)
    return groups


def test_same_seed_gives_the_same_data_and_another_seed_does_not():
    first = generate(40, seed=3, today=TODAY)
    again = generate(40, seed=3, today=TODAY)
    other = generate(40, seed=4, today=TODAY)
    assert first == again
    assert first.work_items.column("done_at") == again.work_items.column("done_at")
    assert first != other
    assert first.projects.column("start_date") != other.projects.column("start_date")


def test_tables_have_exactly_the_schema_columns(demo):
    for table in demo.tables():
        assert set(table.names) == set(Base.metadata.tables[table.name].c.keys()), table.name
        assert len(table) > 0, table.name


def test_ids_keys_and_lookup_codes(demo):
    projects = rows(demo.projects)
    assert [p["id"] for p in projects] == list(range(1, 201))
    assert projects[0]["key"] == "PRJ-0001" and projects[-1]["key"] == "PRJ-0200"
    assert len({p["key"] for p in projects}) == 200
    assert {p["priority_id"] for p in projects} == set(range(1, len(PRIORITIES) + 1))
    assert 6 <= len(demo.portfolios) <= 12
    items = demo.work_items.column("id")
    assert items == list(range(1, len(items) + 1))
    assert 25 <= len(items) / 200 <= 35


def test_every_status_is_present_and_follows_the_simulation(demo):
    projects = rows(demo.projects)
    items = by_project(demo.work_items)
    snapshots = by_project(demo.project_snapshots)
    assert {p["status_id"] for p in projects} == set(STATUS.values())
    for p in projects:
        mine = items[p["id"]]
        assert p["due_date"] >= p["start_date"]
        assert p["created_at"] <= NOW and p["created_at"].date() <= p["start_date"]
        if p["status_id"] == STATUS["proposed"]:
            assert p["start_date"] > TODAY
            assert all(i["status"] == "todo" for i in mine)
            assert p["id"] not in snapshots
        else:
            assert p["start_date"] <= TODAY
        if p["status_id"] == STATUS["done"]:
            assert all(i["status"] == "done" for i in mine)
            assert p["completed_at"] == max(i["done_at"] for i in mine)
        else:
            assert p["completed_at"] is None
        if p["status_id"] in (STATUS["active"], STATUS["on_hold"]):
            assert any(i["status"] != "done" for i in mine)


def test_some_projects_are_late_early_or_grow(demo):
    projects = rows(demo.projects)
    items = by_project(demo.work_items)
    done = [p for p in projects if p["status_id"] == STATUS["done"]]
    active = [p for p in projects if p["status_id"] == STATUS["active"]]
    assert any(p["completed_at"].date() > p["due_date"] for p in done)
    assert any(p["completed_at"].date() < p["due_date"] for p in done)
    assert any(p["due_date"] < TODAY for p in active), "no active project is past its due date"
    grew = [p for p in projects if any(i["created_at"].date() > p["start_date"]
                                       for i in items[p["id"]])]
    assert 0.15 * len(projects) < len(grew) < 0.6 * len(projects)
    assert sum(demo.project_snapshots.column("items_removed")) > 0


def test_work_items_agree_with_the_clock(demo):
    projects = {p["id"]: p for p in rows(demo.projects)}
    team = defaultdict(set)
    for a in rows(demo.allocations):
        team[a["project_id"]].add(a["resource_id"])
    statuses = set()
    for item in rows(demo.work_items):
        project = projects[item["project_id"]]
        statuses.add(item["status"])
        assert item["story_points"] in (1, 2, 3, 5, 8, 13)
        assert item["kind"] in ("feature", "backlog_item")
        assert project["created_at"] <= item["created_at"] <= NOW
        if item["status"] == "done":
            assert item["created_at"] <= item["started_at"] <= item["done_at"] <= NOW
            assert item["done_at"].date() <= TODAY
        elif item["status"] == "in_progress":
            assert item["created_at"] <= item["started_at"] <= NOW and item["done_at"] is None
        else:
            assert item["started_at"] is None and item["done_at"] is None
        if item["due_at"] is not None:
            assert item["kind"] == "feature" and item["due_at"] > item["created_at"]
        if item["started_at"] is not None:
            assert item["started_at"].date() >= project["start_date"]
            assert item["assignee_id"] is not None
        if item["assignee_id"] is not None:
            assert item["assignee_id"] in team[item["project_id"]]
    assert statuses == {"todo", "in_progress", "done"}


def test_snapshots_add_up_to_the_work_items(demo):
    projects = {p["id"]: p for p in rows(demo.projects)}
    items = by_project(demo.work_items)
    for project_id, snaps in by_project(demo.project_snapshots).items():
        project, mine = projects[project_id], items[project_id]
        points = np.array([i["story_points"] for i in mine])
        created = np.array([i["created_at"].date() for i in mine])
        started = np.array([i["started_at"].date() if i["started_at"] else dt.date.max
                            for i in mine])
        done = np.array([i["done_at"].date() if i["done_at"] else dt.date.max for i in mine])
        days = [s["day"] for s in snaps]
        assert days == sorted(days) and days[0] == project["start_date"]
        assert all((b - a).days == 1 for a, b in zip(days, days[1:], strict=False))
        end = project["completed_at"].date() if project["completed_at"] else TODAY
        if project["status_id"] != STATUS["cancelled"]:
            assert days[-1] == end
        done_before, removed, all_removed = -1, 0, sum(s["items_removed"] for s in snaps)
        for s in snaps:
            d = s["day"]
            assert s["done_points"] == points[done <= d].sum()
            assert s["in_progress_points"] == points[(started <= d) & (done > d)].sum()
            assert s["done_points"] <= s["scope_points"]
            removed += s["items_removed"]
            existing = points[created <= d].sum()
            if removed == all_removed:
                assert s["scope_points"] == existing
            else:  # items removed later still count in the scope until they go
                assert s["scope_points"] > existing
            assert s["done_points"] >= done_before
            done_before = s["done_points"]
        assert snaps[-1]["scope_points"] == points[created <= days[-1]].sum()
        grew = sum(1 for c in created if c > project["start_date"])
        assert sum(s["items_added"] for s in snaps) == grew


def test_some_people_are_over_allocated(demo):
    events = defaultdict(list)
    for a in rows(demo.allocations):
        assert 0 < a["share"] <= 1 and a["period_end"] >= a["period_start"]
        events[a["resource_id"]] += [(a["period_start"], a["share"]),
                                     (a["period_end"] + dt.timedelta(days=1), -a["share"])]
    peaks = []
    for changes in events.values():
        load, peak = 0.0, 0.0
        for _, delta in sorted(changes, key=lambda c: (c[0], c[1])):
            load += delta
            peak = max(peak, load)
        peaks.append(peak)
    over = sum(p > 1.0 + 1e-9 for p in peaks)
    assert 0 < over < len(peaks)


def test_resources_have_roles_skills_and_capacity(demo):
    resources = rows(demo.resources)
    assert len({r["name"] for r in resources}) == len(resources)
    for r in resources:
        assert r["role"] and r["weekly_capacity"] > 0
        assert 2 <= len(r["skills"]) <= 5 and len(set(r["skills"])) == len(r["skills"])
        assert all(isinstance(s, str) for s in r["skills"])
    skills = {s for r in resources for s in r["skills"]}
    assert {"python", "react", "sql", "embedded", "ml", "security"} <= skills


def test_users_are_an_admin_one_manager_per_portfolio_and_a_viewer(demo):
    users = {u["id"]: u for u in rows(demo.users)}
    roles = [u["role"] for u in users.values()]
    assert roles.count("admin") == 1 and roles.count("viewer") == 1
    assert roles.count("manager") == len(demo.portfolios)
    assert len({u["username"] for u in users.values()}) == len(users)
    managed = [(users[link["user_id"]]["role"], link["portfolio_id"])
               for link in rows(demo.user_portfolios)]
    manager_portfolios = sorted(p for role, p in managed if role == "manager")
    assert manager_portfolios == list(range(1, len(demo.portfolios) + 1))


def test_documents_quote_the_simulated_facts(demo):
    projects = {p["id"]: p for p in rows(demo.projects)}
    snapshots = {(s["project_id"], s["day"]): s for s in rows(demo.project_snapshots)}
    people = set(demo.resources.column("name"))
    docs = by_project(demo.documents)
    started = [p for p in projects.values() if p["status_id"] != STATUS["proposed"]]
    assert set(docs) == {p["id"] for p in started}
    checked = 0
    for project_id, mine in docs.items():
        project = projects[project_id]
        kinds = {d["kind"] for d in mine}
        assert {"meeting_minutes", "status_note"} <= kinds
        for doc in mine:
            assert project["key"] in doc["title"] + doc["body"]
            assert project["start_date"] <= doc["created_at"].date() and doc["created_at"] <= NOW
            if doc["kind"] == "meeting_minutes":
                assert "The team decided to" in doc["body"]
                attendees = re.search(r"Attendees: (.*?)\. Chair", doc["body"]).group(1)
                assert set(attendees.split(", ")) <= people
            numbers = re.search(r"(\d+) of (\d+) story points are done", doc["body"])
            if numbers:
                snap = snapshots[(project_id, doc["created_at"].date())]
                assert int(numbers.group(1)) == snap["done_points"]
                assert int(numbers.group(2)) == snap["scope_points"]
                checked += 1
    assert checked > len(started)
    assert any(d["kind"] == "spec" for d in rows(demo.documents))


def test_scale_options_weekly_snapshots_fewer_items_no_documents():
    data = generate(60, seed=5, today=TODAY, items_per_project=10, snapshot_every_days=7,
                    documents=False)
    assert len(data.documents) == 0
    assert 8 <= len(data.work_items) / 60 <= 12
    for snaps in by_project(data.project_snapshots).values():
        gaps = [(b["day"] - a["day"]).days for a, b in zip(snaps, snaps[1:], strict=False)]
        assert all(g == 7 for g in gaps[:-1]) and all(1 <= g <= 7 for g in gaps[-1:])


@pytest.mark.parametrize("kwargs", [{"n_projects": 0}, {"snapshot_every_days": 0},
                                    {"items_per_project": 0.5}])
def test_rejects_impossible_arguments(kwargs):
    with pytest.raises(ValueError):
        generate(**{"n_projects": 5, **kwargs}, today=TODAY)
