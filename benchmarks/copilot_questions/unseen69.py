"""Held-out split unseen69: a normal working week in the project office, five people each asking
in their own way.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``__init__.py``, the benchmark's runner
(``benchmarks/copilot_questions.py``), ``docs/metrics.md``, ``data/demo.py`` and plain SQL
over a freshly built demo database (200 projects, seed 7, today 2026-06-17, a Wednesday). The
copilot's code, its tests, its documentation and every other split were not opened (only the
docstring of ``unseen58.py``, for the file's shape); the copilot was not run and no score was
looked at. Specs were checked with ``--resolve-only`` only.

Who asks (30 questions each):
- director: terse chat, portfolio-wide, often without a verb ("late projects by portfolio");
- team_lead: short practical questions, most of them from a project page ("this project", "the
  team here", "we");
- resource_manager: polite full sentences, often with the reason for asking;
- new_hire: questions relayed from a manager or colleague ("My manager asked ..."), a little
  unsure of the words;
- finance: typed on a phone, lower case, no apostrophes, some typos and abbreviations.
17 questions are asked from a project page.

Readings used:
- "still open", "still running", "still going" = open (proposed, active or on hold); "paused",
  "on hold", "in de wacht" = on hold; "haven't kicked off yet", "planned but not started" =
  proposed; "active" = the Active status only;
- "late", "overdue", "atrasados", "überfällig" = late; "at risk" / "putting it at risk" = at risk;
  "on track" = on track; "slipped past their due date / go overdue in P" = became late in P;
- "tasks", "work items", "werkitems" = work items; "unfinished", "still to do" = not done;
  "features" = work items of kind feature; "story points still to do" = remaining points;
- "working on", "staffed on", "on the team", "trabaja en" = works on (an allocation covering
  today); "the Growth / Devices / Customer Support team" = the portfolio's team today;
- "nothing booked", "completely free", "komplett frei" = free (load 0 in the period);
- "booked beyond their capacity", "overbooked", "over 100 %", "over their capacity" =
  over-allocated; "how booked / how busy is X", "X's load" = X's load in the period (this week
  unless said);
- "realistically finish", "expected end date", "likely to actually wrap up" = the forecast's
  P50 date; "odds / chance / probability it finishes on time", "will it be done by its due
  date" = P(on time); "least likely to make its date" = lowest P(on time); "under 30 % chance"
  = P(on time) below 0.3 (late projects included: their stored chance is 0); "90 % or better" =
  P(on time) at least 0.9;
- "who owns / runs / leads", "responsabile" = the project's owner;
- "kicked off so far this month" = start date from 2026-06-01 to today; "set up / added to the
  system in P" = created in P; "finish / complete / got completed in P" = done and completed in
  P; "written since Monday" = documents created since Monday;
- "the coming fortnight" = today and the 13 days after (next_days:14); "the last 2 weeks" = the
  last 14 days including today; "a deadline in July" = open projects due 2026-07-01 to
  2026-07-31; "Q3 due dates" = open projects due 2026-07-01 to 2026-09-30; "the first half of
  the year" = 2026-01-01 to 2026-06-30; "this quarter" = Q2 (2026-04-01 to 2026-06-30); "next
  month" = July 2026;
- "scope added / scope growth" = items added to a project's scope in the period (snapshots);
- a name an open and a closed project share (Beacon battery pack, Falcon push notifications,
  Juniper battery pack, Apollo reporting warehouse) is the open one; a name two or more open
  projects share (Beacon data catalog, Iris recommendation engine, Nimbus pricing experiment) or
  a first name two people share (Grace, Paul, Nils), or "biggest" (undefined), is asked back;
- money, spend, revenue, salaries, leave balances, customer satisfaction and logged hours are
  not in the data: refused (in Spanish too).
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen69"
QUESTIONS: list[dict[str, Any]] = []


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    """Append one record, numbered in order (u69-001 ...)."""
    record = {"id": f"u69-{len(QUESTIONS) + 1:03d}", "split": SPLIT, "persona": persona,
              "category": category, "question": question, "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)


LATE = {"health": "late"}
OPEN = {"status": "open"}
JULY = "range:2026-07-01:2026-07-31"
H1 = "range:2026-01-01:2026-06-30"
JUNE_SO_FAR = "range:2026-06-01:2026-06-17"

# --- counts (14) ----------------------------------------------------------------------------------
_q("director", "counts", "how many projects are overdue right now",
   {"count": "projects", "where": LATE})
_q("finance", "counts", "how many active projects does payments have atm",
   {"count": "projects", "where": {"status": "active", "portfolio": "Payments"}})
_q("resource_manager", "counts",
   "Could you tell me how many QA engineers we have on the books in total?",
   {"count": "people", "where": {"role": "QA engineer"}})
_q("new_hire", "counts",
   "My lead asked me how many projects haven't kicked off yet. How many are there?",
   {"count": "projects", "where": {"status": "proposed"}})
_q("team_lead", "counts", "how many open tasks are left on this one?",
   {"count": "work_items", "where": {"project": "PRJ-0040", "status": "open"}},
   page="/projects/PRJ-0040")
_q("director", "counts", "Number of critical-priority projects still open?",
   {"count": "projects", "where": {"status": "open", "priority": "critical"}})
_q("resource_manager", "counts",
   "I'm preparing for Thursday's staffing review. How many people are booked beyond their "
   "capacity this week?",
   {"count": "people", "where": {"over_allocated": "this_week"}})
_q("finance", "counts", "how many projects r on hold",
   {"count": "projects", "where": {"status": "on_hold"}})
_q("director", "counts", "how many people on the team here",
   {"count": "people", "where": {"works_on": "PRJ-0137"}}, page="/projects/PRJ-0137")
_q("new_hire", "counts",
   "Hi! How many documents do we have for the Cobalt smart thermostat project?",
   {"count": "documents", "where": {"project": "PRJ-0104"}})
_q("team_lead", "counts", "how many Devices projects are still open?",
   {"count": "projects", "where": {"status": "open", "portfolio": "Devices"}})
_q("resource_manager", "counts",
   "How many people have nothing at all booked this week? I'd like to know how much slack "
   "we have.",
   {"count": "people", "where": {"free": "this_week"}})
_q("finance", "counts", "how many open features are there in mobile apps",
   {"count": "work_items", "where": {"kind": "feature", "status": "open",
                                     "portfolio": "Mobile Apps"}})
_q("new_hire", "counts",
   "Someone at stand-up asked how many still-running projects Hugo Lopez owns. Do you know?",
   {"count": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}})

# --- lists (14) -----------------------------------------------------------------------------------
_q("director", "lists", "list the late projects", {"list": "projects", "where": LATE})
_q("resource_manager", "lists", "Which projects is Sofia Zhang currently staffed on?",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q("team_lead", "lists", "who's working on this project right now?",
   {"list": "people", "where": {"works_on": "PRJ-0018"}}, page="/projects/PRJ-0018")
_q("finance", "lists", "which projects are paused",
   {"list": "projects", "where": {"status": "on_hold"}})
_q("new_hire", "lists",
   "My manager wants the list of Growth projects that are planned but haven't started yet.",
   {"list": "projects", "where": {"portfolio": "Growth", "status": "proposed"}})
_q("director", "lists", "Critical projects still open - which ones?",
   {"list": "projects", "where": {"status": "open", "priority": "critical"}})
_q("resource_manager", "lists",
   "Could you list the data engineers who have nothing booked this week, please?",
   {"list": "people", "where": {"role": "Data engineer", "free": "this_week"}})
_q("team_lead", "lists", "Which portfolios have late projects?",
   {"list": "portfolios", "where": LATE})
_q("team_lead", "lists", "who owns the overdue projects?", {"list": "owners", "where": LATE})
_q("team_lead", "lists", "Which Security projects are still open?",
   {"list": "projects", "where": {"portfolio": "Security", "status": "open"}})
_q("director", "lists", "At-risk projects in Payments?",
   {"list": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}})
_q("resource_manager", "lists",
   "For the headcount sheet, please list everyone currently on the Customer Support team.",
   {"list": "people", "where": {"portfolio": "Customer Support"}})
_q("finance", "lists", "which open projects does leo moreau own",
   {"list": "projects", "where": {"owner": "Leo Moreau", "status": "open"}})
_q("team_lead", "lists", "Which of the Data Platform projects are on track at the moment?",
   {"list": "projects", "where": {"portfolio": "Data Platform", "health": "on_track"}})

# --- periods (13) ---------------------------------------------------------------------------------
_q("director", "periods", "What's due in the coming fortnight?",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q("finance", "periods", "what did we finish last month",
   {"list": "projects", "where": {"completed": "last_month"}})
_q("resource_manager", "periods",
   "Which projects have kicked off so far this month? I want to check they are staffed.",
   {"list": "projects", "where": {"started": JUNE_SO_FAR}})
_q("new_hire", "periods", "My manager asked which open projects have a deadline in July.",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q("director", "periods", "Q3 due dates: how many open projects land in that quarter?",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q("finance", "periods", "how many projects did we complete in the first half of the year",
   {"count": "projects", "where": {"completed": H1}})
_q("team_lead", "periods", "How many work items got done last week, across everything?",
   {"count": "work_items", "where": {"done": "last_week"}})
_q("resource_manager", "periods", "How booked is Emeka Okafor next month?",
   {"value": "load", "of": "Emeka Okafor", "period": "next_month"})
_q("team_lead", "periods", "How many story points has Data Platform got done this month?",
   {"value": "points_done", "where": {"done": "this_month", "portfolio": "Data Platform"}})
_q("new_hire", "periods", "Which projects were added to the system last week?",
   {"list": "projects", "where": {"created": "last_week"}})
_q("finance", "periods", "how many docs have been written since monday",
   {"count": "documents", "where": {"created": "since_monday"}})
_q("team_lead", "periods", "Anything due next week?",
   {"list": "projects", "where": {"status": "open", "due": "next_week"}})
_q("resource_manager", "periods",
   "Who is going to be over-allocated next month? I'd like to get ahead of it.",
   {"list": "people", "where": {"over_allocated": "next_month"}})

# --- rankings (10) --------------------------------------------------------------------------------
_q("director", "rankings", "top 3 most overdue projects",
   {"top": "projects", "by": "days_overdue", "k": 3, "where": LATE})
_q("resource_manager", "rankings", "Who is carrying the heaviest load this week?",
   {"top": "people", "by": "load", "k": 1, "period": "this_week"})
_q("finance", "rankings", "which portfolio has the most open projects",
   {"top": "portfolios", "by": "projects", "k": 1, "where": OPEN})
_q("new_hire", "rankings", "Which person has the most unfinished work items assigned to them?",
   {"top": "people", "by": "open_items", "k": 1})
_q("team_lead", "rankings", "Which open project has the most story points still to do?",
   {"top": "projects", "by": "remaining_points", "k": 1, "where": OPEN})
_q("director", "rankings", "Five active projects with the lowest progress",
   {"top": "projects", "by": "progress", "order": "asc", "k": 5,
    "where": {"status": "active"}})
_q("resource_manager", "rankings",
   "Looking at all the unfinished work, which skill is needed the most?",
   {"top": "skills", "by": "open_items", "k": 1})
_q("finance", "rankings", "who owns the most late projects",
   {"top": "owners", "by": "projects", "k": 1, "where": LATE})
_q("new_hire", "rankings", "Which three people are on the most projects right now?",
   {"top": "people", "by": "projects", "k": 3})
_q("team_lead", "rankings", "Which open Devices project has the most open items?",
   {"top": "projects", "by": "open_items", "k": 1,
    "where": {"portfolio": "Devices", "status": "open"}})

# --- comparisons (9) ------------------------------------------------------------------------------
_q("director", "comparisons", "late projects by portfolio",
   {"groups": "projects", "by": "portfolio", "where": LATE})
_q("finance", "comparisons", "payments vs devices, how many open projects each",
   {"groups": "projects", "by": "portfolio", "where": OPEN, "only": ["Payments", "Devices"]})
_q("resource_manager", "comparisons",
   "Could you compare Leo Moreau's and Lara Ahmed's load this week?",
   {"groups": "people", "by": "load", "only": ["Leo Moreau", "Lara Ahmed"],
    "period": "this_week"})
_q("new_hire", "comparisons", "Do more of our people know Python or Java? My manager is curious.",
   {"groups": "skills", "by": "people", "only": ["python", "java"]})
_q("team_lead", "comparisons", "open work items: Mobile Apps vs Web Storefront?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Mobile Apps", "Web Storefront"]})
_q("director", "comparisons", "Health breakdown of the open ML Platform projects",
   {"groups": "projects", "by": "health", "where": {"portfolio": "ML Platform", "status": "open"}})
_q("finance", "comparisons", "security vs infrastructure - how many at risk in each",
   {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
    "only": ["Security", "Infrastructure"]})
_q("resource_manager", "comparisons",
   "Next week, how does Tom Dubois's load compare with Tom Kaur's?",
   {"groups": "people", "by": "load", "only": ["Tom Dubois", "Tom Kaur"],
    "period": "next_week"})
_q("new_hire", "comparisons",
   "How do the open Infrastructure projects split by priority?",
   {"groups": "projects", "by": "priority",
    "where": {"portfolio": "Infrastructure", "status": "open"}})

# --- people (14) ----------------------------------------------------------------------------------
_q("resource_manager", "people",
   "Who owns this project? I need to talk to them about staffing.",
   {"value": "owner", "of": "PRJ-0104"},
   page="/projects/PRJ-0104")
_q("resource_manager", "people",
   "Is Tariq Olsen overbooked this week, or does he still have some room?",
   {"value": "load", "of": "Tariq Olsen", "period": "this_week"})
_q("director", "people", "who runs the Raven pricing experiment",
   {"value": "owner", "of": "PRJ-0084"})
_q("finance", "people", "whos on the growth team",
   {"list": "people", "where": {"portfolio": "Growth"}})
_q("new_hire", "people", "A colleague asked me who is working on the Delta SSO rollout these days.",
   {"list": "people", "where": {"works_on": "PRJ-0130"}})
_q("resource_manager", "people", "Which security engineers are over their capacity this week?",
   {"list": "people", "where": {"role": "Security engineer", "over_allocated": "this_week"}})
_q("team_lead", "people", "who on the team here is overbooked this week?",
   {"list": "people", "where": {"works_on": "PRJ-0127", "over_allocated": "this_week"}},
   page="/projects/PRJ-0127")
_q("team_lead", "people", "Who's free next week?",
   {"list": "people", "where": {"free": "next_week"}})
_q("resource_manager", "people", "How busy is Kai Kaur this week?",
   {"value": "load", "of": "Kai Kaur", "period": "this_week"})
_q("new_hire", "people", "Sorry if this is basic: who leads the Granite vulnerability program?",
   {"value": "owner", "of": "PRJ-0011"})
_q("finance", "people", "which product managers have nothing booked next month",
   {"list": "people", "where": {"role": "Product manager", "free": "next_month"}})
_q("team_lead", "people", "Is anyone on this team over-allocated next week?",
   {"list": "people", "where": {"works_on": "PRJ-0151", "over_allocated": "next_week"}},
   page="/projects/PRJ-0151")
_q("director", "people", "Devices team - who's over 100% this week?",
   {"list": "people", "where": {"portfolio": "Devices", "over_allocated": "this_week"}})
_q("resource_manager", "people",
   "What does Sofia Zhang's load look like over the coming fortnight?",
   {"value": "load", "of": "Sofia Zhang", "period": "next_days:14"})

# --- skills (10) ----------------------------------------------------------------------------------
_q("team_lead", "skills", "Who knows Kubernetes?",
   {"list": "people", "where": {"skill": "kubernetes"}})
_q("new_hire", "skills", "Does anyone in the company have both Spark and machine learning skills?",
   {"list": "people", "where": {"skill": ["spark", "ml"]}})
_q("finance", "skills", "what skills does kenji brown have",
   {"list": "skills", "where": {"person": "Kenji Brown"}})
_q("resource_manager", "skills",
   "I need a Java developer who is completely free next week. Who is available?",
   {"list": "people", "where": {"skill": "java", "free": "next_week"}})
_q("team_lead", "skills", "Who on the Web Storefront team knows React?",
   {"list": "people", "where": {"skill": "react", "portfolio": "Web Storefront"}})
_q("director", "skills", "How many people have Go on their profile?",
   {"count": "people", "where": {"skill": "go"}})
_q("new_hire", "skills", "Which of the UX designers list research as a skill?",
   {"list": "people", "where": {"role": "UX designer", "skill": "research"}})
_q("resource_manager", "skills",
   "We have an accessibility review coming up. Is anyone with accessibility skills free for "
   "the whole of next month?",
   {"list": "people", "where": {"skill": "accessibility", "free": "next_month"}})
_q("director", "skills", "most common skill across the company?",
   {"top": "skills", "by": "people", "k": 1})
_q("team_lead", "skills", "How many open work items need embedded skills?",
   {"count": "work_items", "where": {"skill": "embedded", "status": "open"}})

# --- changes (8) ----------------------------------------------------------------------------------
_q("director", "changes", "Which projects slipped past their due date this month?",
   {"list": "projects", "where": {"became_late": "this_month"}})
_q("team_lead", "changes", "how many items were added to the scope here this month?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "this_month"},
   page="/projects/PRJ-0174")
_q("finance", "changes", "any projects go overdue in the last 2 weeks",
   {"list": "projects", "where": {"became_late": "last_days:14"}})
_q("resource_manager", "changes",
   "How much scope has been added to the Devices projects this quarter, counted in work items?",
   {"value": "scope_items_added", "where": {"portfolio": "Devices"}, "period": "this_quarter"})
_q("new_hire", "changes", "Which new projects were set up this month?",
   {"list": "projects", "where": {"created": "this_month"}})
_q("new_hire", "changes",
   "My manager asked how many items were added to the scope of Cobalt smart thermostat last "
   "month.",
   {"value": "scope_items_added", "where": {"key": "PRJ-0104"}, "period": "last_month"})
_q("team_lead", "changes", "How many new work items were created here this month?",
   {"count": "work_items", "where": {"project": "PRJ-0011", "created": "this_month"}},
   page="/projects/PRJ-0011")
_q("finance", "changes", "what got completed this week",
   {"list": "projects", "where": {"completed": "this_week"}})

# --- causes (8) -----------------------------------------------------------------------------------
_q("director", "causes", "Why is Falcon metrics layer so late?", {"cause": "PRJ-0094"})
_q("team_lead", "causes", "why is this one behind?", {"cause": "PRJ-0104"},
   page="/projects/PRJ-0104")
_q("new_hire", "causes", "My manager wants to know why the Delta SSO rollout is overdue.",
   {"cause": "PRJ-0130"})
_q("finance", "causes", "whats going on with zephyr chatbot pilot, why is it late",
   {"cause": "PRJ-0102"})
_q("new_hire", "causes",
   "The Devices lead asked me to find out what's behind the slip on Harbor sensor hub.",
   {"cause": "PRJ-0183"})
_q("team_lead", "causes", "What's putting this project at risk?", {"cause": "PRJ-0127"},
   page="/projects/PRJ-0127")
_q("director", "causes", "Falcon push notifications: why is it late?", {"cause": "PRJ-0165"})
_q("new_hire", "causes",
   "I was told Juniper battery pack is at risk. Could you explain why?", {"cause": "PRJ-0169"})

# --- forecasts (10) -------------------------------------------------------------------------------
_q("director", "forecasts", "When will Meridian Kubernetes migration realistically finish?",
   {"value": "p50_date", "of": "PRJ-0151"})
_q("team_lead", "forecasts", "what are the odds we make the due date here?",
   {"value": "p_on_time", "of": "PRJ-0018"}, page="/projects/PRJ-0018")
_q("finance", "forecasts", "chance nimbus metrics layer finishes on time?",
   {"value": "p_on_time", "of": "PRJ-0023"})
_q("resource_manager", "forecasts",
   "Of the projects that aren't overdue yet, which one is least likely to make its date?",
   {"top": "projects", "by": "p_on_time", "k": 1, "where": {"health": ["at_risk", "on_track"]}})
_q("new_hire", "forecasts", "What's the expected end date for the Granite chatbot pilot?",
   {"value": "p50_date", "of": "PRJ-0086"})
_q("director", "forecasts", "Projects with under a 30% chance of hitting their date?",
   {"list": "projects", "where": {"p_below": 0.3}})
_q("finance", "forecasts", "will the sierra invoice engine be done by its due date",
   {"value": "p_on_time", "of": "PRJ-0063"})
_q("team_lead", "forecasts", "when are we likely to actually wrap this up?",
   {"value": "p50_date", "of": "PRJ-0050"}, page="/projects/PRJ-0050")
_q("resource_manager", "forecasts",
   "Which open projects are very likely to finish on time, say 90% or better?",
   {"list": "projects", "where": {"p_at_least": 0.9}})
_q("new_hire", "forecasts",
   "Someone from the mobile side asked me what the chances are that Willow app redesign "
   "finishes on time.",
   {"value": "p_on_time", "of": "PRJ-0034"})

# --- typos (10) -----------------------------------------------------------------------------------
_q("finance", "typos", "how many projcts are late in custmer support",
   {"count": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})
_q("finance", "typos", "whos workin on beacon battry pack",
   {"list": "people", "where": {"works_on": "PRJ-0040"}})
_q("director", "typos", "lsit overdue projetcs in devcies",
   {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}})
_q("new_hire", "typos", "wich projects is Hugo Lopez the ownr of that are still open?",
   {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}})
_q("resource_manager", "typos", "Whos free nxt week with kubernets?",
   {"list": "people", "where": {"skill": "kubernetes", "free": "next_week"}})
_q("team_lead", "typos", "wat's teh chance this ships on tiem", {"value": "p_on_time",
                                                                  "of": "PRJ-0029"},
   page="/projects/PRJ-0029")
_q("finance", "typos", "totl open work itmes in payments?",
   {"count": "work_items", "where": {"status": "open", "portfolio": "Payments"}})
_q("director", "typos", "hw many people overallocatd next month",
   {"count": "people", "where": {"over_allocated": "next_month"}})
_q("new_hire", "typos", "when is the Apolo reporting warehose due?",
   {"value": "due_date", "of": "PRJ-0137"})
_q("resource_manager", "typos", "skils of Tariq Olsn?",
   {"list": "skills", "where": {"person": "Tariq Olsen"}})

# --- languages (10) -------------------------------------------------------------------------------
_q("director", "languages", "Wie viele Projekte sind gerade überfällig?",
   {"language": "de", "then": {"count": "projects", "where": LATE}})
_q("finance", "languages", "Combien de projets actifs dans le portefeuille Payments ?",
   {"language": "fr", "then": {"count": "projects",
                               "where": {"status": "active", "portfolio": "Payments"}}})
_q("resource_manager", "languages", "¿Quién trabaja en el proyecto PRJ-0018?",
   {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0018"}}})
_q("new_hire", "languages", "Welke projecten zijn in de wacht gezet?",
   {"language": "nl", "then": {"list": "projects", "where": {"status": "on_hold"}}})
_q("team_lead", "languages", "Chi è il responsabile di questo progetto?",
   {"language": "it", "then": {"value": "owner", "of": "PRJ-0137"}}, page="/projects/PRJ-0137")
_q("finance", "languages", "Quais projetos estão atrasados no portfólio Devices?",
   {"language": "pt", "then": {"list": "projects",
                               "where": {"health": "late", "portfolio": "Devices"}}})
_q("director", "languages",
   "Quelle est la probabilité que Granite vulnerability program finisse à temps ?",
   {"language": "fr", "then": {"value": "p_on_time", "of": "PRJ-0011"}})
_q("resource_manager", "languages", "Wer ist nächste Woche komplett frei?",
   {"language": "de", "then": {"list": "people", "where": {"free": "next_week"}}})
_q("new_hire", "languages", "¿Cuánto dinero se ha gastado en el proyecto Onyx sensor hub?",
   {"language": "es", "then": None})
_q("team_lead", "languages", "Hoeveel open werkitems heeft PRJ-0040 nog?",
   {"language": "nl", "then": {"count": "work_items",
                               "where": {"project": "PRJ-0040", "status": "open"}}})

# --- unanswerable (7) -----------------------------------------------------------------------------
_q("finance", "unanswerable", "whats the budget for the ML platform portfolio this yr",
   {"refuse": "budgets in money are not in the data"})
_q("director", "unanswerable", "How satisfied are customers with the help center work?",
   {"refuse": "customer satisfaction is not in the data"})
_q("resource_manager", "unanswerable",
   "Could you tell me how many vacation days Maya Hansen has left this year?",
   {"refuse": "leave balances are not in the data"})
_q("new_hire", "unanswerable", "What does a data engineer earn here? Asking for a job ad draft.",
   {"refuse": "salaries are not in the data"})
_q("finance", "unanswerable", "how many hours did ppl log on this project last week",
   {"refuse": "there are no timesheets"}, page="/projects/PRJ-0086")
_q("finance", "unanswerable", "how much have we spent on contractors in q2",
   {"refuse": "spending is not in the data"})
_q("director", "unanswerable", "What's the revenue impact of the Raven pricing experiment so far?",
   {"refuse": "revenue is not in the data"})

# --- ambiguous (7) --------------------------------------------------------------------------------
_q("resource_manager", "ambiguous", "How busy is Grace this week?",
   {"clarify": {"people_named": "grace"}})
_q("director", "ambiguous", "status of Beacon data catalog?",
   {"clarify": {"projects_named": "beacon data catalog", "open": True}})
_q("new_hire", "ambiguous", "Who is on the Iris recommendation engine team?",
   {"clarify": {"projects_named": "iris recommendation engine", "open": True}})
_q("finance", "ambiguous", "what projects does paul work on",
   {"clarify": {"people_named": "paul"}})
_q("team_lead", "ambiguous", "Is Nils over-allocated next week?",
   {"clarify": {"people_named": "nils"}})
_q("director", "ambiguous", "When will Nimbus pricing experiment land?",
   {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}})
_q("new_hire", "ambiguous", "Which are our biggest projects?",
   {"clarify": ["most story points", "most open work items", "largest team",
                "highest priority"]})

# --- documents (6) --------------------------------------------------------------------------------
_q("team_lead", "documents", "What did we decide at the last meeting here?",
   {"text": [{"decision_of": "PRJ-0137"}]}, page="/projects/PRJ-0137")
_q("director", "documents", "What's the main risk flagged on Granite refund automation?",
   {"text": [{"risk_of": "PRJ-0127"}]})
_q("new_hire", "documents", "Why was the Umbra observability stack put on hold?",
   {"text": ["the business case no longer holds"]})
_q("resource_manager", "documents",
   "What was decided in the most recent Raven pricing experiment sync?",
   {"text": [{"decision_of": "PRJ-0084"}]})
_q("finance", "documents", "why did vega checkout redesign get cancelled",
   {"text": ["key people moved to an urgent project"]})
_q("new_hire", "documents",
   "I'm reading up on this project. What main risk does its latest status note mention?",
   {"text": [{"risk_of": "PRJ-0040"}]}, page="/projects/PRJ-0040")
