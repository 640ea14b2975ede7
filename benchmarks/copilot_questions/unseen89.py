"""Held-out split unseen89: 150 questions from people who balance people.

Written blind for the copilot question benchmark by a helper session, from the brief
(``BRIEF.md``) alone: the writer read only ``copilot_questions.py``, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``__init__.py``, ``docs/metrics.md``,
``data/demo.py`` and the schema, and looked names, keys, skills, roles, portfolios, owners and
document phrases up in a fresh demo database (200 projects, seed 7, today 2026-06-17) with plain
SQL. Nothing of the copilot (``models/``), the pages, the tests or the other splits was opened,
no score was looked at, and the expected answers were checked with ``--resolve-only`` only.

The theme of this split: resource managers and team leads balancing people (who is stretched,
who is free soon, who is spread over too many projects, who has a skill, who could cover for
someone on leave, how loads changed), with directors, new hires and finance asking beside them,
an even mix of the five personas. They type the way they do in a chat box: shorthand and half
sentences ("who's overbooked nxt wk"), phone typos, full polite questions with context, and
sixteen questions asked from a project page ("this one", "here", "this team").

Readings used (today is Wednesday 2026-06-17):

- open = proposed, active or on hold; late = open and due before today ("slipping", "past its
  date", "behind its deadline"); at risk / on track as docs/metrics.md defines them.
- load = the highest daily sum of a person's allocation shares in the period; "overbooked",
  "over capacity", "over 100%", "stretched beyond 100%", "double booked" = over-allocated (load
  above 100% on some day); "most stretched", "busiest", "most loaded", "carrying the most" = the
  highest load (this week when no period is said).
- "free", "on the bench", "nothing booked", "no allocation", "available" = no allocation on any
  day of the period; "spare capacity" is undefined between free and with room, so it is a
  clarification.
- "works on", "is on", "staffed on", "the team here", "currently working on" = an allocation
  covering today; a portfolio's people ("the Payments team", "Mobile Apps folks") = those on one
  of its projects today (only asked where that agrees with the people on it in the period asked).
- "juggling the most projects" = the most projects worked on today; "open tickets", "open items
  sitting on" = work items not done assigned to the person.
- "ETA", "realistically done", "expected finish date" = the forecast's P50 date; "odds", "make
  the date", "chance of finishing on time" = P(on time); "least likely to finish on time" = the
  lowest P(on time).
- "kick off" = the project's start date; "set up" = created; "delivered", "completed",
  "finished", "wrapped up" (of projects) = done in the period; "slipped past the due date" / "went
  late" = became late in the period; "scope crept in", "added to scope" = items added in the
  daily snapshots; "points burned" = story points of items done.
- "this week" = Mon 15 to Sun 21 Jun; "next week" = 22 to 28 Jun; "the coming fortnight" = the
  next 14 days (17 to 30 Jun); "July" and "next month" = 1 to 31 Jul 2026; "May" and "last month"
  = 1 to 31 May; "H1" = 1 Jan to 30 Jun 2026; "Q3" = Jul to Sep; "this quarter" = Apr to Jun;
  "since Monday" = 15 to 17 Jun; "this month" = June 2026; "the next 10 days" = 17 to 26 Jun;
  "the last two weeks" = the last 14 days (4 to 17 Jun), "the last 4 weeks" = 21 May to 17 Jun,
  "the last 30 days" = 19 May to 17 Jun; "for two weeks from Monday" = 22 Jun to 5 Jul; "until
  the end of the year" = today to 31 Dec 2026.
- A project name two open projects share ("Beacon data catalog", "Iris recommendation engine",
  "Nimbus pricing experiment"), a first or last name several people share ("Rosa", "Zhang"), and
  "Tom" on a page whose team has two Toms ask for a clarification; a name an open and a closed
  project share ("Falcon push notifications") is the open one.
- Leave, holidays, rates, salaries, overtime, contracts, surveys and office presence are not in
  the data: refusals (in Portuguese: the English-only notice, with nothing to answer after it).
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen89"

W = "this_week"
NW = "next_week"
JULY = "next_month"
H1 = "range:2026-01-01:2026-06-30"
LEAVE = "range:2026-06-22:2026-07-05"  # "two weeks from Monday"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u89-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


QUESTIONS = [
    # --- counts ----------------------------------------------------------------------------------
    _q(1, "resource_manager", "counts", "how many ppl are overbooked this wk?",
       {"count": "people", "where": {"over_allocated": W}}),
    _q(2, "team_lead", "counts", "How many QA engineers end up over 100% in July?",
       {"count": "people", "where": {"role": "QA engineer", "over_allocated": JULY}}),
    _q(3, "director", "counts",
       "Roughly how many people have literally nothing booked over the coming fortnight?",
       {"count": "people", "where": {"free": "next_days:14"}}),
    _q(4, "new_hire", "counts", "how many people here know kubernetes",
       {"count": "people", "where": {"skill": "kubernetes"}}),
    _q(5, "finance", "counts", "How many people are currently working on Devices projects?",
       {"count": "people", "where": {"portfolio": "Devices"}}),
    _q(6, "team_lead", "counts", "how many people are on this one right now",
       {"count": "people", "where": {"works_on": "PRJ-0106"}}, page="/projects/PRJ-0106"),
    _q(7, "director", "counts", "number of active projects in Data Platform",
       {"count": "projects", "where": {"status": "active", "portfolio": "Data Platform"}}),
    _q(8, "resource_manager", "counts", "how many open tickets is Sofia Zhang sitting on",
       {"count": "work_items", "where": {"assignee": "Sofia Zhang", "status": "open"}}),
    _q(9, "finance", "counts", "How many of our projects are running late at the moment?",
       {"count": "projects", "where": {"health": "late"}}),
    _q(10, "new_hire", "counts", "how many data engineers do we have altogether?",
       {"count": "people", "where": {"role": "Data engineer"}}),
    _q(11, "new_hire", "counts", "How many new projects kick off in July?",
       {"count": "projects", "where": {"started": JULY}}),
    _q(12, "new_hire", "counts", "How many critical-priority projects are still open?",
       {"count": "projects", "where": {"priority": "critical", "status": "open"}}),
    _q(13, "new_hire", "counts", "how many open items are left on this project?",
       {"count": "work_items", "where": {"project": "PRJ-0018", "status": "open"}},
       page="/projects/PRJ-0018"),
    _q(14, "finance", "counts", "How many people have no allocation at all this week?",
       {"count": "people", "where": {"free": W}}),

    # --- lists -----------------------------------------------------------------------------------
    _q(15, "resource_manager", "lists", "who's on the bench in july",
       {"list": "people", "where": {"free": JULY}}),
    _q(16, "team_lead", "lists", "Mobile Apps folks who'll be overbooked next month - names pls",
       {"list": "people", "where": {"portfolio": "Mobile Apps", "over_allocated": JULY}}),
    _q(17, "director", "lists", "Which projects is Leo Moreau spread across right now?",
       {"list": "projects", "where": {"staffed_by": "Leo Moreau"}}),
    _q(18, "new_hire", "lists", "Who are our ML engineers?",
       {"list": "people", "where": {"role": "ML engineer"}}),
    _q(19, "finance", "lists", "Which open Payments projects are marked critical?",
       {"list": "projects", "where": {"portfolio": "Payments", "priority": "critical",
                                      "status": "open"}}),
    _q(20, "new_hire", "lists", "Which projects are on hold at the moment?",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(21, "director", "lists", "late projects in Devices?",
       {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}}),
    _q(22, "new_hire", "lists", "What projects does Ines Fischer currently own?",
       {"list": "projects", "where": {"owner": "Ines Fischer", "status": "open"}}),
    _q(23, "finance", "lists", "Which project owners have something late?",
       {"list": "owners", "where": {"health": "late"}}),
    _q(24, "director", "lists", "Which portfolios have zero late projects?",
       {"list": "portfolios", "where": {"health": "late"}, "having": "none"}),
    _q(25, "team_lead", "lists", "who's on the Payments team atm",
       {"list": "people", "where": {"portfolio": "Payments"}}),
    _q(26, "resource_manager", "lists", "any UX designers free next week?",
       {"list": "people", "where": {"role": "UX designer", "free": NW}}),
    _q(27, "director", "lists", "Which Devices projects are still only proposed?",
       {"list": "projects", "where": {"portfolio": "Devices", "status": "proposed"}}),
    _q(28, "resource_manager", "lists", "who's over-allocated in Data Platform this week?",
       {"list": "people", "where": {"portfolio": "Data Platform", "over_allocated": W}}),

    # --- periods ---------------------------------------------------------------------------------
    _q(29, "resource_manager", "periods",
       "who's going to be over capacity at some point in the coming fortnight?",
       {"list": "people", "where": {"over_allocated": "next_days:14"}}),
    _q(30, "director", "periods", "What's due in July that isn't finished yet?",
       {"list": "projects", "where": {"due": JULY, "status": "open"}}),
    _q(31, "finance", "periods", "Which projects were completed last month?",
       {"list": "projects", "where": {"completed": "last_month"}}),
    _q(32, "director", "periods", "How many projects did we deliver in H1?",
       {"count": "projects", "where": {"completed": H1}}),
    _q(33, "resource_manager", "periods", "anyone with nothing booked for the whole of Q3?",
       {"list": "people", "where": {"free": "q3"}}),
    _q(34, "finance", "periods", "How many work items has Growth finished since Monday?",
       {"count": "work_items", "where": {"done": "since_monday", "portfolio": "Growth"}}),
    _q(35, "new_hire", "periods", "What's due in the next 10 days?",
       {"list": "projects", "where": {"due": "next_days:10", "status": "open"}}),
    _q(36, "new_hire", "periods", "Which projects kick off this week?",
       {"list": "projects", "where": {"started": W}}),
    _q(37, "resource_manager", "periods", "who'll be overbooked at some point in Q3",
       {"list": "people", "where": {"over_allocated": "q3"}}),
    _q(38, "finance", "periods", "How many story points did Mobile Apps finish in May?",
       {"value": "points_done", "where": {"done": "last_month", "portfolio": "Mobile Apps"}}),
    _q(39, "director", "periods", "how many new work items were raised in the last 30 days",
       {"count": "work_items", "where": {"created": "last_days:30"}}),
    _q(40, "finance", "periods", "How many projects were set up this quarter?",
       {"count": "projects", "where": {"created": "this_quarter"}}),
    _q(41, "finance", "periods",
       "Who has nothing booked from now until the end of the year?",
       {"list": "people", "where": {"free": "rest_of_year"}}),

    # --- rankings --------------------------------------------------------------------------------
    _q(42, "resource_manager", "rankings", "top 5 most stretched people this week",
       {"top": "people", "by": "load", "k": 5, "period": W}),
    _q(43, "team_lead", "rankings", "who's juggling the most projects right now?",
       {"top": "people", "by": "projects", "k": 1}),
    _q(44, "finance", "rankings", "Top 3 people by number of open items assigned to them?",
       {"top": "people", "by": "open_items", "k": 3}),
    _q(45, "director", "rankings", "Which portfolio has the most late projects?",
       {"top": "portfolios", "by": "projects", "where": {"health": "late"}, "k": 1}),
    _q(46, "new_hire", "rankings", "what's the most common skill people have here",
       {"top": "skills", "by": "people", "k": 1}),
    _q(47, "director", "rankings", "Which skill has the most open work items waiting on it?",
       {"top": "skills", "by": "open_items", "k": 1}),
    _q(48, "finance", "rankings", "Which project is furthest past its due date?",
       {"top": "projects", "by": "days_overdue", "k": 1}),
    _q(49, "director", "rankings", "Which owner has the most open projects?",
       {"top": "owners", "by": "projects", "where": {"status": "open"}, "k": 1}),
    _q(50, "resource_manager", "rankings", "3 busiest people in July?",
       {"top": "people", "by": "load", "k": 3, "period": JULY}),
    _q(51, "team_lead", "rankings", "who's the most loaded person on this team this week",
       {"top": "people", "by": "load", "k": 1, "where": {"works_on": "PRJ-0106"}, "period": W},
       page="/projects/PRJ-0106"),

    # --- comparisons -----------------------------------------------------------------------------
    _q(52, "resource_manager", "comparisons",
       "Grace Moreau vs Felix Haddad - who's more loaded this week?",
       {"groups": "people", "by": "load", "only": ["Grace Moreau", "Felix Haddad"], "period": W}),
    _q(53, "new_hire", "comparisons", "Do more people know python or react?",
       {"groups": "skills", "by": "people", "only": ["python", "react"]}),
    _q(54, "director", "comparisons", "late projects: Devices vs Data Platform?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
        "only": ["Devices", "Data Platform"]}),
    _q(55, "director", "comparisons", "Open work items: Growth versus Mobile Apps.",
       {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
        "only": ["Growth", "Mobile Apps"]}),
    _q(56, "director", "comparisons",
       "How do the numbers of at-risk and on-track projects compare right now?",
       {"groups": "projects", "by": "health", "where": {"status": "open"},
        "only": ["at_risk", "on_track"]}),
    _q(57, "finance", "comparisons",
       "Could you show the July loads of Ana Castro, Tom Nakamura and Priya Larsen side by side?",
       {"groups": "people", "by": "load", "only": ["Ana Castro", "Tom Nakamura", "Priya Larsen"],
        "period": JULY}),
    _q(58, "finance", "comparisons", "Open Devices projects broken down by priority, please.",
       {"groups": "projects", "by": "priority", "where": {"portfolio": "Devices",
                                                         "status": "open"}}),
    _q(59, "new_hire", "comparisons", "How many people have kubernetes, and how many terraform?",
       {"groups": "skills", "by": "people", "only": ["kubernetes", "terraform"]}),
    _q(60, "team_lead", "comparisons", "Lara Ahmed or Sofia Zhang, who's carrying more this week?",
       {"groups": "people", "by": "load", "only": ["Lara Ahmed", "Sofia Zhang"], "period": W}),

    # --- people ----------------------------------------------------------------------------------
    _q(61, "team_lead", "people", "who's on the team here?",
       {"list": "people", "where": {"works_on": "PRJ-0048"}}, page="/projects/PRJ-0048"),
    _q(62, "resource_manager", "people", "emeka okafor load this week?",
       {"value": "load", "of": "Emeka Okafor", "period": W}),
    _q(63, "resource_manager", "people", "what does Priya Larsen's July look like, load-wise?",
       {"value": "load", "of": "Priya Larsen", "period": JULY}),
    _q(64, "new_hire", "people", "What is Tom Dubois working on at the moment?",
       {"list": "projects", "where": {"staffed_by": "Tom Dubois"}}),
    _q(65, "director", "people", "Who's on the Granite refund automation team?",
       {"list": "people", "where": {"works_on": "PRJ-0127"}}),
    _q(66, "team_lead", "people", "anyone on this team overbooked this week?",
       {"list": "people", "where": {"works_on": "PRJ-0151", "over_allocated": W}},
       page="/projects/PRJ-0151"),
    _q(67, "finance", "people", "Who owns Tundra battery pack?",
       {"value": "owner", "of": "PRJ-0048"}),
    _q(68, "resource_manager", "people", "how many projects is hugo lopez on rn",
       {"count": "projects", "where": {"staffed_by": "Hugo Lopez"}}),
    _q(69, "team_lead", "people", "Ana Brown's peak load next week?",
       {"value": "load", "of": "Ana Brown", "period": NW}),
    _q(70, "resource_manager", "people", "Is Dara Brown actually busy this week or not?",
       {"value": "load", "of": "Dara Brown", "period": W}),
    _q(71, "new_hire", "people", "who leads PRJ-0106?",
       {"value": "owner", "of": "PRJ-0106"}),
    _q(72, "team_lead", "people", "who on this team is going to be over capacity in July",
       {"list": "people", "where": {"works_on": "PRJ-0140", "over_allocated": JULY}},
       page="/projects/PRJ-0140"),
    _q(73, "director", "people", "How loaded is Olga Martin next month?",
       {"value": "load", "of": "Olga Martin", "period": JULY}),
    _q(74, "finance", "people", "Which projects does Rosa Novak currently have time booked on?",
       {"list": "projects", "where": {"staffed_by": "Rosa Novak"}}),

    # --- skills ----------------------------------------------------------------------------------
    _q(75, "resource_manager", "skills", "who knows terraform and is free next week",
       {"list": "people", "where": {"skill": "terraform", "free": NW}}),
    _q(76, "team_lead", "skills",
       "Ivan Olsen is off for two weeks from Monday. Who else has kubernetes and nothing "
       "booked in that time?",
       {"list": "people", "where": {"skill": "kubernetes", "free": LEAVE}}),
    _q(77, "new_hire", "skills", "What skills does Hana Castro have?",
       {"list": "skills", "where": {"person": "Hana Castro"}}),
    _q(78, "director", "skills", "Who has accessibility skills?",
       {"list": "people", "where": {"skill": "accessibility"}}),
    _q(79, "new_hire", "skills", "Is there anyone who can do both embedded and C?",
       {"list": "people", "where": {"skill": ["embedded", "c"]}}),
    _q(80, "finance", "skills", "How many people have spark skills?",
       {"count": "people", "where": {"skill": "spark"}}),
    _q(81, "team_lead", "skills",
       "zoe haddad is out all of july - who with statistics is free that month to cover?",
       {"list": "people", "where": {"skill": "statistics", "free": JULY}}),
    _q(82, "resource_manager", "skills", "react people currently on Web Storefront projects",
       {"list": "people", "where": {"skill": "react", "portfolio": "Web Storefront"}}),
    _q(83, "new_hire", "skills", "who has both ml and statistics?",
       {"list": "people", "where": {"skill": ["ml", "statistics"]}}),
    _q(84, "team_lead", "skills", "who on this team has security skills?",
       {"list": "people", "where": {"works_on": "PRJ-0127", "skill": "security"}},
       page="/projects/PRJ-0127"),

    # --- changes ---------------------------------------------------------------------------------
    _q(85, "director", "changes",
       "which projects slipped past their due date in the last two weeks?",
       {"list": "projects", "where": {"became_late": "last_days:14"}}),
    _q(86, "team_lead", "changes", "how many items got added to scope here in the last 30 days?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0040"}, "period": "last_days:30"},
       page="/projects/PRJ-0040"),
    _q(87, "finance", "changes", "What got finished this month?",
       {"list": "projects", "where": {"completed": "this_month"}}),
    _q(88, "finance", "changes", "How many new work items were created in Devices last week?",
       {"count": "work_items", "where": {"created": "last_week", "portfolio": "Devices"}}),
    _q(89, "finance", "changes", "How many story points did Data Platform burn last week?",
       {"value": "points_done", "where": {"done": "last_week", "portfolio": "Data Platform"}}),
    _q(90, "director", "changes", "Which projects went late this month?",
       {"list": "projects", "where": {"became_late": "this_month"}}),
    _q(91, "resource_manager", "changes",
       "how much scope crept into Growth projects over the last 4 weeks?",
       {"value": "scope_items_added", "where": {"portfolio": "Growth"}, "period": "last_days:28"}),
    _q(92, "team_lead", "changes", "how many items has Sara Martin closed in the last 2 weeks",
       {"count": "work_items", "where": {"assignee": "Sara Martin", "done": "last_days:14"}}),

    # --- causes ----------------------------------------------------------------------------------
    _q(93, "team_lead", "causes", "why is this at risk? did we lose people or what",
       {"cause": "PRJ-0169"}, page="/projects/PRJ-0169"),
    _q(94, "director", "causes", "Why is Cobalt smart thermostat late?",
       {"cause": "PRJ-0104"}),
    _q(95, "new_hire", "causes", "What's behind PRJ-0102 slipping?",
       {"cause": "PRJ-0102"}),
    _q(96, "finance", "causes", "Why has the Delta SSO rollout gone past its date?",
       {"cause": "PRJ-0130"}),
    _q(97, "team_lead", "causes", "Falcon push notifications is late again, what's driving it?",
       {"cause": "PRJ-0165"}),
    _q(98, "new_hire", "causes", "why is Harbor sensor hub behind?",
       {"cause": "PRJ-0183"}),
    _q(99, "team_lead", "causes", "what's putting this project at risk",
       {"cause": "PRJ-0127"}, page="/projects/PRJ-0127"),
    _q(100, "director", "causes", "Sierra invoice engine - why is it at risk?",
       {"cause": "PRJ-0063"}),

    # --- forecasts -------------------------------------------------------------------------------
    _q(101, "resource_manager", "forecasts", "when will PRJ-0040 realistically be done",
       {"value": "p50_date", "of": "PRJ-0040"}),
    _q(102, "director", "forecasts", "What are the odds Beacon push notifications ships on time?",
       {"value": "p_on_time", "of": "PRJ-0018"}),
    _q(103, "team_lead", "forecasts", "which Devices projects are at risk",
       {"list": "projects", "where": {"health": "at_risk", "portfolio": "Devices"}}),
    _q(104, "team_lead", "forecasts", "are we going to make the date on this?",
       {"value": "p_on_time", "of": "PRJ-0151"}, page="/projects/PRJ-0151"),
    _q(105, "finance", "forecasts",
       "How many open projects have less than a 30% chance of finishing on time?",
       {"count": "projects", "where": {"p_below": 0.3}}),
    _q(106, "new_hire", "forecasts", "What's the expected finish date for Willow feature store?",
       {"value": "p50_date", "of": "PRJ-0016"}),
    _q(107, "director", "forecasts", "Which 3 open projects are most likely to land on time?",
       {"top": "projects", "by": "p_on_time", "order": "desc", "k": 3,
        "where": {"status": "open"}}),
    _q(108, "finance", "forecasts", "How many Payments projects are at risk?",
       {"count": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}}),
    _q(109, "resource_manager", "forecasts",
       "in ML Platform, which project is least likely to finish on time?",
       {"top": "projects", "by": "p_on_time", "k": 1,
        "where": {"portfolio": "ML Platform", "status": "open"}}),
    _q(110, "team_lead", "forecasts", "Will Sierra refund automation make its due date?",
       {"value": "p_on_time", "of": "PRJ-0140"}),

    # --- typos -----------------------------------------------------------------------------------
    _q(111, "resource_manager", "typos", "whos overbookd nxt week",
       {"list": "people", "where": {"over_allocated": NW}}),
    _q(112, "team_lead", "typos", "sofia zhnag load this wk",
       {"value": "load", "of": "Sofia Zhang", "period": W}),
    _q(113, "resource_manager", "typos", "kubernets ppl free in july?",
       {"list": "people", "where": {"skill": "kubernetes", "free": JULY}}),
    _q(114, "director", "typos", "wich projcts r late in devcies",
       {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}}),
    _q(115, "team_lead", "typos", "hw many ppl on ths projct",
       {"count": "people", "where": {"works_on": "PRJ-0048"}}, page="/projects/PRJ-0048"),
    _q(116, "new_hire", "typos", "emeka okafr projcts?",
       {"list": "projects", "where": {"staffed_by": "Emeka Okafor"}}),
    _q(117, "resource_manager", "typos", "avaliable QA enginers next wk?",
       {"list": "people", "where": {"role": "QA engineer", "free": NW}}),
    _q(118, "finance", "typos", "top 3 bussiest ppl this wek",
       {"top": "people", "by": "load", "k": 3, "period": W}),
    _q(119, "new_hire", "typos", "whats the ETA on PRJ-0140",
       {"value": "p50_date", "of": "PRJ-0140"}),
    _q(120, "new_hire", "typos", "who ownes granite chatbot pilot",
       {"value": "owner", "of": "PRJ-0086"}),

    # --- languages -------------------------------------------------------------------------------
    _q(121, "resource_manager", "languages", "Wer ist nächste Woche überbucht?",
       {"language": "de", "then": {"list": "people", "where": {"over_allocated": NW}}}),
    _q(122, "team_lead", "languages", "Qui est disponible le mois prochain ?",
       {"language": "fr", "then": {"list": "people", "where": {"free": JULY}}}),
    _q(123, "director", "languages", "¿Quién trabaja en PRJ-0127?",
       {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0127"}}}),
    _q(124, "finance", "languages", "Hoeveel projecten lopen op dit moment achter op hun deadline?",
       {"language": "nl", "then": {"count": "projects", "where": {"health": "late"}}}),
    _q(125, "new_hire", "languages", "Chi conosce kubernetes?",
       {"language": "it", "then": {"list": "people", "where": {"skill": "kubernetes"}}}),
    _q(126, "resource_manager", "languages", "Qual é a carga da Sofia Zhang esta semana?",
       {"language": "pt", "then": {"value": "load", "of": "Sofia Zhang", "period": W}}),
    _q(127, "team_lead", "languages", "Wer arbeitet gerade an diesem Projekt?",
       {"language": "de", "then": {"list": "people", "where": {"works_on": "PRJ-0106"}}},
       page="/projects/PRJ-0106"),
    _q(128, "director", "languages", "Quand le projet PRJ-0040 sera-t-il probablement terminé ?",
       {"language": "fr", "then": {"value": "p50_date", "of": "PRJ-0040"}}),
    _q(129, "finance", "languages", "¿Cuántas personas están sobreasignadas este mes?",
       {"language": "es", "then": {"count": "people",
                                   "where": {"over_allocated": "this_month"}}}),
    _q(130, "new_hire", "languages", "Quem está de férias na próxima semana?",
       {"language": "pt", "then": None}),

    # --- unanswerable ----------------------------------------------------------------------------
    _q(131, "resource_manager", "unanswerable", "who's got annual leave booked in july?",
       {"refuse": "no leave or holiday data"}),
    _q(132, "finance", "unanswerable", "What's Grace Moreau's day rate?",
       {"refuse": "no rates or costs"}),
    _q(133, "director", "unanswerable",
       "How many overtime hours did the Devices team log last month?",
       {"refuse": "no timesheets"}),
    _q(134, "team_lead", "unanswerable",
       "which of my people are burning out according to the pulse survey",
       {"refuse": "no survey data"}),
    _q(135, "resource_manager", "unanswerable", "when does Tom Kaur's contract end?",
       {"refuse": "no contract data"}),
    _q(136, "finance", "unanswerable", "What is this project costing us per month in salaries?",
       {"refuse": "no money data"}, page="/projects/PRJ-0106"),
    _q(137, "new_hire", "unanswerable", "Who's in the office on Friday?",
       {"refuse": "no office presence data"}),

    # --- ambiguous -------------------------------------------------------------------------------
    _q(138, "resource_manager", "ambiguous", "rosa's load next wk?",
       {"clarify": {"people_named": "Rosa"}}),
    _q(139, "director", "ambiguous", "Who's on Beacon data catalog?",
       {"clarify": {"projects_named": "Beacon data catalog", "open": True}}),
    _q(140, "finance", "ambiguous", "How much spare capacity do we have next week?",
       {"clarify": ["free next week (no allocation)", "with room next week (under 100%)"]}),
    _q(141, "new_hire", "ambiguous", "what is Zhang working on?",
       {"clarify": {"people_named": "Zhang"}}),
    _q(142, "new_hire", "ambiguous", "How is Iris recommendation engine doing?",
       {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}),
    _q(143, "team_lead", "ambiguous", "how loaded is Tom on this team",
       {"clarify": ["Tom Dubois", "Tom Kaur"]}, page="/projects/PRJ-0106"),
    _q(144, "resource_manager", "ambiguous", "is Nimbus pricing experiment staffed yet?",
       {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}),

    # --- documents -------------------------------------------------------------------------------
    _q(145, "director", "documents", "Why did we cancel Vega checkout redesign?",
       {"text": ["key people moved to an urgent project"]}),
    _q(146, "team_lead", "documents", "why's this on hold?",
       {"text": ["a vendor dependency is blocked"]}, page="/projects/PRJ-0138"),
    _q(147, "resource_manager", "documents",
       "what did they decide at the last Granite refund automation sync?",
       {"text": [{"decision_of": "PRJ-0127"}]}),
    _q(148, "finance", "documents", "What's the main risk in the latest status note for PRJ-0151?",
       {"text": [{"risk_of": "PRJ-0151"}]}),
    _q(149, "new_hire", "documents",
       "What is Priya Kaur supposed to do by 21 June on Meridian Kubernetes migration?",
       {"text": ["book the release window"]}),
    _q(150, "team_lead", "documents", "how many meeting minutes are there for PRJ-0137?",
       {"count": "documents", "where": {"project": "PRJ-0137", "kind": "meeting_minutes"}}),
]
