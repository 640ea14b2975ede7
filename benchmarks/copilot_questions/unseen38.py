"""Held-out split unseen38: 150 questions written blind for the copilot benchmark.

Who wrote it and how: a helper session working from benchmarks/copilot_questions/BRIEF.md, in its
own worktree, without opening the copilot's code, its docs, the tests or any other split, and
without running the copilot or seeing a score. Names, keys, skills, roles, portfolios, owners and
document phrases were looked up with plain SQL in the 200-project demo (seed 7, today 2026-06-17);
forecast facts (P(on time), P50 dates) were checked with ``--resolve-only``.

The writers: people who type into the chat box the way they type into a search engine (short
keyword strings without verbs), people who write careful questions full of exceptions and
negations ("other than", "not counting", "leave out", "excluding", "skip"), and people who give
a lot of background before asking; an even mix of director, team lead, resource manager, new
hire and finance; 15 questions asked from a project page ("here", "this one", "this team",
"this project"); some phone typos; German, French, Spanish, Dutch, Italian and Portuguese.

Readings used (expect.py's docstring and docs/metrics.md where they speak):
- open = proposed, active or on hold; closed = done or cancelled; "not closed yet", "still
  open", "neither finished nor cancelled" = open; "finished", "completed", "delivered" = status
  done with its completion date in the period (cancelled never counts as completed).
- late, "overdue", "past their due date", "behind schedule" = open and due before today; at risk
  = open, not late, P(on time) below 50 %; "leave out the ones already late" on an at-risk or
  odds question changes nothing for a list and drops the late ones (P = 0) from a ranking.
- "proposed ones that haven't started / kicked off" = status proposed, so "open minus proposed" =
  active or on hold; "people are already working on" = the same.
- "due in July", "due this week", "due the coming fortnight", "scheduled to wrap up in Q4" = open
  projects whose due date falls in the period (a project already done early is not "due");
  "between now and the end of September" = open projects due from today to 30 September 2026,
  which leaves out the late ones as the writer asked.
- "kicking off next month" = start date in July; "started this month so far" = start date from 1
  June to today; "kicked off since Monday" = start date from Monday 15 June to today.
- "went late this week" / "slipped past their due date during May" = open projects that became
  late (the day after their due date) in that period and are still late.
- "items added to scope" = work items added to projects' scope after their start, from the daily
  snapshots; "new work items" = work items created in the period.
- works on / "who's on" / "people on" / "team" = an allocation covering today; "X's projects",
  "which projects is X on" = projects X has an allocation to today; "owns", "leads", "owner" =
  the project's owner field.
- load = the highest daily sum of allocation shares in the period (this week when none is said);
  "over 100 %", "overbooked", "overallocated" = load above 1.0 on some day of the period; "free",
  "nothing booked", "completely unallocated" = no allocation on any day of the period.
- ETA, "expected finish date", "when will it realistically finish / land" = the forecast's P50
  date; "chance", "odds", "likely to hit their date" = P(on time); "worst forecast" = lowest
  P(on time); "better than even odds" = P(on time) of at least 0.5 (none is exactly 0.5).
- "skills most in demand" = open work items needing the skill; "rarest skill" = the skill the
  fewest people have; "headcount" per skill = people who have it.
- "points done / finished" = story points of work items done in the period; "open items", "open
  tasks" = work items not done.
- periods relative to today, Wednesday 17 June 2026: this week = Mon 15 to Sun 21 June; next week
  = 22 to 28 June; last week = 8 to 14 June; since Monday = 15 June to today; "the coming
  fortnight" = today and the 13 days after it (17 to 30 June); this month = June; last month =
  May; next month = July = 1 to 31 July 2026; Q1 = January to March 2026; Q4 = October to
  December 2026; "between January and the end of June" (H1) = 1 January to 30 June 2026; "the
  last 30 days" = today and the 29 days before it; "last Friday" = 12 June.
- A first name two or more people share (Hugo, Mei, Julia) and a project name two or more open
  projects share (Beacon data catalog, Iris recommendation engine, Nimbus pricing experiment)
  need a clarification; a name one open and one closed project share (Falcon push
  notifications) is the open one. Budgets, spending, rates, revenue, NPS, complaints and holidays
  are not in the data: refuse. Non-English questions the data can answer carry the spec of the
  answer.
"""

