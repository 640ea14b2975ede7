"""Held-out split unseen42: a working week of a mid-size company that just rolled out the dashboard.

Who wrote it, and how: written blind, by a helper session that read only the brief,
``copilot_questions.py``, ``records.py``, ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``__init__.py``, ``docs/metrics.md``, ``data/demo.py`` and the database's tables,
and looked every name, key, skill, role, portfolio, owner and document phrase up with plain SQL in
the seeded demo (200 projects, seed 7, as of 2026-06-17). It did not open the copilot, the
dashboard, the tests or any other split; it ran nothing but the benchmark's own ``prepare`` (to
read the stored forecasts with plain SQL) and ``--resolve-only``, and never saw a score. The
questions imagine the chat log of 150 different people over five days, each typing the one thing
they needed at that moment: directors between meetings, team leads from a project page, resource
managers planning staff, new hires finding their way, finance preparing the quarter. Some write
terse chat, some full polite sentences with context, some dictate, some type on a phone with typos,
and some write in their own language (German, French, Spanish, Dutch, Italian, Portuguese). Fifteen
are asked from a project page. Nothing is meant to trick the copilot: these are the things such
people really ask.

Readings used (today is Wednesday 2026-06-17):
- open = proposed, active or on hold; "still open", "at the moment", "currently" mean open;
  late / overdue / "past its date" / "behind" = open and due before today; at risk = the stored
  P(on time) below 50 % (late ones are late, not at risk); "on track" = open, neither.
- "works on", "is on", "on this team", "working on these days" = an allocation covering today;
  "owner", "lead", "who owns" = the project's owner field.
- "free", "nothing booked", "zero allocation", "available" in a period = load 0 on every day of
  it; "overbooked", "over-allocated", "over 100 %", "overloaded" = load above 100 % on some day;
  a person's load in a period = the highest daily sum of shares.
- ETA, "realistically finish", "expected end date", "forecast to wrap up", "when will it be
  done" = the forecast's P50 date; "odds", "chance", "probability", "likely to land on time" =
  the stored P(on time).
- "this week" = Mon 15 to Sun 21 June; "next week" = 22 to 28 June; "last week" = 8 to 14 June;
  "since Monday" = 15 to 17 June; "the coming fortnight" / "next two weeks" = 17 to 30 June;
  "this month" / "so far this month" = June (so far: 1 to 17 June); "last month" / "May" = May;
  "July" / "next month" = 1 to 31 July; "this quarter" / "Q2" = April to June; "Q1" = January to
  March; "H2" = 1 July to 31 December 2026; "the last 30 days" = 18 May to 17 June.
- "tickets", "items", "work items" = work items; open ones = not done (of any project, as
  metrics.md counts open items); "closed last month" for work items = done in May.
- "kicked off" = start date in the period, up to today; "delivered", "completed", "finished",
  "went live" for projects = status Done with the completion day in the period.
- "became late", "slipped into overdue", "went overdue" in a period = open, and the first day
  after the due date falls in the period (and is past); "added to the scope" = items added
  after the start, from the daily snapshots.
- Money (budgets, rates, revenue), customer satisfaction, vacations and production incidents are
  not in the data: refused. A first name several people share, or a project name several open
  projects share, is asked back; a name one open and one closed project share is the open one.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen42"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u42-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


def _page(key: str) -> str:
    return f"/projects/{key}"


OPEN = {"status": "open"}

QUESTIONS = [
    # -- counts --------------------------------------------------------------------------------
    _q(1, "director", "counts", "quick one before my 9am: how many projects are late right now?",
       {"count": "projects", "where": {"health": "late"}}),
    _q(2, "finance", "counts",
       "For the Q2 close I need the number of projects we completed this quarter.",
       {"count": "projects", "where": {"completed": "this_quarter"}}),
    _q(3, "team_lead", "counts", "how many open tickets does mobile apps have",
       {"count": "work_items", "where": {"status": "open", "portfolio": "Mobile Apps"}}),
    _q(4, "resource_manager", "counts", "How many people are overbooked this week?",
       {"count": "people", "where": {"over_allocated": "this_week"}}),
    _q(5, "new_hire", "counts",
       "Sorry if this is obvious, I only started on Monday. How many portfolios do we have?",
       {"count": "portfolios", "where": {}}),
    _q(6, "new_hire", "counts",
       "Hi! Still getting my bearings here. How many critical-priority projects are still open?",
       {"count": "projects", "where": {"priority": "critical", "status": "open"}}),
    _q(7, "finance", "counts",
       "How many projects are currently on hold? Need the figure for the monthly report.",
       {"count": "projects", "where": {"status": "on_hold"}}),
    _q(8, "team_lead", "counts", "how many items are still open on this one?",
       {"count": "work_items", "where": {"status": "open", "project": "PRJ-0046"}},
       page=_page("PRJ-0046")),
    _q(9, "team_lead", "counts", "what % done is this?",
       {"value": "progress", "of": "PRJ-0140"}, page=_page("PRJ-0140")),
    _q(10, "new_hire", "counts", "How many projects are in the proposed stage at the moment?",
       {"count": "projects", "where": {"status": "proposed"}}),
    _q(11, "finance", "counts",
       "How many work items were closed last month across all portfolios?",
       {"count": "work_items", "where": {"done": "last_month"}}),
    _q(12, "director", "counts", "how many active projects does payments have right now",
       {"count": "projects", "where": {"status": "active", "portfolio": "Payments"}}),
    _q(13, "new_hire", "counts", "how many meeting minutes were filed last week?",
       {"count": "documents", "where": {"kind": "meeting_minutes", "created": "last_week"}}),

    # -- lists ---------------------------------------------------------------------------------
    _q(14, "director", "lists", "Give me everything that's overdue.",
       {"list": "projects", "where": {"health": "late"}}),
    _q(15, "team_lead", "lists", "what's on hold",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(16, "finance", "lists",
       "Please list the open projects in the Security portfolio, I need them for the cost "
       "allocation sheet.",
       {"list": "projects", "where": {"status": "open", "portfolio": "Security"}}),
    _q(17, "new_hire", "lists", "What is Hugo Lopez the owner of at the moment?",
       {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}),
    _q(18, "director", "lists",
       "Show me the high-priority projects in Devices that are still open.",
       {"list": "projects", "where": {"priority": "high", "portfolio": "Devices",
                                      "status": "open"}}),
    _q(19, "team_lead", "lists", "list the at risk ones in ML Platform",
       {"list": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}}),
    _q(20, "finance", "lists",
       "Which proposed projects are high or critical priority? Trying to see what's coming down "
       "the pipeline budget-wise.",
       {"list": "projects", "where": {"status": "proposed", "priority": ["high", "critical"]}}),
    _q(21, "new_hire", "lists",
       "I'm joining the Growth team next week, which of their projects are currently open?",
       {"list": "projects", "where": {"status": "open", "portfolio": "Growth"}}),
    _q(22, "director", "lists", "Which portfolios have at least one late project?",
       {"list": "portfolios", "where": {"health": "late"}}),
    _q(23, "finance", "lists", "Is there any portfolio with no at-risk projects at all?",
       {"list": "portfolios", "where": {"health": "at_risk"}, "having": "none"}),
    _q(24, "team_lead", "lists", "late projects where Sam Adams is the owner",
       {"list": "projects", "where": {"owner": "Sam Adams", "health": "late"}}),
    _q(25, "resource_manager", "lists", "Who owns the late projects? I want to ping them.",
       {"list": "owners", "where": {"health": "late"}}),
    _q(26, "resource_manager", "lists", "list active Devices projects",
       {"list": "projects", "where": {"status": "active", "portfolio": "Devices"}}),

    # -- periods -------------------------------------------------------------------------------
    _q(27, "team_lead", "periods", "Anything due in the coming fortnight?",
       {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}),
    _q(28, "finance", "periods", "Which projects were completed in May?",
       {"list": "projects", "where": {"completed": "range:2026-05-01:2026-05-31"}}),
    _q(29, "director", "periods", "what have we finished since Monday?",
       {"list": "projects", "where": {"completed": "since_monday"}}),
    _q(30, "resource_manager", "periods", "What still has to be delivered in July?",
       {"list": "projects", "where": {"status": "open", "due": "next_month"}}),
    _q(31, "director", "periods", "How many projects kicked off so far this month?",
       {"count": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}),
    _q(32, "resource_manager", "periods",
       "Which projects start next month? I need to line people up for them.",
       {"list": "projects", "where": {"status": "open", "started": "next_month"}}),
    _q(33, "team_lead", "periods", "What got delivered last week?",
       {"list": "projects", "where": {"completed": "last_week"}}),
    _q(34, "team_lead", "periods", "when's this due again?",
       {"value": "due_date", "of": "PRJ-0030"}, page=_page("PRJ-0030")),
    _q(35, "director", "periods", "open projects due in H2, how many",
       {"count": "projects",
        "where": {"status": "open", "due": "range:2026-07-01:2026-12-31"}}),
    _q(36, "resource_manager", "periods", "Who's got nothing booked for the whole of July?",
       {"list": "people", "where": {"free": "next_month"}}),
    _q(37, "finance", "periods", "Which projects were delivered in Q1?",
       {"list": "projects", "where": {"completed": "q1"}}),
    _q(38, "team_lead", "periods", "What's due this week?",
       {"list": "projects", "where": {"status": "open", "due": "this_week"}}),
    _q(39, "finance", "periods", "how many story points have been completed so far this month",
       {"value": "points_done", "where": {"done": "range:2026-06-01:2026-06-17"}}),
    _q(40, "new_hire", "periods",
       "Which open projects are due between the 1st and the 15th of August?",
       {"list": "projects", "where": {"status": "open", "due": "range:2026-08-01:2026-08-15"}}),

    # -- rankings ------------------------------------------------------------------------------
    _q(41, "director", "rankings", "which project is the most overdue and by how much",
       {"top": "projects", "by": "days_overdue", "k": 1}),
    _q(42, "team_lead", "rankings", "top 5 open projects by remaining story points",
       {"top": "projects", "by": "remaining_points", "k": 5, "where": OPEN}),
    _q(43, "resource_manager", "rankings", "who's carrying the heaviest load this week?",
       {"top": "people", "by": "load", "k": 1, "period": "this_week"}),
    _q(44, "director", "rankings",
       "Of the projects that aren't late yet, which three are least likely to make their date?",
       {"top": "projects", "by": "p_on_time", "k": 3,
        "where": {"status": "open", "health": ["at_risk", "on_track"]}}),
    _q(45, "finance", "rankings", "Which portfolio has the most open projects?",
       {"top": "portfolios", "by": "projects", "k": 1, "where": OPEN}),
    _q(46, "team_lead", "rankings", "who has the most open work items assigned to them?",
       {"top": "people", "by": "open_items", "k": 1}),
    _q(47, "resource_manager", "rankings",
       "Top 3 people by number of projects they're on right now",
       {"top": "people", "by": "projects", "k": 3}),
    _q(48, "director", "rankings", "Who owns the most open projects?",
       {"top": "owners", "by": "projects", "k": 1, "where": OPEN}),
    _q(49, "new_hire", "rankings", "Which open projects are furthest along? Top 5 please.",
       {"top": "projects", "by": "progress", "k": 5, "where": OPEN}),
    _q(50, "new_hire", "rankings", "which deadline is coming up next?",
       {"top": "projects", "by": "due_soonest", "k": 1,
        "where": {"status": "open", "due": "rest_of_year"}}),

    # -- comparisons ---------------------------------------------------------------------------
    _q(51, "director", "comparisons", "Late projects, Devices vs Customer Support?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
        "only": ["Devices", "Customer Support"]}),
    _q(52, "resource_manager", "comparisons",
       "Can you compare Sofia Zhang's and Lara Ahmed's load this week?",
       {"groups": "people", "by": "load", "period": "this_week",
        "only": ["Sofia Zhang", "Lara Ahmed"]}),
    _q(53, "finance", "comparisons", "At-risk projects per portfolio please",
       {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"}}),
    _q(54, "finance", "comparisons",
       "Of the open projects, how many are on track, how many at risk and how many late?",
       {"groups": "projects", "by": "health", "where": OPEN}),
    _q(55, "resource_manager", "comparisons",
       "Emeka Okafor or Felix Haddad, who's busier next week?",
       {"groups": "people", "by": "load", "period": "next_week",
        "only": ["Emeka Okafor", "Felix Haddad"]}),
    _q(56, "new_hire", "comparisons",
       "How many people know Python, compared to Java and Go?",
       {"groups": "skills", "by": "people", "only": ["python", "java", "go"]}),
    _q(57, "team_lead", "comparisons", "open work items: Mobile Apps vs Devices",
       {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
        "only": ["Mobile Apps", "Devices"]}),
    _q(58, "finance", "comparisons", "Breakdown of the open projects by priority, please.",
       {"groups": "projects", "by": "priority", "where": OPEN}),
    _q(59, "director", "comparisons", "Payments or Growth: which one has more projects at risk?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
        "only": ["Payments", "Growth"]}),

    # -- people --------------------------------------------------------------------------------
    _q(60, "team_lead", "people", "who's staffed on PRJ-0046 at the moment",
       {"list": "people", "where": {"works_on": "PRJ-0046"}}),
    _q(61, "team_lead", "people", "who's on this team?",
       {"list": "people", "where": {"works_on": "PRJ-0033"}}, page=_page("PRJ-0033")),
    _q(62, "director", "people", "What is Aisha working on these days?",
       {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}),
    _q(63, "resource_manager", "people", "Tom Dubois load next week?",
       {"value": "load", "of": "Tom Dubois", "period": "next_week"}),
    _q(64, "resource_manager", "people",
       "Is Kenji Brown available next week? What's his load looking like?",
       {"value": "load", "of": "Kenji Brown", "period": "next_week"}),
    _q(65, "new_hire", "people", "Who owns the Cobalt smart thermostat project?",
       {"value": "owner", "of": "PRJ-0104"}),
    _q(66, "resource_manager", "people", "which QA engineers are free next week",
       {"list": "people", "where": {"role": "QA engineer", "free": "next_week"}}),
    _q(67, "resource_manager", "people",
       "Which of our product managers are over-allocated this week?",
       {"list": "people", "where": {"role": "Product manager", "over_allocated": "this_week"}}),
    _q(68, "team_lead", "people", "What's David on right now?",
       {"list": "projects", "where": {"staffed_by": "David Jansen"}}),
    _q(69, "new_hire", "people", "Could you list all the data engineers we have?",
       {"list": "people", "where": {"role": "Data engineer"}}),
    _q(70, "resource_manager", "people", "How loaded is Olga Chen in July?",
       {"value": "load", "of": "Olga Chen", "period": "next_month"}),
    _q(71, "resource_manager", "people", "anyone on this project overbooked this week?",
       {"list": "people", "where": {"works_on": "PRJ-0069", "over_allocated": "this_week"}},
       page=_page("PRJ-0069")),
    _q(72, "new_hire", "people", "who owns this one?",
       {"value": "owner", "of": "PRJ-0151"}, page=_page("PRJ-0151")),

    # -- skills --------------------------------------------------------------------------------
    _q(73, "resource_manager", "skills",
       "who in the company knows terraform? need someone for an infra review",
       {"list": "people", "where": {"skill": "terraform"}}),
    _q(74, "team_lead", "skills", "do we have anyone with both Go and Java?",
       {"list": "people", "where": {"skill": ["go", "java"]}}),
    _q(75, "new_hire", "skills", "What skills does Priya Kim have?",
       {"list": "skills", "where": {"person": "Priya Kim"}}),
    _q(76, "director", "skills", "Which skill do we have the fewest people for?",
       {"top": "skills", "by": "people", "k": 1, "order": "asc"}),
    _q(77, "team_lead", "skills",
       "I need a React dev who's free next week, who can I grab?",
       {"list": "people", "where": {"skill": "react", "free": "next_week"}}),
    _q(78, "finance", "skills", "How many people know Spark?",
       {"count": "people", "where": {"skill": "spark"}}),
    _q(79, "resource_manager", "skills",
       "Any accessibility experts with nothing booked in July?",
       {"list": "people", "where": {"skill": "accessibility", "free": "next_month"}}),
    _q(80, "director", "skills", "Which three skills are most in demand across the open work?",
       {"top": "skills", "by": "open_items", "k": 3}),
    _q(81, "resource_manager", "skills", "security people who are overloaded this week",
       {"list": "people", "where": {"skill": "security", "over_allocated": "this_week"}}),
    _q(82, "new_hire", "skills", "what is Kai good at?",
       {"list": "skills", "where": {"person": "Kai Kaur"}}),

    # -- changes -------------------------------------------------------------------------------
    _q(83, "director", "changes", "what became late in the last two weeks",
       {"list": "projects", "where": {"became_late": "last_days:14"}}),
    _q(84, "team_lead", "changes", "anything slip into overdue this month?",
       {"list": "projects", "where": {"became_late": "this_month"}}),
    _q(85, "finance", "changes",
       "How many work items got added to the scope of open projects last week?",
       {"value": "scope_items_added", "where": OPEN, "period": "last_week"}),
    _q(86, "director", "changes", "Which projects were created in the last 30 days?",
       {"list": "projects", "where": {"created": "last_days:30"}}),
    _q(87, "new_hire", "changes", "What got finished this month?",
       {"list": "projects", "where": {"completed": "this_month"}}),
    _q(88, "team_lead", "changes",
       "how many new items were added to this project's scope in the past 30 days?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_days:30"},
       page=_page("PRJ-0174")),
    _q(89, "resource_manager", "changes", "How many new work items were created this week?",
       {"count": "work_items", "where": {"created": "this_week"}}),
    _q(90, "director", "changes", "Which projects went overdue in May?",
       {"list": "projects", "where": {"became_late": "range:2026-05-01:2026-05-31"}}),

    # -- causes --------------------------------------------------------------------------------
    _q(91, "director", "causes", "Why is PRJ-0104 late?", {"cause": "PRJ-0104"}),
    _q(92, "finance", "causes",
       "What's going wrong with the Delta SSO rollout? It's past its date.",
       {"cause": "PRJ-0130"}),
    _q(93, "team_lead", "causes", "why are we behind?", {"cause": "PRJ-0183"},
       page=_page("PRJ-0183")),
    _q(94, "new_hire", "causes",
       "I keep hearing that Raven chatbot pilot is overdue. What happened there?",
       {"cause": "PRJ-0125"}),
    _q(95, "new_hire", "causes", "why is juniper checkout redesign at risk",
       {"cause": "PRJ-0142"}),
    _q(96, "resource_manager", "causes", "Why is this one flagged at risk?",
       {"cause": "PRJ-0169"}, page=_page("PRJ-0169")),
    _q(97, "director", "causes", "What's behind the slip on Falcon push notifications?",
       {"cause": "PRJ-0165"}),
    _q(98, "new_hire", "causes", "Can you explain why PRJ-0063 is considered at risk?",
       {"cause": "PRJ-0063"}),

    # -- forecasts -----------------------------------------------------------------------------
    _q(99, "director", "forecasts", "When will PRJ-0046 realistically finish?",
       {"value": "p50_date", "of": "PRJ-0046"}),
    _q(100, "finance", "forecasts",
        "What are the odds that Beacon push notifications hits its due date?",
        {"value": "p_on_time", "of": "PRJ-0018"}),
    _q(101, "team_lead", "forecasts", "ETA?", {"value": "p50_date", "of": "PRJ-0013"},
        page=_page("PRJ-0013")),
    _q(102, "director", "forecasts",
        "Which projects have less than a 30% chance of finishing on time?",
        {"list": "projects", "where": {"p_below": 0.3}}),
    _q(103, "finance", "forecasts", "Which open projects are at least 90% likely to land on time?",
        {"list": "projects", "where": {"p_at_least": 0.9}}),
    _q(104, "new_hire", "forecasts",
        "Hello, could you tell me the expected end date for the Granite forecasting service "
        "project? My manager asked me to put it in my onboarding notes.",
        {"value": "p50_date", "of": "PRJ-0065"}),
    _q(105, "new_hire", "forecasts",
       "New here, sorry: how many projects count as at risk right now?",
        {"count": "projects", "where": {"health": "at_risk"}}),
    _q(106, "resource_manager", "forecasts",
        "In Growth, which project is most likely to miss its deadline?",
        {"top": "projects", "by": "p_on_time", "k": 1,
         "where": {"status": "open", "portfolio": "Growth"}}),
    _q(107, "team_lead", "forecasts",
        "are we going to make the deadline? what's the probability?",
        {"value": "p_on_time", "of": "PRJ-0084"}, page=_page("PRJ-0084")),
    _q(108, "finance", "forecasts", "When is Iris app redesign forecast to wrap up?",
        {"value": "p50_date", "of": "PRJ-0184"}),

    # -- typos ---------------------------------------------------------------------------------
    _q(109, "director", "typos", "how many projcets are lat?",
       {"count": "projects", "where": {"health": "late"}}),
    _q(110, "resource_manager", "typos", "whos overallocatd next wek",
       {"list": "people", "where": {"over_allocated": "next_week"}}),
    _q(111, "resource_manager", "typos", "wats sofia zhangs load this weeek",
       {"value": "load", "of": "Sofia Zhang", "period": "this_week"}),
    _q(112, "team_lead", "typos", "lsit open projects in mobile aps",
       {"list": "projects", "where": {"status": "open", "portfolio": "Mobile Apps"}}),
    _q(113, "new_hire", "typos", "who ownes PRJ-0160", {"value": "owner", "of": "PRJ-0160"}),
    _q(114, "resource_manager", "typos", "peopel with kuberentes skill",
       {"list": "people", "where": {"skill": "kubernetes"}}),
    _q(115, "new_hire", "typos", "wen will PRJ-0200 be done",
       {"value": "p50_date", "of": "PRJ-0200"}),
    _q(116, "team_lead", "typos", "projets due nxt month",
       {"list": "projects", "where": {"status": "open", "due": "next_month"}}),
    _q(117, "finance", "typos", "how many ppl r free this wk",
       {"count": "people", "where": {"free": "this_week"}}),
    _q(118, "director", "typos", "wich portfolio has most late projets",
       {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}),

    # -- languages -----------------------------------------------------------------------------
    _q(119, "director", "languages", "Wie viele Projekte sind derzeit im Verzug?",
       {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}),
    _q(120, "finance", "languages",
       "Quels projets du portefeuille Devices sont en retard ?",
       {"language": "fr", "then": {"list": "projects",
                                   "where": {"health": "late", "portfolio": "Devices"}}}),
    _q(121, "team_lead", "languages", "¿Quién está trabajando en PRJ-0069 ahora mismo?",
       {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0069"}}}),
    _q(122, "director", "languages", "Hoeveel open projecten heeft Data Platform?",
       {"language": "nl", "then": {"count": "projects",
                                   "where": {"status": "open", "portfolio": "Data Platform"}}}),
    _q(123, "resource_manager", "languages", "Chi è sovraccarico la settimana prossima?",
       {"language": "it", "then": {"list": "people", "where": {"over_allocated": "next_week"}}}),
    _q(124, "new_hire", "languages", "Quando o PRJ-0029 deve terminar, segundo a previsão?",
       {"language": "pt", "then": {"value": "p50_date", "of": "PRJ-0029"}}),
    _q(125, "team_lead", "languages", "Wer ist Owner von Falcon metrics layer?",
       {"language": "de", "then": {"value": "owner", "of": "PRJ-0094"}}),
    _q(126, "finance", "languages", "Le budget du projet PRJ-0046 est-il dépassé ?",
       {"language": "fr", "then": None}),
    _q(127, "finance", "languages", "¿Qué proyectos se completaron el mes pasado?",
       {"language": "es", "then": {"list": "projects", "where": {"completed": "last_month"}}}),
    _q(128, "team_lead", "languages", "Wie viele offene Aufgaben gibt es hier noch?",
       {"language": "de", "then": {"count": "work_items",
                                   "where": {"status": "open", "project": "PRJ-0104"}}},
       page=_page("PRJ-0104")),

    # -- unanswerable --------------------------------------------------------------------------
    _q(129, "finance", "unanswerable", "What's the budget burn on PRJ-0046 so far?",
       {"refuse": "budget"}),
    _q(130, "finance", "unanswerable", "how much budget is left on this one?",
       {"refuse": "budget"}, page=_page("PRJ-0125")),
    _q(131, "director", "unanswerable",
       "What are the customer satisfaction scores for the help center projects?",
       {"refuse": "customer satisfaction"}),
    _q(132, "finance", "unanswerable", "What's the day rate we pay contractors in Payments?",
       {"refuse": "rates"}),
    _q(133, "resource_manager", "unanswerable", "Who's on vacation in July?",
       {"refuse": "vacations"}),
    _q(134, "finance", "unanswerable",
       "How much revenue has the Lumen referral program brought in so far? Asking for "
       "the board pack.",
       {"refuse": "revenue"}),
    _q(135, "team_lead", "unanswerable", "how many production incidents did we have last week",
       {"refuse": "incidents"}),

    # -- ambiguous -----------------------------------------------------------------------------
    _q(136, "resource_manager", "ambiguous", "What is Leo working on?",
       {"clarify": {"people_named": "Leo"}}),
    _q(137, "director", "ambiguous", "When will Beacon data catalog be done?",
       {"clarify": {"projects_named": "Beacon data catalog", "open": True}}),
    _q(138, "new_hire", "ambiguous", "status of Iris recommendation engine?",
       {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}),
    _q(139, "finance", "ambiguous", "How's the Nimbus pricing experiment going?",
       {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}),
    _q(140, "resource_manager", "ambiguous", "what's Dara's load next week",
       {"clarify": {"people_named": "Dara"}}),
    _q(141, "new_hire", "ambiguous", "Is Sofia over-allocated this week?",
       {"clarify": {"people_named": "Sofia"}}),
    _q(142, "new_hire", "ambiguous", "show me Tom's projects",
       {"clarify": {"people_named": "Tom"}}),
    _q(143, "finance", "ambiguous", "How is the Beacon battery pack doing?",
       {"about": "PRJ-0040"}),

    # -- documents -----------------------------------------------------------------------------
    _q(144, "director", "documents",
       "What did they decide at the last Zephyr chatbot pilot meeting?",
       {"text": [{"decision_of": "PRJ-0102"}]}),
    _q(145, "finance", "documents",
       "What's the main risk in the most recent status note for PRJ-0037?",
       {"text": [{"risk_of": "PRJ-0037"}]}),
    _q(146, "new_hire", "documents", "Why was the Lumen accessibility audit put on hold?",
       {"text": ["a vendor dependency is blocked"]}),
    _q(147, "team_lead", "documents", "what was decided in the last weekly sync?",
       {"text": [{"decision_of": "PRJ-0063"}]}, page=_page("PRJ-0063")),
    _q(148, "new_hire", "documents", "Why did we cancel the Umbra checkout redesign?",
       {"text": ["a vendor dependency is blocked"]}),
    _q(149, "new_hire", "documents",
       "what's the goal of Granite chatbot pilot according to the spec?",
       {"text": ["answer 80% of tickets within four hours"]}),
    _q(150, "resource_manager", "documents",
       "what was the main risk in the latest status note here?",
       {"text": [{"risk_of": "PRJ-0102"}]}, page=_page("PRJ-0102")),
]
