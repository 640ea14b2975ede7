"""Held-out split unseen82: 150 questions written blind, for reporting only.

Who and how: written by a helper session started for this one job, in its own worktree of main
(branch unseen82), without opening the copilot (``models/``), the dashboard, ``components/``,
``pages/``, ``docs/copilot.md``, ``tests/`` or any other split, and without running the copilot
or seeing any score. Names, keys, skills, roles, portfolios, owners and document phrases were
looked up with plain SQL in a demo built as the brief says (200 projects, seed 7, today
2026-06-17); the expected answers are specs resolved by the benchmark's own SQL and were read
one by one with ``--resolve-only``.

Style of this split: mostly people who are not native English speakers, or typing fast on a
phone: short, sometimes ungrammatical English, dropped articles, wrong prepositions, mixed
tenses and abbreviations ("proj", "ppl", "wk", "atm", "eta", "asap", "pls", "prio", "nb");
some careful, formal questions beside them for contrast; ten questions in German, French,
Spanish, Dutch, Italian or Portuguese; ten with real typos. An even mix of the five personas
(30 each), 15 questions asked from a project page ("here", "this project", "this team").

Readings used (docs/metrics.md and expect.py's docstring; today is Wednesday 2026-06-17):
- open = proposed, active or on hold; "in progress", "still active", "running" of a project =
  Active; "not started yet" = Proposed; "on hold" = On hold; closed = done or cancelled.
- late / overdue / "missed its date" / "behind its deadline" = open and due before today;
  "at risk" = open, not late, P(on time) under 50 %; "on track" = open, neither.
- "became late" / "slipped past the deadline" in a period = late today, the day after its due
  date in the period (this month: due 31 May - 16 June; the last 7 days: due 10-16 June).
- "overbooked", "over 100 %", "over-allocated", "sobrecarregado" = load above 1.0 on some day
  of the period; "free", "nothing booked", "totally free" = no allocation on any day of it;
  "spare capacity" is asked back (free or with room: the two differ next week).
- "works on", "is on", "the team of", "staffed on" = an allocation covering today; a portfolio's
  team ("the Security team") = the people on one of its projects today.
- "ETA", "when will it likely be finished", "voraussichtlich fertig" = the forecast's P50 date;
  "chance", "probability", "make its due date", "make it on time" = P(on time);
  "worst forecast" = lowest P(on time) (a late project's is 0 %).
- Periods: this week = Mon 15 - Sun 21 June 2026; last week = 8-14 June; next week = 22-28 June;
  "since Monday" = 15-17 June; "the coming fortnight" / "next 2 weeks" = 17-30 June; "rest of
  the month" = 17-30 June; "last month" / "May" = May 2026; "next month" / "July" = July 2026;
  "Q1" = Jan-Mar 2026, "Q2" / "this quarter" = Apr-Jun 2026; "H1" = 1 Jan - 30 Jun 2026;
  "last 30 days" = 19 May - 17 June; "last 4 wks" = the last 28 days, 21 May - 17 June.
  "Started" / "kicked off" is said of what has happened, so a start date still to come (a
  proposed project starting on 18 or 19 June) does not count: "started in Q2" = 1 April - 17
  June, "started this week" = since Monday, "this year so far" = 1 January - 17 June.
- A deadline still to come ("due next week", "deadline in July", "the coming fortnight", "next
  5 deadlines") is asked of the open projects: a project already done before it is not due.
- A project name shared by an open project and closed ones (Falcon push notifications) is the
  open one in a question about the present; a name two or three open projects share (Beacon
  data catalog, Iris recommendation engine, Nimbus pricing experiment) is asked back, as are
  the first names Dara and Tom and the undefined "in the red" (late or at risk).
- Money, satisfaction, pay, sick days, revenue, overtime: not in the data, so refused.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen82"

_ROWS: list[tuple[str, str, str, dict[str, Any], str | None]] = [
    # --- counts (14) ---------------------------------------------------------------------------
    ("director", "counts", "how many proj open right now?",
     {"count": "projects", "where": {"status": "open"}}, None),
    ("finance", "counts",
     "Good morning. For the quarterly report I need the number of projects we completed in Q1 "
     "of this year, please.",
     {"count": "projects", "where": {"completed": "q1"}}, None),
    ("team_lead", "counts", "nb of late proj in Devices pls",
     {"count": "projects", "where": {"health": "late", "portfolio": "Devices"}}, None),
    ("resource_manager", "counts", "how many ppl overbooked this wk?",
     {"count": "people", "where": {"over_allocated": "this_week"}}, None),
    ("new_hire", "counts", "How much portfolios we have in the company?",
     {"count": "portfolios", "where": {}}, None),
    ("finance", "counts", "critical prio projects still open - how many?",
     {"count": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    ("new_hire", "counts", "how many projects on hold at the moment",
     {"count": "projects", "where": {"status": "on_hold"}}, None),
    ("team_lead", "counts", "how many items still open here",
     {"count": "work_items", "where": {"project": "PRJ-0033", "status": "open"}},
     "/projects/PRJ-0033"),
    ("resource_manager", "counts", "count QA engineers we got?",
     {"count": "people", "where": {"role": "QA engineer"}}, None),
    ("new_hire", "counts", "How many projects Data Platform has, closed ones included?",
     {"count": "projects", "where": {"portfolio": "Data Platform"}}, None),
    ("finance", "counts", "How many projects have been cancelled to date?",
     {"count": "projects", "where": {"status": "cancelled"}}, None),
    ("new_hire", "counts", "proposed projects, how many are waiting for start?",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    ("finance", "counts", "how many work items got done last wk, all projects",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    ("resource_manager", "counts", "how many ppl totally free next week",
     {"count": "people", "where": {"free": "next_week"}}, None),
    # --- lists (14) ----------------------------------------------------------------------------
    ("director", "lists", "list late projects Customer Support",
     {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}}, None),
    ("new_hire", "lists", "show me open Growth projects",
     {"list": "projects", "where": {"status": "open", "portfolio": "Growth"}}, None),
    ("finance", "lists", "Which projects with critical priority are currently open?",
     {"list": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    ("new_hire", "lists", "which open projects has Leo Moreau as owner?",
     {"list": "projects", "where": {"owner": "Leo Moreau", "status": "open"}}, None),
    ("director", "lists", "all proj on hold pls",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("finance", "lists", "high prio Payments projects in progress?",
     {"list": "projects",
      "where": {"priority": "high", "portfolio": "Payments", "status": "active"}}, None),
    ("resource_manager", "lists", "which Mobile Apps proj not started yet (proposed)",
     {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "proposed"}}, None),
    ("new_hire", "lists", "What portfolios exist here?",
     {"list": "portfolios", "where": {}}, None),
    ("director", "lists", "which portfolios have at least one late project",
     {"list": "portfolios", "where": {"health": "late"}}, None),
    ("team_lead", "lists", "projects cancelled, which ones?",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    ("finance", "lists", "Could you list the open projects owned by Hugo Lopez?",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    ("resource_manager", "lists", "which projs is Lara Ahmed on atm",
     {"list": "projects", "where": {"staffed_by": "Lara Ahmed"}}, None),
    ("new_hire", "lists", "low priority open projects in ML Platform?",
     {"list": "projects",
      "where": {"priority": "low", "status": "open", "portfolio": "ML Platform"}}, None),
    ("new_hire", "lists", "which proj in Infrastructure still active",
     {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "active"}}, None),
    # --- periods (13) --------------------------------------------------------------------------
    ("director", "periods", "what is due in the coming fortnight?",
     {"list": "projects", "where": {"due": "next_days:14", "status": "open"}}, None),
    ("finance", "periods", "Which projects were completed in May?",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    ("team_lead", "periods", "how many proj started in Q2",
     {"count": "projects", "where": {"started": "range:2026-04-01:2026-06-17"}}, None),
    ("director", "periods", "H1 deadlines we still didnt close?",
     {"list": "projects", "where": {"due": "range:2026-01-01:2026-06-30", "status": "open"}},
     None),
    ("team_lead", "periods", "items done since monday?",
     {"count": "work_items", "where": {"done": "since_monday"}}, None),
    ("resource_manager", "periods", "which open proj have deadline in july",
     {"list": "projects", "where": {"due": "range:2026-07-01:2026-07-31", "status": "open"}},
     None),
    ("new_hire", "periods", "Who will be over-allocated next month?",
     {"list": "people", "where": {"over_allocated": "next_month"}}, None),
    ("resource_manager", "periods", "who is free for rest of month",
     {"list": "people", "where": {"free": "range:2026-06-17:2026-06-30"}}, None),
    ("finance", "periods", "How many open projects are due this quarter?",
     {"count": "projects", "where": {"due": "this_quarter", "status": "open"}}, None),
    ("resource_manager", "periods", "deadlines next wk?",
     {"list": "projects", "where": {"due": "next_week", "status": "open"}}, None),
    ("finance", "periods", "story points finished last 30 days total",
     {"value": "points_done", "where": {"done": "last_days:30"}}, None),
    ("director", "periods", "ok so how many projects have we kicked off this year so far",
     {"count": "projects", "where": {"started": "range:2026-01-01:2026-06-17"}}, None),
    ("new_hire", "periods", "Which projects were finished between 1 March and 15 April?",
     {"list": "projects", "where": {"completed": "range:2026-03-01:2026-04-15"}}, None),
    # --- rankings (10) -------------------------------------------------------------------------
    ("director", "rankings", "top 3 most overdue proj",
     {"top": "projects", "by": "days_overdue", "k": 3}, None),
    ("team_lead", "rankings", "who got the most open items on their name",
     {"top": "people", "by": "open_items", "k": 1}, None),
    ("resource_manager", "rankings", "5 busiest ppl this wk",
     {"top": "people", "by": "load", "k": 5, "period": "this_week"}, None),
    ("director", "rankings", "which portfolio have most late projects",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}, None),
    ("finance", "rankings",
     "Which three open projects have the most story points remaining?",
     {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}}, None),
    ("team_lead", "rankings", "owner with most open proj?",
     {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    ("new_hire", "rankings", "least progress among active projects?",
     {"top": "projects", "by": "progress", "k": 1, "order": "asc",
      "where": {"status": "active"}}, None),
    ("resource_manager", "rankings", "which skill is most demanded in open work items",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    ("new_hire", "rankings", "Who is staffed on the most projects right now?",
     {"top": "people", "by": "projects", "k": 1}, None),
    ("finance", "rankings", "next 5 deadlines of open projects",
     {"top": "projects", "by": "due_soonest", "k": 5,
      "where": {"status": "open", "due": "next_days:365"}}, None),
    # --- comparisons (9) -----------------------------------------------------------------------
    ("director", "comparisons", "late: Devices vs Customer Support?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Devices", "Customer Support"]}, None),
    ("finance", "comparisons", "Payments or Growth, which one has more open projects?",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Payments", "Growth"]}, None),
    ("resource_manager", "comparisons", "compare Leo Moreau and Sofia Zhang load this wk",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Leo Moreau", "Sofia Zhang"]}, None),
    ("team_lead", "comparisons", "ppl knowing python vs sql, how many each",
     {"groups": "skills", "by": "people", "only": ["python", "sql"]}, None),
    ("finance", "comparisons", "open work items Data Platform vs ML Platform",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Data Platform", "ML Platform"]}, None),
    ("new_hire", "comparisons", "breakdown of all projects by status pls",
     {"groups": "projects", "by": "status"}, None),
    ("new_hire", "comparisons", "How do the open projects split by health?",
     {"groups": "projects", "by": "health", "where": {"status": "open"}}, None),
    ("director", "comparisons", "are more projects late or at risk?",
     {"groups": "projects", "by": "health", "only": ["late", "at_risk"]}, None),
    ("finance", "comparisons", "open projects per priority?",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}, None),
    # --- people (14) ---------------------------------------------------------------------------
    ("team_lead", "people", "who works on Nimbus model monitoring",
     {"list": "people", "where": {"works_on": "PRJ-0013"}}, None),
    ("director", "people", "who is in Security team now",
     {"list": "people", "where": {"portfolio": "Security"}}, None),
    ("resource_manager", "people", "Eva Meyer free next week or not?",
     {"value": "load", "of": "Eva Meyer", "period": "next_week"}, None),
    ("team_lead", "people", "Ana Brown load this wk? need asap",
     {"value": "load", "of": "Ana Brown", "period": "this_week"}, None),
    ("new_hire", "people", "Who is the owner of PRJ-0094?",
     {"value": "owner", "of": "PRJ-0094"}, None),
    ("finance", "people", "who own Willow help center",
     {"value": "owner", "of": "PRJ-0123"}, None),
    ("resource_manager", "people", "data engineers with nothing booked next month",
     {"list": "people", "where": {"role": "Data engineer", "free": "next_month"}}, None),
    ("resource_manager", "people", "how loaded is Emeka Okafor next month",
     {"value": "load", "of": "Emeka Okafor", "period": "next_month"}, None),
    ("team_lead", "people", "who is on this team?",
     {"list": "people", "where": {"works_on": "PRJ-0048"}}, "/projects/PRJ-0048"),
    ("director", "people", "who's over 100% this week",
     {"list": "people", "where": {"over_allocated": "this_week"}}, None),
    ("new_hire", "people",
     "Hello, I just joined the mobile team. Who works on Falcon push notifications at the "
     "moment?",
     {"list": "people", "where": {"works_on": "PRJ-0165"}}, None),
    ("team_lead", "people", "anyone in this team overbooked this week?",
     {"list": "people", "where": {"works_on": "PRJ-0040", "over_allocated": "this_week"}},
     "/projects/PRJ-0040"),
    ("resource_manager", "people", "UX designers free this wk",
     {"list": "people", "where": {"role": "UX designer", "free": "this_week"}}, None),
    ("director", "people", "who is owner here",
     {"value": "owner", "of": "PRJ-0102"}, "/projects/PRJ-0102"),
    # --- skills (10) ---------------------------------------------------------------------------
    ("resource_manager", "skills", "who knows kubernetes",
     {"list": "people", "where": {"skill": "kubernetes"}}, None),
    ("team_lead", "skills", "skills of Priya Kim?",
     {"list": "skills", "where": {"person": "Priya Kim"}}, None),
    ("resource_manager", "skills", "need somebody with react and typescript both, who?",
     {"list": "people", "where": {"skill": ["react", "typescript"]}}, None),
    ("team_lead", "skills", "any embedded engineer free next wk?",
     {"list": "people", "where": {"role": "Embedded engineer", "free": "next_week"}}, None),
    ("resource_manager", "skills", "terraform ppl free this week?",
     {"list": "people", "where": {"skill": "terraform", "free": "this_week"}}, None),
    ("director", "skills", "what skill most ppl have",
     {"top": "skills", "by": "people", "k": 1}, None),
    ("finance", "skills", "How many people have Spark skills?",
     {"count": "people", "where": {"skill": "spark"}}, None),
    ("new_hire", "skills", "Is there somebody who knows both Go and security?",
     {"list": "people", "where": {"skill": ["go", "security"]}}, None),
    ("resource_manager", "skills", "ml skill ppl in ML Platform team now",
     {"list": "people", "where": {"skill": "ml", "portfolio": "ML Platform"}}, None),
    ("team_lead", "skills", "who in this team knows react",
     {"list": "people", "where": {"works_on": "PRJ-0051", "skill": "react"}},
     "/projects/PRJ-0051"),
    # --- changes (8) ---------------------------------------------------------------------------
    ("new_hire", "changes", "which projects became late this month",
     {"list": "projects", "where": {"became_late": "this_month"}}, None),
    ("team_lead", "changes", "what slipped past deadline last 7 days",
     {"list": "projects", "where": {"became_late": "last_days:7"}}, None),
    ("team_lead", "changes", "how many items added to scope here last month",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_month"},
     "/projects/PRJ-0174"),
    ("finance", "changes", "How many new projects were created last month?",
     {"count": "projects", "where": {"created": "last_month"}}, None),
    ("team_lead", "changes", "items finished here in last 4 wks?",
     {"count": "work_items", "where": {"project": "PRJ-0104", "done": "last_days:28"}},
     "/projects/PRJ-0104"),
    ("director", "changes", "scope added in Devices last 30 days, how many items",
     {"value": "scope_items_added", "where": {"portfolio": "Devices"},
      "period": "last_days:30"}, None),
    ("director", "changes", "what got completed this month so far",
     {"list": "projects", "where": {"completed": "this_month"}}, None),
    ("resource_manager", "changes", "which proj started this week",
     {"list": "projects", "where": {"started": "since_monday"}}, None),
    # --- causes (8) ----------------------------------------------------------------------------
    ("director", "causes", "why PRJ-0104 late?", {"cause": "PRJ-0104"}, None),
    ("team_lead", "causes", "why we are late here", {"cause": "PRJ-0183"},
     "/projects/PRJ-0183"),
    ("finance", "causes", "What caused the delay in Delta SSO rollout?",
     {"cause": "PRJ-0130"}, None),
    ("new_hire", "causes", "Zephyr chatbot pilot why behind", {"cause": "PRJ-0102"}, None),
    ("new_hire", "causes", "Why is Falcon push notifications late?", {"cause": "PRJ-0165"},
     None),
    ("finance", "causes", "reason PRJ-0094 still not done? was due in nov",
     {"cause": "PRJ-0094"}, None),
    ("resource_manager", "causes", "Raven chatbot pilot missed its date - what happened?",
     {"cause": "PRJ-0125"}, None),
    ("director", "causes", "why this one at risk?", {"cause": "PRJ-0063"},
     "/projects/PRJ-0063"),
    # --- forecasts (10) ------------------------------------------------------------------------
    ("director", "forecasts", "chance we make it on time here?",
     {"value": "p_on_time", "of": "PRJ-0029"}, "/projects/PRJ-0029"),
    ("team_lead", "forecasts", "eta Tundra battery pack",
     {"value": "p50_date", "of": "PRJ-0048"}, None),
    ("team_lead", "forecasts", "when this will be finished, likely?",
     {"value": "p50_date", "of": "PRJ-0111"}, "/projects/PRJ-0111"),
    ("director", "forecasts", "which proj have less then 30% chance to make deadline",
     {"list": "projects", "where": {"p_below": 0.3}}, None),
    ("finance", "forecasts",
     "I am preparing the board deck for Friday. Could you tell me how many projects are "
     "currently at risk?",
     {"count": "projects", "where": {"health": "at_risk"}}, None),
    ("team_lead", "forecasts", "on track Growth projects?",
     {"list": "projects", "where": {"health": "on_track", "portfolio": "Growth"}}, None),
    ("director", "forecasts", "worst forecast in Data Platform",
     {"top": "projects", "by": "p_on_time", "k": 1,
      "where": {"portfolio": "Data Platform", "status": "open"}}, None),
    ("finance", "forecasts", "P85 date PRJ-0051?", {"value": "p85_date", "of": "PRJ-0051"},
     None),
    ("new_hire", "forecasts", "Is Sierra invoice engine going to make its due date?",
     {"value": "p_on_time", "of": "PRJ-0063"}, None),
    ("resource_manager", "forecasts", "how many proj have 80% or more chance",
     {"count": "projects", "where": {"p_at_least": 0.8}}, None),
    # --- typos (10) ----------------------------------------------------------------------------
    ("director", "typos", "how many late projcts in Infrastucture",
     {"count": "projects", "where": {"health": "late", "portfolio": "Infrastructure"}}, None),
    ("team_lead", "typos", "who is workin on Meridan Kubernetes migraton",
     {"list": "people", "where": {"works_on": "PRJ-0151"}}, None),
    ("resource_manager", "typos", "overalocated ppl nxt week",
     {"list": "people", "where": {"over_allocated": "next_week"}}, None),
    ("team_lead", "typos", "wat is eta of Iris sensr hub",
     {"value": "p50_date", "of": "PRJ-0176"}, None),
    ("finance", "typos", "Raven pricng experiment progres?",
     {"value": "progress", "of": "PRJ-0084"}, None),
    ("new_hire", "typos", "which skils Zara Vargas hav",
     {"list": "skills", "where": {"person": "Zara Vargas"}}, None),
    ("director", "typos", "lsit cancelld projects",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    ("team_lead", "typos", "how manny open itmes in ML Platfrom",
     {"count": "work_items", "where": {"status": "open", "portfolio": "ML Platform"}}, None),
    ("resource_manager", "typos", "whos on this projet tema",
     {"list": "people", "where": {"works_on": "PRJ-0136"}}, "/projects/PRJ-0136"),
    ("new_hire", "typos", "wich portfolio has most open projcts",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    # --- languages (10) ------------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind im Moment verspätet?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}, None),
    ("director", "languages", "Quels projets du portefeuille Devices sont en retard ?",
     {"language": "fr",
      "then": {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}}}, None),
    ("resource_manager", "languages", "¿Quién trabaja en el proyecto PRJ-0086?",
     {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0086"}}}, None),
    ("finance", "languages", "Hoeveel open projecten heeft Payments?",
     {"language": "nl",
      "then": {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}}},
     None),
    ("team_lead", "languages",
     "Qual è la probabilità che Beacon push notifications finisca in tempo?",
     {"language": "it", "then": {"value": "p_on_time", "of": "PRJ-0018"}}, None),
    ("resource_manager", "languages", "Quem está sobrecarregado esta semana?",
     {"language": "pt",
      "then": {"list": "people", "where": {"over_allocated": "this_week"}}}, None),
    ("team_lead", "languages", "Wann wird dieses Projekt voraussichtlich fertig?",
     {"language": "de", "then": {"value": "p50_date", "of": "PRJ-0121"}},
     "/projects/PRJ-0121"),
    ("new_hire", "languages", "Combien de personnes connaissent Kubernetes ?",
     {"language": "fr", "then": {"count": "people", "where": {"skill": "kubernetes"}}}, None),
    ("finance", "languages",
     "¿Cuál es el presupuesto del proyecto Granite chatbot pilot en euros?",
     {"language": "es", "then": None}, None),
    ("new_hire", "languages", "Welke projecten zijn vorige maand afgerond?",
     {"language": "nl", "then": {"list": "projects", "where": {"completed": "last_month"}}},
     None),
    # --- unanswerable (7) ----------------------------------------------------------------------
    ("finance", "unanswerable", "budget left on PRJ-0029 in eur?", {"refuse": "budget"}, None),
    ("director", "unanswerable", "customer satisfaction for Willow help center?",
     {"refuse": "customer satisfaction"}, None),
    ("finance", "unanswerable", "Could you tell me the hourly rate we pay for Ana Brown?",
     {"refuse": "pay rates"}, None),
    ("resource_manager", "unanswerable", "how many sick days ppl took last month",
     {"refuse": "absences"}, None),
    ("director", "unanswerable", "ROI of Raven pricing experiment pls",
     {"refuse": "return on investment"}, None),
    ("new_hire", "unanswerable", "how much revenue this project made so far?",
     {"refuse": "revenue"}, "/projects/PRJ-0002"),
    ("team_lead", "unanswerable", "overtime hours of my team last wk?",
     {"refuse": "hours worked"}, None),
    # --- ambiguous (7) -------------------------------------------------------------------------
    ("new_hire", "ambiguous", "status of Beacon data catalog?",
     {"clarify": {"projects_named": "Beacon data catalog", "open": True}}, None),
    ("team_lead", "ambiguous", "eta Iris recommendation engine",
     {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}, None),
    ("finance", "ambiguous", "Is Nimbus pricing experiment late?",
     {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}, None),
    ("resource_manager", "ambiguous", "how busy is Dara this wk",
     {"clarify": {"people_named": "Dara"}}, None),
    ("new_hire", "ambiguous", "What is Tom working on?",
     {"clarify": {"people_named": "Tom"}}, None),
    ("resource_manager", "ambiguous", "who has spare capacity next week",
     {"clarify": ["free next week (no allocation)",
                  "with room next week (under 100% every day)"]}, None),
    ("director", "ambiguous", "which projects are in the red?",
     {"clarify": ["late", "at risk"]}, None),
    # --- documents (6) -------------------------------------------------------------------------
    ("finance", "documents", "what was decided at last sync PRJ-0169?",
     {"text": [{"decision_of": "PRJ-0169"}]}, None),
    ("director", "documents", "main risk in latest status note PRJ-0086",
     {"text": [{"risk_of": "PRJ-0086"}]}, None),
    ("finance", "documents", "Why was Lumen accessibility audit put on hold?",
     {"text": ["a vendor dependency is blocked"]}, None),
    ("new_hire", "documents", "Why did Umbra data catalog get cancelled?",
     {"text": ["the business case no longer holds"]}, None),
    ("team_lead", "documents", "spec of this proj - what is the goal?",
     {"text": ["pass CE certification on the first attempt"]}, "/projects/PRJ-0033"),
    ("resource_manager", "documents", "open question in spec of Delta event pipeline?",
     {"text": ["the source system has no change timestamps"]}, None),
]


def _record(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
            page: str | None) -> dict[str, Any]:
    record = {"id": f"u82-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


QUESTIONS: list[dict[str, Any]] = [_record(n, *row) for n, row in enumerate(_ROWS, start=1)]