from __future__ import annotations

SPLIT = "unseen38"

QUESTIONS = [
    {
        "id": "u38-001", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "late projs",
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u38-002", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "How many projects are open right now, not counting the proposed ones that "
                    "haven't started yet?",
        "expect": {"count": "projects", "where": {"status": ["active", "on_hold"]}},
    },
    {
        "id": "u38-003", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "data platform active count",
        "expect": {
            "count": "projects",
            "where": {"status": "active", "portfolio": "Data Platform"},
        },
    },
    {
        "id": "u38-004", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many projects are at risk, leaving aside the ones that are already past "
                    "their due date?",
        "expect": {"count": "projects", "where": {"health": "at_risk"}},
    },
    {
        "id": "u38-005", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": "critical priority open count",
        "expect": {"count": "projects", "where": {"status": "open", "priority": "critical"}},
    },
    {
        "id": "u38-006", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "I'm putting together the half-year summary for the finance committee and "
                    "need a single figure: how many projects did we actually complete between "
                    "January and the end of June? Cancelled ones shouldn't be in there.",
        "expect": {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}},
    },
    {
        "id": "u38-007", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": "number of people over 100% this week",
        "expect": {"count": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u38-008", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many Mobile Apps projects aren't closed yet, excluding anything that's "
                    "on hold?",
        "expect": {
            "count": "projects",
            "where": {"portfolio": "Mobile Apps", "status": ["proposed", "active"]},
        },
    },
    {
        "id": "u38-009", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": "open features count",
        "expect": {"count": "work_items", "where": {"status": "open", "kind": "feature"}},
    },
    {
        "id": "u38-010", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "cancelled projects total",
        "expect": {"count": "projects", "where": {"status": "cancelled"}},
    },
    {
        "id": "u38-011", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "how many open items here",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0072", "status": "open"}},
        "page": "/projects/PRJ-0072",
    },
    {
        "id": "u38-012", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "For the Security portfolio, how many projects are on track at the moment? "
                    "Don't include the proposed ones that haven't kicked off.",
        "expect": {
            "count": "projects",
            "where": {
                "portfolio": "Security",
                "health": "on_track",
                "status": ["active", "on_hold"],
            },
        },
    },
    {
        "id": "u38-013", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": "How many meeting minutes have been filed so far this month?",
        "expect": {
            "count": "documents",
            "where": {"kind": "meeting_minutes", "created": "this_month"},
        },
    },
    {
        "id": "u38-014", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "late devices projects",
        "expect": {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}},
    },
    {
        "id": "u38-015", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "at risk ml platform",
        "expect": {"list": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}},
    },
    {
        "id": "u38-016", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "I'm new here and trying to understand why a couple of projects look frozen "
                    "on the board. Which ones are actually on hold at the moment?",
        "expect": {"list": "projects", "where": {"status": "on_hold"}},
    },
    {
        "id": "u38-017", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "critical projects still open",
        "expect": {"list": "projects", "where": {"status": "open", "priority": "critical"}},
    },
    {
        "id": "u38-018", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "Can you list the high-priority projects that are at risk, other than the "
                    "ones in Data Platform?",
        "expect": {
            "list": "projects",
            "where": {
                "health": "at_risk",
                "priority": "high",
                "portfolio": ["Payments", "Mobile Apps", "Devices", "Growth",
                              "Infrastructure", "Security", "Customer Support", "ML Platform",
                              "Web Storefront"],
            },
        },
    },
    {
        "id": "u38-019", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "proposed projects",
        "expect": {"list": "projects", "where": {"status": "proposed"}},
    },
    {
        "id": "u38-020", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "projects owned by leo moreau",
        "expect": {"list": "projects", "where": {"owner": "Leo Moreau"}},
    },
    {
        "id": "u38-021", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "Which open Growth projects are on track? Please skip the proposed ones, I "
                    "only care about the ones people are already working on.",
        "expect": {
            "list": "projects",
            "where": {"portfolio": "Growth", "health": "on_track", "status": ["active", "on_hold"]},
        },
    },
    {
        "id": "u38-022", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "Which projects does Sofia Zhang lead?",
        "expect": {"list": "projects", "where": {"owner": "Sofia Zhang"}},
    },
    {
        "id": "u38-023", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "late or at risk customer support",
        "expect": {
            "list": "projects",
            "where": {"health": ["late", "at_risk"], "portfolio": "Customer Support"},
        },
    },
    {
        "id": "u38-024", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "List the open Infrastructure projects other than the one that's on hold.",
        "expect": {
            "list": "projects",
            "where": {"portfolio": "Infrastructure", "status": ["proposed", "active"]},
        },
    },
    {
        "id": "u38-025", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "web storefront at risk",
        "expect": {
            "list": "projects",
            "where": {"health": "at_risk", "portfolio": "Web Storefront"},
        },
    },
    {
        "id": "u38-026", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "Which Payments projects with high or critical priority are neither finished "
                    "nor cancelled?",
        "expect": {
            "list": "projects",
            "where": {"portfolio": "Payments", "priority": ["high", "critical"], "status": "open"},
        },
    },
    {
        "id": "u38-027", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "low prio active projects",
        "expect": {"list": "projects", "where": {"status": "active", "priority": "low"}},
    },
    {
        "id": "u38-028", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "due in july",
        "expect": {
            "list": "projects",
            "where": {"status": "open", "due": "range:2026-07-01:2026-07-31"},
        },
    },
    {
        "id": "u38-029", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "due the coming fortnight",
        "expect": {"list": "projects", "where": {"status": "open", "due": "next_days:14"}},
    },
    {
        "id": "u38-030", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "finished last month",
        "expect": {"list": "projects", "where": {"completed": "last_month"}},
    },
    {
        "id": "u38-031", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "Which projects have we completed so far this week?",
        "expect": {"list": "projects", "where": {"completed": "this_week"}},
    },
    {
        "id": "u38-032", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "projects kicking off next month",
        "expect": {"list": "projects", "where": {"started": "next_month"}},
    },
    {
        "id": "u38-033", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "q1 completed count",
        "expect": {"count": "projects", "where": {"completed": "q1"}},
    },
    {
        "id": "u38-034", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "points done last week",
        "expect": {"value": "points_done", "where": {"done": "last_week"}},
    },
    {
        "id": "u38-035", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "I'm closing out May for the Devices cost centre and need the delivery figure"
                    " to go with it. How many story points did the Devices portfolio finish "
                    "during May?",
        "expect": {"value": "points_done", "where": {"done": "last_month", "portfolio": "Devices"}},
    },
    {
        "id": "u38-036", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "What's due between now and the end of September? Leave out anything that's "
                    "already overdue.",
        "expect": {
            "list": "projects",
            "where": {"status": "open", "due": "range:2026-06-17:2026-09-30"},
        },
    },
    {
        "id": "u38-037", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "Which projects are scheduled to wrap up in Q4?",
        "expect": {"list": "projects", "where": {"status": "open", "due": "q4"}},
    },
    {
        "id": "u38-038", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "Which projects have actually started this month so far? I don't mean the "
                    "ones that are only scheduled to start later in June.",
        "expect": {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}},
    },
    {
        "id": "u38-039", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "work items created last week",
        "expect": {"count": "work_items", "where": {"created": "last_week"}},
    },
    {
        "id": "u38-040", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "due this week",
        "expect": {"list": "projects", "where": {"status": "open", "due": "this_week"}},
    },
    {
        "id": "u38-041", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "points finished here last month",
        "expect": {"value": "points_done", "where": {"project": "PRJ-0046", "done": "last_month"}},
        "page": "/projects/PRJ-0046",
    },
    {
        "id": "u38-042", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "most overdue",
        "expect": {"top": "projects", "by": "days_overdue", "k": 1},
    },
    {
        "id": "u38-043", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "I'm doing next week's staffing round and want to start with the people who "
                    "are most overloaded. Who are the three busiest people next week?",
        "expect": {"top": "people", "by": "load", "period": "next_week", "k": 3},
    },
    {
        "id": "u38-044", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which portfolio has the most late projects?",
        "expect": {"top": "portfolios", "by": "count", "where": {"health": "late"}, "k": 1},
    },
    {
        "id": "u38-045", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Give me the five projects least likely to hit their due date, but leave out "
                    "the ones that are already late.",
        "expect": {
            "top": "projects",
            "by": "p_on_time",
            "where": {"health": ["at_risk", "on_track"]},
            "k": 5,
        },
    },
    {
        "id": "u38-046", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "who owns the most open projects",
        "expect": {"top": "owners", "by": "count", "where": {"status": "open"}, "k": 1},
    },
    {
        "id": "u38-047", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "skills most in demand top 3",
        "expect": {"top": "skills", "by": "open_items", "k": 3},
    },
    {
        "id": "u38-048", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "rarest skill",
        "expect": {"top": "skills", "by": "people", "order": "asc", "k": 1},
    },
    {
        "id": "u38-049", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "Who has the most open tasks assigned to them?",
        "expect": {"top": "people", "by": "open_items", "k": 1},
    },
    {
        "id": "u38-050", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": "biggest remaining backlog in points, open projects only, proposed ones "
                    "excluded, top 3",
        "expect": {
            "top": "projects",
            "by": "remaining_points",
            "where": {"status": ["active", "on_hold"]},
            "k": 3,
        },
    },
    {
        "id": "u38-051", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "furthest along of the open projects",
        "expect": {"top": "projects", "by": "progress", "where": {"status": "open"}, "k": 1},
    },
    {
        "id": "u38-052", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "payments vs devices late",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"health": "late"},
            "only": ["Payments", "Devices"],
        },
    },
    {
        "id": "u38-053", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": "Between Data Platform and ML Platform, which one has more projects at risk "
                    "right now?",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"health": "at_risk"},
            "only": ["Data Platform", "ML Platform"],
        },
    },
    {
        "id": "u38-054", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": "grace moreau vs tom kaur load this week",
        "expect": {
            "groups": "people",
            "by": "load",
            "period": "this_week",
            "only": ["Grace Moreau", "Tom Kaur"],
        },
    },
    {
        "id": "u38-055", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": "I'm still learning how the statuses work here. Of the open projects, how "
                    "many are proposed, how many are active and how many are on hold?",
        "expect": {
            "groups": "projects",
            "by": "status",
            "where": {"status": "open"},
            "only": ["Proposed", "Active", "On hold"],
        },
    },
    {
        "id": "u38-056", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": "python vs java headcount",
        "expect": {"groups": "skills", "by": "people", "only": ["python", "java"]},
    },
    {
        "id": "u38-057", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "high vs critical open",
        "expect": {
            "groups": "projects",
            "by": "priority",
            "where": {"status": "open"},
            "only": ["high", "critical"],
        },
    },
    {
        "id": "u38-058", "split": SPLIT, "persona": "team_lead", "category": "comparisons",
        "question": "open items growth vs web storefront",
        "expect": {
            "groups": "work_items",
            "by": "portfolio",
            "where": {"status": "open"},
            "only": ["Growth", "Web Storefront"],
        },
    },
    {
        "id": "u38-059", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": "Infrastructure health breakdown, not counting closed projects",
        "expect": {
            "groups": "projects",
            "by": "health",
            "where": {"portfolio": "Infrastructure"},
            "only": ["late", "at_risk", "on_track"],
        },
    },
    {
        "id": "u38-060", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "Compare how many projects Payments and Customer Support completed last month.",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"completed": "last_month"},
            "only": ["Payments", "Customer Support"],
        },
    },
    {
        "id": "u38-061", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "who's on PRJ-0040",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0040"}},
    },
    {
        "id": "u38-062", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "kenji load next week",
        "expect": {"value": "load", "of": "Kenji Brown", "period": "next_week"},
    },
    {
        "id": "u38-063", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "who works on this one",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0127"}},
        "page": "/projects/PRJ-0127",
    },
    {
        "id": "u38-064", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "We have an urgent pipeline fix landing next week and I need a DevOps "
                    "engineer to pick it up. Which DevOps engineers have nothing booked next "
                    "week?",
        "expect": {"list": "people", "where": {"role": "DevOps engineer", "free": "next_week"}},
    },
    {
        "id": "u38-065", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "aisha eriksen load this week",
        "expect": {"value": "load", "of": "Aisha Eriksen", "period": "this_week"},
    },
    {
        "id": "u38-066", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "Which QA engineers are overbooked this week?",
        "expect": {
            "list": "people",
            "where": {"role": "QA engineer", "over_allocated": "this_week"},
        },
    },
    {
        "id": "u38-067", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "I'm trying to rebalance work on the Data Platform side and Lara Ahmed seems "
                    "stretched thin. What's her peak load over the coming fortnight?",
        "expect": {"value": "load", "of": "Lara Ahmed", "period": "next_days:14"},
    },
    {
        "id": "u38-068", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "which projects is Farah Haddad on",
        "expect": {"list": "projects", "where": {"staffed_by": "Farah Haddad"}},
    },
    {
        "id": "u38-069", "split": SPLIT, "persona": "finance", "category": "people",
        "question": "who owns PRJ-0086",
        "expect": {"value": "owner", "of": "PRJ-0086"},
    },
    {
        "id": "u38-070", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "Who's completely unallocated in July?",
        "expect": {"list": "people", "where": {"free": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u38-071", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "people on harbor sensor hub",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0183"}},
    },
    {
        "id": "u38-072", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "emeka okafor projs",
        "expect": {"list": "projects", "where": {"staffed_by": "Emeka Okafor"}},
    },
    {
        "id": "u38-073", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "who's the owner here?",
        "expect": {"value": "owner", "of": "PRJ-0151"},
        "page": "/projects/PRJ-0151",
    },
    {
        "id": "u38-074", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "How many people are on the Beacon push notifications team?",
        "expect": {"count": "people", "where": {"works_on": "PRJ-0018"}},
    },
    {
        "id": "u38-075", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "anyone on this team over 100% this week?",
        "expect": {
            "list": "people",
            "where": {"works_on": "PRJ-0037", "over_allocated": "this_week"},
        },
        "page": "/projects/PRJ-0037",
    },
    {
        "id": "u38-076", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "go devs",
        "expect": {"list": "people", "where": {"skill": "go"}},
    },
    {
        "id": "u38-077", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "What skills does Kenji Brown have?",
        "expect": {"list": "skills", "where": {"person": "Kenji Brown"}},
    },
    {
        "id": "u38-078", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "kubernetes people free next month",
        "expect": {"list": "people", "where": {"skill": "kubernetes", "free": "next_month"}},
    },
    {
        "id": "u38-079", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "Who has both Spark and SQL?",
        "expect": {"list": "people", "where": {"skill": ["spark", "sql"]}},
    },
    {
        "id": "u38-080", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "how many people know react",
        "expect": {"count": "people", "where": {"skill": "react"}},
    },
    {
        "id": "u38-081", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "embedded folks free in july",
        "expect": {
            "list": "people",
            "where": {"skill": "embedded", "free": "range:2026-07-01:2026-07-31"},
        },
    },
    {
        "id": "u38-082", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "I need somebody for a security review over the coming fortnight, and they "
                    "can't be booked on anything else in that window. Who has security skills and"
                    " is completely free?",
        "expect": {"list": "people", "where": {"skill": "security", "free": "next_days:14"}},
    },
    {
        "id": "u38-083", "split": SPLIT, "persona": "finance", "category": "skills",
        "question": "skills of Tariq Olsen",
        "expect": {"list": "skills", "where": {"person": "Tariq Olsen"}},
    },
    {
        "id": "u38-084", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "accessibility people",
        "expect": {"list": "people", "where": {"skill": "accessibility"}},
    },
    {
        "id": "u38-085", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "who on this team knows python",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0111", "skill": "python"}},
        "page": "/projects/PRJ-0111",
    },
    {
        "id": "u38-086", "split": SPLIT, "persona": "director", "category": "changes",
        "question": "what went late this week",
        "expect": {"list": "projects", "where": {"became_late": "this_week"}},
    },
    {
        "id": "u38-087", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": "new projects created this month",
        "expect": {"list": "projects", "where": {"created": "this_month"}},
    },
    {
        "id": "u38-088", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": "items added to scope last month",
        "expect": {"value": "scope_items_added", "where": {}, "period": "last_month"},
    },
    {
        "id": "u38-089", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "Which projects slipped past their due date during May?",
        "expect": {"list": "projects", "where": {"became_late": "last_month"}},
    },
    {
        "id": "u38-090", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": "items added to data platform scope last 30 days",
        "expect": {
            "value": "scope_items_added",
            "where": {"portfolio": "Data Platform"},
            "period": "last_days:30",
        },
    },
    {
        "id": "u38-091", "split": SPLIT, "persona": "resource_manager", "category": "changes",
        "question": "new work items since monday",
        "expect": {"count": "work_items", "where": {"created": "since_monday"}},
    },
    {
        "id": "u38-092", "split": SPLIT, "persona": "new_hire", "category": "changes",
        "question": "Which projects kicked off since Monday?",
        "expect": {"list": "projects", "where": {"started": "since_monday"}},
    },
    {
        "id": "u38-093", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "how many items got added to the scope here this month",
        "expect": {
            "value": "scope_items_added",
            "where": {"key": "PRJ-0069"},
            "period": "this_month",
        },
        "page": "/projects/PRJ-0069",
    },
    {
        "id": "u38-094", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "why is PRJ-0104 late",
        "expect": {"cause": "PRJ-0104"},
    },
    {
        "id": "u38-095", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "Falcon push notifications, what's holding it up?",
        "expect": {"cause": "PRJ-0165"},
    },
    {
        "id": "u38-096", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "why's this one late",
        "expect": {"cause": "PRJ-0130"},
        "page": "/projects/PRJ-0130",
    },
    {
        "id": "u38-097", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "reason nimbus kubernetes migration overdue",
        "expect": {"cause": "PRJ-0200"},
    },
    {
        "id": "u38-098", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "The Zephyr chatbot pilot was due last Friday and it's still open. Can you "
                    "tell me what went wrong?",
        "expect": {"cause": "PRJ-0102"},
    },
    {
        "id": "u38-099", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "why is sierra invoice engine at risk",
        "expect": {"cause": "PRJ-0063"},
    },
    {
        "id": "u38-100", "split": SPLIT, "persona": "resource_manager", "category": "causes",
        "question": "what's dragging PRJ-0127 down",
        "expect": {"cause": "PRJ-0127"},
    },
    {
        "id": "u38-101", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "harbor sensor hub behind schedule why",
        "expect": {"cause": "PRJ-0183"},
    },
    {
        "id": "u38-102", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "We promised the Data Platform stakeholders a January go-live for the Delta "
                    "event pipeline. What's the chance it actually finishes by its due date?",
        "expect": {"value": "p_on_time", "of": "PRJ-0030"},
    },
    {
        "id": "u38-103", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "eta PRJ-0151",
        "expect": {"value": "p50_date", "of": "PRJ-0151"},
    },
    {
        "id": "u38-104", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "when will this realistically finish",
        "expect": {"value": "p50_date", "of": "PRJ-0048"},
        "page": "/projects/PRJ-0048",
    },
    {
        "id": "u38-105", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "Which projects have less than a 20% chance of hitting their due date? Leave "
                    "out the ones that are already overdue.",
        "expect": {"list": "projects", "where": {"p_below": 0.2, "health": "at_risk"}},
    },
    {
        "id": "u38-106", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "Which open Devices projects have at least a 90% chance of landing on time?",
        "expect": {"list": "projects", "where": {"portfolio": "Devices", "p_at_least": 0.9}},
    },
    {
        "id": "u38-107", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "worst forecast in payments",
        "expect": {
            "top": "projects",
            "by": "p_on_time",
            "where": {"portfolio": "Payments", "status": "open"},
            "k": 1,
        },
    },
    {
        "id": "u38-108", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "expected finish date for Raven pricing experiment",
        "expect": {"value": "p50_date", "of": "PRJ-0084"},
    },
    {
        "id": "u38-109", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "odds of making the due date",
        "expect": {"value": "p_on_time", "of": "PRJ-0002"},
        "page": "/projects/PRJ-0002",
    },
    {
        "id": "u38-110", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "how many open projects have better than even odds of finishing on time",
        "expect": {"count": "projects", "where": {"p_at_least": 0.5}},
    },
    {
        "id": "u38-111", "split": SPLIT, "persona": "resource_manager", "category": "forecasts",
        "question": "when is Quartz battery pack actually going to land",
        "expect": {"value": "p50_date", "of": "PRJ-0110"},
    },
    {
        "id": "u38-112", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "how mnay late porjects",
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u38-113", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "whos overalocated this wek",
        "expect": {"list": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u38-114", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "eta for sierra refund automaton",
        "expect": {"value": "p50_date", "of": "PRJ-0140"},
    },
    {
        "id": "u38-115", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "peopel with kubernets skill",
        "expect": {"list": "people", "where": {"skill": "kubernetes"}},
    },
    {
        "id": "u38-116", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "projcts due nxt week",
        "expect": {"list": "projects", "where": {"status": "open", "due": "next_week"}},
    },
    {
        "id": "u38-117", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "wats hugo lopez load",
        "expect": {"value": "load", "of": "Hugo Lopez", "period": "this_week"},
    },
    {
        "id": "u38-118", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "at rsik projects in growht",
        "expect": {"list": "projects", "where": {"health": "at_risk", "portfolio": "Growth"}},
    },
    {
        "id": "u38-119", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "projetcs finsihed last moth",
        "expect": {"list": "projects", "where": {"completed": "last_month"}},
    },
    {
        "id": "u38-120", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "ower of PRJ-0018",
        "expect": {"value": "owner", "of": "PRJ-0018"},
    },
    {
        "id": "u38-121", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "opne itmes on this projet",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0062", "status": "open"}},
        "page": "/projects/PRJ-0062",
    },
    {
        "id": "u38-122", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Wie viele Projekte sind überfällig?",
        "expect": {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}},
    },
    {
        "id": "u38-123", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Quels projets de Devices sont en retard ?",
        "expect": {
            "language": "fr",
            "then": {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}},
        },
    },
    {
        "id": "u38-124", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "¿Quién trabaja en PRJ-0086?",
        "expect": {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0086"}}},
    },
    {
        "id": "u38-125", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Welke projecten in Growth lopen risico?",
        "expect": {
            "language": "nl",
            "then": {"list": "projects", "where": {"health": "at_risk", "portfolio": "Growth"}},
        },
    },
    {
        "id": "u38-126", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "Qual è la probabilità che PRJ-0029 finisca in tempo?",
        "expect": {"language": "it", "then": {"value": "p_on_time", "of": "PRJ-0029"}},
    },
    {
        "id": "u38-127", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "Quantas pessoas estão sobrecarregadas esta semana?",
        "expect": {
            "language": "pt",
            "then": {"count": "people", "where": {"over_allocated": "this_week"}},
        },
    },
    {
        "id": "u38-128", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "Welche Projekte sind im Juli fällig? Abgeschlossene bitte nicht mitzählen.",
        "expect": {
            "language": "de",
            "then": {
                "list": "projects",
                "where": {"status": "open", "due": "range:2026-07-01:2026-07-31"},
            },
        },
    },
    {
        "id": "u38-129", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "Quel est le budget restant du projet Beacon battery pack ?",
        "expect": {"language": "fr", "then": None},
    },
    {
        "id": "u38-130", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Wanneer is dit project naar verwachting klaar?",
        "expect": {"language": "nl", "then": {"value": "p50_date", "of": "PRJ-0130"}},
        "page": "/projects/PRJ-0130",
    },
    {
        "id": "u38-131", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Quais são as competências da Aisha Eriksen?",
        "expect": {
            "language": "pt",
            "then": {"list": "skills", "where": {"person": "Aisha Eriksen"}},
        },
    },
    {
        "id": "u38-132", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "budget burn q2",
        "expect": {"refuse": "budgets in money are not in the data"},
    },
    {
        "id": "u38-133", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "How much have we spent on contractors in the Payments portfolio this year, "
                    "not counting the card processor migration?",
        "expect": {"refuse": "spending is not in the data"},
    },
    {
        "id": "u38-134", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": "nps by portfolio",
        "expect": {"refuse": "customer satisfaction is not in the data"},
    },
    {
        "id": "u38-135", "split": SPLIT, "persona": "resource_manager", "category": "unanswerable",
        "question": "who's on holiday next week",
        "expect": {"refuse": "absences are not in the data"},
    },
    {
        "id": "u38-136", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "What's Leo Rossi's hourly rate?",
        "expect": {"refuse": "rates and salaries are not in the data"},
    },
    {
        "id": "u38-137", "split": SPLIT, "persona": "team_lead", "category": "unanswerable",
        "question": "how many customer complaints has this project caused",
        "expect": {"refuse": "customer complaints are not in the data"},
        "page": "/projects/PRJ-0123",
    },
    {
        "id": "u38-138", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": "I'm presenting to the board tomorrow and they will ask about money. How much"
                    " revenue do we lose if the Raven chatbot pilot slips another month?",
        "expect": {"refuse": "revenue is not in the data"},
    },
    {
        "id": "u38-139", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "hugo projects",
        "expect": {"clarify": {"people_named": "hugo"}},
    },
    {
        "id": "u38-140", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "status of the beacon data catalog",
        "expect": {"clarify": {"projects_named": "beacon data catalog", "open": True}},
    },
    {
        "id": "u38-141", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "mei load next week",
        "expect": {"clarify": {"people_named": "mei"}},
    },
    {
        "id": "u38-142", "split": SPLIT, "persona": "team_lead", "category": "ambiguous",
        "question": "Iris recommendation engine eta",
        "expect": {"clarify": {"projects_named": "iris recommendation engine", "open": True}},
    },
    {
        "id": "u38-143", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "Is the Nimbus pricing experiment on track?",
        "expect": {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}},
    },
    {
        "id": "u38-144", "split": SPLIT, "persona": "new_hire", "category": "ambiguous",
        "question": "What's Julia working on these days?",
        "expect": {"clarify": {"people_named": "julia"}},
    },
    {
        "id": "u38-145", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": "what did the last sync on PRJ-0029 decide",
        "expect": {"text": [{"decision_of": "PRJ-0029"}]},
    },
    {
        "id": "u38-146", "split": SPLIT, "persona": "director", "category": "documents",
        "question": "main risk in the latest status note for Granite chatbot pilot",
        "expect": {"text": [{"risk_of": "PRJ-0086"}]},
    },
    {
        "id": "u38-147", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": "Why was the Lumen accessibility audit put on hold?",
        "expect": {"text": ["a vendor dependency is blocked"]},
    },
    {
        "id": "u38-148", "split": SPLIT, "persona": "team_lead", "category": "documents",
        "question": "latest decision from the weekly meeting here",
        "expect": {"text": [{"decision_of": "PRJ-0063"}]},
        "page": "/projects/PRJ-0063",
    },
    {
        "id": "u38-149", "split": SPLIT, "persona": "finance", "category": "documents",
        "question": "why was Umbra data catalog cancelled",
        "expect": {"text": ["the business case no longer holds"]},
    },
    {
        "id": "u38-150", "split": SPLIT, "persona": "director", "category": "documents",
        "question": "top risk in the last status note here",
        "expect": {"text": [{"risk_of": "PRJ-0140"}]},
        "page": "/projects/PRJ-0140",
    },
]
