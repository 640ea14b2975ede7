"""Held-out split unseen31: 150 questions asked on a phone between meetings, or dictated by voice.

Written blind for the copilot benchmark by a helper session started for this split: it read only
the brief, ``benchmarks/copilot_questions.py``, ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``records.py``, ``__init__.py``, ``docs/metrics.md``, ``data/demo.py`` and the
schema, looked every name, key, skill, role, portfolio, owner and document phrase up in a demo
database (200 projects, seed 7, today 2026-06-17) with plain SQL, and checked every spec with
``--resolve-only``. It never opened the copilot, its tests, the dashboard or any other split, and
never ran the copilot or looked at a score.

The style: short questions typed with a thumb between meetings (misspelt, no capitals, no
question mark), run-on dictated ones without punctuation, some with a sentence of context
first; five personas (director, team lead, resource manager, new hire, finance) in even shares;
15 asked from a project page ("this one", "here", "this project").

Readings used (today is Wednesday 2026-06-17):
- "open", "still going", "in flight" = proposed, active or on hold; "running" = active only;
  "closed out", "wrapped up", "finished", "got done" = status Done, completed in the period.
- "late", "overdue", "behind", "slipped", "past due" = open and due before today.
- "at risk", "in trouble" = the at-risk health of metrics.md (open, not late, P(on time) < 50 %).
- "free", "nothing booked", "zero allocation" in a period = load 0 on every day of it.
- "overbooked", "over 100 %", "overallocated" = load above 1.0 on some day of the period.
- "works on", "is on", "who's on" a project = an allocation covering today.
- "ETA", "realistically finish", "likely done", "most likely finish date" = the forecast's P50
  date; "worst case date" = the P95 date; "chance", "odds", "likelihood" = P(on time).
- "next week" = Monday 22 to Sunday 28 June; "this week" = 15 to 21 June; "since monday" =
  15 June to today; "between now and end of june" = 17 to 30 June (today and 13 days after);
  "last month" = May 2026; "april" = 1 to 30 April 2026; "this month" = June 2026; "july" =
  1 to 31 July 2026 (also "next month"); "this quarter" = Q2 (April to June); "Q3" = July to
  September 2026; "first half of the year" = 1 January to 30 June 2026; "the last 30 days" =
  today and the 29 days before;
  "kicked off this quarter" = started from 1 April up to today (not the ones yet to start).
- "due in Q3", "due between now and year end" are asked of open projects (a closed project's
  due date no longer matters to the asker).
- "scope added", "how's the scope changed" = items added, from the daily snapshots.
- "went late", "went past their due date" in a period = open projects whose first day late
  (the day after the due date) falls in it.
- "due soonest" = open projects not yet past their date, nearest due date first.
- "who owns" asked in the present = the open projects of that owner.
- A name an open and a closed project share (Falcon push notifications) is the open one.
- A name two open projects share (Beacon data catalog, Iris recommendation engine, Nimbus
  pricing experiment) or a first name two people share (Grace, Paul, Julia, Carla) gets a
  clarification; budgets, costs, salaries, hours logged, revenue and customer happiness are not
  in the data and get a refusal.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen31"

JULY = "range:2026-07-01:2026-07-31"
APRIL = "range:2026-04-01:2026-04-30"
H1 = "range:2026-01-01:2026-06-30"
Q2_SO_FAR = "range:2026-04-01:2026-06-17"
TO_END_OF_JUNE = "next_days:14"

D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"

_ROWS: list[tuple[str, str, str, dict[str, Any], str | None]] = [
    # --- counts ---------------------------------------------------------------------------------
    (D, "counts", "how many projects are late right now",
     {"count": "projects", "where": {"health": "late"}}, None),
    (FI, "counts", "quick one before my next call how many projects did we close out last month",
     {"count": "projects", "where": {"completed": "last_month"}}, None),
    (RM, "counts", "how many people do we have on the books in total",
     {"count": "people", "where": {}}, None),
    (TL, "counts", "number of open items on payments projects",
     {"count": "work_items", "where": {"status": "open", "portfolio": "Payments"}}, None),
    (NH, "counts", "Sorry if this is a basic one, I only started on Monday. How many portfolios "
                   "do we have?",
     {"count": "portfolios", "where": {}}, None),
    (D, "counts", "how many active projects in devices",
     {"count": "projects", "where": {"status": "active", "portfolio": "Devices"}}, None),
    (FI, "counts", "how many proposed projects are waiting to start",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    (RM, "counts", "how many QA engineers have we got",
     {"count": "people", "where": {"role": "QA engineer"}}, None),
    (TL, "counts", "how many critical projects are still open",
     {"count": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    (NH, "counts", "how many open projects is Ana Brown the owner of",
     {"count": "projects", "where": {"owner": "Ana Brown", "status": "open"}}, None),
    (D, "counts", "how many projects are at risk across everything",
     {"count": "projects", "where": {"health": "at_risk"}}, None),
    (FI, "counts", "how many work items got finished last week",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    (TL, "counts", "how many projects are on hold atm",
     {"count": "projects", "where": {"status": "on_hold"}}, None),
    (RM, "counts", "how many people are over 100% this week",
     {"count": "people", "where": {"over_allocated": "this_week"}}, None),
    # --- lists ----------------------------------------------------------------------------------
    (D, "lists", "which security projects are late",
     {"list": "projects", "where": {"portfolio": "Security", "health": "late"}}, None),
    (TL, "lists", "list the open ML platform projects",
     {"list": "projects", "where": {"portfolio": "ML Platform", "status": "open"}}, None),
    (RM, "lists", "give me the critical projects that are still running",
     {"list": "projects", "where": {"priority": "critical", "status": "active"}}, None),
    (FI, "lists", "which projects got cancelled",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    (NH, "lists", "what projects does Hugo Lopez own",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    (D, "lists", "show me every late project in devices",
     {"list": "projects", "where": {"portfolio": "Devices", "health": "late"}}, None),
    (TL, "lists", "which growth projects are still only proposed",
     {"list": "projects", "where": {"portfolio": "Growth", "status": "proposed"}}, None),
    (RM, "lists", "list the data engineers",
     {"list": "people", "where": {"role": "Data engineer"}}, None),
    (FI, "lists", "high priority payments projects that are still open which ones",
     {"list": "projects", "where": {"portfolio": "Payments", "priority": "high",
                                    "status": "open"}}, None),
    (NH, "lists", "which portfolios have at least one late project",
     {"list": "portfolios", "where": {"health": "late"}}, None),
    (D, "lists", "any portfolio with nothing at risk at the moment",
     {"list": "portfolios", "having": "none", "where": {"health": "at_risk"}}, None),
    (TL, "lists", "which owners have something overdue",
     {"list": "owners", "where": {"health": "late"}}, None),
    (FI, "lists", "which projects are on hold",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    # --- periods --------------------------------------------------------------------------------
    (D, "periods", "whats due between now and end of june that isnt finished",
     {"list": "projects", "where": {"due": TO_END_OF_JUNE, "status": "open"}}, None),
    (FI, "periods", "how many projects wrapped up in april",
     {"count": "projects", "where": {"completed": APRIL}}, None),
    (TL, "periods", "what finished last month",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    (RM, "periods", "who's free next week",
     {"list": "people", "where": {"free": "next_week"}}, None),
    (NH, "periods", "which projects start in july",
     {"list": "projects", "where": {"started": JULY}}, None),
    (D, "periods", "how many open projects are due in Q3",
     {"count": "projects", "where": {"due": "q3", "status": "open"}}, None),
    (FI, "periods", "For the half-year report: how many story points did we finish in the first "
                    "half of the year?",
     {"value": "points_done", "where": {"done": H1}}, None),
    (TL, "periods", "how many work items were added since monday",
     {"count": "work_items", "where": {"created": "since_monday"}}, None),
    (RM, "periods", "who is overbooked in july",
     {"list": "people", "where": {"over_allocated": JULY}}, None),
    (D, "periods", "how many projects are still open and due between now and the end of the year",
     {"count": "projects", "where": {"due": "rest_of_year", "status": "open"}}, None),
    (NH, "periods", "how many projects kicked off this quarter",
     {"count": "projects", "where": {"started": Q2_SO_FAR}}, None),
    (FI, "periods", "how many items were done in the last 30 days",
     {"count": "work_items", "where": {"done": "last_days:30"}}, None),
    (TL, "periods", "which projects went past their due date this month",
     {"list": "projects", "where": {"became_late": "this_month"}}, None),
    (RM, "periods", "who has zero allocation for the rest of june",
     {"list": "people", "where": {"free": TO_END_OF_JUNE}}, None),
    # --- rankings -------------------------------------------------------------------------------
    (D, "rankings", "top 3 most overdue projects",
     {"top": "projects", "by": "days_overdue", "k": 3}, None),
    (RM, "rankings", "who's the most loaded person this week",
     {"top": "people", "by": "load", "k": 1, "period": "this_week"}, None),
    (TL, "rankings", "which open project has the most open items",
     {"top": "projects", "by": "open_items", "k": 1, "where": {"status": "open"}}, None),
    (FI, "rankings", "biggest remaining backlog in points top 5 open projects",
     {"top": "projects", "by": "remaining_points", "k": 5, "where": {"status": "open"}}, None),
    (NH, "rankings", "which portfolio has the most projects going on",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    (D, "rankings", "lowest chance of landing on time top 3",
     {"top": "projects", "by": "p_on_time", "k": 3}, None),
    (RM, "rankings", "who is spread across the most projects right now",
     {"top": "people", "by": "projects", "k": 1}, None),
    (NH, "rankings", "which skill is most in demand from the open work",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    (FI, "rankings", "who owns the most open projects",
     {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    (NH, "rankings", "whats the rarest skill we have",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}, None),
    # --- comparisons ----------------------------------------------------------------------------
    (D, "comparisons", "late projects per portfolio",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"}}, None),
    (FI, "comparisons", "devices vs payments how many open projects each",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Devices", "Payments"]}, None),
    (RM, "comparisons", "is Leo Moreau busier than Grace Moreau this week",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Leo Moreau", "Grace Moreau"]}, None),
    (RM, "comparisons", "do we have more python people or sql people",
     {"groups": "skills", "by": "people", "only": ["python", "sql"]}, None),
    (NH, "comparisons", "how do the open projects split by priority",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}, None),
    (D, "comparisons", "on track vs at risk vs late give me the numbers",
     {"groups": "projects", "by": "health", "only": ["on_track", "at_risk", "late"]}, None),
    (FI, "comparisons", "open work items growth versus mobile apps",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Growth", "Mobile Apps"]}, None),
    (TL, "comparisons", "is PRJ-0029 further along than PRJ-0063",
     {"top": "projects", "by": "progress", "k": 1,
      "where": {"key": ["PRJ-0029", "PRJ-0063"]}}, None),
    (RM, "comparisons", "how many proposed vs active vs on hold",
     {"groups": "projects", "by": "status", "only": ["Proposed", "Active", "On hold"]}, None),
    # --- people ---------------------------------------------------------------------------------
    (TL, "people", "who's on this one",
     {"list": "people", "where": {"works_on": "PRJ-0029"}}, "/projects/PRJ-0029"),
    (RM, "people", "whats Hugo Lopez's load this week",
     {"value": "load", "of": "Hugo Lopez", "period": "this_week"}, None),
    (NH, "people", "what is Kenji Brown working on",
     {"list": "projects", "where": {"staffed_by": "Kenji Brown"}}, None),
    (NH, "people", "I need to ask someone about scope here. who owns this project?",
     {"value": "owner", "of": "PRJ-0086"}, "/projects/PRJ-0086"),
    (FI, "people", "how many projects is Grace Moreau on",
     {"count": "projects", "where": {"staffed_by": "Grace Moreau"}}, None),
    (RM, "people", "is Tariq Olsen free next month or is he booked",
     {"value": "load", "of": "Tariq Olsen", "period": "next_month"}, None),
    (TL, "people", "which projects is Aisha Eriksen allocated to",
     {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}, None),
    (D, "people", "who owns nimbus offline mode",
     {"value": "owner", "of": "PRJ-0051"}, None),
    (NH, "people", "who is leading Sierra invoice engine",
     {"value": "owner", "of": "PRJ-0063"}, None),
    (RM, "people", "anyone on the beacon smart thermostat team overbooked this week",
     {"list": "people", "where": {"works_on": "PRJ-0033", "over_allocated": "this_week"}}, None),
    (TL, "people", "whos got the most open tickets assigned to them",
     {"top": "people", "by": "open_items", "k": 1}, None),
    (FI, "people", "peak load for Sofia Zhang in july",
     {"value": "load", "of": "Sofia Zhang", "period": JULY}, None),
    (D, "people", "which product managers have nothing booked next week",
     {"list": "people", "where": {"role": "Product manager", "free": "next_week"}}, None),
    (NH, "people", "how many people are working on this",
     {"count": "people", "where": {"works_on": "PRJ-0125"}}, "/projects/PRJ-0125"),
    # --- skills ---------------------------------------------------------------------------------
    (RM, "skills", "who knows terraform",
     {"list": "people", "where": {"skill": "terraform"}}, None),
    (TL, "skills", "anyone with kubernetes and security both",
     {"list": "people", "where": {"skill": ["kubernetes", "security"]}}, None),
    (NH, "skills", "what are Elena Yilmaz's skills",
     {"list": "skills", "where": {"person": "Elena Yilmaz"}}, None),
    (D, "skills", "how many people have ML skills",
     {"count": "people", "where": {"skill": "ml"}}, None),
    (FI, "skills", "who can do spark and is free next week",
     {"list": "people", "where": {"skill": "spark", "free": "next_week"}}, None),
    (RM, "skills", "need someone for accessibility work in july who has it and isnt booked",
     {"list": "people", "where": {"skill": "accessibility", "free": JULY}}, None),
    (TL, "skills", "which react people are on this project",
     {"list": "people", "where": {"skill": "react", "works_on": "PRJ-0050"}},
     "/projects/PRJ-0050"),
    (NH, "skills", "what does Zoe Haddad know",
     {"list": "skills", "where": {"person": "Zoe Haddad"}}, None),
    (NH, "skills", "how many go developers do we have",
     {"count": "people", "where": {"skill": "go"}}, None),
    (RM, "skills", "security engineers who also do networking",
     {"list": "people", "where": {"role": "Security engineer", "skill": "networking"}}, None),
    # --- changes --------------------------------------------------------------------------------
    (D, "changes", "how many items were added to scope across all projects last month",
     {"value": "scope_items_added", "where": {}, "period": "last_month"}, None),
    (TL, "changes", "hows the scope changed here in the last 2 weeks",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_days:14"},
     "/projects/PRJ-0174"),
    (FI, "changes", "how many points did payments finish last month",
     {"value": "points_done", "where": {"portfolio": "Payments", "done": "last_month"}}, None),
    (RM, "changes", "what projects went late last week",
     {"list": "projects", "where": {"became_late": "last_week"}}, None),
    (NH, "changes", "how much scope got added to devices projects this month",
     {"value": "scope_items_added", "where": {"portfolio": "Devices"}, "period": "this_month"},
     None),
    (D, "changes", "how many new work items came in last week",
     {"count": "work_items", "where": {"created": "last_week"}}, None),
    (FI, "changes", "velocity check how many points done since monday",
     {"value": "points_done", "where": {"done": "since_monday"}}, None),
    (TL, "changes", "which projects got done this week",
     {"list": "projects", "where": {"completed": "this_week"}}, None),
    # --- causes ---------------------------------------------------------------------------------
    (D, "causes", "why is PRJ-0130 late", {"cause": "PRJ-0130"}, None),
    (TL, "causes", "whats holding this up",
     {"cause": "PRJ-0125"}, "/projects/PRJ-0125"),
    (FI, "causes", "Falcon metrics layer is way overdue what happened there",
     {"cause": "PRJ-0094"}, None),
    (RM, "causes", "why is falcon push notifications behind",
     {"cause": "PRJ-0165"}, None),
    (NH, "causes", "Can someone explain why Harbor sensor hub slipped? I'm joining that team.",
     {"cause": "PRJ-0183"}, None),
    (D, "causes", "whats the reason nimbus kubernetes migration is late",
     {"cause": "PRJ-0200"}, None),
    (TL, "causes", "why is PRJ-0063 at risk", {"cause": "PRJ-0063"}, None),
    (FI, "causes", "why is this in trouble",
     {"cause": "PRJ-0169"}, "/projects/PRJ-0169"),
    # --- forecasts ------------------------------------------------------------------------------
    (D, "forecasts", "when will PRJ-0029 realistically finish",
     {"value": "p50_date", "of": "PRJ-0029"}, None),
    (TL, "forecasts", "chance we hit the date here",
     {"value": "p_on_time", "of": "PRJ-0037"}, "/projects/PRJ-0037"),
    (FI, "forecasts", "ETA for ember event pipeline",
     {"value": "p50_date", "of": "PRJ-0121"}, None),
    (RM, "forecasts", "which projects are under 30% chance of finishing on time",
     {"list": "projects", "where": {"p_below": 0.3}}, None),
    (NH, "forecasts", "whats the likelihood this lands on time",
     {"value": "p_on_time", "of": "PRJ-0140"}, "/projects/PRJ-0140"),
    (D, "forecasts", "worst case date for beacon push notifications",
     {"value": "p95_date", "of": "PRJ-0018"}, None),
    (FI, "forecasts", "how many open projects have at least 80% odds of finishing on time",
     {"count": "projects", "where": {"p_at_least": 0.8}}, None),
    (TL, "forecasts", "when is Apollo metrics layer likely done",
     {"value": "p50_date", "of": "PRJ-0046"}, None),
    (RM, "forecasts", "are we going to make the due date on this one",
     {"value": "p_on_time", "of": "PRJ-0151"}, "/projects/PRJ-0151"),
    (NH, "forecasts", "what's the most likely finish date for Onyx sensor hub",
     {"value": "p50_date", "of": "PRJ-0047"}, None),
    # --- typos ----------------------------------------------------------------------------------
    (D, "typos", "how many projcts finshed this month",
     {"count": "projects", "where": {"completed": "this_month"}}, None),
    (FI, "typos", "which prjects in paymnets are at risk",
     {"list": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}}, None),
    (RM, "typos", "whos overalocated nxt week",
     {"list": "people", "where": {"over_allocated": "next_week"}}, None),
    (TL, "typos", "wen is tundra batery pack due",
     {"value": "due_date", "of": "PRJ-0048"}, None),
    (NH, "typos", "who ownes willow featur store",
     {"value": "owner", "of": "PRJ-0016"}, None),
    (D, "typos", "prgress here?",
     {"value": "progress", "of": "PRJ-0030"}, "/projects/PRJ-0030"),
    (FI, "typos", "how mny items are stil open in growth",
     {"count": "work_items", "where": {"status": "open", "portfolio": "Growth"}}, None),
    (RM, "typos", "who has kubernets skils",
     {"list": "people", "where": {"skill": "kubernetes"}}, None),
    (TL, "typos", "wich 3 projcts are due soonest",
     {"top": "projects", "by": "due_soonest", "k": 3,
      "where": {"status": "open", "due": "rest_of_year"}}, None),
    (NH, "typos", "whats teh status of ember card processer migration",
     {"value": "status", "of": "PRJ-0006"}, None),
    # --- languages ------------------------------------------------------------------------------
    (D, "languages", "Wie viele Projekte im Portfolio Data Platform sind noch offen?",
     {"language": "de", "then": {"count": "projects",
                                 "where": {"portfolio": "Data Platform", "status": "open"}}}, None),
    (FI, "languages", "Quels projets du portefeuille Customer Support sont en retard ?",
     {"language": "fr", "then": {"list": "projects",
                                 "where": {"portfolio": "Customer Support", "health": "late"}}},
     None),
    (RM, "languages", "¿Quién no tiene nada asignado en julio?",
     {"language": "es", "then": {"list": "people", "where": {"free": JULY}}}, None),
    (TL, "languages", "Wanneer is dit project naar verwachting klaar?",
     {"language": "nl", "then": {"value": "p50_date", "of": "PRJ-0063"}}, "/projects/PRJ-0063"),
    (NH, "languages", "Chi è il responsabile del progetto Raven pricing experiment?",
     {"language": "it", "then": {"value": "owner", "of": "PRJ-0084"}}, None),
    (D, "languages", "Quantos projetos ativos temos em Devices?",
     {"language": "pt", "then": {"count": "projects",
                                 "where": {"status": "active", "portfolio": "Devices"}}}, None),
    (RM, "languages", "Wer kann Kubernetes und ist nächste Woche frei?",
     {"language": "de", "then": {"list": "people",
                                 "where": {"skill": "kubernetes", "free": "next_week"}}}, None),
    (NH, "languages", "C'est quoi le budget du projet Falcon card processor migration ?",
     {"language": "fr", "then": None}, None),
    (FI, "languages", "¿Cuántos proyectos se terminaron el mes pasado?",
     {"language": "es", "then": {"count": "projects", "where": {"completed": "last_month"}}},
     None),
    (TL, "languages", "Welke projecten lopen op dit moment risico?",
     {"language": "nl", "then": {"list": "projects", "where": {"health": "at_risk"}}}, None),
    # --- unanswerable ---------------------------------------------------------------------------
    (FI, "unanswerable", "whats the total budget spent on payments this year",
     {"refuse": "budgets in money are not in the data"}, None),
    (D, "unanswerable", "are customers happy with the new help center",
     {"refuse": "customer satisfaction is not in the data"}, None),
    (RM, "unanswerable", "whats Hugo Lopez's salary",
     {"refuse": "salaries are not in the data"}, None),
    (TL, "unanswerable", "how many hours did Leo Moreau log yesterday",
     {"refuse": "time logged is not in the data"}, None),
    (NH, "unanswerable", "whats the office wifi password",
     {"refuse": "not about the portfolio"}, None),
    (FI, "unanswerable", "how much has this cost us so far",
     {"refuse": "costs are not in the data"}, "/projects/PRJ-0046"),
    (D, "unanswerable", "what's our revenue forecast for Q3",
     {"refuse": "revenue is not in the data"}, None),
    # --- ambiguous ------------------------------------------------------------------------------
    (TL, "ambiguous", "what's Grace working on",
     {"clarify": {"people_named": "Grace"}}, None),
    (D, "ambiguous", "status of beacon data catalog?",
     {"clarify": {"projects_named": "Beacon data catalog", "open": True}}, None),
    (RM, "ambiguous", "how loaded is Paul this week",
     {"clarify": {"people_named": "Paul"}}, None),
    (NH, "ambiguous", "who runs Nimbus pricing experiment",
     {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}, None),
    (FI, "ambiguous", "when does iris recommendation engine end",
     {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}, None),
    (NH, "ambiguous", "hows Julia getting on with her projects",
     {"clarify": {"people_named": "Julia"}}, None),
    (TL, "ambiguous", "is Carla free next week",
     {"clarify": {"people_named": "Carla"}}, None),
    # --- documents ------------------------------------------------------------------------------
    (D, "documents", "why was lumen accessibility audit put on hold",
     {"text": ["a vendor dependency is blocked"]}, None),
    (FI, "documents", "what was the reason they cancelled Vega checkout redesign",
     {"text": ["key people moved to an urgent project"]}, None),
    (TL, "documents", "what did they decide at the last sync",
     {"text": [{"decision_of": "PRJ-0029"}]}, "/projects/PRJ-0029"),
    (RM, "documents", "main risk in the latest status note for PRJ-0063?",
     {"text": [{"risk_of": "PRJ-0063"}]}, None),
    (NH, "documents", "how many meeting minutes are there for Raven chatbot pilot",
     {"count": "documents", "where": {"project": "PRJ-0125", "kind": "meeting_minutes"}}, None),
    (NH, "documents", "just got added to this one why is it paused",
     {"text": ["the business case no longer holds"]}, "/projects/PRJ-0155"),
]

QUESTIONS = [
    {"id": f"u31-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
     "question": question, "expect": expect, **({"page": page} if page else {})}
    for n, (persona, category, question, expect, page) in enumerate(_ROWS, start=1)
]
