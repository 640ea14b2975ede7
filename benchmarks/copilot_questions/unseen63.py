"""Held-out split unseen63: people outside the project office, asking in their everyday words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``__init__.py``, ``docs/metrics.md``,
``data/demo.py``, the schema and plain SQL over a freshly built demo database (200 projects,
seed 7, today 2026-06-17, a Wednesday). The copilot's code, its tests, its documentation and every
other split were not opened (only the docstring of ``unseen58.py`` was read, for the file's
shape); the copilot was not run and no score was looked at. Specs were checked with
``--resolve-only`` only (forecast-dependent facts, P(on time) and P50 dates, come from that run).

Who asks (each mapped onto one of the five personas):
- director: the COO's chief of staff (the whole company, numbers for the COO's notes and
  meetings, full polite sentences with the reason they ask);
- team_lead: a product marketing manager planning launches (the app, web shop and growth
  projects she launches, often asked from a project page: "this one", "here");
- resource_manager: a payroll / HR administrator (headcount, who is booked, who is free, who
  knows what, hours);
- new_hire: a junior business analyst in their first week (basic questions, sometimes apologetic);
- finance: a sales director preparing a customer renewal (dates to promise customers, what was
  delivered, and money questions the data cannot answer).
None of them knows the dashboard's words ("status", "allocation", "at risk", "work items",
"portfolio"), so they say what they mean in their own terms: short chat, full sentences with a
reason, and a few typos.

Readings used:
- "still going", "not finished or called off", "unfinished", "still in progress or waiting to
  start" = open (proposed, active or on hold); "actively being worked on" = active; "put on ice",
  "paused" = on hold; "haven't kicked off / started yet" = proposed; "pulled the plug on" =
  cancelled; "delivered", "wrapped up", "finished" (a project) = done and completed in the period;
- "past / blown through the deadline", "overdue", "behind", "running late", "delayed" = late;
  "likely to slip", "might miss their date", "heading that way", "expected to miss its date" =
  at risk; "in trouble" = late or at risk; "fine" = on track;
- "area", "business area", "department" = portfolio; "X team" for people = the people who work on
  one of X's projects today; "app projects" = Mobile Apps; "web shop" = Web Storefront;
  "testers" = QA engineers; "top-priority" = critical; "stage" = status;
- "tasks" = work items; "still left to do", "unfinished", "still open" (tasks) = not done;
  "extra tasks added", "extra work added" = items added to the scope (from the daily snapshots);
  tasks "finished", "ticked off" in P = done in P; "new tasks created" in P = created in P;
- "booked on", "working on", "on" a project = works on it (an allocation covering today);
  "nothing booked", "nothing on", "completely free" = free (load 0 in the period);
  "booked for more than their full hours", "working well beyond their hours", "overbooked",
  "booked for more hours than they have" = over-allocated; "how booked / how busy is X" = X's
  load in the period; "spread across the most projects" = most projects worked on today;
- "in charge of", "leads", "point person", "project lead" = the owner;
- "realistically done", "likely finish date", "expected to be finished" = the forecast's P50
  date; "the chances / odds it ships on time" = P(on time); "least likely to make their date" =
  lowest P(on time); "better than even odds" = P(on time) of at least 50 %;
- periods: "this week" = Monday 15 to Sunday 21 June; "next week" = 22 to 28 June; "the next two
  weeks" = today and the 13 days after it (next_days:14); "July" / "next month" = 2026-07-01 to
  2026-07-31; "August" = 2026-08-01 to 2026-08-31; "between April and June" = Q2; "between July
  and September", "the third quarter" = Q3; "the first half of this year" = 2026-01-01 to
  2026-06-30; "last quarter" = Q1; "last month" / "in May" = May 2026; "since the start of June",
  "this month" = June 2026; "the rest of June" = today to 2026-06-30; "the last 7 / 14 / 30 days"
  = today and the 6 / 13 / 29 days before it ("the last two weeks" = the last 14 days);
  "yesterday" = 2026-06-16; "since Monday" = 15 June to today; "so far this year" = 2026;
  "since it started" = the project's start date to today;
- "closest to done" = highest progress; "the most work left" = most remaining story points;
  "the furthest past their deadline" = most days overdue; "deadlines coming up soonest" = the
  nearest due dates of open projects not yet late;
- "due this week / in July / in August / in the third quarter" for projects = open projects due
  then; "set up", "added" (projects) = created in the period; "kicking off", "began" = start date
  in the period; "slipped past its deadline in P" = became late in P;
- a name two open projects share, a first name several people share and an undefined word
  ("most successful") are asked back; money, salaries, sick days, downloads and customer
  satisfaction are not in the data and are refused.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen63"
QUESTIONS: list[dict[str, Any]] = []


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record: dict[str, Any] = {"id": f"u63-{len(QUESTIONS) + 1:03d}", "split": SPLIT,
                              "persona": persona, "category": category, "question": question,
                              "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)


D, T, R, N, F = "director", "team_lead", "resource_manager", "new_hire", "finance"
OPEN = {"status": "open"}

# --- counts -------------------------------------------------------------------------------------
_q(N, "counts", "Sorry if this is basic, it's my first week: how many projects are still going, "
                "not counting the ones that are finished or were called off?",
   {"count": "projects", "where": OPEN})
_q(F, "counts", "how many projects have we actually delivered so far this year",
   {"count": "projects", "where": {"completed": "this_year"}})
_q(D, "counts", "Roughly how many of our projects are past their deadline right now? I need the "
                "number for the COO's Monday note.",
   {"count": "projects", "where": {"health": "late"}})
_q(R, "counts", "What's our total headcount in the system?", {"count": "people", "where": {}})
_q(N, "counts", "how many testers do we have",
   {"count": "people", "where": {"role": "QA engineer"}})
_q(T, "counts", "How many mobile app projects are actively being worked on right now?",
   {"count": "projects", "where": {"status": "active", "portfolio": "Mobile Apps"}})
_q(D, "counts", "How many projects have been put on ice?",
   {"count": "projects", "where": {"status": "on_hold"}})
_q(F, "counts", "How many projects did we pull the plug on in total?",
   {"count": "projects", "where": {"status": "cancelled"}})
_q(R, "counts", "How many people are booked on this project?",
   {"count": "people", "where": {"works_on": "PRJ-0072"}}, page="/projects/PRJ-0072")
_q(N, "counts", "How many tasks are still left to do across all the projects?",
   {"count": "work_items", "where": {"status": "open"}})
_q(T, "counts", "how many tasks are still open on this one?",
   {"count": "work_items", "where": {"project": "PRJ-0018", "status": "open"}},
   page="/projects/PRJ-0018")
_q(F, "counts", "How many top-priority projects are still in progress or waiting to start?",
   {"count": "projects", "where": {"priority": "critical", "status": ["active", "proposed"]}})
_q(D, "counts", "How many project documents do we hold for the Payments area? Meeting notes, "
                "updates, specs, all of it.",
   {"count": "documents", "where": {"portfolio": "Payments"}})
_q(R, "counts", "How many people are on the Devices projects at the moment?",
   {"count": "people", "where": {"portfolio": "Devices"}})

# --- lists --------------------------------------------------------------------------------------
_q(F, "lists", "Which projects are meant to be finished in July? I want to know what I can "
               "safely mention to customers.",
   {"list": "projects", "where": {**OPEN, "due": "next_month"}})
_q(T, "lists", "Can you list the app projects that haven't kicked off yet?",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "proposed"}})
_q(D, "lists", "Which of our projects have already blown through their deadline?",
   {"list": "projects", "where": {"health": "late"}})
_q(N, "lists", "What are the different business areas called?",
   {"list": "portfolios", "where": {}})
_q(T, "lists", "Show me the Growth projects that are either paused or haven't started",
   {"list": "projects", "where": {"portfolio": "Growth", "status": ["on_hold", "proposed"]}})
_q(F, "lists", "which projects that Sam Adams is in charge of are still going?",
   {"list": "projects", "where": {"owner": "Sam Adams", **OPEN}})
_q(D, "lists", "Please list the top-priority projects that are likely to slip but aren't late "
               "yet.",
   {"list": "projects", "where": {"priority": "critical", "health": "at_risk"}})
_q(N, "lists", "Which projects were set up this month?",
   {"list": "projects", "where": {"created": "this_month"}})
_q(R, "lists", "Which projects is Sofia Zhang booked on at the moment?",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q(T, "lists", "which web shop projects are in trouble, late or heading that way?",
   {"list": "projects", "where": {"portfolio": "Web Storefront", "health": ["late", "at_risk"]}})
_q(F, "lists", "what projects did we wrap up last month",
   {"list": "projects", "where": {"completed": "last_month"}})
_q(D, "lists", "Which Customer Support projects are behind, or likely to fall behind?",
   {"list": "projects", "where": {"portfolio": "Customer Support",
                                  "health": ["late", "at_risk"]}})
_q(N, "lists", "which projects is Hugo Lopez the lead on at the moment?",
   {"list": "projects", "where": {"owner": "Hugo Lopez", **OPEN}})

# --- periods ------------------------------------------------------------------------------------
_q(F, "periods", "Which projects were wrapped up between April and June?",
   {"list": "projects", "where": {"completed": "q2"}})
_q(T, "periods", "What's kicking off in the next two weeks?",
   {"list": "projects", "where": {"started": "next_days:14"}})
_q(D, "periods", "How many projects did we finish in the first half of this year? It's for the "
                 "half-year review.",
   {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}})
_q(R, "periods", "Who has nothing booked next week?",
   {"list": "people", "where": {"free": "next_week"}})
_q(N, "periods", "How many projects got started last quarter?",
   {"count": "projects", "where": {"started": "last_quarter"}})
_q(F, "periods", "Which unfinished projects are due between July and September?",
   {"list": "projects", "where": {**OPEN, "due": "q3"}})
_q(T, "periods", "How many projects are due to go live in August?",
   {"count": "projects", "where": {**OPEN, "due": "range:2026-08-01:2026-08-31"}})
_q(D, "periods", "How many tasks have been finished since Monday, across the whole company?",
   {"count": "work_items", "where": {"done": "since_monday"}})
_q(R, "periods", "Will anyone be booked for more hours than they have at some point in July?",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q(N, "periods", "How many points of work were completed since the start of June?",
   {"value": "points_done", "where": {"done": "this_month"}})
_q(N, "periods", "Which projects began in March?",
   {"list": "projects", "where": {"started": "range:2026-03-01:2026-03-31"}})
_q(R, "periods", "Who is completely free for the rest of June?",
   {"list": "people", "where": {"free": "range:2026-06-17:2026-06-30"}})
_q(N, "periods", "which projects are due this week",
   {"list": "projects", "where": {**OPEN, "due": "this_week"}})
_q(F, "periods", "when is this one due to wrap up?",
   {"value": "due_date", "of": "PRJ-0084"}, page="/projects/PRJ-0084")

# --- rankings -----------------------------------------------------------------------------------
_q(D, "rankings", "Which three projects are the furthest past their deadline?",
   {"top": "projects", "by": "days_overdue", "k": 3})
_q(R, "rankings", "Who are the five busiest people this week?",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q(D, "rankings", "Which three unfinished projects have the most work left to do?",
   {"top": "projects", "by": "remaining_points", "k": 3, "where": OPEN})
_q(N, "rankings", "Which area has the most projects?",
   {"top": "portfolios", "by": "projects", "k": 1, "where": {}})
_q(F, "rankings", "Among the projects that aren't late yet, which five are least likely to make "
                  "their date?",
   {"top": "projects", "by": "p_on_time", "k": 5, "where": {"health": ["at_risk", "on_track"]}})
_q(R, "rankings", "Who is spread across the most projects right now?",
   {"top": "people", "by": "projects", "k": 1})
_q(D, "rankings", "Which two project leads have the most projects still going?",
   {"top": "owners", "by": "projects", "k": 2, "where": OPEN})
_q(N, "rankings", "What are the three most common skills in the company?",
   {"top": "skills", "by": "people", "k": 3})
_q(T, "rankings", "Which of the app projects still going is closest to done?",
   {"top": "projects", "by": "progress", "k": 1,
    "where": {"portfolio": "Mobile Apps", **OPEN}})
_q(F, "rankings", "Which deadlines are coming up soonest? Give me the next three projects due.",
   {"top": "projects", "by": "due_soonest", "k": 3,
    "where": {"health": ["at_risk", "on_track"]}})

# --- comparisons --------------------------------------------------------------------------------
_q(D, "comparisons", "How do the business areas compare on overdue projects?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"}})
_q(T, "comparisons", "Mobile Apps vs Web Storefront: how many unfinished projects does each have?",
   {"groups": "projects", "by": "portfolio", "where": OPEN,
    "only": ["Mobile Apps", "Web Storefront"]})
_q(R, "comparisons", "Can you compare how booked Leo Moreau and Sofia Zhang are this week?",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Leo Moreau", "Sofia Zhang"]})
_q(N, "comparisons", "How many projects are there at each stage, from not started yet through "
                     "to finished or cancelled?",
   {"groups": "projects", "by": "status", "where": {}})
_q(F, "comparisons", "break the unfinished projects down by priority for me",
   {"groups": "projects", "by": "priority", "where": OPEN})
_q(D, "comparisons", "Of the projects still going, how many are fine, how many are likely to slip "
                     "and how many are already late?",
   {"groups": "projects", "by": "health", "where": OPEN,
    "only": ["on_track", "at_risk", "late"]})
_q(N, "comparisons", "How many people know Python, compared with SQL and React?",
   {"groups": "skills", "by": "people", "only": ["python", "sql", "react"]})
_q(T, "comparisons", "Is Growth or Mobile Apps sitting on more unfinished tasks?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Growth", "Mobile Apps"]})
_q(F, "comparisons", "Which has more delayed projects, Customer Support or Devices?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
    "only": ["Customer Support", "Devices"]})

# --- people -------------------------------------------------------------------------------------
_q(R, "people", "Who's booked for more than their full hours this week?",
   {"list": "people", "where": {"over_allocated": "this_week"}})
_q(T, "people", "Who is working on Nimbus offline mode?",
   {"list": "people", "where": {"works_on": "PRJ-0051"}})
_q(D, "people", "Who is in charge of the Sierra invoice engine project?",
   {"value": "owner", "of": "PRJ-0063"})
_q(N, "people", "Who's in the Customer Support team?",
   {"list": "people", "where": {"portfolio": "Customer Support"}})
_q(F, "people", "I have to ring someone about Granite refund automation. Who leads it?",
   {"value": "owner", "of": "PRJ-0127"})
_q(R, "people", "How booked is Felix Haddad next week?",
   {"value": "load", "of": "Felix Haddad", "period": "next_week"})
_q(R, "people", "who's working on this one?",
   {"list": "people", "where": {"works_on": "PRJ-0137"}}, page="/projects/PRJ-0137")
_q(T, "people", "Which of the product managers are free this week?",
   {"list": "people", "where": {"role": "Product manager", "free": "this_week"}})
_q(N, "people", "Which projects is Tom Dubois on?",
   {"list": "projects", "where": {"staffed_by": "Tom Dubois"}})
_q(D, "people", "Is anyone in the Data Platform team working well beyond their hours this week?",
   {"list": "people", "where": {"portfolio": "Data Platform", "over_allocated": "this_week"}})
_q(R, "people", "Which testers have nothing on this week?",
   {"list": "people", "where": {"role": "QA engineer", "free": "this_week"}})
_q(F, "people", "Who's the point person for PRJ-0152?", {"value": "owner", "of": "PRJ-0152"})
_q(R, "people", "How many projects is Ben Silva spread across right now?",
   {"count": "projects", "where": {"staffed_by": "Ben Silva"}})
_q(T, "people", "who's on this team?",
   {"list": "people", "where": {"works_on": "PRJ-0174"}}, page="/projects/PRJ-0174")

# --- skills -------------------------------------------------------------------------------------
_q(R, "skills", "Who knows Terraform?", {"list": "people", "where": {"skill": "terraform"}})
_q(T, "skills", "I need someone who knows accessibility and isn't booked at all this week. "
                "Anyone?",
   {"list": "people", "where": {"skill": "accessibility", "free": "this_week"}})
_q(N, "skills", "What skills does Priya Kim have?",
   {"list": "skills", "where": {"person": "Priya Kim"}})
_q(D, "skills", "How many people can do machine learning work?",
   {"count": "people", "where": {"skill": "ml"}})
_q(R, "skills", "Which data engineers know Spark?",
   {"list": "people", "where": {"role": "Data engineer", "skill": "spark"}})
_q(F, "skills", "Have we got anybody who knows both Java and Go?",
   {"list": "people", "where": {"skill": ["java", "go"]}})
_q(T, "skills", "Who on the Growth team has analytics skills?",
   {"list": "people", "where": {"portfolio": "Growth", "skill": "analytics"}})
_q(R, "skills", "Which skill has the most unfinished tasks waiting on it?",
   {"top": "skills", "by": "open_items", "k": 1})
_q(T, "skills", "does anyone on this team know python?",
   {"list": "people", "where": {"works_on": "PRJ-0086", "skill": "python"}},
   page="/projects/PRJ-0086")
_q(D, "skills", "Who with embedded experience is completely free next week?",
   {"list": "people", "where": {"skill": "embedded", "free": "next_week"}})

# --- changes ------------------------------------------------------------------------------------
_q(D, "changes", "What has slipped past its deadline in the last two weeks?",
   {"list": "projects", "where": {"became_late": "last_days:14"}})
_q(T, "changes", "How many extra tasks have been added to the Growth projects this month?",
   {"value": "scope_items_added", "where": {"portfolio": "Growth"}, "period": "this_month"})
_q(N, "changes", "Did any projects get finished this week?",
   {"list": "projects", "where": {"completed": "this_week"}})
_q(R, "changes", "How many tasks were ticked off yesterday?",
   {"count": "work_items", "where": {"done": "range:2026-06-16:2026-06-16"}})
_q(N, "changes", "What new projects were added in the last 7 days?",
   {"list": "projects", "where": {"created": "last_days:7"}})
_q(T, "changes", "how much extra work has been added to this project since it started?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0069"},
    "period": "range:2026-05-13:2026-06-17"}, page="/projects/PRJ-0069")
_q(D, "changes", "How many new tasks were created across all projects in May?",
   {"count": "work_items", "where": {"created": "last_month"}})
_q(F, "changes", "How many projects were finished in the last 30 days?",
   {"count": "projects", "where": {"completed": "last_days:30"}})

# --- causes -------------------------------------------------------------------------------------
_q(D, "causes", "Why is the Delta SSO rollout behind? I'd like to brief the COO before she asks.",
   {"cause": "PRJ-0130"})
_q(F, "causes", "A customer is asking why Zephyr chatbot pilot is late. What happened?",
   {"cause": "PRJ-0102"})
_q(T, "causes", "why is this one slipping?", {"cause": "PRJ-0174"}, page="/projects/PRJ-0174")
_q(N, "causes", "What's holding up PRJ-0104?", {"cause": "PRJ-0104"})
_q(R, "causes", "Why is the Harbor sensor hub running late?", {"cause": "PRJ-0183"})
_q(D, "causes", "what went wrong here?", {"cause": "PRJ-0094"}, page="/projects/PRJ-0094")
_q(T, "causes", "Why is Juniper checkout redesign expected to miss its date?",
   {"cause": "PRJ-0142"})
_q(F, "causes", "What's behind the delay on the Sierra invoice engine?", {"cause": "PRJ-0063"})

# --- forecasts ----------------------------------------------------------------------------------
_q(F, "forecasts", "When will Falcon card processor migration realistically be done? I need a "
                   "date I can give the customer.",
   {"value": "p50_date", "of": "PRJ-0029"})
_q(T, "forecasts", "What are the chances Juniper push notifications ships on time?",
   {"value": "p_on_time", "of": "PRJ-0017"})
_q(D, "forecasts", "Which projects have less than a 20% chance of hitting their date?",
   {"list": "projects", "where": {"p_below": 0.2}})
_q(N, "forecasts", "when is this likely to finish?", {"value": "p50_date", "of": "PRJ-0046"},
   page="/projects/PRJ-0046")
_q(F, "forecasts", "What's the likely finish date for PRJ-0145?",
   {"value": "p50_date", "of": "PRJ-0145"})
_q(R, "forecasts", "How likely is Beacon observability stack to finish on time?",
   {"value": "p_on_time", "of": "PRJ-0037"})
_q(T, "forecasts", "Which app projects have a good chance, 80% or better, of landing on time?",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "p_at_least": 0.8}})
_q(D, "forecasts", "How many projects have better than even odds of finishing on time?",
   {"count": "projects", "where": {"p_at_least": 0.5}})
_q(F, "forecasts", "can I tell the customer this will be done by its due date? what are the odds?",
   {"value": "p_on_time", "of": "PRJ-0126"}, page="/projects/PRJ-0126")
_q(N, "forecasts", "When is Tundra battery pack expected to be finished?",
   {"value": "p50_date", "of": "PRJ-0048"})

# --- typos --------------------------------------------------------------------------------------
_q(R, "typos", "whos overbookd next wek",
   {"list": "people", "where": {"over_allocated": "next_week"}})
_q(F, "typos", "how many projcts are runing late",
   {"count": "projects", "where": {"health": "late"}})
_q(T, "typos", "wich mobile app projcts might mis there date",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "health": "at_risk"}})
_q(N, "typos", "waht skils does Rosa Novak hav",
   {"list": "skills", "where": {"person": "Rosa Novak"}})
_q(D, "typos", "who ownes the Umbra event pipline", {"value": "owner", "of": "PRJ-0180"})
_q(R, "typos", "how bookd is Sara Martn next mnth",
   {"value": "load", "of": "Sara Martin", "period": "next_month"})
_q(F, "typos", "wen will Sierra refund automaton be finshed",
   {"value": "p50_date", "of": "PRJ-0140"})
_q(T, "typos", "how many tasks left on Raven pricng experiment",
   {"count": "work_items", "where": {"project": "PRJ-0084", "status": "open"}})
_q(N, "typos", "whos in charge of ths one", {"value": "owner", "of": "PRJ-0104"},
   page="/projects/PRJ-0104")
_q(D, "typos", "wich area has the most overdu projects",
   {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}})

# --- languages ----------------------------------------------------------------------------------
_q(D, "languages", "Wie viele Projekte sind im Moment überfällig?",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q(F, "languages", "Quand le projet Falcon feature store sera-t-il probablement terminé ?",
   {"language": "fr", "then": {"value": "p50_date", "of": "PRJ-0066"}})
_q(T, "languages", "¿Qué proyectos de Mobile Apps van con retraso?",
   {"language": "es", "then": {"list": "projects",
                               "where": {"portfolio": "Mobile Apps", "health": "late"}}})
_q(R, "languages", "Wie is er deze week overboekt?",
   {"language": "nl", "then": {"list": "people", "where": {"over_allocated": "this_week"}}})
_q(N, "languages", "Quali competenze ha Marco Zhang?",
   {"language": "it", "then": {"list": "skills", "where": {"person": "Marco Zhang"}}})
_q(F, "languages", "¿Cuántos proyectos se terminaron el mes pasado?",
   {"language": "es", "then": {"count": "projects", "where": {"completed": "last_month"}}})
_q(R, "languages", "Wer arbeitet gerade am Projekt PRJ-0086?",
   {"language": "de", "then": {"list": "people", "where": {"works_on": "PRJ-0086"}}})
_q(N, "languages", "Combien de personnes savent programmer en Python ?",
   {"language": "fr", "then": {"count": "people", "where": {"skill": "python"}}})
_q(D, "languages", "Quem e o responsavel pelo projeto PRJ-0111?",
   {"language": "pt", "then": {"value": "owner", "of": "PRJ-0111"}})
_q(T, "languages", "Quando finirà probabilmente questo progetto?",
   {"language": "it", "then": {"value": "p50_date", "of": "PRJ-0135"}},
   page="/projects/PRJ-0135")

# --- unanswerable -------------------------------------------------------------------------------
_q(F, "unanswerable", "What's the contract value tied to the Raven pricing experiment? The "
                      "customer's renewal is coming up.", {"refuse": "contract value"})
_q(R, "unanswerable", "What's Tom Kaur's salary?", {"refuse": "salary"})
_q(D, "unanswerable", "How happy are customers with the help center since it launched?",
   {"refuse": "customer satisfaction"})
_q(N, "unanswerable", "How much did the Kubernetes migrations cost us?", {"refuse": "cost"})
_q(T, "unanswerable", "How many app downloads did our last launch get?",
   {"refuse": "downloads"})
_q(R, "unanswerable", "How many sick days has Olga Novak taken this year?",
   {"refuse": "sick days"})
_q(T, "unanswerable", "what's the remaining budget on this?", {"refuse": "budget"},
   page="/projects/PRJ-0069")

# --- ambiguous ----------------------------------------------------------------------------------
_q(F, "ambiguous", "When will the Beacon data catalog be ready?",
   {"clarify": {"projects_named": "beacon data catalog", "open": True}})
_q(R, "ambiguous", "How busy is Tom this week?", {"clarify": {"people_named": "tom"}})
_q(D, "ambiguous", "Which of our projects are the most successful?",
   {"clarify": ["highest progress", "best chance of finishing on time",
                "finished on or before their due date"]})
_q(T, "ambiguous", "How's the Nimbus pricing experiment going?",
   {"clarify": ["PRJ-0116 Nimbus pricing experiment", "PRJ-0174 Nimbus pricing experiment",
                "PRJ-0181 Nimbus pricing experiment"]})
_q(N, "ambiguous", "What is Priya working on?", {"clarify": {"people_named": "priya"}})
_q(F, "ambiguous", "Is Iris recommendation engine going to make its date?",
   {"clarify": {"projects_named": "iris recommendation engine", "open": True}})
_q(R, "ambiguous", "Is Dara free next week?", {"clarify": {"people_named": "dara"}})

# --- documents ----------------------------------------------------------------------------------
_q(F, "documents", "What did the team decide at the last Falcon card processor migration "
                   "meeting?", {"text": [{"decision_of": "PRJ-0029"}]})
_q(N, "documents", "What's the main risk in the latest written update on PRJ-0063?",
   {"text": [{"risk_of": "PRJ-0063"}]})
_q(T, "documents", "what was agreed at the most recent meeting on this?",
   {"text": [{"decision_of": "PRJ-0017"}]}, page="/projects/PRJ-0017")
_q(D, "documents", "What's the biggest worry written up in the latest Beacon observability stack "
                   "update?", {"text": [{"risk_of": "PRJ-0037"}]})
_q(R, "documents", "How many meeting write-ups are there for PRJ-0072?",
   {"count": "documents", "where": {"project": "PRJ-0072", "kind": "meeting_minutes"}})
_q(N, "documents", "Is there a written spec for Sierra offline mode? What goal does it give?",
   {"text": ["reach a 4.5 star rating"]})
