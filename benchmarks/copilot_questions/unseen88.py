"""Held-out split unseen88: a director and a finance partner preparing this week's steering
committee / board pack, with the resource manager, two team leads and a new analyst they asked to
help with the numbers.

Written blind by a helper session from ``BRIEF.md``: it read only ``records.py``, ``expect.py``,
``facts.py``, ``periods.py``, ``scoring.py``, ``__init__.py``, ``docs/metrics.md``,
``data/demo.py`` and ``benchmarks/copilot_questions.py``, looked names, keys, owners, skills, roles,
portfolios and document phrases up in a demo database (200 projects, seed 7, today 2026-06-17)
with plain SQL, and checked every spec with ``--resolve-only`` (forecast facts, such as P(on time)
and P50 dates, only there). It never opened the copilot, the dashboard, the tests or the other
splits, nor any score.

The questions are what a portfolio director and a finance partner ask the week before a board
pack is due: portfolio-level counts, trends over periods, what changed since last month, forecasts
and risk, and the money questions the data cannot answer. The director writes long, polite
sentences as in an e-mail and sometimes a one-liner; the finance partner types terse chat
("# late", "pls"). The resource manager, the team leads and the new analyst add the capacity,
project and appendix questions; some type on a phone (typos). 15 questions are asked from a
project page ("this project", "here", "this team").

Readings used (today is Wednesday 2026-06-17):
- open, "still open", "not done yet" = proposed, active or on hold; "active" = the Active status;
  "in the pipeline to start" = Proposed; late / "running late" / "missed its date" = open and due
  before today; "slipped past its due date" / "gone late" in a period = became late in it (due
  date from the period's first day minus one to yesterday).
- at risk = open, not late, P(on time) below 50%; "leaving aside the ones already late" = at risk
  or on track; "odds" / "chance" of landing on time = P(on time).
- "expected to finish", "most likely done", "realistic finish date" = the P50 date; "P85" and
  "worst case (P95)" = those dates.
- works on / "on this team" / "in the Growth team" = an allocation covering today; owns / runs /
  "accountable for" = the project's owner.
- load = highest daily sum of shares in the period; over-allocated / overbooked = load above
  100% on some day; "busiest" = highest load this week; free / "nothing booked" / "available
  for all of next month" = no allocation on any day of the period.
- "spare capacity" is both free and with room (30 and 123 people next week): a clarification.
  "Biggest projects" has no definition (points, team, items): a clarification. A first name two
  people share (Hugo, Ines) and a name two or three open projects share (Beacon data catalog,
  Iris recommendation engine, Nimbus pricing experiment) ask which one; Falcon push notifications
  and Juniper battery pack are the open projects of the names they share with done ones.
- periods: "this week" 15-21 Jun 2026, "next week" 22-28 Jun, "since Monday" 15-17 Jun,
  "last week" 8-14 Jun, "this month" June 2026, "so far this month" 1-17 Jun, "May" and "last
  month" May 2026, "since the start of last month" 1 May-17 Jun, "July" July 2026 (next month),
  "Q1" / "last quarter" Jan-Mar 2026, "this quarter" Apr-Jun 2026, "Q3" / "next quarter" Jul-Sep
  2026, "H1 so far" 1 Jan-30 Jun 2026 (nothing completes after today), "the coming fortnight"
  today and the 13 days after it (17-30 Jun), "the last 30 days" 19 May-17 Jun, "between now
  and the end of the year" 17 Jun-31 Dec 2026, "this year" 2026.
- "points delivered / burned" = story points of work items done in the period; "work items
  closed" = done in it; "new work items created" = created in it; "scope added" = items added
  to projects after they started, from the daily snapshots.
- "most open work waiting on a skill" = open work items needing it; "rarest skill" = fewest
  people; "most common skills" = most people.
- money (spend, budget left, ROI, capex/opex, day rates, cost at completion, overspend) and
  customer satisfaction are not in the data: a refusal, in English or not.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen88"

_ROWS: list[tuple[str, str, str, dict[str, Any], str | None]] = [
    # --- counts ------------------------------------------------------------------------------
    ("director", "counts",
     "Hi, I'm pulling together the steering committee pack for Thursday. Could you tell me how "
     "many projects we currently have open across the whole portfolio?",
     {"count": "projects", "where": {"status": "open"}}, None),
    ("finance", "counts", "late projects - number only pls",
     {"count": "projects", "where": {"health": "late"}}, None),
    ("director", "counts",
     "For the board summary slide, how many of our open projects are currently flagged as at "
     "risk?",
     {"count": "projects", "where": {"health": "at_risk"}}, None),
    ("finance", "counts", "count of active projects today?",
     {"count": "projects", "where": {"status": "active"}}, None),
    ("finance", "counts", "how many projects are sitting on hold",
     {"count": "projects", "where": {"status": "on_hold"}}, None),
    ("director", "counts", "How many critical-priority projects do we still have open?",
     {"count": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    ("new_hire", "counts",
     "I'm compiling the appendix for the board pack - how many work items are still not done "
     "across all projects?",
     {"count": "work_items", "where": {"status": "open"}}, None),
    ("finance", "counts", "How many projects have been cancelled altogether?",
     {"count": "projects", "where": {"status": "cancelled"}}, None),
    ("director", "counts", "How many proposed projects are waiting in the pipeline to start?",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    ("finance", "counts", "open work items in the Payments portfolio, how many?",
     {"count": "work_items", "where": {"portfolio": "Payments", "status": "open"}}, None),
    ("resource_manager", "counts",
     "How many people are over-allocated this week? The director wants the figure for the "
     "capacity slide.",
     {"count": "people", "where": {"over_allocated": "this_week"}}, None),
    ("team_lead", "counts", "How many projects does the Devices portfolio still have open?",
     {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}}, None),
    ("finance", "counts", "how many open items are left on this project?",
     {"value": "open_items", "of": "PRJ-0046"}, "/projects/PRJ-0046"),
    # --- lists -------------------------------------------------------------------------------
    ("director", "lists",
     "Please list the projects that are currently late, so I can name them in the pack.",
     {"list": "projects", "where": {"health": "late"}}, None),
    ("finance", "lists", "which projects are on hold right now",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("director", "lists", "Which of the Payments projects are at risk at the moment?",
     {"list": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}}, None),
    ("finance", "lists", "list of critical projects still open?",
     {"list": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    ("new_hire", "lists", "Which open projects does Hugo Lopez own?",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    ("director", "lists",
     "Could you list the Data Platform projects that are either late or at risk?",
     {"list": "projects", "where": {"portfolio": "Data Platform",
                                    "health": ["late", "at_risk"]}}, None),
    ("finance", "lists", "projects completed in May?",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    ("director", "lists", "Which portfolios have no late projects at all?",
     {"list": "portfolios", "where": {"health": "late"}, "having": "none"}, None),
    ("finance", "lists", "Proposed projects due this year - which ones?",
     {"list": "projects", "where": {"status": "proposed", "due": "this_year"}}, None),
    ("team_lead", "lists",
     "Which Mobile Apps projects are still open with a due date next quarter?",
     {"list": "projects", "where": {"portfolio": "Mobile Apps", "due": "next_quarter",
                                    "status": "open"}}, None),
    ("team_lead", "lists", "Which projects owned by Sam Adams are still open?",
     {"list": "projects", "where": {"owner": "Sam Adams", "status": "open"}}, None),
    ("new_hire", "lists", "Which high-priority Growth projects are open right now?",
     {"list": "projects", "where": {"priority": "high", "portfolio": "Growth",
                                    "status": "open"}}, None),
    # --- periods -----------------------------------------------------------------------------
    ("finance", "periods", "How many projects have we completed in H1 so far?",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}, None),
    ("director", "periods", "Which projects are due in July and not done yet?",
     {"list": "projects", "where": {"due": "range:2026-07-01:2026-07-31", "status": "open"}},
     None),
    ("finance", "periods", "story points delivered last month?",
     {"value": "points_done", "where": {"done": "last_month"}}, None),
    ("finance", "periods", "points burned so far this quarter",
     {"value": "points_done", "where": {"done": "this_quarter"}}, None),
    ("director", "periods", "How many projects kicked off in Q1?",
     {"count": "projects", "where": {"started": "q1"}}, None),
    ("new_hire", "periods", "How many new projects were created in May?",
     {"count": "projects", "where": {"created": "last_month"}}, None),
    ("director", "periods",
     "Which open projects have their due date in the coming fortnight?",
     {"list": "projects", "where": {"due": "next_days:14", "status": "open"}}, None),
    ("team_lead", "periods", "work items closed last week?",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    ("director", "periods", "How many projects are due in Q3 and still open?",
     {"count": "projects", "where": {"due": "q3", "status": "open"}}, None),
    ("resource_manager", "periods", "Who is free for the whole of next month?",
     {"list": "people", "where": {"free": "next_month"}}, None),
    ("finance", "periods", "How many projects were completed in the last 30 days?",
     {"count": "projects", "where": {"completed": "last_days:30"}}, None),
    ("team_lead", "periods", "How many work items has the Payments portfolio finished this month?",
     {"count": "work_items", "where": {"portfolio": "Payments", "done": "this_month"}}, None),
    ("director", "periods", "Which projects have started so far this month?",
     {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}, None),
    ("new_hire", "periods",
     "How many open projects are due between now and the end of the year?",
     {"count": "projects", "where": {"due": "rest_of_year", "status": "open"}}, None),
    ("team_lead", "periods", "how many items did we finish here last week?",
     {"count": "work_items", "where": {"project": "PRJ-0084", "done": "last_week"}},
     "/projects/PRJ-0084"),
    # --- rankings ----------------------------------------------------------------------------
    ("director", "rankings", "Which portfolio is carrying the most late projects?",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"health": "late"}}, None),
    ("finance", "rankings", "top 5 most overdue projects, by days",
     {"top": "projects", "by": "days_overdue", "k": 5, "where": {"status": "open"}}, None),
    ("director", "rankings",
     "Leaving aside the ones that are already late, which three projects are least likely to "
     "finish on time?",
     {"top": "projects", "by": "p_on_time", "k": 3,
      "where": {"health": ["at_risk", "on_track"]}}, None),
    ("resource_manager", "rankings", "Who are the five busiest people this week?",
     {"top": "people", "by": "load", "k": 5, "period": "this_week"}, None),
    ("finance", "rankings", "Which owners have the most open projects?",
     {"top": "owners", "by": "count", "k": 3, "where": {"status": "open"}}, None),
    ("director", "rankings",
     "Which open projects have the most work left in story points? The top five, please.",
     {"top": "projects", "by": "remaining_points", "k": 5, "where": {"status": "open"}}, None),
    ("team_lead", "rankings",
     "Who on this team has the most open work items overall, across all their projects?",
     {"top": "people", "by": "open_items", "k": 1, "where": {"works_on": "PRJ-0013"}},
     "/projects/PRJ-0013"),
    ("new_hire", "rankings", "Which portfolio has the most open projects?",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}}, None),
    ("finance", "rankings", "top 3 active projects by % complete",
     {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}}, None),
    ("resource_manager", "rankings", "Who is on the most projects right now?",
     {"top": "people", "by": "projects", "k": 1}, None),
    # --- comparisons -------------------------------------------------------------------------
    ("director", "comparisons", "How do Payments and Devices compare on late projects?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Payments", "Devices"]}, None),
    ("finance", "comparisons", "open projects: Data Platform vs ML Platform",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Data Platform", "ML Platform"]}, None),
    ("finance", "comparisons", "items done last month - Data Platform vs Payments?",
     {"groups": "work_items", "by": "portfolio", "where": {"done": "last_month"},
      "only": ["Data Platform", "Payments"]}, None),
    ("resource_manager", "comparisons",
     "Who is more loaded next month, Olga Martin or Ines Fischer?",
     {"groups": "people", "by": "load", "period": "next_month",
      "only": ["Olga Martin", "Ines Fischer"]}, None),
    ("director", "comparisons",
     "For the health slide, please break the open projects down into on track, at risk and "
     "late.",
     {"groups": "projects", "by": "health", "where": {"status": "open"},
      "only": ["on_track", "at_risk", "late"]}, None),
    ("new_hire", "comparisons", "Do we have more people with Python or with SQL?",
     {"groups": "skills", "by": "people", "only": ["python", "sql"]}, None),
    ("finance", "comparisons", "split of open projects by priority?",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}, None),
    ("team_lead", "comparisons",
     "Security vs Infrastructure - how many at-risk projects does each have?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
      "only": ["Security", "Infrastructure"]}, None),
    ("director", "comparisons",
     "How does the number of projects completed this quarter compare across the portfolios?",
     {"groups": "projects", "by": "portfolio", "where": {"completed": "this_quarter"}}, None),
    # --- people ------------------------------------------------------------------------------
    ("director", "people", "Who is on this team at the moment?",
     {"list": "people", "where": {"works_on": "PRJ-0125"}}, "/projects/PRJ-0125"),
    ("resource_manager", "people", "Who is over-allocated next month?",
     {"list": "people", "where": {"over_allocated": "next_month"}}, None),
    ("finance", "people", "who owns the Sierra invoice engine?",
     {"value": "owner", "of": "PRJ-0063"}, None),
    ("team_lead", "people", "What's Leo Moreau's load this week?",
     {"value": "load", "of": "Leo Moreau", "period": "this_week"}, None),
    ("team_lead", "people", "Who is working on the Delta SSO rollout at the moment?",
     {"list": "people", "where": {"works_on": "PRJ-0130"}}, None),
    ("new_hire", "people", "Which people are in the Growth team right now?",
     {"list": "people", "where": {"portfolio": "Growth"}}, None),
    ("resource_manager", "people", "Who has nothing booked next week?",
     {"list": "people", "where": {"free": "next_week"}}, None),
    ("director", "people", "Who is accountable for the Apollo metrics layer?",
     {"value": "owner", "of": "PRJ-0046"}, None),
    ("finance", "people", "How many people are currently working on Payments projects?",
     {"count": "people", "where": {"portfolio": "Payments"}}, None),
    ("resource_manager", "people", "Emeka Okafor - what's his load next month?",
     {"value": "load", "of": "Emeka Okafor", "period": "next_month"}, None),
    ("team_lead", "people", "who's working on this one right now?",
     {"list": "people", "where": {"works_on": "PRJ-0192"}}, "/projects/PRJ-0192"),
    ("new_hire", "people", "How many people are in the Security team?",
     {"count": "people", "where": {"portfolio": "Security"}}, None),
    ("director", "people", "Who owns this project?",
     {"value": "owner", "of": "PRJ-0037"}, "/projects/PRJ-0037"),
    ("resource_manager", "people", "How loaded is Sofia Zhang across next quarter?",
     {"value": "load", "of": "Sofia Zhang", "period": "next_quarter"}, None),
    # --- skills ------------------------------------------------------------------------------
    ("resource_manager", "skills", "Who has Kubernetes skills and is free next week?",
     {"list": "people", "where": {"skill": "kubernetes", "free": "next_week"}}, None),
    ("director", "skills", "How many people do we have with ML skills?",
     {"count": "people", "where": {"skill": "ml"}}, None),
    ("new_hire", "skills", "What skills does Priya Kim have?",
     {"list": "skills", "where": {"person": "Priya Kim"}}, None),
    ("finance", "skills", "Which skill has the most open work waiting on it?",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    ("resource_manager", "skills",
     "Who can do data engineering and is available for all of next month?",
     {"list": "people", "where": {"skill": "data engineering", "free": "next_month"}}, None),
    ("team_lead", "skills", "List everyone with accessibility skills.",
     {"list": "people", "where": {"skill": "accessibility"}}, None),
    ("director", "skills", "Which skill do the fewest of our people have?",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}, None),
    ("resource_manager", "skills", "anyone with both terraform and security?",
     {"list": "people", "where": {"skill": ["terraform", "security"]}}, None),
    ("new_hire", "skills", "How many security engineers are on staff?",
     {"count": "people", "where": {"role": "Security engineer"}}, None),
    ("finance", "skills", "what are the three most common skills across our people?",
     {"top": "skills", "by": "people", "k": 3}, None),
    # --- changes -----------------------------------------------------------------------------
    ("director", "changes", "What has slipped past its due date in the last 30 days?",
     {"list": "projects", "where": {"became_late": "last_days:30"}}, None),
    ("finance", "changes", "how many new projects were added since the start of last month?",
     {"count": "projects", "where": {"created": "range:2026-05-01:2026-06-17"}}, None),
    ("director", "changes",
     "Since the beginning of last month, which projects have been completed?",
     {"list": "projects", "where": {"completed": "range:2026-05-01:2026-06-17"}}, None),
    ("team_lead", "changes", "How many work items were added to project scope last month?",
     {"value": "scope_items_added", "period": "last_month"}, None),
    ("director", "changes", "Which projects have gone late this month?",
     {"list": "projects", "where": {"became_late": "this_month"}}, None),
    ("finance", "changes", "how many new work items were created since Monday?",
     {"count": "work_items", "where": {"created": "since_monday"}}, None),
    ("new_hire", "changes",
     "How much scope has been added to the Data Platform projects this quarter?",
     {"value": "scope_items_added", "period": "this_quarter",
      "where": {"portfolio": "Data Platform"}}, None),
    ("director", "changes", "How much new scope has landed on this project this month?",
     {"value": "scope_items_added", "period": "this_month", "where": {"key": "PRJ-0174"}},
     "/projects/PRJ-0174"),
    # --- causes ------------------------------------------------------------------------------
    ("director", "causes", "Why is the Cobalt smart thermostat late?",
     {"cause": "PRJ-0104"}, None),
    ("finance", "causes", "why is this one late?", {"cause": "PRJ-0130"}, "/projects/PRJ-0130"),
    ("director", "causes", "What is behind the delay on the Harbor sensor hub?",
     {"cause": "PRJ-0183"}, None),
    ("team_lead", "causes", "Why is the Juniper battery pack at risk?",
     {"cause": "PRJ-0169"}, None),
    ("director", "causes",
     "Could you explain what went wrong on the Zephyr chatbot pilot? I need a line or two on "
     "why it missed its date.",
     {"cause": "PRJ-0102"}, None),
    ("finance", "causes", "PRJ-0127 flagged at risk - why?", {"cause": "PRJ-0127"}, None),
    ("resource_manager", "causes", "What's driving the risk on this project?",
     {"cause": "PRJ-0142"}, "/projects/PRJ-0142"),
    ("new_hire", "causes", "Why is Falcon push notifications running late?",
     {"cause": "PRJ-0165"}, None),
    # --- forecasts ---------------------------------------------------------------------------
    ("director", "forecasts", "What are the odds that the Sierra invoice engine lands on time?",
     {"value": "p_on_time", "of": "PRJ-0063"}, None),
    ("finance", "forecasts", "When is the Apollo metrics layer expected to finish?",
     {"value": "p50_date", "of": "PRJ-0046"}, None),
    ("director", "forecasts", "What's a realistic finish date for this project?",
     {"value": "p50_date", "of": "PRJ-0029"}, "/projects/PRJ-0029"),
    ("finance", "forecasts",
     "How many open projects have less than a 25% chance of hitting their due date?",
     {"count": "projects", "where": {"status": "open", "p_below": 0.25}}, None),
    ("director", "forecasts", "Which projects are at least 90% likely to finish on time?",
     {"list": "projects", "where": {"p_at_least": 0.9}}, None),
    ("team_lead", "forecasts", "what's the P85 date here?",
     {"value": "p85_date", "of": "PRJ-0121"}, "/projects/PRJ-0121"),
    ("finance", "forecasts", "chance Granite refund automation finishes by its due date?",
     {"value": "p_on_time", "of": "PRJ-0127"}, None),
    ("director", "forecasts", "Of the projects due next quarter, which ones are at risk?",
     {"list": "projects", "where": {"due": "next_quarter", "health": "at_risk"}}, None),
    ("new_hire", "forecasts", "When will the Beacon observability stack most likely be done?",
     {"value": "p50_date", "of": "PRJ-0037"}, None),
    ("finance", "forecasts", "worst case (P95) finish for the Quartz metrics layer?",
     {"value": "p95_date", "of": "PRJ-0115"}, None),
    # --- typos -------------------------------------------------------------------------------
    ("finance", "typos", "how many projcts are late rn",
     {"count": "projects", "where": {"health": "late"}}, None),
    ("director", "typos", "whos overallocated this wek?",
     {"list": "people", "where": {"over_allocated": "this_week"}}, None),
    ("finance", "typos", "wich portfolio has the most open projets",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}}, None),
    ("resource_manager", "typos", "who is availble next mnth with spark skils",
     {"list": "people", "where": {"skill": "spark", "free": "next_month"}}, None),
    ("team_lead", "typos", "owner of granit refund automaton?",
     {"value": "owner", "of": "PRJ-0127"}, None),
    ("new_hire", "typos", "how many poeple have kuberentes skills",
     {"count": "people", "where": {"skill": "kubernetes"}}, None),
    ("director", "typos", "list at risk projcts in ML platfrom",
     {"list": "projects", "where": {"portfolio": "ML Platform", "health": "at_risk"}}, None),
    ("finance", "typos", "how many projcts compelted last quater",
     {"count": "projects", "where": {"completed": "last_quarter"}}, None),
    ("director", "typos", "whens this one due agian?",
     {"value": "due_date", "of": "PRJ-0111"}, "/projects/PRJ-0111"),
    ("resource_manager", "typos", "lod of Lara Ahmed nxt week",
     {"value": "load", "of": "Lara Ahmed", "period": "next_week"}, None),
    # --- languages ---------------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind derzeit verspätet?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}, None),
    ("finance", "languages", "Combien de projets ont été terminés au premier trimestre ?",
     {"language": "fr", "then": {"count": "projects", "where": {"completed": "q1"}}}, None),
    ("director", "languages", "¿Qué proyectos de Payments están en riesgo?",
     {"language": "es", "then": {"list": "projects",
                                 "where": {"portfolio": "Payments", "health": "at_risk"}}},
     None),
    ("finance", "languages", "Wie is de eigenaar van PRJ-0084?",
     {"language": "nl", "then": {"value": "owner", "of": "PRJ-0084"}}, None),
    ("director", "languages",
     "Qual è la probabilità che il progetto Apollo metrics layer finisca in tempo?",
     {"language": "it", "then": {"value": "p_on_time", "of": "PRJ-0046"}}, None),
    ("resource_manager", "languages", "Quem está sobrealocado no próximo mês?",
     {"language": "pt", "then": {"list": "people", "where": {"over_allocated": "next_month"}}},
     None),
    ("finance", "languages", "Wie viele Story Points wurden letzten Monat erledigt?",
     {"language": "de", "then": {"value": "points_done", "where": {"done": "last_month"}}},
     None),
    ("director", "languages", "Pourquoi ce projet est-il en retard ?",
     {"language": "fr", "then": {"cause": "PRJ-0104"}}, "/projects/PRJ-0104"),
    ("finance", "languages", "¿Cuánto presupuesto queda en el proyecto Delta SSO rollout?",
     {"language": "es", "then": None}, None),
    ("director", "languages", "Hoeveel open projecten heeft het portfolio Data Platform?",
     {"language": "nl", "then": {"count": "projects",
                                 "where": {"portfolio": "Data Platform", "status": "open"}}},
     None),
    # --- unanswerable ------------------------------------------------------------------------
    ("finance", "unanswerable",
     "What's our total spend to date on the Payments portfolio, in euros?",
     {"refuse": "no costs or spend in the data"}, None),
    ("finance", "unanswerable", "how much budget is left on PRJ-0029",
     {"refuse": "no budgets in the data"}, None),
    ("director", "unanswerable",
     "What return on investment are we getting from the Growth portfolio's pricing "
     "experiments?",
     {"refuse": "no revenue or return figures in the data"}, None),
    ("finance", "unanswerable",
     "Can you split our project costs into capex and opex for the board pack?",
     {"refuse": "no costs in the data"}, None),
    ("director", "unanswerable",
     "How satisfied are customers with the new help center? The board will ask about NPS.",
     {"refuse": "no customer satisfaction in the data"}, None),
    ("finance", "unanswerable", "blended day rate we pay contractors on Infrastructure?",
     {"refuse": "no rates or contracts in the data"}, None),
    ("finance", "unanswerable", "What's the estimated cost at completion for this project?",
     {"refuse": "no costs in the data"}, "/projects/PRJ-0018"),
    ("director", "unanswerable", "Which projects have overspent their budget this year?",
     {"refuse": "no budgets or spend in the data"}, None),
    # --- ambiguous ---------------------------------------------------------------------------
    ("director", "ambiguous", "Where are we on the Beacon data catalog?",
     {"clarify": {"projects_named": "Beacon data catalog", "open": True}}, None),
    ("finance", "ambiguous", "how is Hugo's workload next month",
     {"clarify": {"people_named": "Hugo"}}, None),
    ("director", "ambiguous", "Is the Iris recommendation engine going to make its date?",
     {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}, None),
    ("finance", "ambiguous", "status of the Nimbus pricing experiment?",
     {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}, None),
    ("director", "ambiguous", "How much spare capacity do we have next week?",
     {"clarify": ["free next week (no allocation on any day)",
                  "with room next week (load under 100% every day)"]}, None),
    ("resource_manager", "ambiguous", "What's Ines's load this week?",
     {"clarify": {"people_named": "Ines"}}, None),
    ("director", "ambiguous", "Which are our biggest projects right now?",
     {"clarify": ["most remaining story points", "largest team", "most open work items"]},
     None),
    # --- documents ---------------------------------------------------------------------------
    ("director", "documents",
     "What did the Delta SSO rollout team decide at their most recent meeting?",
     {"text": [{"decision_of": "PRJ-0130"}]}, None),
    ("finance", "documents",
     "What's the main risk flagged in the latest status note for the Falcon card processor "
     "migration?",
     {"text": [{"risk_of": "PRJ-0029"}]}, None),
    ("director", "documents", "Why was the Umbra observability stack put on hold?",
     {"text": ["the business case no longer holds"]}, None),
    ("new_hire", "documents",
     "Why was the Umbra checkout redesign cancelled, and who made the call?",
     {"text": ["a vendor dependency is blocked", "Ben Garcia"]}, None),
    ("team_lead", "documents", "what did we decide at the last sync on this?",
     {"text": [{"decision_of": "PRJ-0063"}]}, "/projects/PRJ-0063"),
    ("finance", "documents",
     "What risk does the latest status note on Umbra ticketing integration call out?",
     {"text": [{"risk_of": "PRJ-0152"}]}, None),
]


def _record(n: int, row: tuple[str, str, str, dict[str, Any], str | None]) -> dict[str, Any]:
    persona, category, question, spec, page = row
    record = {"id": f"u88-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": spec}
    if page:
        record["page"] = page
    return record


QUESTIONS = [_record(n, row) for n, row in enumerate(_ROWS, start=1)]
