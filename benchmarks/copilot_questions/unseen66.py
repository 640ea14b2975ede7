"""Held-out split unseen66: a manager's Monday-morning catch-up in the project office.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``__init__.py``, ``docs/metrics.md``,
``data/demo.py``, the schema and plain SQL over a freshly built demo database (200 projects,
seed 7, today 2026-06-17). Only the docstring of ``unseen58.py`` was read, for the file's shape.
The copilot's code, its tests, its documentation and every other split were not opened; the
copilot was not run and no score was looked at. Specs were checked with ``--resolve-only`` only.

The scene: the five personas of the project office catching up after the weekend. They write in
follow-up chains inside one message ("X is late again. who owns it ...?": one question, and its
expected answer is the main ask), give their reason first ("for the weekly pack: ..."), compare
with last week ("he was at 190 % last week, where is he now?": the expected answer is the
figure for now), and team leads ask about their own team from its project page (15 questions
carry a ``page``). The questions are read on the benchmark's day, Wednesday 17 June 2026, even
where their mood is Monday's.
- director: terse, portfolio-wide, one number or a short list before a meeting;
- team_lead: about their own projects and team, often from the project page, chatty or typo'd;
- resource_manager: loads, who is free, who is overbooked, who knows what;
- new_hire: full polite sentences with the reason they ask;
- finance: completions, points, reporting periods, and money the data does not hold.

Readings used:
- "still open", "still running", "not finished/done yet", "on the go" = open (proposed, active
  or on hold); "paused" = on hold; "proposed", "hasn't kicked off yet", "waiting for a start" =
  proposed;
- "late", "overdue", "behind its date", "missed its date", "im Verzug", "atrasados" = late;
  "went late / became overdue in P" = became late in P (the day after its due date falls in P);
- "on", "working on", "on this team", "staffed on" = works on (an allocation covering today);
  "the Growth / Customer Support team" = the people working on that portfolio's projects today;
- "nothing booked", "no allocation at all", "completely free" = free (load 0 in the period);
  "over 100 %", "overbooked", "booked beyond 100 %", "over-allocated" = over-allocated;
  "how loaded / how busy / what does the load look like" = the load in the period;
- "who owns / runs / is in charge of / responsible" = the project's owner;
- "chance / odds it lands on time" = P(on time); "realistically when", "expected to finish" =
  the forecast's P50 date; "least likely to hit their dates" = lowest P(on time);
- "tasks", "items" = work items; "still not done", "unfinished" = not done; "scope added" =
  items added to a project's scope (the daily snapshots);
- "the weekend" = Saturday 13 and Sunday 14 June 2026; "since Friday" = 12 June to today;
  "since Monday" = 15 June to today; "last week" = Monday 8 to Sunday 14 June; "next week" =
  22 to 28 June; "the coming fortnight" = today and the 13 days after (next_days:14);
  "last month" = May 2026; "this quarter" = Q2 (April to June); "Q3" = July to September;
  "July" = 2026-07-01 to 2026-07-31; "the first half of this year" = 2026-01-01 to 2026-06-30;
  "the last 7 days" = today and the 6 days before; "since the start of last month" = 1 May to
  today; "due tomorrow" = due 18 June;
- "finished / completed / closed out / wrapped up in P" = done and completed in P; "kicked off /
  started in P" = start date in P; "set up / created in P" = created in P;
- "big projects" is undefined (points, team size or priority): a clarification; a first name
  several people share, or a project name two or three open projects share, asks back too;
- budgets, cloud costs, revenue, salaries, hours logged, holidays and customer satisfaction are
  not in the data: a refusal.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen66"
QUESTIONS: list[dict[str, Any]] = []


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record = {"id": f"u66-{len(QUESTIONS) + 1:03d}", "split": SPLIT, "persona": persona,
              "category": category, "question": question, "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)

D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"
LATE = {"health": "late"}
OPEN = {"status": "open"}
WEEKEND = "range:2026-06-13:2026-06-14"

# --- counts ---------------------------------------------------------------------------------------
_q(D, "counts", "Morning. Before the 9:30 with the board I need one number: how many projects "
   "are late as of today?", {"count": "projects", "where": LATE})
_q(FI, "counts", "For the weekly finance pack: how many projects were closed out as done last "
   "week?", {"count": "projects", "where": {"completed": "last_week"}})
_q(RM, "counts", "quick one after the weekend - how many people have nothing booked at all this "
   "week?", {"count": "people", "where": {"free": "this_week"}})
_q(NH, "counts", "Hi! I've just joined the Devices group, so apologies for the basic question: "
   "how many Devices projects are still open?",
   {"count": "projects", "where": {"portfolio": "Devices", **OPEN}})
_q(TL, "counts", "sprint planning in an hour. how many work items are still not done on this "
   "project?", {"count": "work_items", "where": {"project": "PRJ-0072", "status": "open"}},
   page="/projects/PRJ-0072")
_q(D, "counts", "Critical-priority projects that are still open: how many are there? Felt like "
   "more than last week.", {"count": "projects", "where": {"priority": "critical", **OPEN}})
_q(FI, "counts", "Since we keep paying for idle teams, how many projects are on hold right now?",
   {"count": "projects", "where": {"status": "on_hold"}})
_q(RM, "counts", "How many people will be booked over 100% next week? Last week's list was long "
   "and I'd like to know if it's shrinking.",
   {"count": "people", "where": {"over_allocated": "next_week"}})
_q(NH, "counts", "How many QA engineers do we have across the company?",
   {"count": "people", "where": {"role": "QA engineer"}})
_q(TL, "counts", "Customer Support check-in: how many work items did our projects finish last "
   "week?", {"count": "work_items",
             "where": {"done": "last_week", "portfolio": "Customer Support"}})
_q(NH, "counts", "How many projects are proposed but still waiting for a start? I'm trying to "
   "understand the pipeline.", {"count": "projects", "where": {"status": "proposed"}})
_q(FI, "counts", "For the quarter-end forecast: how many projects are due this quarter (April to "
   "June) and not finished yet?", {"count": "projects", "where": {"due": "this_quarter", **OPEN}})
_q(TL, "counts", "Tom Singh said he was moving off this one. How many people are on this project "
   "right now?", {"count": "people", "where": {"works_on": "PRJ-0018"}},
   page="/projects/PRJ-0018")
_q(NH, "counts", "How many portfolios are there in total? I keep hearing new names in meetings.",
   {"count": "portfolios", "where": {}})

# --- lists ----------------------------------------------------------------------------------------
_q(D, "lists", "List the late projects please. Keys and owners, nothing else.",
   {"list": "projects", "where": LATE})
_q(RM, "lists", "Who is over-allocated this week? I want to see whether it's the same names as "
   "last week.", {"list": "people", "where": {"over_allocated": "this_week"}})
_q(TL, "lists", "Sofia Zhang looked swamped on Friday. Which projects is she on at the moment, "
   "and is that more than last week?",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q(FI, "lists", "Which projects were completed last month? I need them for the May accruals.",
   {"list": "projects", "where": {"completed": "last_month"}})
_q(NH, "lists", "Could you list the open Security projects for me? I'm shadowing that portfolio "
   "this week.", {"list": "projects", "where": {"portfolio": "Security", **OPEN}})
_q(D, "lists", "which critical projects are still open",
   {"list": "projects", "where": {"priority": "critical", **OPEN}})
_q(TL, "lists", "Mobile Apps: which of our projects haven't kicked off yet?",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "proposed"}})
_q(RM, "lists", "Two staffing requests came in over the weekend. Who has no allocation at all "
   "next week?", {"list": "people", "where": {"free": "next_week"}})
_q(FI, "lists", "Which portfolios have at least one late project?",
   {"list": "portfolios", "where": LATE})
_q(NH, "lists", "Hugo Lopez is my onboarding buddy. Which of the projects he leads are still "
   "running?", {"list": "projects", "where": {"owner": "Hugo Lopez", **OPEN}})
_q(NH, "lists", "Someone at coffee said two projects got put on hold. Which projects are paused "
   "right now?", {"list": "projects", "where": {"status": "on_hold"}})
_q(D, "lists", "Who owns the late projects? I'd like to call each of them today.",
   {"list": "owners", "where": LATE})
_q(RM, "lists", "which data engineers are completely free this week",
   {"list": "people", "where": {"role": "Data engineer", "free": "this_week"}})

# --- periods --------------------------------------------------------------------------------------
_q(D, "periods", "What's due next week that isn't done yet?",
   {"list": "projects", "where": {"due": "next_week", **OPEN}})
_q(FI, "periods", "How many story points did we complete last week, across everything?",
   {"value": "points_done", "where": {"done": "last_week"}})
_q(TL, "periods", "Which open projects hit their due date in the coming fortnight?",
   {"list": "projects", "where": {"due": "next_days:14", **OPEN}})
_q(NH, "periods", "Which projects are planned to start in July? I'd like to know what's coming "
   "before I pick a team to shadow.",
   {"list": "projects", "where": {"started": "range:2026-07-01:2026-07-31"}})
_q(RM, "periods", "Lara Ahmed has been at 230% for weeks. How loaded is Lara next month?",
   {"value": "load", "of": "Lara Ahmed", "period": "next_month"})
_q(FI, "periods", "How many projects did we finish in the first half of this year?",
   {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}})
_q(D, "periods", "what projects got finished since friday?",
   {"list": "projects", "where": {"completed": "range:2026-06-12:2026-06-17"}})
_q(TL, "periods", "How many items has Data Platform closed since Monday?",
   {"count": "work_items", "where": {"done": "since_monday", "portfolio": "Data Platform"}})
_q(NH, "periods", "Which projects were kicked off last month?",
   {"list": "projects", "where": {"started": "last_month"}})
_q(FI, "periods", "Because the Q3 plan is due on Friday: how many open projects are due in Q3?",
   {"count": "projects", "where": {"due": "q3", **OPEN}})
_q(RM, "periods", "Who is free for the whole of next month?",
   {"list": "people", "where": {"free": "next_month"}})
_q(D, "periods", "Which projects were set up in the last 7 days?",
   {"list": "projects", "where": {"created": "last_days:7"}})
_q(TL, "periods", "Did anyone work over the weekend? How many work items were completed on "
   "Saturday and Sunday?", {"count": "work_items", "where": {"done": WEEKEND}})
_q(FI, "periods", "How many story points did this project complete last week?",
   {"value": "points_done", "where": {"done": "last_week", "project": "PRJ-0140"}},
   page="/projects/PRJ-0140")

# --- rankings -------------------------------------------------------------------------------------
_q(D, "rankings", "Top 3 most overdue projects, please.",
   {"top": "projects", "by": "days_overdue", "k": 3})
_q(RM, "rankings", "Who are the five most loaded people this week?",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q(FI, "rankings", "Which open project has the most story points still to do?",
   {"top": "projects", "by": "remaining_points", "k": 1, "where": OPEN})
_q(TL, "rankings", "In Data Platform, which open project has the most unfinished items?",
   {"top": "projects", "by": "open_items", "k": 1,
    "where": {"portfolio": "Data Platform", **OPEN}})
_q(NH, "rankings", "Which portfolio has the most open projects?",
   {"top": "portfolios", "by": "projects", "k": 1, "where": OPEN})
_q(D, "rankings", "Which three open projects are least likely to hit their dates?",
   {"top": "projects", "by": "p_on_time", "k": 3})
_q(RM, "rankings", "Who is spread across the most projects right now?",
   {"top": "people", "by": "projects", "k": 1})
_q(TL, "rankings", "Who's carrying the most load on this team this week?",
   {"top": "people", "by": "load", "k": 1, "where": {"works_on": "PRJ-0106"},
    "period": "this_week"}, page="/projects/PRJ-0106")
_q(FI, "rankings", "Which owner has the most open projects on their plate?",
   {"top": "owners", "by": "projects", "k": 1, "where": OPEN})
_q(NH, "rankings", "Which open projects are closest to being finished? The top three by progress, "
   "please.", {"top": "projects", "by": "progress", "k": 3, "where": OPEN})

# --- comparisons ----------------------------------------------------------------------------------
_q(D, "comparisons", "Late projects: how does Customer Support compare with Devices?",
   {"groups": "projects", "by": "portfolio", "where": LATE,
    "only": ["Customer Support", "Devices"]})
_q(RM, "comparisons", "Compare Ben Silva's and Olga Chen's load this week.",
   {"groups": "people", "by": "load", "only": ["Ben Silva", "Olga Chen"], "period": "this_week"})
_q(FI, "comparisons", "How do the open projects split by priority?",
   {"groups": "projects", "by": "priority", "where": OPEN})
_q(TL, "comparisons", "Hugo Patel was at 190% last week. Where is he this week?",
   {"value": "load", "of": "Hugo Patel", "period": "this_week"})
_q(NH, "comparisons", "How many open projects does each portfolio have? I'm trying to get a "
   "feel for where the work is.", {"groups": "projects", "by": "portfolio", "where": OPEN})
_q(D, "comparisons", "Of the open projects, how many are on track vs at risk vs late?",
   {"groups": "projects", "by": "health", "where": OPEN,
    "only": ["on_track", "at_risk", "late"]})
_q(FI, "comparisons", "Work items done last week: Payments vs Growth?",
   {"groups": "work_items", "by": "portfolio", "where": {"done": "last_week"},
    "only": ["Payments", "Growth"]})
_q(RM, "comparisons", "Do we have more people with kubernetes or with terraform?",
   {"groups": "skills", "by": "people", "only": ["kubernetes", "terraform"]})
_q(TL, "comparisons", "Are we finishing more than last week? How many work items have been done "
   "so far this week?", {"count": "work_items", "where": {"done": "since_monday"}})

# --- people ---------------------------------------------------------------------------------------
_q(TL, "people", "Who's on this team at the moment?",
   {"list": "people", "where": {"works_on": "PRJ-0192"}}, page="/projects/PRJ-0192")
_q(D, "people", "PRJ-0152 slipped again. who owns it now, and is that person still staffed on "
   "it? want to call them before standup",
   {"value": "owner", "of": "PRJ-0152"})
_q(RM, "people", "How busy is Emeka Okafor this week? His calendar looks scary.",
   {"value": "load", "of": "Emeka Okafor", "period": "this_week"})
_q(NH, "people", "What is Tariq Olsen working on these days? I sit next to him now.",
   {"list": "projects", "where": {"staffed_by": "Tariq Olsen"}})
_q(FI, "people", "Our sign-off is waiting on the owner: who's in charge of Falcon card processor "
   "migration, and when is it due?", {"value": "owner", "of": "PRJ-0029"})
_q(RM, "people", "Who in the Growth team is booked beyond 100% this week?",
   {"list": "people", "where": {"portfolio": "Growth", "over_allocated": "this_week"}})
_q(TL, "people", "remind me who owns this one?", {"value": "owner", "of": "PRJ-0086"},
   page="/projects/PRJ-0086")
_q(NH, "people", "Who is on the Customer Support team right now?",
   {"list": "people", "where": {"portfolio": "Customer Support"}})
_q(D, "people", "What is Kai Kaur on at the moment?",
   {"list": "projects", "where": {"staffed_by": "Kai Kaur"}})
_q(RM, "people", "Who on this team is overbooked this week?",
   {"list": "people", "where": {"works_on": "PRJ-0048", "over_allocated": "this_week"}},
   page="/projects/PRJ-0048")
_q(TL, "people", "I'm Rosa Novak. What does my own load look like next week?",
   {"value": "load", "of": "Rosa Novak", "period": "next_week"})
_q(FI, "people", "Which product managers have nothing booked this week?",
   {"list": "people", "where": {"role": "Product manager", "free": "this_week"}})
_q(NH, "people", "Who owns this project? I'd like to introduce myself.",
   {"value": "owner", "of": "PRJ-0111"}, page="/projects/PRJ-0111")
_q(RM, "people", "Is David Jansen over 100% at any point this month? What's his load?",
   {"value": "load", "of": "David Jansen", "period": "this_month"})

# --- skills ---------------------------------------------------------------------------------------
_q(RM, "skills", "Who knows terraform and has nothing booked next week?",
   {"list": "people", "where": {"skill": "terraform", "free": "next_week"}})
_q(NH, "skills", "What skills does Olga Haddad have? She's reviewing my first pull request.",
   {"list": "skills", "where": {"person": "Olga Haddad"}})
_q(RM, "skills", "A team lead needs someone with spark for a backfill. Who has it?",
   {"list": "people", "where": {"skill": "spark"}})
_q(D, "skills", "How many people can do embedded work?",
   {"count": "people", "where": {"skill": "embedded"}})
_q(FI, "skills", "Which skill does the most open work depend on?",
   {"top": "skills", "by": "open_items", "k": 1})
_q(RM, "skills", "Which skill do the fewest people have?",
   {"top": "skills", "by": "people", "k": 1, "order": "asc"})
_q(TL, "skills", "Is anyone with both react and accessibility free this week?",
   {"list": "people", "where": {"skill": ["react", "accessibility"], "free": "this_week"}})
_q(NH, "skills", "Who are the people here who know Go?",
   {"list": "people", "where": {"skill": "go"}})
_q(TL, "skills", "Who on my team here knows react?",
   {"list": "people", "where": {"works_on": "PRJ-0037", "skill": "react"}},
   page="/projects/PRJ-0037")
_q(RM, "skills", "Which ML engineers know statistics?",
   {"list": "people", "where": {"role": "ML engineer", "skill": "statistics"}})

# --- changes --------------------------------------------------------------------------------------
_q(D, "changes", "Which projects went late over the weekend?",
   {"list": "projects", "where": {"became_late": WEEKEND}})
_q(FI, "changes", "How many work items were added to the scope of open projects last week?",
   {"value": "scope_items_added", "period": "last_week", "where": OPEN})
_q(TL, "changes", "Which projects became overdue this week?",
   {"list": "projects", "where": {"became_late": "this_week"}})
_q(NH, "changes", "What new projects have been created this month?",
   {"list": "projects", "where": {"created": "this_month"}})
_q(RM, "changes", "Which projects have started since Monday? I need to check their teams are "
   "booked.", {"list": "projects", "where": {"started": "since_monday"}})
_q(D, "changes", "How many work items did we finish last week? The week before felt slow.",
   {"count": "work_items", "where": {"done": "last_week"}})
_q(TL, "changes", "How many items were added to this project's scope since the start of last "
   "month?", {"value": "scope_items_added", "period": "range:2026-05-01:2026-06-17",
              "where": {"key": "PRJ-0174"}}, page="/projects/PRJ-0174")
_q(FI, "changes", "Which projects were wrapped up last week?",
   {"list": "projects", "where": {"completed": "last_week"}})

# --- causes ---------------------------------------------------------------------------------------
_q(D, "causes", "PRJ-0104 is late again. Why, and is anyone following up?",
   {"cause": "PRJ-0104"})
_q(TL, "causes", "Why are we behind on this one? I need a line for the weekly update.",
   {"cause": "PRJ-0102"}, page="/projects/PRJ-0102")
_q(FI, "causes", "What's behind the delay on Delta SSO rollout?", {"cause": "PRJ-0130"})
_q(NH, "causes", "Could you explain why Falcon push notifications is overdue? I'm joining that "
   "team next week.", {"cause": "PRJ-0165"})
_q(RM, "causes", "Harbor sensor hub is late. Is it a people problem or a scope problem?",
   {"cause": "PRJ-0183"})
_q(D, "causes", "Nimbus Kubernetes migration missed its date. What happened?",
   {"cause": "PRJ-0200"})
_q(TL, "causes", "Raven chatbot pilot was due on Sunday and it's still open. What went wrong?",
   {"cause": "PRJ-0125"})
_q(FI, "causes", "Falcon metrics layer has been overdue since November. What's driving that?",
   {"cause": "PRJ-0094"})

# --- forecasts ------------------------------------------------------------------------------------
_q(D, "forecasts", "Sierra invoice engine keeps coming up. What's its chance of landing on time "
   "now, and is that worse than last week?",
   {"value": "p_on_time", "of": "PRJ-0063"})
_q(TL, "forecasts", "realistically, when do we finish here?",
   {"value": "p50_date", "of": "PRJ-0029"}, page="/projects/PRJ-0029")
_q(FI, "forecasts", "What's the expected finish date for Beacon push notifications? Revenue "
   "recognition depends on it.", {"value": "p50_date", "of": "PRJ-0018"})
_q(NH, "forecasts", "How many projects are at risk at the moment?",
   {"count": "projects", "where": {"health": "at_risk"}})
_q(RM, "forecasts", "Which open projects have less than a 30% chance of finishing on time? I may "
   "need to move people.", {"list": "projects", "where": {"p_below": 0.3}})
_q(D, "forecasts", "It looked bad last week. What are the odds for this one now?",
   {"value": "p_on_time", "of": "PRJ-0169"}, page="/projects/PRJ-0169")
_q(TL, "forecasts", "Which Data Platform projects are at risk?",
   {"list": "projects", "where": {"portfolio": "Data Platform", "health": "at_risk"}})
_q(FI, "forecasts", "Which open projects are at least 90% likely to finish on time?",
   {"list": "projects", "where": {"p_at_least": 0.9}})
_q(NH, "forecasts", "When is Iris reporting warehouse expected to be finished?",
   {"value": "p50_date", "of": "PRJ-0111"})
_q(RM, "forecasts", "Juniper checkout redesign is due tomorrow. What are its chances of making "
   "it?", {"value": "p_on_time", "of": "PRJ-0142"})

# --- typos ----------------------------------------------------------------------------------------
_q(D, "typos", "hw many projcts r late rn", {"count": "projects", "where": LATE})
_q(TL, "typos", "whos ovrbooked nxt week",
   {"list": "people", "where": {"over_allocated": "next_week"}})
_q(RM, "typos", "lara ahmd load this wek?",
   {"value": "load", "of": "Lara Ahmed", "period": "this_week"})
_q(FI, "typos", "how mnay story pionts done lst month",
   {"value": "points_done", "where": {"done": "last_month"}})
_q(NH, "typos", "wich projetcs are on hold", {"list": "projects", "where": {"status": "on_hold"}})
_q(D, "typos", "who owns tundra bettery pack", {"value": "owner", "of": "PRJ-0048"})
_q(TL, "typos", "how far alng r we here", {"value": "progress", "of": "PRJ-0135"},
   page="/projects/PRJ-0135")
_q(RM, "typos", "who has kubernets skils", {"list": "people", "where": {"skill": "kubernetes"}})
_q(FI, "typos", "projcts finshed this mnth?",
   {"list": "projects", "where": {"completed": "this_month"}})
_q(NH, "typos", "whn is nimbus modle monitoring due", {"value": "due_date", "of": "PRJ-0013"})

# --- languages ------------------------------------------------------------------------------------
_q(D, "languages", "Wie viele Projekte sind gerade im Verzug?",
   {"language": "de", "then": {"count": "projects", "where": LATE}})
_q(TL, "languages", "Qui travaille sur PRJ-0072 en ce moment ?",
   {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0072"}}})
_q(RM, "languages", "¿Quién está asignado por encima del 100 % esta semana?",
   {"language": "es", "then": {"list": "people", "where": {"over_allocated": "this_week"}}})
_q(FI, "languages", "Hoeveel projecten zijn vorige maand afgerond?",
   {"language": "nl", "then": {"count": "projects", "where": {"completed": "last_month"}}})
_q(NH, "languages", "Chi è il responsabile del progetto Sierra support analytics?",
   {"language": "it", "then": {"value": "owner", "of": "PRJ-0072"}})
_q(D, "languages", "Quais projetos de Devices estao atrasados?",
   {"language": "pt", "then": {"list": "projects", "where": {"portfolio": "Devices", **LATE}}})
_q(TL, "languages", "Wann wird PRJ-0121 voraussichtlich fertig?",
   {"language": "de", "then": {"value": "p50_date", "of": "PRJ-0121"}})
_q(RM, "languages", "Quels ingénieurs DevOps sont libres la semaine prochaine ?",
   {"language": "fr", "then": {"list": "people",
                               "where": {"role": "DevOps engineer", "free": "next_week"}}})
_q(FI, "languages", "¿Cuánto presupuesto le queda al proyecto PRJ-0029?",
   {"language": "es", "then": None})
_q(NH, "languages", "Welke Growth-projecten lopen nog?",
   {"language": "nl", "then": {"list": "projects", "where": {"portfolio": "Growth", **OPEN}}})

# --- unanswerable ---------------------------------------------------------------------------------
_q(FI, "unanswerable", "What's the remaining budget of the Payments portfolio, in euros?",
   {"refuse": "budgets in money are not in the data"})
_q(D, "unanswerable", "How satisfied were customers with the help center launch?",
   {"refuse": "customer satisfaction is not in the data"})
_q(RM, "unanswerable", "Who's on holiday this week? I need to know before I staff the new "
   "requests.", {"refuse": "leave and holidays are not in the data"})
_q(TL, "unanswerable", "How many hours did my team log on PRJ-0072 last week?",
   {"refuse": "no timesheets in the data"})
_q(NH, "unanswerable", "What's the salary band for a QA engineer here?",
   {"refuse": "salaries are not in the data"})
_q(FI, "unanswerable", "What did the Kubernetes migrations cost us in cloud spend last month?",
   {"refuse": "costs are not in the data"})
_q(D, "unanswerable", "What's the revenue impact if Raven chatbot pilot slips another month?",
   {"refuse": "revenue is not in the data"})

# --- ambiguous ------------------------------------------------------------------------------------
_q(D, "ambiguous", "How loaded is Tom this week?", {"clarify": {"people_named": "Tom"}})
_q(TL, "ambiguous", "When is Beacon data catalog expected to finish?",
   {"clarify": {"projects_named": "beacon data catalog", "open": True}})
_q(RM, "ambiguous", "What is Priya working on right now?", {"clarify": {"people_named": "Priya"}})
_q(FI, "ambiguous", "What's the status of Nimbus pricing experiment?",
   {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}})
_q(NH, "ambiguous", "Which are our big projects?",
   {"clarify": ["most story points", "largest team", "highest priority"]})
_q(D, "ambiguous", "Is Iris recommendation engine going to make it?",
   {"clarify": {"projects_named": "iris recommendation engine", "open": True}})
_q(NH, "ambiguous", "How much is Emeka booked next week? He offered to pair with me.",
   {"clarify": {"people_named": "Emeka"}})

# --- documents ------------------------------------------------------------------------------------
_q(TL, "documents", "What did we decide at the last weekly sync here?",
   {"text": [{"decision_of": "PRJ-0063"}]}, page="/projects/PRJ-0063")
_q(D, "documents", "Latest status note for Cobalt smart thermostat: what's the main risk it "
   "names?", {"text": [{"risk_of": "PRJ-0104"}]})
_q(NH, "documents", "I missed the last Umbra ticketing integration sync. What was decided?",
   {"text": [{"decision_of": "PRJ-0152"}]})
_q(FI, "documents", "What risk did the most recent status note of PRJ-0072 flag?",
   {"text": [{"risk_of": "PRJ-0072"}]})
_q(RM, "documents", "How many meeting minutes were written for Data Platform projects last week?",
   {"count": "documents",
    "where": {"kind": "meeting_minutes", "portfolio": "Data Platform", "created": "last_week"}})
_q(NH, "documents", "Why was Lumen accessibility audit put on hold?",
   {"text": ["a vendor dependency is blocked"]})
