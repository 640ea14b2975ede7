"""Held-out split unseen65: the project office's five personas, typed on a phone or dictated.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17, a Wednesday).
The copilot's code, its tests, its documentation and every other split were not opened (only the
docstring and helper of ``unseen58.py``, for the file's shape); the copilot was not run and no
score was looked at. Specs were checked with ``--resolve-only`` only (P(on time) and P50 dates
exist only in the benchmark's own database).

Who asks: a director, a team lead, a resource manager, a new hire and someone from finance, 30
questions each. About half (74) are typed on a phone: lower case, little punctuation, "pls",
"rn", "atm", "wk", "ppl", "projs", "prio", "w/", "#", keys typed loosely ("prj 0063"), thumbs on
the wrong key ("platfrom", "ovrebooked", "catlog"), a dropped word ("how many projects late
rn"). The other half (76) are dictated to a voice assistant: no punctuation, run-on sentences
with an aside ("im putting together the board update ..."), fillers ("um", "uh", "okay so",
"hey"), numbers and keys spelled out ("p r j zero one six five", "q three", "h one", "thirty
percent", "m l platform", "q a engineers"), homophones ("do" for due, "weak" for week, "to" for
two, "there" for their) and words split or run together ("over booked", "work load", "port
folio", "ontrack"). ``STYLE`` says which, per question id. Fifteen are asked from a project page
("this one", "this proj", "here", "this team", "who owns this").

Readings used:
- "open", "still going", "still open" = open (proposed, active or on hold); "currently on hold" =
  on hold; "proposed" = proposed; "cancelled all together" = cancelled, at any time;
- "late", "overdue", "behind" (of a late project) = late; "at risk" = at risk; "what went wrong
  / what's causing the delay" = the causes of a late or at-risk project;
- "tasks", "items" = work items; "left", "open" (items) = not done; "finished / closed out"
  (items) in P = done in P;
- "working on", "on" = works on (an allocation covering today); "the growth team", "the mobile
  apps team", "the infrastructure team" = the people who work on one of that portfolio's
  projects today; "the devices projects" = the projects of the Devices portfolio;
- "free", "nothing booked" = free (load 0 on every day of the period);
- "overbooked", "over booked", "overloaded" = over-allocated; "how booked / how busy is X",
  "X's load / work load" = X's load in the period (highest daily load);
- "ETA", "realistically done", "likely finish", "forecast finish date", "when will X be done"
  = the forecast's P50 date; "odds / chances of being on time", "hits its due date" = P(on
  time); "least likely to hit their date" and "worst forecast" = lowest P(on time) ("not
  counting ones already late": at risk or on track only); "less than a thirty percent chance"
  counts the late projects (no chance left, P(on time) 0);
- "owns", "owner", "in charge of" = the project's owner;
- "finished", "completed", "got finished" (projects) in P = done and completed in P; "kicked
  off / kicks off in P" = start date in P; "added / set up / new (projects) in P" = created in
  P; "went late / slipped past its due date in P" = its first day past the due date fell in P
  and it is still late; "items added to the scope" = items added after the start (daily
  snapshots); "story points delivered / completed" = points of items done in P;
- "biggest by points remaining" = remaining points; "closest to being finished" = highest
  progress; "most in demand by open work" = most open items needing the skill; "which skill do
  the most people have" = skills by people holding them;
- "this week" = Monday 15 to Sunday 21 June; "next week" = 22 to 28 June; "last week" = 8 to 14
  June; "since monday" / "so far this week" = 15 to 17 June; "the coming fortnight" / "the
  next to weeks" = today and the 13 days after (next_days:14); "the next thirty days" =
  next_days:30; "the past 2 weeks" = last_days:14; "the last seven days" = last_days:7; "h one"
  = 2026-01-01 to 2026-06-30; "july" = 2026-07-01 to 2026-07-31 (= next month); "may" = last
  month; "the first quarter" = Q1; "this qtr" = Q2; "last quater" = Q1; "q three", "q four" =
  Q3, Q4; "this year" = 2026;
- "due / do in P" for projects = open projects due in P; "machine learning" = the skill ml; "go
  dev" = someone with the skill go (nobody is free next month: the answer is none); "q a
  engineers", "data engineers", "product managers" = those roles;
- a name one open and one closed project share is the open one (falcon feature store, juniper
  battery pack); two open projects of one name (beacon data catalog, iris recommendation
  engine), three open nimbus pricing experiments, "the harbor project" (two open), a first name
  several people share (sofia, tom), and an undefined size ("big projects") are asked back;
- budgets, spend, revenue, customer happiness, holidays, logged hours and the company calendar
  are not in the data: refused;
- documents: "what did we decide at the last sync / meeting" = the decision of the project's
  latest minutes; "main risk in the latest status note" = that note's main risk; "why was it
  put on hold / cancelled" = the reason its hold or cancellation note gives; "the open question
  in the spec" = the spec's open question.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen65"
QUESTIONS: list[dict[str, Any]] = []
STYLE: dict[str, str] = {}  # question id -> "phone" or "dictated" (how it was written)


def _q(style: str, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    qid = f"u65-{len(QUESTIONS) + 1:03d}"
    record: dict[str, Any] = {"id": qid, "split": SPLIT, "persona": persona,
                              "category": category, "question": question, "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)
    STYLE[qid] = style


P, D = "phone", "dictated"
DIR, TL, RM, NH, FIN = "director", "team_lead", "resource_manager", "new_hire", "finance"
H1 = "range:2026-01-01:2026-06-30"
JULY = "range:2026-07-01:2026-07-31"


def _page(key: str) -> str:
    return f"/projects/{key}"


# --- counts (14) ---------------------------------------------------------------------------------
_q(P, DIR, "counts", "how many projects late rn",
   {"count": "projects", "where": {"health": "late"}})
_q(D, FIN, "counts", "okay so how many projects did we finish in the first quarter",
   {"count": "projects", "where": {"completed": "q1"}})
_q(P, RM, "counts", "# of ppl overbooked this wk?",
   {"count": "people", "where": {"over_allocated": "this_week"}})
_q(D, NH, "counts", "um how many projects in the devices portfolio are still open",
   {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}})
_q(P, TL, "counts", "how many tasks left on this one",
   {"count": "work_items", "where": {"project": "PRJ-0048", "status": "open"}},
   _page("PRJ-0048"))
_q(D, DIR, "counts", "how many critical priority projects are still going",
   {"count": "projects", "where": {"priority": "critical", "status": "open"}})
_q(D, FIN, "counts", "so how many projects have we cancelled all together",
   {"count": "projects", "where": {"status": "cancelled"}})
_q(D, RM, "counts", "how many q a engineers do we have",
   {"count": "people", "where": {"role": "QA engineer"}})
_q(P, NH, "counts", "how many proposed projs r there atm",
   {"count": "projects", "where": {"status": "proposed"}})
_q(D, TL, "counts", "uh how many work items did the devices projects close out last week",
   {"count": "work_items", "where": {"portfolio": "Devices", "done": "last_week"}})
_q(P, DIR, "counts", "how many projs at risk in data platfrom",
   {"count": "projects", "where": {"portfolio": "Data Platform", "health": "at_risk"}})
_q(D, FIN, "counts", "how many open projects are do in q three",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q(P, RM, "counts", "how many ppl r free next wk",
   {"count": "people", "where": {"free": "next_week"}})
_q(D, NH, "counts", "hey how many status notes got written last month",
   {"count": "documents", "where": {"kind": "status_note", "created": "last_month"}})

# --- lists (13) ----------------------------------------------------------------------------------
_q(P, DIR, "lists", "list the late projs pls",
   {"list": "projects", "where": {"health": "late"}})
_q(D, TL, "lists", "um which of the customer support projects are at risk right now",
   {"list": "projects", "where": {"portfolio": "Customer Support", "health": "at_risk"}})
_q(P, RM, "lists", "who's free this wk",
   {"list": "people", "where": {"free": "this_week"}})
_q(D, FIN, "lists", "okay can you give me the payments projects that were completed this year",
   {"list": "projects", "where": {"portfolio": "Payments", "completed": "this_year"}})
_q(P, NH, "lists", "which open projs does hugo lopez own",
   {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}})
_q(D, DIR, "lists", "which projects are currently on hold",
   {"list": "projects", "where": {"status": "on_hold"}})
_q(P, TL, "lists", "which security projects r still open",
   {"list": "projects", "where": {"portfolio": "Security", "status": "open"}})
_q(D, RM, "lists", "list everyone who is over booked next month",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q(P, FIN, "lists", "high prio projects due in july?",
   {"list": "projects", "where": {"priority": "high", "status": "open", "due": JULY}})
_q(D, NH, "lists", "which projects kicked off last month",
   {"list": "projects", "where": {"started": "last_month"}})
_q(P, DIR, "lists", "portfolios w/ late projects?",
   {"list": "portfolios", "where": {"health": "late"}})
_q(D, TL, "lists", "who is working on this project at the moment",
   {"list": "people", "where": {"works_on": "PRJ-0176"}}, _page("PRJ-0176"))
_q(P, RM, "lists", "ppl on the growth team?",
   {"list": "people", "where": {"portfolio": "Growth"}})

# --- periods (14) --------------------------------------------------------------------------------
_q(D, FIN, "periods", "how many projects did we complete in h one",
   {"count": "projects", "where": {"completed": H1}})
_q(P, DIR, "periods", "whats due in the coming fortnight",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q(D, TL, "periods", "which projects are do next week",
   {"list": "projects", "where": {"status": "open", "due": "next_week"}})
_q(P, RM, "periods", "who's overbooked in july",
   {"list": "people", "where": {"over_allocated": JULY}})
_q(P, FIN, "periods", "projects completed this qtr?",
   {"list": "projects", "where": {"completed": "this_quarter"}})
_q(D, NH, "periods", "what projects were added last week",
   {"list": "projects", "where": {"created": "last_week"}})
_q(D, DIR, "periods",
   "im putting together the board update how many projects are due this month that are not "
   "done yet",
   {"count": "projects", "where": {"status": "open", "due": "this_month"}})
_q(P, FIN, "periods", "how many tasks finished on this proj since monday",
   {"count": "work_items", "where": {"project": "PRJ-0084", "done": "since_monday"}},
   _page("PRJ-0084"))
_q(P, TL, "periods", "projects that went late this month",
   {"list": "projects", "where": {"became_late": "this_month"}})
_q(D, RM, "periods",
   "okay so im planning the next sprint who has nothing booked for the next thirty days",
   {"list": "people", "where": {"free": "next_days:30"}})
_q(D, RM, "periods", "um which open projects are do in q four",
   {"list": "projects", "where": {"status": "open", "due": "q4"}})
_q(D, NH, "periods", "what got finished in may",
   {"list": "projects", "where": {"completed": "last_month"}})
_q(D, FIN, "periods", "how many story points did we deliver last month",
   {"value": "points_done", "where": {"done": "last_month"}})
_q(P, TL, "periods", "what kicks off in july",
   {"list": "projects", "where": {"started": JULY}})

# --- rankings (10) -------------------------------------------------------------------------------
_q(P, RM, "rankings", "top 5 most overloaded ppl this wk",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q(D, DIR, "rankings", "which three projects are the most overdue i want to call the owners today",
   {"top": "projects", "by": "days_overdue", "k": 3})
_q(P, TL, "rankings", "who has most open tasks assigned",
   {"top": "people", "by": "open_items", "k": 1})
_q(D, FIN, "rankings", "which portfolio has the most open projects",
   {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}})
_q(P, NH, "rankings", "which skill do the most ppl have",
   {"top": "skills", "by": "people", "k": 1})
_q(P, DIR, "rankings", "5 projs least likely to hit there date (not counting ones already late)",
   {"top": "projects", "by": "p_on_time", "k": 5, "where": {"health": ["at_risk", "on_track"]}})
_q(D, RM, "rankings", "which skill has the most open work waiting on it",
   {"top": "skills", "by": "open_items", "k": 1})
_q(D, TL, "rankings", "who owns the most open projects",
   {"top": "owners", "by": "count", "k": 1, "where": {"status": "open"}})
_q(P, FIN, "rankings", "biggest open projs by points remaining top 3",
   {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}})
_q(D, NH, "rankings", "what are the three active projects that are closest to being finished",
   {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}})

# --- comparisons (9) -----------------------------------------------------------------------------
_q(D, DIR, "comparisons", "late versus at risk versus ontrack how many of each",
   {"groups": "projects", "by": "health", "where": {"status": "open"},
    "only": ["late", "at_risk", "on_track"]})
_q(D, FIN, "comparisons",
   "for the budget review compare the number of open projects in payments and growth",
   {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
    "only": ["Payments", "Growth"]})
_q(P, RM, "comparisons", "emeka okafor vs sara martin load this wk",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Emeka Okafor", "Sara Martin"]})
_q(D, TL, "comparisons", "how many people know kubernetes versus terraform",
   {"groups": "skills", "by": "people", "only": ["kubernetes", "terraform"]})
_q(D, DIR, "comparisons",
   "how many at risk projects do data platform and m l platform each have right now",
   {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
    "only": ["Data Platform", "ML Platform"]})
_q(P, FIN, "comparisons", "open items payments vs devices?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Payments", "Devices"]})
_q(P, NH, "comparisons", "how many open projects per priority",
   {"groups": "projects", "by": "priority", "where": {"status": "open"}})
_q(D, NH, "comparisons", "can you break down all the projects by status for me",
   {"groups": "projects", "by": "status"})
_q(D, RM, "comparisons",
   "how does ada martin's work load next month compare with olga martin's",
   {"groups": "people", "by": "load", "period": "next_month",
    "only": ["Ada Martin", "Olga Martin"]})

# --- people (14) ---------------------------------------------------------------------------------
_q(D, NH, "people", "who is in charge of the granite vulnerability program",
   {"value": "owner", "of": "PRJ-0011"})
_q(P, TL, "people", "who's on this team",
   {"list": "people", "where": {"works_on": "PRJ-0121"}}, _page("PRJ-0121"))
_q(P, RM, "people", "how booked is felix haddad this wk",
   {"value": "load", "of": "Felix Haddad", "period": "this_week"})
_q(D, DIR, "people", "which projects is sofia zhang working on",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q(D, RM, "people", "is anyone on the infrastructure team over booked this week",
   {"list": "people", "where": {"portfolio": "Infrastructure", "over_allocated": "this_week"}})
_q(P, NH, "people", "whos the owner of prj-0063",
   {"value": "owner", "of": "PRJ-0063"})
_q(D, FIN, "people", "what is lara ahmed's work load next month",
   {"value": "load", "of": "Lara Ahmed", "period": "next_month"})
_q(D, TL, "people", "who on the mobile apps team is overloaded next week",
   {"list": "people", "where": {"portfolio": "Mobile Apps", "over_allocated": "next_week"}})
_q(P, RM, "people", "which data engineers r free next month",
   {"list": "people", "where": {"role": "Data engineer", "free": "next_month"}})
_q(P, DIR, "people", "what is tom kaur working on rn",
   {"list": "projects", "where": {"staffed_by": "Tom Kaur"}})
_q(D, NH, "people", "who owns this",
   {"value": "owner", "of": "PRJ-0084"}, _page("PRJ-0084"))
_q(P, TL, "people", "how many ppl on this proj rn",
   {"count": "people", "where": {"works_on": "PRJ-0151"}}, _page("PRJ-0151"))
_q(D, RM, "people", "how busy is kenji brown over the next to weeks",
   {"value": "load", "of": "Kenji Brown", "period": "next_days:14"})
_q(P, FIN, "people", "which product managers r overbooked this wk",
   {"list": "people", "where": {"role": "Product manager", "over_allocated": "this_week"}})

# --- skills (10) ---------------------------------------------------------------------------------
_q(P, RM, "skills", "who knows terraform and is free next wk",
   {"list": "people", "where": {"skill": "terraform", "free": "next_week"}})
_q(D, TL, "skills", "who has kubernetes experience",
   {"list": "people", "where": {"skill": "kubernetes"}})
_q(P, NH, "skills", "what skills does priya kim have",
   {"list": "skills", "where": {"person": "Priya Kim"}})
_q(D, DIR, "skills", "how many people can do machine learning",
   {"count": "people", "where": {"skill": "ml"}})
_q(D, RM, "skills",
   "do we have anyone who knows both react and typescript and is free this week i need "
   "someone for a quick fix",
   {"list": "people", "where": {"skill": ["react", "typescript"], "free": "this_week"}})
_q(P, FIN, "skills", "how many ppl know spark",
   {"count": "people", "where": {"skill": "spark"}})
_q(P, TL, "skills", "need a go dev free next month who",
   {"list": "people", "where": {"skill": "go", "free": "next_month"}})
_q(D, NH, "skills", "what is tom nakamura good at",
   {"list": "skills", "where": {"person": "Tom Nakamura"}})
_q(P, DIR, "skills", "which 3 skills r most in demand by open work",
   {"top": "skills", "by": "open_items", "k": 3})
_q(D, RM, "skills", "list the people with accessibility skills",
   {"list": "people", "where": {"skill": "accessibility"}})

# --- changes (8) ---------------------------------------------------------------------------------
_q(P, DIR, "changes", "what slipped past its due date in may",
   {"list": "projects", "where": {"became_late": "last_month"}})
_q(D, TL, "changes", "how many items got added to the scope of this project this month",
   {"value": "scope_items_added", "where": {"key": "PRJ-0069"}, "period": "this_month"},
   _page("PRJ-0069"))
_q(P, FIN, "changes", "how many new projects were set up this month",
   {"count": "projects", "where": {"created": "this_month"}})
_q(P, RM, "changes", "new work items created this wk?",
   {"count": "work_items", "where": {"created": "this_week"}})
_q(D, NH, "changes", "which projects were added in the last seven days",
   {"list": "projects", "where": {"created": "last_days:7"}})
_q(D, DIR, "changes", "how many items were added to scope across all projects last month",
   {"value": "scope_items_added", "where": {}, "period": "last_month"})
_q(D, FIN, "changes", "how many story points have been completed so far this week",
   {"value": "points_done", "where": {"done": "since_monday"}})
_q(P, TL, "changes", "which projs went late in the past 2 weeks",
   {"list": "projects", "where": {"became_late": "last_days:14"}})

# --- causes (8) ----------------------------------------------------------------------------------
_q(P, DIR, "causes", "why is cobalt smart thermostat so late", {"cause": "PRJ-0104"})
_q(D, TL, "causes", "why is this project behind", {"cause": "PRJ-0130"}, _page("PRJ-0130"))
_q(D, FIN, "causes", "what's causing the delay on p r j zero one six five",
   {"cause": "PRJ-0165"})
_q(P, NH, "causes", "why is harbor sensor hub overdue", {"cause": "PRJ-0183"})
_q(D, RM, "causes", "why is the granite refund automation at risk", {"cause": "PRJ-0127"})
_q(D, DIR, "causes", "what went wrong with the zephyr chatbot pilot why is it late",
   {"cause": "PRJ-0102"})
_q(P, TL, "causes", "why's this one at risk", {"cause": "PRJ-0142"}, _page("PRJ-0142"))
_q(P, FIN, "causes", "why is prj 0063 at risk?", {"cause": "PRJ-0063"})

# --- forecasts (10) ------------------------------------------------------------------------------
_q(P, DIR, "forecasts", "ETA for PRJ-0046?", {"value": "p50_date", "of": "PRJ-0046"})
_q(D, TL, "forecasts", "when is this project realistically going to be done",
   {"value": "p50_date", "of": "PRJ-0048"}, _page("PRJ-0048"))
_q(D, FIN, "forecasts",
   "what are the chances that p r j zero zero eight four finishes on time",
   {"value": "p_on_time", "of": "PRJ-0084"})
_q(P, NH, "forecasts", "odds tundra battery pack hits its due date?",
   {"value": "p_on_time", "of": "PRJ-0048"})
_q(D, DIR, "forecasts",
   "which projects have less than a thirty percent chance of finishing on time",
   {"list": "projects", "where": {"p_below": 0.3}})
_q(P, RM, "forecasts", "when will iris network refresh likely finish",
   {"value": "p50_date", "of": "PRJ-0071"})
_q(P, FIN, "forecasts", "projects w/ 90%+ chance of being on time?",
   {"list": "projects", "where": {"p_at_least": 0.9}})
_q(D, TL, "forecasts", "what's the forecast finish date for sierra offline mode",
   {"value": "p50_date", "of": "PRJ-0145"})
_q(D, NH, "forecasts", "what are the odds this one comes in on time",
   {"value": "p_on_time", "of": "PRJ-0011"}, _page("PRJ-0011"))
_q(P, DIR, "forecasts", "worst forecast in payments?",
   {"top": "projects", "by": "p_on_time", "k": 1,
    "where": {"portfolio": "Payments", "status": "open"}})

# --- typos (10) ----------------------------------------------------------------------------------
_q(P, DIR, "typos", "how mnay projects are overdeu",
   {"count": "projects", "where": {"health": "late"}})
_q(P, RM, "typos", "whos ovrebooked nxt month",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q(P, NH, "typos", "wat skils does olga chen hav",
   {"list": "skills", "where": {"person": "Olga Chen"}})
_q(P, TL, "typos", "lsit the open projcts in mobile aps",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "open"}})
_q(P, NH, "typos", "when wil falcon feature stor be done",
   {"value": "p50_date", "of": "PRJ-0066"})
_q(P, FIN, "typos", "how many projects finsihed last quater",
   {"count": "projects", "where": {"completed": "last_quarter"}})
_q(P, TL, "typos", "who is wroking on juniper batery pack",
   {"list": "people", "where": {"works_on": "PRJ-0169"}})
_q(D, RM, "typos", "okay who's free next weak",
   {"list": "people", "where": {"free": "next_week"}})
_q(P, NH, "typos", "who ownes ember data catlog",
   {"value": "owner", "of": "PRJ-0080"})
_q(D, FIN, "typos", "which port folio has the most late projects",
   {"top": "portfolios", "by": "count", "k": 1, "where": {"health": "late"}})

# --- languages (10) ------------------------------------------------------------------------------
_q(P, DIR, "languages", "wie viele projekte sind überfällig",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q(D, FIN, "languages", "combien de projets avons nous terminés le mois dernier",
   {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}})
_q(P, TL, "languages", "quien trabaja en prj-0029",
   {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0029"}}})
_q(P, RM, "languages", "wie is er volgende week vrij",
   {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}})
_q(D, NH, "languages", "chi è il responsabile del progetto lumen referral program",
   {"language": "it", "then": {"value": "owner", "of": "PRJ-0002"}})
_q(P, DIR, "languages", "quais projetos estao atrasados",
   {"language": "pt", "then": {"list": "projects", "where": {"health": "late"}}})
_q(D, TL, "languages", "wann wird dieses projekt voraussichtlich fertig",
   {"language": "de", "then": {"value": "p50_date", "of": "PRJ-0121"}}, _page("PRJ-0121"))
_q(P, RM, "languages", "qui est surchargé cette semaine",
   {"language": "fr", "then": {"list": "people", "where": {"over_allocated": "this_week"}}})
_q(D, FIN, "languages", "cuantos proyectos de payments estan abiertos todavia",
   {"language": "es", "then": {"count": "projects",
                               "where": {"portfolio": "Payments", "status": "open"}}})
_q(D, NH, "languages", "quanto è costato finora il progetto p r j zero zero due nove",
   {"language": "it", "then": None})

# --- unanswerable (7) ----------------------------------------------------------------------------
_q(P, FIN, "unanswerable", "whats the budget for this proj", {"refuse": "budget"},
   _page("PRJ-0029"))
_q(D, DIR, "unanswerable", "how happy are our customers with the help center",
   {"refuse": "customer satisfaction"})
_q(D, FIN, "unanswerable", "how much have we spent on contractors this quarter",
   {"refuse": "spend"})
_q(P, RM, "unanswerable", "who's on vacation next wk", {"refuse": "leave"})
_q(P, NH, "unanswerable", "when is the next all hands", {"refuse": "company calendar"})
_q(D, TL, "unanswerable", "how many hours did my team log last week", {"refuse": "timesheets"})
_q(P, DIR, "unanswerable", "revenue impact if PRJ-0174 slips a month?", {"refuse": "revenue"})

# --- ambiguous (7) -------------------------------------------------------------------------------
_q(P, NH, "ambiguous", "who owns beacon data catalog",
   {"clarify": ["PRJ-0005 Beacon data catalog", "PRJ-0032 Beacon data catalog"]})
_q(D, RM, "ambiguous", "how busy is sofia this week", {"clarify": {"people_named": "Sofia"}})
_q(D, NH, "ambiguous", "hey whats the status of the iris recommendation engine",
   {"clarify": ["PRJ-0007 Iris recommendation engine",
                "PRJ-0133 Iris recommendation engine"]})
_q(D, TL, "ambiguous", "what's tom working on right now", {"clarify": {"people_named": "Tom"}})
_q(P, FIN, "ambiguous", "how many big projects do we have",
   {"clarify": ["big by story points", "big by priority", "big by team size"]})
_q(D, NH, "ambiguous", "when is the nimbus pricing experiment going to finish",
   {"clarify": ["PRJ-0116 Nimbus pricing experiment", "PRJ-0174 Nimbus pricing experiment",
                "PRJ-0181 Nimbus pricing experiment"]})
_q(D, DIR, "ambiguous", "how far along is the harbor project",
   {"clarify": {"projects_named": "harbor", "open": True}})

# --- documents (6) -------------------------------------------------------------------------------
_q(P, TL, "documents", "what did we decide at the last sync",
   {"text": [{"decision_of": "PRJ-0029"}]}, _page("PRJ-0029"))
_q(D, DIR, "documents",
   "what's the main risk in the latest status note for the iris reporting warehouse",
   {"text": [{"risk_of": "PRJ-0111"}]})
_q(P, NH, "documents", "why was PRJ-0138 put on hold",
   {"text": ["a vendor dependency is blocked"]})
_q(D, FIN, "documents", "why did we cancel the umbra data catalog",
   {"text": ["the business case no longer holds"]})
_q(P, RM, "documents", "wat was decided at the last meeting here",
   {"text": [{"decision_of": "PRJ-0156"}]}, _page("PRJ-0156"))
_q(D, TL, "documents", "what's the open question in the spec for the granite chatbot pilot",
   {"text": ["translations are late for three languages"]})
