"""Held-out split 13: one busy week of a portfolio office, asked of the copilot as it is typed.

Who and how: written by a helper session for this split only, blind: it read the brief, the
benchmark's own code (``copilot_questions.py``, ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``records.py``, ``__init__.py``), ``docs/metrics.md``, ``data/demo.py`` and the
database schema, and looked names, keys, skills, roles, owners, portfolios and document phrases up
in the seeded demo (200 projects, seed 7, today 2026-06-17) with plain SQL. It did not open the
copilot's code, the app's pages or queries, the tests, the other splits or any score, and checked
every spec with ``--resolve-only`` only.

The week: an even mix of five people, 30 questions each. A director doing Monday-morning triage;
a team lead preparing stand-up; a resource manager answering a staffing request from another
department; a new hire preparing a first 1:1; a finance analyst preparing the quarterly review.
They type the way people do in a busy week: terse chat with abbreviations, voice-dictated run-on
sentences (no punctuation, "um", restarts), polite e-mails pasted into the box, bullet-like
fragments, phone typos, and a few questions in German, French, Spanish, Dutch, Italian and
Portuguese. Fifteen are asked from a project page ("this project", "here", "my team", "we").

Readings used (today is Wednesday 2026-06-17; weeks run Monday to Sunday):
- open / still running / not closed / live = proposed, active or on hold; closed = done or
  cancelled; "finished", "wrapped up", "delivered", "closed out" = status done (completed_at).
- late / overdue / past due / "slipped past its date" = open and due before today; "went late",
  "slipped" in a period = its due date passed in that period and it is still open.
- at risk / shaky / in trouble (with "late or at risk" spelt out) = metrics.md's at risk; odds,
  chance, probability of finishing on time = the stored P(on time).
- ETA / expected or realistic finish / "when will it land" = the forecast's P50 date.
- free / available / on the bench in a period = no allocation on any day of it (load 0);
  overbooked / overloaded / stretched / over 100 % = load above 100 % on some day of the period;
  load / allocation of a person = highest daily sum of shares in the period.
- works on / is on / "my team" / "the team here" = has an allocation covering today; owner /
  lead / "who runs it" = the project's owner.
- "this week" = Mon 15 to Sun 21 June; "next week" = 22 to 28 June; "since Monday" = 15 to 17
  June; "the coming fortnight" / "next two weeks" = today and the 13 days after it; "next 30
  days" = today and the 29 after; "the past 30 days" = today and the 29 days before it;
  "the last few weeks" = the last 28 days (the one question that uses it has the same answer for
  any reading from three to five weeks); "this month" / "since the 1st" = June 2026; "last month" =
  May 2026; "next month" / "in July" = July 2026; "before the summer (break)" = from today to 30
  June; "over the summer" = July and August 2026; "by the end of next month" = from today to 31
  July 2026; "two weeks from Monday" = Mon 22 June to Sun 5 July; "Q2" / "this quarter" = April to
  June 2026; "last quarter" / "Q1" = January to March 2026; "Q3" = July to September 2026; "H2" =
  July to December 2026; "this year" = 2026.
- "due" in a period, asked about what is coming up, counts open projects only; "scope added" =
  items added to a project after its start, from the daily snapshots.
- A first name two people share (Hugo, Julia, Marco), a project name two or three projects share
  (Beacon data catalog, Iris recommendation engine, Nimbus pricing experiment) and an undefined
  "biggest" ask for a clarification; money, satisfaction, leave, hours logged, salaries, bug
  reports and revenue are not in the data and are refused.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen13"

D, T, R, N, F = "director", "team_lead", "resource_manager", "new_hire", "finance"

OPEN = {"status": "open"}
SUMMER = "range:2026-07-01:2026-08-31"
BEFORE_SUMMER = "range:2026-06-17:2026-06-30"
END_NEXT_MONTH = "range:2026-06-17:2026-07-31"
H2 = "range:2026-07-01:2026-12-31"
JUNE_SO_FAR = "range:2026-06-01:2026-06-17"
FROM_MONDAY_FORTNIGHT = "range:2026-06-22:2026-07-05"

# (persona, category, question, expect[, page])
_ROWS: list[tuple[Any, ...]] = [
    # --- counts -----------------------------------------------------------------------------
    (D, "counts", "ok so um how many of our projects are overdue right now like as of today",
     {"count": "projects", "where": {"health": "late"}}),
    (D, "counts", "of the critical ones how many are in trouble, late or at risk",
     {"count": "projects", "where": {"priority": "critical", "health": ["late", "at_risk"]}}),
    (F, "counts", "how many open work items are still left on this project before it can close",
     {"count": "work_items", "where": {"project": "PRJ-0063", "status": "open"}},
     "/projects/PRJ-0063"),
    (R, "counts", "How many people do we have with Kubernetes skills?",
     {"count": "people", "where": {"skill": "kubernetes"}}),
    (N, "counts", "Sorry if this is a basic one, but how many portfolios are there in total?",
     {"count": "portfolios"}),
    (F, "counts", "Hello, for the quarterly review I need the number of projects we completed "
                  "in Q2 so far. Thanks in advance!",
     {"count": "projects", "where": {"completed": "this_quarter"}}),
    (F, "counts", "how many projects have been cancelled altogether",
     {"count": "projects", "where": {"status": "cancelled"}}),
    (D, "counts", "data platform - how many at risk",
     {"count": "projects", "where": {"portfolio": "Data Platform", "health": "at_risk"}}),
    (R, "counts", "how many ppl are overbooked this week",
     {"count": "people", "where": {"over_allocated": "this_week"}}),
    (N, "counts", "how many people are on the Delta SSO rollout team right now?",
     {"count": "people", "where": {"works_on": "PRJ-0130"}}),
    (T, "counts", "um how many work items did we close out last week on this project",
     {"count": "work_items", "where": {"project": "PRJ-0183", "done": "last_week"}},
     "/projects/PRJ-0183"),
    (F, "counts", "Q3 / high priority / still open / how many due",
     {"count": "projects", "where": {"priority": "high", "due": "q3", "status": "open"}}),
    (N, "counts", "how many projects are proposed and not started yet?",
     {"count": "projects", "where": {"status": "proposed"}}),
    (T, "counts", "how many people are on the bench next week",
     {"count": "people", "where": {"free": "next_week"}}),
    # --- lists ------------------------------------------------------------------------------
    (D, "lists", "list the late ones in customer support",
     {"list": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}),
    (T, "lists", "Hugo Lopez here, which of my projects are at risk at the moment?",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "health": "at_risk"}}),
    (N, "lists", "Could you list the projects in the Security portfolio that are still open?",
     {"list": "projects", "where": {"portfolio": "Security", "status": "open"}}),
    (F, "lists", "projects finished last month - need the list for the QBR deck",
     {"list": "projects", "where": {"completed": "last_month"}}),
    (N, "lists", "Hi! I'm new on the team and preparing for my first 1:1. Could you tell me "
                 "which projects are currently on hold?",
     {"list": "projects", "where": {"status": "on_hold"}}),
    (T, "lists", "who's on my team here",
     {"list": "people", "where": {"works_on": "PRJ-0046"}}, "/projects/PRJ-0046"),
    (F, "lists", "which portfolios have nothing overdue",
     {"list": "portfolios", "where": {"health": "late"}, "having": "none"}),
    (R, "lists", "owners of the at-risk Payments projects? want to ping them about staffing",
     {"list": "owners", "where": {"portfolio": "Payments", "health": "at_risk"}}),
    (N, "lists", "what projects does Aisha own",
     {"list": "projects", "where": {"owner": "Aisha Eriksen"}}),
    (D, "lists", "\u2022 late\n\u2022 critical or high prio\n\u2022 list pls",
     {"list": "projects", "where": {"priority": ["critical", "high"], "health": "late"}}),
    (T, "lists", "which projects started in june so far",
     {"list": "projects", "where": {"started": JUNE_SO_FAR}}),
    (T, "lists", "open projects owned by Leo Moreau",
     {"list": "projects", "where": {"owner": "Leo Moreau", "status": "open"}}),
    (R, "lists", "- payments projects\n- still open\n- which ones",
     {"list": "projects", "where": {"portfolio": "Payments", "status": "open"}}),
    # --- periods ----------------------------------------------------------------------------
    (D, "periods", "whats due this week that isnt done yet",
     {"list": "projects", "where": {"due": "this_week", "status": "open"}}),
    (T, "periods", "anything in ML Platform due in the coming fortnight?",
     {"list": "projects", "where": {"due": "next_days:14", "portfolio": "ML Platform",
                                    "status": "open"}}),
    (F, "periods", "What did we finish in the past 30 days?",
     {"list": "projects", "where": {"completed": "last_days:30"}}),
    (F, "periods", "Which open projects are due before the summer break?",
     {"list": "projects", "where": {"due": BEFORE_SUMMER, "status": "open"}}),
    (D, "periods", "so what's due by the end of next month that's still open",
     {"list": "projects", "where": {"due": END_NEXT_MONTH, "status": "open"}}),
    (N, "periods", "when is the Sierra invoice engine due?",
     {"value": "due_date", "of": "PRJ-0063"}),
    (F, "periods", "how many projects um started last quarter I mean January to March",
     {"count": "projects", "where": {"started": "last_quarter"}}),
    (D, "periods", "due in July and already looking shaky (at risk)?",
     {"list": "projects", "where": {"due": "next_month", "health": "at_risk"}}),
    (R, "periods", "anyone overbooked in the next two weeks",
     {"list": "people", "where": {"over_allocated": "next_days:14"}}),
    (N, "periods", "What's kicking off next month?",
     {"list": "projects", "where": {"started": "next_month"}}),
    (F, "periods", "for H2 planning: how many open projects have due dates between July and "
                   "December?",
     {"count": "projects", "where": {"due": H2, "status": "open"}}),
    (T, "periods", "was anything completed since monday",
     {"list": "projects", "where": {"completed": "since_monday"}}),
    (N, "periods", "growth projects still open and due before the end of August",
     {"list": "projects", "where": {"portfolio": "Growth", "status": "open",
                                    "due": "range:2026-06-17:2026-08-31"}}),
    (R, "periods", "ok so um who is free over the summer I mean july and august who has no "
                   "allocation at all",
     {"list": "people", "where": {"free": SUMMER}}),
    # --- rankings ---------------------------------------------------------------------------
    (D, "rankings", "Hi, ahead of the leadership sync could you give me the five projects that "
                   "are most overdue? Thanks",
     {"top": "projects", "by": "days_overdue", "k": 5}),
    (R, "rankings", "who has the highest load this week? top 3",
     {"top": "people", "by": "load", "k": 3, "period": "this_week"}),
    (T, "rankings", "which data platform project has the most open items",
     {"top": "projects", "by": "open_items", "k": 1, "where": {"portfolio": "Data Platform"}}),
    (F, "rankings", "Which portfolio has the most late projects?",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}),
    (N, "rankings", "who owns the most projects? top three",
     {"top": "owners", "by": "projects", "k": 3}),
    (R, "rankings", "which skill has the most open work waiting on it",
     {"top": "skills", "by": "open_items", "k": 1}),
    (D, "rankings", "growth: which 3 open projects have the lowest odds of making their date",
     {"top": "projects", "by": "p_on_time", "k": 3,
      "where": {"portfolio": "Growth", "status": "open"}}),
    (F, "rankings", "Top 3 portfolios by projects completed this year, please.",
     {"top": "portfolios", "by": "projects", "k": 3, "where": {"completed": "this_year"}}),
    (T, "rankings", "of the people on the team here, who has the biggest pile of open items "
                   "overall, across all their projects?",
     {"top": "people", "by": "open_items", "k": 1, "where": {"works_on": "PRJ-0137"}},
     "/projects/PRJ-0137"),
    (N, "rankings", "what are the three most common skills in the company",
     {"top": "skills", "by": "people", "k": 3}),
    # --- comparisons ------------------------------------------------------------------------
    (D, "comparisons", "open projects: late vs at risk vs on track",
     {"groups": "projects", "by": "health", "where": {"status": "open"},
      "only": ["late", "at_risk", "on_track"]}),
    (F, "comparisons", "Could you compare Payments and Growth on the number of projects each "
                       "completed this year?",
     {"groups": "projects", "by": "portfolio", "where": {"completed": "this_year"},
      "only": ["Payments", "Growth"]}),
    (R, "comparisons", "grace moreau vs lara ahmed, who's more loaded next week",
     {"groups": "people", "by": "load", "period": "next_week",
      "only": ["Grace Moreau", "Lara Ahmed"]}),
    (T, "comparisons", "do we have more python people or sql people",
     {"groups": "skills", "by": "people", "only": ["python", "sql"]}),
    (N, "comparisons", "how do the open projects split by priority",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}),
    (F, "comparisons", "work items done last month: Data Platform vs ML Platform",
     {"groups": "work_items", "by": "portfolio", "where": {"done": "last_month"},
      "only": ["Data Platform", "ML Platform"]}),
    (N, "comparisons", "which is bigger in open projects, Devices or Mobile Apps?",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Devices", "Mobile Apps"]}),
    (R, "comparisons", "react vs typescript vs css - how many people have each",
     {"groups": "skills", "by": "people", "only": ["react", "typescript", "css"]}),
    (N, "comparisons", "for my 1:1 notes, how many late projects does each portfolio have?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"}}),
    # --- people -----------------------------------------------------------------------------
    (R, "people", "what is Kai on right now",
     {"list": "projects", "where": {"staffed_by": "Kai Kaur"}}),
    (N, "people", "who owns this project?",
     {"value": "owner", "of": "PRJ-0130"}, "/projects/PRJ-0130"),
    (T, "people", "team here:\n- anyone overbooked this week?",
     {"list": "people", "where": {"works_on": "PRJ-0111", "over_allocated": "this_week"}},
     "/projects/PRJ-0111"),
    (R, "people", "Kenji's load next month?",
     {"value": "load", "of": "Kenji Brown", "period": "next_month"}),
    (D, "people", "who is over 100% next month",
     {"list": "people", "where": {"over_allocated": "next_month"}}),
    (R, "people", "Hi, Marketing has asked to borrow a QA engineer for two weeks starting "
                  "Monday. Which QA engineers have no allocation at all in that window?",
     {"list": "people", "where": {"role": "QA engineer", "free": FROM_MONDAY_FORTNIGHT}}),
    (N, "people", "so I have my first one on one tomorrow and um I wanted to know who actually "
                 "works on nimbus model monitoring at the moment",
     {"list": "people", "where": {"works_on": "PRJ-0013"}}),
    (T, "people", "davids allocation this week",
     {"value": "load", "of": "David Jansen", "period": "this_week"}),
    (F, "people", "Which people are currently assigned to the Granite chatbot pilot?",
     {"list": "people", "where": {"works_on": "PRJ-0086"}}),
    (R, "people", "pls list devops engineers who are free in the coming fortnight",
     {"list": "people", "where": {"role": "DevOps engineer", "free": "next_days:14"}}),
    (D, "people", "who's running sierra refund automation",
     {"value": "owner", "of": "PRJ-0140"}),
    (N, "people", "which projects does Aisha work on at the moment",
     {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}),
    (R, "people", "who here is stretched past 100% next month",
     {"list": "people", "where": {"works_on": "PRJ-0174", "over_allocated": "next_month"}},
     "/projects/PRJ-0174"),
    (R, "people", "is eva free in july or no wait what's her load in july",
     {"value": "load", "of": "Eva Meyer", "period": "next_month"}),
    # --- skills -----------------------------------------------------------------------------
    (R, "skills", "need someone with embedded AND testing skills who's free next week",
     {"list": "people", "where": {"skill": ["embedded", "testing"], "free": "next_week"}}),
    (N, "skills", "what skills does Kenji have",
     {"list": "skills", "where": {"person": "Kenji Brown"}}),
    (R, "skills", "who knows terraform",
     {"list": "people", "where": {"skill": "terraform"}}),
    (T, "skills", "people who have both react and typescript?",
     {"list": "people", "where": {"skill": ["react", "typescript"]}}),
    (F, "skills", "How many people have ML skills?",
     {"count": "people", "where": {"skill": "ml"}}),
    (T, "skills", "which skill do the fewest people have",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}),
    (T, "skills", "security engineers who also know devops",
     {"list": "people", "where": {"role": "Security engineer", "skill": "devops"}}),
    (N, "skills", "What are Aisha's skills?",
     {"list": "skills", "where": {"person": "Aisha Eriksen"}}),
    (R, "skills", "Hello, the Data team asked whether we have any ML people with nothing booked "
                 "in July. Who would that be?",
     {"list": "people", "where": {"skill": "ml", "free": "next_month"}}),
    (T, "skills", "do we have anyone who does go and is available over the summer",
     {"list": "people", "where": {"skill": "go", "free": SUMMER}}),
    # --- changes ----------------------------------------------------------------------------
    (T, "changes", "how much scope got added to this in the last few weeks",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_days:28"},
     "/projects/PRJ-0174"),
    (D, "changes", "what went late since the 1st",
     {"list": "projects", "where": {"became_late": "this_month"}}),
    (F, "changes", "How many new projects were created in the past 30 days?",
     {"count": "projects", "where": {"created": "last_days:30"}}),
    (D, "changes", "anything become overdue this week?",
     {"list": "projects", "where": {"became_late": "this_week"}}),
    (T, "changes", "how many items were added to Granite refund automation this month",
     {"value": "scope_items_added", "where": {"key": "PRJ-0127"}, "period": "this_month"}),
    (F, "changes", "Total story points completed last month across the whole portfolio?",
     {"value": "points_done", "where": {"done": "last_month"}}),
    (N, "changes", "how many items has the Lumen referral program added to its scope since it "
                   "started",
     {"value": "scope_items_added", "where": {"key": "PRJ-0002"},
      "period": "range:2026-04-25:2026-06-17"}),
    (R, "changes", "scope growth in Payments over the past 30 days, how many items got added",
     {"value": "scope_items_added", "where": {"portfolio": "Payments"},
      "period": "last_days:30"}),
    # --- causes -----------------------------------------------------------------------------
    (D, "causes", "why is Falcon metrics layer so late",
     {"cause": "PRJ-0094"}),
    (T, "causes", "why are we behind here",
     {"cause": "PRJ-0102"}, "/projects/PRJ-0102"),
    (D, "causes", "cobalt smart thermostat - what went wrong",
     {"cause": "PRJ-0104"}),
    (F, "causes", "What is driving the delay on PRJ-0130?",
     {"cause": "PRJ-0130"}),
    (N, "causes", "why is this project late? trying to understand it before my 1:1",
     {"cause": "PRJ-0165"}, "/projects/PRJ-0165"),
    (R, "causes", "harbor sensor hub is overdue, is that a staffing thing or scope",
     {"cause": "PRJ-0183"}),
    (T, "causes", "so why did the nimbus kubernetes migration slip was it the scope or did we "
                 "lose people",
     {"cause": "PRJ-0200"}),
    (D, "causes", "why is sierra invoice engine at risk",
     {"cause": "PRJ-0063"}),
    # --- forecasts --------------------------------------------------------------------------
    (D, "forecasts", "chance sierra refund automation lands on time?",
     {"value": "p_on_time", "of": "PRJ-0140"}),
    (T, "forecasts", "when will we realistically finish this",
     {"value": "p50_date", "of": "PRJ-0013"}, "/projects/PRJ-0013"),
    (F, "forecasts", "um what's the the expected completion date for iris reporting warehouse",
     {"value": "p50_date", "of": "PRJ-0111"}),
    (N, "forecasts", "Is Tundra battery pack expected to make its due date? what are the odds",
     {"value": "p_on_time", "of": "PRJ-0048"}),
    (D, "forecasts", "list everything with less than a 25% chance of finishing on time",
     {"list": "projects", "where": {"p_below": 0.25}}),
    (R, "forecasts", "which Devices projects are at risk",
     {"list": "projects", "where": {"portfolio": "Devices", "health": "at_risk"}}),
    (F, "forecasts", "ETA on Apollo metrics layer?",
     {"value": "p50_date", "of": "PRJ-0046"}),
    (T, "forecasts", "ML platform projects with at least an 80% chance of hitting their date",
     {"list": "projects", "where": {"portfolio": "ML Platform", "p_at_least": 0.8}}),
    (N, "forecasts", "what's the on-time probability here",
     {"value": "p_on_time", "of": "PRJ-0018"}, "/projects/PRJ-0018"),
    (D, "forecasts", "delta sso rollout when is it forecast to actually finish",
     {"value": "p50_date", "of": "PRJ-0130"}),
    # --- typos ------------------------------------------------------------------------------
    (D, "typos", "how mnay projcts are lat?",
     {"count": "projects", "where": {"health": "late"}}),
    (R, "typos", "whos availble nxt week w/ reactt",
     {"list": "people", "where": {"skill": "react", "free": "next_week"}}),
    (T, "typos", "wich of the ml platfrom projects r at risk",
     {"list": "projects", "where": {"portfolio": "ML Platform", "health": "at_risk"}}),
    (F, "typos", "projets completd last mnth",
     {"list": "projects", "where": {"completed": "last_month"}}),
    (N, "typos", "who ownz the quartz ofline mode project",
     {"value": "owner", "of": "PRJ-0062"}),
    (D, "typos", "oevrdue by portfolo pls",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"}}),
    (R, "typos", "is hugo lopez overalocated this wek",
     {"value": "load", "of": "Hugo Lopez", "period": "this_week"}),
    (T, "typos", "probabilty apollo metrics layr finishes on tme",
     {"value": "p_on_time", "of": "PRJ-0046"}),
    (F, "typos", "how many projetcs are due in teh next 30 days",
     {"count": "projects", "where": {"due": "next_days:30", "status": "open"}}),
    (N, "typos", "skils of kai?",
     {"list": "skills", "where": {"person": "Kai Kaur"}}),
    # --- languages --------------------------------------------------------------------------
    (D, "languages", "Wie viele Projekte sind im Moment überfällig?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}),
    (F, "languages", "Quels projets ont été terminés le mois dernier ?",
     {"language": "fr", "then": {"list": "projects", "where": {"completed": "last_month"}}}),
    (R, "languages", "¿Quién está libre la próxima semana y sabe Python?",
     {"language": "es", "then": {"list": "people",
                                 "where": {"skill": "python", "free": "next_week"}}}),
    (T, "languages", "Wanneer moet Sierra invoice engine af zijn?",
     {"language": "nl", "then": {"value": "due_date", "of": "PRJ-0063"}}),
    (N, "languages", "Chi è il responsabile del progetto Lumen referral program?",
     {"language": "it", "then": {"value": "owner", "of": "PRJ-0002"}}),
    (F, "languages", "Qual é a probabilidade de o projeto PRJ-0029 terminar dentro do prazo?",
     {"language": "pt", "then": {"value": "p_on_time", "of": "PRJ-0029"}}),
    (D, "languages", "Warum ist dieses Projekt im Verzug?",
     {"language": "de", "then": {"cause": "PRJ-0104"}}, "/projects/PRJ-0104"),
    (R, "languages", "Qui est surchargé cette semaine ?",
     {"language": "fr", "then": {"list": "people",
                                 "where": {"over_allocated": "this_week"}}}),
    (T, "languages", "¿Cuántos proyectos están en riesgo en Data Platform?",
     {"language": "es", "then": {"count": "projects",
                                 "where": {"portfolio": "Data Platform", "health": "at_risk"}}}),
    (N, "languages", "Quanto abbiamo speso finora per il progetto Sierra invoice engine?",
     {"language": "it", "then": None}),
    # --- unanswerable -----------------------------------------------------------------------
    (F, "unanswerable", "What's the remaining budget on Falcon card processor migration, in "
                        "euros?",
     {"refuse": "budgets in money are not in the data"}),
    (D, "unanswerable", "customer satisfaction scores for the customer support projects?",
     {"refuse": "no customer satisfaction data"}),
    (R, "unanswerable", "how many vacation days does Grace Moreau have left this year",
     {"refuse": "no leave or holiday data"}),
    (F, "unanswerable", "total hours logged against the Payments portfolio last quarter",
     {"refuse": "no timesheets: allocations are planned shares, not hours logged"}),
    (N, "unanswerable", "What's the salary band for a data engineer here?",
     {"refuse": "no salary data"}),
    (T, "unanswerable", "how many bugs did customers report on Nimbus offline mode",
     {"refuse": "no bug or customer report data"}),
    (D, "unanswerable", "whats the revenue impact if raven chatbot pilot slips another month",
     {"refuse": "no revenue data"}),
    # --- ambiguous --------------------------------------------------------------------------
    (R, "ambiguous", "what's Hugo working on",
     {"clarify": {"people_named": "Hugo"}}),
    (N, "ambiguous", "When is the Beacon data catalog due?",
     {"clarify": {"projects_named": "Beacon data catalog"}}),
    (T, "ambiguous", "is julia overbooked this week",
     {"clarify": {"people_named": "Julia"}}),
    (F, "ambiguous", "Status of the Nimbus pricing experiment, please?",
     {"clarify": {"projects_named": "Nimbus pricing experiment"}}),
    (D, "ambiguous", "iris recommendation engine - are we on track",
     {"clarify": {"projects_named": "Iris recommendation engine"}}),
    (R, "ambiguous", "marco's load next month",
     {"clarify": {"people_named": "Marco"}}),
    (F, "ambiguous", "show me our biggest projects",
     {"clarify": ["most story points", "most work items", "largest team"]}),
    # --- documents --------------------------------------------------------------------------
    (T, "documents", "what did we decide in the last sync",
     {"text": [{"decision_of": "PRJ-0063"}]}, "/projects/PRJ-0063"),
    (N, "documents", "What's the main risk in the latest status note for Tundra battery pack?",
     {"text": [{"risk_of": "PRJ-0048"}]}),
    (D, "documents", "why was lumen accessibility audit put on hold",
     {"text": ["a vendor dependency is blocked"]}),
    (F, "documents", "Why did we cancel the Umbra data catalog?",
     {"text": ["the business case no longer holds"]}),
    (R, "documents", "how many meeting minutes do we have for Delta SSO rollout",
     {"count": "documents", "where": {"project": "PRJ-0130", "kind": "meeting_minutes"}}),
    (D, "documents", "last meeting decision on this one?",
     {"text": [{"decision_of": "PRJ-0151"}]}, "/projects/PRJ-0151"),
]


def _record(number: int, row: tuple[Any, ...]) -> dict[str, Any]:
    persona, category, question, spec, *page = row
    record = {"id": f"u13-{number:03d}", "split": SPLIT, "persona": persona,
              "category": category, "question": question, "expect": spec}
    if page:
        record["page"] = page[0]
    return record


QUESTIONS = [_record(i, row) for i, row in enumerate(_ROWS, start=1)]
