"""Held-out split unseen59: people outside the project office, asking in their everyday words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py``,
``data/schema.py`` and plain SQL over a freshly built demo database (200 projects, seed 7, today
2026-06-17); forecast-dependent facts were read from the benchmark's own prepared database and
every spec was checked with ``--resolve-only`` only. The copilot's code, its tests, its
documentation and every other split were not opened (the shape of unseen58's docstring was
copied, nothing of its questions); the copilot was not run and no score was looked at.

Who asks (mapped onto the five personas, 30 questions each):
- director: the CEO's executive assistant (company-wide numbers for the CEO's notes and the board);
- team_lead: a customer-success manager (customer-facing projects, what to tell her accounts);
- resource_manager: the facilities / office manager (headcount, who sits on which team, who is
  busy or free, for desk and room planning);
- new_hire: an in-house lawyer who joined recently (decisions as written, security work,
  what is planned, what is on hold and why);
- finance: a procurement officer (supplier-heavy work: payments, devices, output delivered).
None of them knows the dashboard's words ("status", "allocation", "at risk", "work items",
"portfolio"), so they say what they mean in their own terms; some write short chat, some full
polite sentences with the reason they ask, a few type on a phone.

Readings used:
- "on the go", "going", "still going", "not finished / not done / unfinished", "haven't been
  completed", "still open" = open (proposed, active or on hold); "actually started and still
  running" = active; "paused", "on ice" = on hold; "only planned, no start yet" / "planned but
  not started" = proposed; "stage" = status;
- "past its deadline", "missed its deadline", "overdue", "behind schedule", "running late" =
  late; "looks like it'll slip / likely to slip but not overdue yet" = at risk; "in good shape"
  = on track; "in trouble" (of a project that is late or at risk) = the cause question;
- "tasks" = work items; "tasks still to do / unfinished tasks" = not done; "points of work
  delivered" = story points of items done in the period; "extra tasks added after it started"
  / "piled onto" = scope items added (from the snapshots);
- "who's on", "who works on", "involved in", "on the team" = works on (an allocation covering
  today); "nothing booked / nothing at all booked / nothing planned" = free (load 0 in the
  period); "booked over 100 % / for more than a full week's work" = over-allocated; "how
  booked / how busy is X" = X's load in the period; "busiest" = highest load; "juggling the
  most projects" = most projects worked on today;
- "realistically finished / land / wrap up / be done" = the forecast's P50 date; "the chances /
  the odds / how likely ... on time" = P(on time); "least likely to make their date" = lowest
  P(on time); "one-in-ten chance" = P(on time) < 0.1; "95 % chance or better" = >= 0.95;
- "in charge of", "point person", "responsible for", "leads" = the project's owner;
- "department", "area (of the business)" = portfolio; "online store" = Web Storefront;
  "testers" = QA engineers; "user research" = the skill research; "critical" = priority
  critical;
- "the coming fortnight" / "next two weeks" = today and the 13 days after (next_days:14);
  "first half of this year" = 2026-01-01 to 2026-06-30; "July" = 2026-07-01 to 2026-07-31,
  "August" likewise; "between July and September" = Q3; "the past week", "last seven days" =
  the last 7 days including today; "the past 14 days / last two weeks" = last_days:14; "since
  Monday" = 2026-06-15 to today; "so far this month" = 2026-06-01 to today; "since it began" =
  from the project's start date to today;
- "due in P" for projects = open projects due in P; "finished / completed / wrapped up in P" =
  done and completed in P; "kick off / started / got going in P" = start date in P; "set up /
  created in P" = created in P; "went overdue / went past its due date in P" = became late in
  P (still open, the day after its due date in P);
- "big projects" is undefined (size, team or priority): a clarification; a first name two
  people share, or a project name two open projects share, is a clarification too.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen59"
QUESTIONS: list[dict[str, Any]] = []

JULY = "range:2026-07-01:2026-07-31"
AUGUST = "range:2026-08-01:2026-08-31"
H1 = "range:2026-01-01:2026-06-30"
OPEN = {"status": "open"}


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record: dict[str, Any] = {"id": f"u59-{len(QUESTIONS) + 1:03d}", "split": SPLIT,
                              "persona": persona, "category": category,
                              "question": question, "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)


# --- counts (14) ------------------------------------------------------------------------------
_q("director", "counts",
   "The CEO wants one number for his Monday note: how many projects have we got that aren't "
   "finished yet?",
   {"count": "projects", "where": OPEN})
_q("finance", "counts",
   "How many projects have missed their deadline and still aren't finished?",
   {"count": "projects", "where": {"health": "late"}})
_q("team_lead", "counts",
   "quick one - how many customer support projects are still ongoing?",
   {"count": "projects", "where": {"status": "open", "portfolio": "Customer Support"}})
_q("resource_manager", "counts",
   "How many people are on the staff list altogether? I'm doing a headcount for the desk plan.",
   {"count": "people", "where": {}})
_q("new_hire", "counts",
   "How many security projects haven't been completed yet?",
   {"count": "projects", "where": {"status": "open", "portfolio": "Security"}})
_q("director", "counts",
   "How many projects look like they'll slip but aren't overdue yet?",
   {"count": "projects", "where": {"health": "at_risk"}})
_q("finance", "counts",
   "How many projects were cancelled altogether?",
   {"count": "projects", "where": {"status": "cancelled"}})
_q("new_hire", "counts",
   "how many projects are paused right now",
   {"count": "projects", "where": {"status": "on_hold"}})
_q("resource_manager", "counts",
   "How many people are booked for more than a full week's work this week?",
   {"count": "people", "where": {"over_allocated": "this_week"}})
_q("new_hire", "counts",
   "How many projects are planned but haven't actually started yet?",
   {"count": "projects", "where": {"status": "proposed"}})
_q("director", "counts",
   "How many of the projects flagged critical are still not done?",
   {"count": "projects", "where": {"status": "open", "priority": "critical"}})
_q("finance", "counts",
   "How many payments projects have we had in total, finished or not?",
   {"count": "projects", "where": {"portfolio": "Payments"}})
_q("resource_manager", "counts",
   "How many people have nothing at all booked this week?",
   {"count": "people", "where": {"free": "this_week"}})
_q("team_lead", "counts",
   "How many tasks are still left to do on this one?",
   {"count": "work_items", "where": {"project": "PRJ-0125", "status": "open"}},
   page="/projects/PRJ-0125")

# --- lists (13) -------------------------------------------------------------------------------
_q("director", "lists",
   "Which projects are past their deadline? The CEO wants the list before the board call.",
   {"list": "projects", "where": {"health": "late"}})
_q("team_lead", "lists",
   "Could you list the customer support projects that are still going? I want to let my "
   "accounts know what's coming.",
   {"list": "projects", "where": {"status": "open", "portfolio": "Customer Support"}})
_q("finance", "lists",
   "Which payments projects aren't finished yet? I'm reviewing which supplier commitments are "
   "still live.",
   {"list": "projects", "where": {"status": "open", "portfolio": "Payments"}})
_q("new_hire", "lists",
   "Which security projects have actually started and are still running?",
   {"list": "projects", "where": {"status": "active", "portfolio": "Security"}})
_q("resource_manager", "lists",
   "which projects are on ice right now?",
   {"list": "projects", "where": {"status": "on_hold"}})
_q("director", "lists",
   "List the critical projects that aren't done yet.",
   {"list": "projects", "where": {"status": "open", "priority": "critical"}})
_q("finance", "lists",
   "Which projects is Olga Martin responsible for that are still going?",
   {"list": "projects", "where": {"status": "open", "owner": "Olga Martin"}})
_q("team_lead", "lists",
   "which online store projects are still open?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Web Storefront"}})
_q("new_hire", "lists",
   "Which projects are only planned so far, with no start yet?",
   {"list": "projects", "where": {"status": "proposed"}})
_q("resource_manager", "lists",
   "Which departments have at least one overdue project?",
   {"list": "portfolios", "where": {"health": "late"}, "having": "some"})
_q("new_hire", "lists",
   "Which areas of the business have nothing overdue right now?",
   {"list": "portfolios", "where": {"health": "late"}, "having": "none"})
_q("finance", "lists",
   "Give me the devices projects that are overdue or likely to slip - hardware suppliers are "
   "my worry.",
   {"list": "projects", "where": {"health": ["late", "at_risk"], "portfolio": "Devices"}})
_q("team_lead", "lists",
   "Which mobile app projects are in good shape?",
   {"list": "projects", "where": {"health": "on_track", "portfolio": "Mobile Apps"}})

# --- periods (14) -----------------------------------------------------------------------------
_q("director", "periods",
   "Which projects are due in July? Only the ones that aren't finished, please.",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q("team_lead", "periods",
   "Which projects are due in the coming fortnight?",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q("finance", "periods",
   "Which projects were finished last month?",
   {"list": "projects", "where": {"completed": "last_month"}})
_q("new_hire", "periods",
   "Which projects were completed over the past week?",
   {"list": "projects", "where": {"completed": "last_days:7"}})
_q("resource_manager", "periods",
   "Which projects kick off next month? I need to find desks for the new teams.",
   {"list": "projects", "where": {"started": "next_month"}})
_q("director", "periods",
   "How many projects did we complete in the first half of this year?",
   {"count": "projects", "where": {"completed": H1}})
_q("finance", "periods",
   "how many tasks were finished last week across all teams?",
   {"count": "work_items", "where": {"done": "last_week"}})
_q("team_lead", "periods",
   "When is this one due?",
   {"value": "due_date", "of": "PRJ-0048"},
   page="/projects/PRJ-0048")
_q("new_hire", "periods",
   "Which projects were set up in the last seven days?",
   {"list": "projects", "where": {"created": "last_days:7"}})
_q("resource_manager", "periods",
   "Which projects have started so far this month?",
   {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}})
_q("director", "periods",
   "How many unfinished projects are due between July and September?",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q("finance", "periods",
   "How many points of work did the teams deliver last month?",
   {"value": "points_done", "where": {"done": "last_month"}})
_q("team_lead", "periods",
   "any projects due this week that aren't done?",
   {"list": "projects", "where": {"status": "open", "due": "this_week"}})
_q("new_hire", "periods",
   "How many tasks were finished on this project last week?",
   {"count": "work_items", "where": {"project": "PRJ-0018", "done": "last_week"}},
   page="/projects/PRJ-0018")

# --- rankings (10) ----------------------------------------------------------------------------
_q("director", "rankings",
   "Which three projects are the furthest past their deadline?",
   {"top": "projects", "by": "days_overdue", "k": 3})
_q("resource_manager", "rankings",
   "Who are the five busiest people this week?",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q("finance", "rankings",
   "Which department has the most projects on the go?",
   {"top": "portfolios", "by": "count", "k": 1, "where": OPEN})
_q("team_lead", "rankings",
   "Who is juggling the most projects right now?",
   {"top": "people", "by": "projects", "k": 1})
_q("new_hire", "rankings",
   "Which three unfinished projects have the most tasks still to do?",
   {"top": "projects", "by": "open_items", "k": 3, "where": OPEN})
_q("director", "rankings",
   "Of the projects that are actually running, which one is closest to done?",
   {"top": "projects", "by": "progress", "k": 1, "where": {"status": "active"}})
_q("resource_manager", "rankings",
   "Who has the most unfinished tasks on their plate?",
   {"top": "people", "by": "open_items", "k": 1})
_q("finance", "rankings",
   "Who is responsible for the largest number of projects that are still going?",
   {"top": "owners", "by": "count", "k": 1, "where": OPEN})
_q("team_lead", "rankings",
   "Which department has the most projects that are overdue or likely to slip?",
   {"top": "portfolios", "by": "count", "k": 1, "where": {"health": ["late", "at_risk"]}})
_q("new_hire", "rankings",
   "Which deadline comes up soonest? Skip anything that's already overdue.",
   {"top": "projects", "by": "due_soonest", "k": 1,
    "where": {"status": "open", "due": "rest_of_year"}})

# --- comparisons (9) --------------------------------------------------------------------------
_q("director", "comparisons",
   "Break it down by department for me: how many unfinished projects does each one have?",
   {"groups": "projects", "by": "portfolio", "where": OPEN})
_q("finance", "comparisons",
   "Payments versus Devices: how many overdue projects in each?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
    "only": ["Payments", "Devices"]})
_q("team_lead", "comparisons",
   "Customer Support vs Web Storefront - how many projects not finished yet in each?",
   {"groups": "projects", "by": "portfolio", "where": OPEN,
    "only": ["Customer Support", "Web Storefront"]})
_q("resource_manager", "comparisons",
   "Who's busier this week, Leo Moreau or Tom Dubois?",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Leo Moreau", "Tom Dubois"]})
_q("new_hire", "comparisons",
   "Of the projects still going, how many are in good shape, how many are likely to slip and "
   "how many are overdue?",
   {"groups": "projects", "by": "health", "where": OPEN})
_q("director", "comparisons",
   "How do the unfinished projects split across priority levels?",
   {"groups": "projects", "by": "priority", "where": OPEN})
_q("finance", "comparisons",
   "How many unfinished tasks does Payments have compared with Security?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Payments", "Security"]})
_q("resource_manager", "comparisons",
   "Hugo Lopez and Hugo Patel: how booked is each of them next month?",
   {"groups": "people", "by": "load", "period": "next_month",
    "only": ["Hugo Lopez", "Hugo Patel"]})
_q("team_lead", "comparisons",
   "How many projects are at each stage - planned, running, paused, finished, cancelled?",
   {"groups": "projects", "by": "status"})

# --- people (14) ------------------------------------------------------------------------------
_q("resource_manager", "people",
   "Who's on the Beacon push notifications project?",
   {"list": "people", "where": {"works_on": "PRJ-0018"}})
_q("resource_manager", "people",
   "who works on this one? I'm seating the team together",
   {"list": "people", "where": {"works_on": "PRJ-0072"}},
   page="/projects/PRJ-0072")
_q("director", "people",
   "Who is in charge of the Delta SSO rollout?",
   {"value": "owner", "of": "PRJ-0130"})
_q("new_hire", "people",
   "Who's the point person for the Granite vulnerability program?",
   {"value": "owner", "of": "PRJ-0011"})
_q("team_lead", "people",
   "Who leads the Raven chatbot pilot? A customer asked me.",
   {"value": "owner", "of": "PRJ-0125"})
_q("resource_manager", "people",
   "Which people are booked over 100% of their time next week?",
   {"list": "people", "where": {"over_allocated": "next_week"}})
_q("resource_manager", "people",
   "How booked is Sofia Zhang this week?",
   {"value": "load", "of": "Sofia Zhang", "period": "this_week"})
_q("finance", "people",
   "Who is working on the Falcon card processor migration?",
   {"list": "people", "where": {"works_on": "PRJ-0029"}})
_q("director", "people",
   "Which projects is Leo Moreau involved in at the moment?",
   {"list": "projects", "where": {"staffed_by": "Leo Moreau"}})
_q("new_hire", "people",
   "Who is on the Granite chatbot pilot team?",
   {"list": "people", "where": {"works_on": "PRJ-0086"}})
_q("team_lead", "people",
   "How many projects is Dara Jansen on right now?",
   {"count": "projects", "where": {"staffed_by": "Dara Jansen"}})
_q("resource_manager", "people",
   "Who owns the most overdue projects?",
   {"top": "owners", "by": "count", "k": 1, "where": {"health": "late"}})
_q("director", "people",
   "who is responsible for this?",
   {"value": "owner", "of": "PRJ-0200"},
   page="/projects/PRJ-0200")
_q("new_hire", "people",
   "Is Eva Meyer on any projects at the moment? How many?",
   {"count": "projects", "where": {"staffed_by": "Eva Meyer"}})

# --- skills (10) ------------------------------------------------------------------------------
_q("resource_manager", "skills",
   "Who knows Kubernetes and has nothing booked over the next two weeks?",
   {"list": "people", "where": {"skill": "kubernetes", "free": "next_days:14"}})
_q("team_lead", "skills",
   "I need someone who can do accessibility work and is free next week - who is there?",
   {"list": "people", "where": {"skill": "accessibility", "free": "next_week"}})
_q("new_hire", "skills",
   "Which of our people have networking skills?",
   {"list": "people", "where": {"skill": "networking"}})
_q("finance", "skills",
   "What skills does Amir Okafor have?",
   {"list": "skills", "where": {"person": "Amir Okafor"}})
_q("director", "skills",
   "Which skill do the most people have?",
   {"top": "skills", "by": "people", "k": 1})
_q("resource_manager", "skills",
   "Which skill is needed most by the tasks that aren't done yet?",
   {"top": "skills", "by": "open_items", "k": 1})
_q("new_hire", "skills",
   "How many people can do user research?",
   {"count": "people", "where": {"skill": "research"}})
_q("team_lead", "skills",
   "Any testers free next week?",
   {"list": "people", "where": {"role": "QA engineer", "free": "next_week"}})
_q("finance", "skills",
   "Who on this project knows Python?",
   {"list": "people", "where": {"works_on": "PRJ-0140", "skill": "python"}},
   page="/projects/PRJ-0140")
_q("director", "skills",
   "How many people know embedded, how many know hardware and how many know C?",
   {"groups": "skills", "by": "people", "only": ["embedded", "hardware", "c"]})

# --- changes (8) ------------------------------------------------------------------------------
_q("director", "changes",
   "Which projects went overdue in the last two weeks?",
   {"list": "projects", "where": {"became_late": "last_days:14"}})
_q("team_lead", "changes",
   "which projects went past their due date last month?",
   {"list": "projects", "where": {"became_late": "last_month"}})
_q("finance", "changes",
   "How many extra tasks were added to projects after they had started, last month?",
   {"value": "scope_items_added", "period": "last_month"})
_q("new_hire", "changes",
   "Which new projects were created this month?",
   {"list": "projects", "where": {"created": "this_month"}})
_q("resource_manager", "changes",
   "Which projects got going last week?",
   {"list": "projects", "where": {"started": "last_week"}})
_q("director", "changes",
   "How many tasks got piled onto projects in the past 14 days?",
   {"value": "scope_items_added", "period": "last_days:14"})
_q("finance", "changes",
   "How many extra tasks have been added to this since it began?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0130"},
    "period": "range:2026-03-01:2026-06-17"},
   page="/projects/PRJ-0130")
_q("team_lead", "changes",
   "Which projects got wrapped up since Monday?",
   {"list": "projects", "where": {"completed": "since_monday"}})

# --- causes (8) -------------------------------------------------------------------------------
_q("director", "causes",
   "Why is the Delta SSO rollout behind schedule?",
   {"cause": "PRJ-0130"})
_q("team_lead", "causes",
   "why is the Zephyr chatbot pilot overdue? customers keep asking",
   {"cause": "PRJ-0102"})
_q("finance", "causes",
   "What's holding up the Cobalt smart thermostat?",
   {"cause": "PRJ-0104"})
_q("new_hire", "causes",
   "Why did this one miss its date?",
   {"cause": "PRJ-0183"},
   page="/projects/PRJ-0183")
_q("resource_manager", "causes",
   "Why is the Falcon push notifications project running late?",
   {"cause": "PRJ-0165"})
_q("finance", "causes",
   "Why is the Granite refund automation likely to miss its deadline?",
   {"cause": "PRJ-0127"})
_q("team_lead", "causes",
   "what's the reason this is in trouble?",
   {"cause": "PRJ-0063"},
   page="/projects/PRJ-0063")
_q("director", "causes",
   "What went wrong with the Falcon metrics layer? It was supposed to be done last November.",
   {"cause": "PRJ-0094"})

# --- forecasts (10) ---------------------------------------------------------------------------
_q("director", "forecasts",
   "When will the Delta SSO rollout realistically be finished?",
   {"value": "p50_date", "of": "PRJ-0130"})
_q("team_lead", "forecasts",
   "What are the chances this ships on time?",
   {"value": "p_on_time", "of": "PRJ-0018"},
   page="/projects/PRJ-0018")
_q("finance", "forecasts",
   "When can we realistically expect the Onyx checkout payments work to be done?",
   {"value": "p50_date", "of": "PRJ-0069"})
_q("new_hire", "forecasts",
   "How likely is the Granite vulnerability program to finish by its deadline?",
   {"value": "p_on_time", "of": "PRJ-0011"})
_q("resource_manager", "forecasts",
   "Of the projects that aren't overdue yet, which three are least likely to make their date?",
   {"top": "projects", "by": "p_on_time", "k": 3,
    "where": {"status": "open", "health": ["at_risk", "on_track"]}})
_q("director", "forecasts",
   "Which unfinished projects have less than a one-in-ten chance of finishing on time?",
   {"list": "projects", "where": {"status": "open", "p_below": 0.1}})
_q("team_lead", "forecasts",
   "When is this realistically going to land?",
   {"value": "p50_date", "of": "PRJ-0086"},
   page="/projects/PRJ-0086")
_q("finance", "forecasts",
   "Is the Sierra refund automation going to make its August date? What are the odds?",
   {"value": "p_on_time", "of": "PRJ-0140"})
_q("new_hire", "forecasts",
   "Which projects look safe to finish on time - a 95% chance or better?",
   {"list": "projects", "where": {"status": "open", "p_at_least": 0.95}})
_q("resource_manager", "forecasts",
   "The Nimbus Kubernetes migration is already overdue - when will it realistically wrap up?",
   {"value": "p50_date", "of": "PRJ-0200"})

# --- typos (10) -------------------------------------------------------------------------------
_q("director", "typos",
   "how mnay projcts are overdeu rn",
   {"count": "projects", "where": {"health": "late"}})
_q("team_lead", "typos",
   "whos on the raven chatbot pilto",
   {"list": "people", "where": {"works_on": "PRJ-0125"}})
_q("finance", "typos",
   "wich devices projcts are past there deadline",
   {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}})
_q("new_hire", "typos",
   "who's responsibel for the sierra secrets managment project",
   {"value": "owner", "of": "PRJ-0085"})
_q("resource_manager", "typos",
   "hwo busy is leo moreau next wek",
   {"value": "load", "of": "Leo Moreau", "period": "next_week"})
_q("director", "typos",
   "wat projcts are due in teh next 2 weeks",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q("team_lead", "typos",
   "custmer suport projects that are late?",
   {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})
_q("finance", "typos",
   "when will the falcon card procesor migraton realy be done",
   {"value": "p50_date", "of": "PRJ-0029"})
_q("new_hire", "typos",
   "how many peple are secuirty engineers",
   {"count": "people", "where": {"role": "Security engineer"}})
_q("resource_manager", "typos",
   "whens this due",
   {"value": "due_date", "of": "PRJ-0142"},
   page="/projects/PRJ-0142")

# --- languages (10) ---------------------------------------------------------------------------
_q("director", "languages",
   "Wie viele Projekte sind gerade überfällig?",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q("team_lead", "languages",
   "Qui est responsable du Zephyr chatbot pilot ?",
   {"language": "fr", "then": {"value": "owner", "of": "PRJ-0102"}})
_q("finance", "languages",
   "¿Cuántos proyectos de Payments siguen sin terminar?",
   {"language": "es", "then": {"count": "projects",
                               "where": {"status": "open", "portfolio": "Payments"}}})
_q("new_hire", "languages",
   "Quali progetti di Security sono in ritardo?",
   {"language": "it", "then": {"list": "projects",
                               "where": {"health": "late", "portfolio": "Security"}}})
_q("resource_manager", "languages",
   "Wie heeft volgende week helemaal niets ingepland?",
   {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}})
_q("director", "languages",
   "Quais projetos foram concluídos no mês passado?",
   {"language": "pt", "then": {"list": "projects", "where": {"completed": "last_month"}}})
_q("team_lead", "languages",
   "¿Cuándo estará terminado de verdad el PRJ-0125?",
   {"language": "es", "then": {"value": "p50_date", "of": "PRJ-0125"}})
_q("finance", "languages",
   "Warum hängt dieses Projekt hinterher?",
   {"language": "de", "then": {"cause": "PRJ-0125"}},
   page="/projects/PRJ-0125")
_q("new_hire", "languages",
   "Combien coûte le projet Delta SSO rollout ?",
   {"language": "fr", "then": None})
_q("resource_manager", "languages",
   "Chi lavora a questo progetto?",
   {"language": "it", "then": {"list": "people", "where": {"works_on": "PRJ-0130"}}},
   page="/projects/PRJ-0130")

# --- unanswerable (7) -------------------------------------------------------------------------
_q("finance", "unanswerable",
   "What's the total budget of the Falcon card processor migration in euros?",
   {"refuse": "budgets in money are not in the data"})
_q("team_lead", "unanswerable",
   "How happy are customers with the new help center?",
   {"refuse": "customer satisfaction is not in the data"})
_q("resource_manager", "unanswerable",
   "Which desks on the third floor are free tomorrow?",
   {"refuse": "desk bookings are not in the data"})
_q("new_hire", "unanswerable",
   "Which vendor contracts expire before the end of the year?",
   {"refuse": "contracts are not in the data"})
_q("director", "unanswerable",
   "What's on the CEO's calendar for Friday?",
   {"refuse": "calendars are not in the data"})
_q("finance", "unanswerable",
   "How much did we spend on contractors for the devices projects this quarter?",
   {"refuse": "spending in money is not in the data"})
_q("resource_manager", "unanswerable",
   "Who's on holiday next week?",
   {"refuse": "leave and holidays are not in the data"})

# --- ambiguous (7) ----------------------------------------------------------------------------
_q("director", "ambiguous",
   "What's the latest on the Beacon data catalog?",
   {"clarify": {"projects_named": "beacon data catalog", "open": True}})
_q("team_lead", "ambiguous",
   "How busy is Hugo this week?",
   {"clarify": {"people_named": "hugo"}})
_q("finance", "ambiguous",
   "Who's in charge of the Nimbus pricing experiment?",
   {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}})
_q("new_hire", "ambiguous",
   "When is the Iris recommendation engine due?",
   {"clarify": {"projects_named": "iris recommendation engine", "open": True}})
_q("resource_manager", "ambiguous",
   "Which projects is Dara on?",
   {"clarify": {"people_named": "dara"}})
_q("new_hire", "ambiguous",
   "How many big projects do we have?",
   {"clarify": ["big by size (story points)", "big by team size", "big by priority"]})
_q("team_lead", "ambiguous",
   "Is Tom free next week?",
   {"clarify": {"people_named": "tom"}})

# --- documents (6) ----------------------------------------------------------------------------
_q("new_hire", "documents",
   "What did the team decide at the last meeting on the Delta SSO rollout? I need the exact "
   "wording.",
   {"text": [{"decision_of": "PRJ-0130"}]})
_q("finance", "documents",
   "What's the main risk in the latest update on the Falcon card processor migration?",
   {"text": [{"risk_of": "PRJ-0029"}]})
_q("new_hire", "documents",
   "Why was the Lumen accessibility audit put on hold? I need the reason as it was written "
   "down.",
   {"text": ["a vendor dependency is blocked"]})
_q("director", "documents",
   "what was decided at the last meeting here?",
   {"text": [{"decision_of": "PRJ-0125"}]},
   page="/projects/PRJ-0125")
_q("team_lead", "documents",
   "What's the biggest worry in the latest write-up on the Granite chatbot pilot?",
   {"text": [{"risk_of": "PRJ-0086"}]})
_q("resource_manager", "documents",
   "How many sets of meeting minutes do we have for the Raven chatbot pilot?",
   {"count": "documents", "where": {"project": "PRJ-0125", "kind": "meeting_minutes"}})
