"""Held-out split unseen62: a normal working week in the project office, five people asking.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17, a Wednesday).
The copilot's code, its tests, its documentation and every other split were not opened (only the
docstring of ``unseen58.py`` was read, for the file's shape); the copilot was not run and no score
was looked at. Specs were checked with ``--resolve-only`` only.

Who asks (the five personas, about thirty questions each, each in their own way):
- director: short chat lines between meetings, sometimes a full sentence for a board pack;
- team_lead: terse, lower case, often typed on a phone from a project page ("this one", "here");
- resource_manager: polite full sentences with context about staffing and who is busy or free;
- new_hire: careful, apologetic, explains why they ask, names the project first and then asks a
  follow-up about it in the same message;
- finance: wants figures for a report (counts, completed work, points), and sometimes asks for
  money the data does not hold.
A few questions carry the typos of fast typing; ten are in German, French, Spanish, Dutch,
Italian or Portuguese, with and without a project name or key.

Readings used:
- "open", "still going", "still running", "not finished yet", "in flight" = open (proposed,
  active or on hold); "active" (and "ativos") = the active status only; "waiting to start",
  "at the proposal stage" = proposed; "on hold" = on hold;
- "late", "overdue", "past its due date", "behind schedule", "slipped" = late (open and due before
  today); "at risk", "likely to miss" = at risk; "going late in P" = became late in P (its due
  date passed in P and it is still open);
- "tasks", "tickets", "work items" = work items; "unfinished", "left", "outstanding" = not done;
- "on", "working on", "staffed on", "on the team of" = works on (an allocation covering today);
- "free", "nothing booked", "completely unbooked" = free (load 0 in the period);
- "overbooked", "over capacity", "more than full time", "overloaded" = over-allocated (load above
  100 % on some day), "how booked / how loaded / load of X" = X's load in the period;
- "ETA", "realistically finished", "likely to actually finish" = the forecast's P50 date; "odds",
  "chance", "probability" of making the date = P(on time); "least likely to hit their deadlines,
  leaving aside the overdue ones" = lowest P(on time) among projects at risk or on track;
- "owns", "in charge of", "leads", "accountable for" = the project's owner;
- "know X", "can do X", "have X skills" = has the skill X; "machine learning" = ml;
- "the coming fortnight" / "next two weeks" = today and the 13 days after (next_days:14);
  "H1" = 2026-01-01 to 2026-06-30; "July" = 2026-07-01 to 2026-07-31; "between July and
  September" = Q3; "last quarter" = Q1 (January to March); "May" = last month; "in 2025" =
  2025-01-01 to 2025-12-31; "the last 30 days" = today and the 29 days before;
- "due in P" for projects = open projects whose due date is in P; "finished / wrapped up /
  completed in P" = done and completed in P; "kick off in P" = start date in P, and "started so far
  this month" = start date from 2026-06-01 to today (not the projects starting later in June);
  "set up / created / added in P" = created in P; "scope added" = items added to the scope in
  the daily snapshots of the period.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen62"
QUESTIONS: list[dict[str, Any]] = []

JULY = "range:2026-07-01:2026-07-31"
H1 = "range:2026-01-01:2026-06-30"
Y2025 = "range:2025-01-01:2025-12-31"
FORTNIGHT = "next_days:14"


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record: dict[str, Any] = {
        "id": f"u62-{len(QUESTIONS) + 1:03d}", "split": SPLIT, "persona": persona,
        "category": category, "question": question, "expect": expect,
    }
    if page:
        record["page"] = page
    QUESTIONS.append(record)


def _page(key: str) -> str:
    return f"/projects/{key}"


# --- counts ------------------------------------------------------------------------------------
_q("director", "counts", "how many projects are still open across the company?",
   {"count": "projects", "where": {"status": "open"}})
_q("finance", "counts",
   "For the asset register I need the total number of projects in the system, closed ones "
   "included. How many are there?",
   {"count": "projects", "where": {}})
_q("team_lead", "counts", "# of late projects in customer support?",
   {"count": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})
_q("resource_manager", "counts",
   "Good morning. How many people do we have in the resource pool altogether?",
   {"count": "people", "where": {}})
_q("new_hire", "counts",
   "Sorry if this is a basic one, I only started on Monday: how many portfolios do we have?",
   {"count": "portfolios", "where": {}})
_q("director", "counts", "critical priority projects still running - how many?",
   {"count": "projects", "where": {"status": "open", "priority": "critical"}})
_q("finance", "counts", "How many projects have been cancelled in total?",
   {"count": "projects", "where": {"status": "cancelled"}})
_q("finance", "counts",
   "How many unfinished work items does the Devices portfolio have right now?",
   {"count": "work_items", "where": {"portfolio": "Devices", "status": "open"}})
_q("resource_manager", "counts", "Could you tell me how many QA engineers we employ?",
   {"count": "people", "where": {"role": "QA engineer"}})
_q("new_hire", "counts", "How many projects are on hold at the moment?",
   {"count": "projects", "where": {"status": "on_hold"}})
_q("new_hire", "counts",
   "Sorry, another one from me: how many Data Platform projects are past their due date?",
   {"count": "projects", "where": {"health": "late", "portfolio": "Data Platform"}})
_q("finance", "counts",
   "How many Payments projects are either active or still waiting to start?",
   {"count": "projects", "where": {"status": ["active", "proposed"], "portfolio": "Payments"}})
_q("team_lead", "counts", "how many open tasks are left on this one?",
   {"count": "work_items", "where": {"project": "PRJ-0086", "status": "open"}},
   _page("PRJ-0086"))
_q("finance", "counts",
   "I'm costing the next phase of this project. How many story points are still left to do "
   "here?",
   {"value": "remaining_points", "of": "PRJ-0084"}, _page("PRJ-0084"))

# --- lists -------------------------------------------------------------------------------------
_q("director", "lists", "List the late projects, please.",
   {"list": "projects", "where": {"health": "late"}})
_q("team_lead", "lists", "which mobile apps projects are open rn",
   {"list": "projects", "where": {"status": "open", "portfolio": "Mobile Apps"}})
_q("resource_manager", "lists",
   "Could you list the projects that are still at the proposal stage and haven't kicked off "
   "yet? I want to plan their staffing early.",
   {"list": "projects", "where": {"status": "proposed"}})
_q("new_hire", "lists",
   "My onboarding buddy is Ines Fischer. Which projects does she currently own?",
   {"list": "projects", "where": {"owner": "Ines Fischer", "status": "open"}})
_q("finance", "lists",
   "Which projects were cancelled? I need the keys for the write-off review.",
   {"list": "projects", "where": {"status": "cancelled"}})
_q("director", "lists", "show me the critical open projects",
   {"list": "projects", "where": {"status": "open", "priority": "critical"}})
_q("team_lead", "lists", "which devices projects are overdue",
   {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}})
_q("resource_manager", "lists",
   "Which portfolios have no late projects at all at the moment?",
   {"list": "portfolios", "where": {"health": "late"}, "having": "none"})
_q("new_hire", "lists",
   "I've been asked to help the Security portfolio. Which of its projects are still in flight?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Security"}})
_q("new_hire", "lists",
   "My desk is next to Hugo Lopez. Which of the projects he owns are still going?",
   {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}})
_q("team_lead", "lists", "open high prio infrastructure projects, list pls",
   {"list": "projects",
    "where": {"status": "open", "priority": "high", "portfolio": "Infrastructure"}})
_q("resource_manager", "lists",
   "Who owns the open projects in Customer Support? Just the names is fine.",
   {"list": "owners", "where": {"portfolio": "Customer Support", "status": "open"}})
_q("finance", "lists",
   "Which Web Storefront projects are not finished yet?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Web Storefront"}})

# --- periods -----------------------------------------------------------------------------------
_q("director", "periods", "What's due in July that isn't done yet?",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q("finance", "periods", "How many projects did we complete in H1?",
   {"count": "projects", "where": {"completed": H1}})
_q("team_lead", "periods", "which open projects hit their due date in the coming fortnight",
   {"list": "projects", "where": {"status": "open", "due": FORTNIGHT}})
_q("resource_manager", "periods",
   "Which projects are planned to kick off next month? I'd like to line people up for them.",
   {"list": "projects", "where": {"started": "next_month"}})
_q("new_hire", "periods",
   "For my first team meeting I'd like to know which projects were finished last month.",
   {"list": "projects", "where": {"completed": "last_month"}})
_q("finance", "periods", "How many projects wrapped up in 2025?",
   {"count": "projects", "where": {"completed": Y2025}})
_q("finance", "periods",
   "Which projects have been completed so far this month? I need them for the month-end close.",
   {"list": "projects", "where": {"completed": "this_month"}})
_q("team_lead", "periods", "what's due this week that's still open",
   {"list": "projects", "where": {"status": "open", "due": "this_week"}})
_q("resource_manager", "periods",
   "How many new projects were set up in the last 30 days?",
   {"count": "projects", "where": {"created": "last_days:30"}})
_q("finance", "periods",
   "How many projects did we finish last quarter, so January to March?",
   {"count": "projects", "where": {"completed": "last_quarter"}})
_q("director", "periods",
   "How many open projects have a deadline between July and September?",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q("new_hire", "periods",
   "Which projects have started so far this month? I'd like to know what is brand new.",
   {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}})
_q("new_hire", "periods",
   "I was just added to this project and nobody has told me the deadline yet. When is it due?",
   {"value": "due_date", "of": "PRJ-0016"}, _page("PRJ-0016"))

# --- rankings ----------------------------------------------------------------------------------
_q("director", "rankings", "top 5 most overdue projects",
   {"top": "projects", "by": "days_overdue", "k": 5})
_q("finance", "rankings",
   "Which three open projects have the most story points still to deliver?",
   {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}})
_q("resource_manager", "rankings",
   "Who are the three most heavily loaded people this week?",
   {"top": "people", "by": "load", "k": 3, "period": "this_week"})
_q("team_lead", "rankings", "who's on the most projects right now",
   {"top": "people", "by": "projects", "k": 1})
_q("new_hire", "rankings",
   "To get a feel for where the work is: which portfolio has the most open projects?",
   {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}})
_q("director", "rankings", "which owner has the most late projects",
   {"top": "owners", "by": "count", "k": 1, "where": {"health": "late"}})
_q("finance", "rankings",
   "Which 3 open projects are closest to done, going by progress?",
   {"top": "projects", "by": "progress", "k": 3, "where": {"status": "open"}})
_q("resource_manager", "rankings",
   "Who has the most unfinished work items assigned to them? The top three, please.",
   {"top": "people", "by": "open_items", "k": 3})
_q("team_lead", "rankings", "top 3 skills by open work needing them",
   {"top": "skills", "by": "open_items", "k": 3})
_q("new_hire", "rankings",
   "Which open project has the biggest pile of outstanding work items?",
   {"top": "projects", "by": "open_items", "k": 1, "where": {"status": "open"}})

# --- comparisons -------------------------------------------------------------------------------
_q("director", "comparisons", "Payments vs Devices: how many open projects each?",
   {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
    "only": ["Payments", "Devices"]})
_q("finance", "comparisons",
   "Could you compare Growth and Security on the number of projects they have completed?",
   {"groups": "projects", "by": "portfolio", "where": {"status": "done"},
    "only": ["Growth", "Security"]})
_q("resource_manager", "comparisons",
   "Is Grace Moreau more loaded than Tom Kaur this week? Please give both figures.",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Grace Moreau", "Tom Kaur"]})
_q("team_lead", "comparisons", "open projects: late vs at risk vs on track, quick breakdown",
   {"groups": "projects", "by": "health", "where": {"status": "open"},
    "only": ["late", "at_risk", "on_track"]})
_q("new_hire", "comparisons",
   "I'm trying to understand our frontend bench. Do more people know React or TypeScript?",
   {"groups": "skills", "by": "people", "only": ["react", "typescript"]})
_q("director", "comparisons", "How do the portfolios compare on late projects?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"}})
_q("finance", "comparisons", "Split the open projects by priority, please.",
   {"groups": "projects", "by": "priority", "where": {"status": "open"}})
_q("resource_manager", "comparisons",
   "How many unfinished work items do Data Platform and ML Platform each have?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Data Platform", "ML Platform"]})
_q("team_lead", "comparisons", "sara martin vs rosa novak, who's more loaded in july",
   {"groups": "people", "by": "load", "period": JULY, "only": ["Sara Martin", "Rosa Novak"]})

# --- people ------------------------------------------------------------------------------------
_q("resource_manager", "people", "Who is completely free next week?",
   {"list": "people", "where": {"free": "next_week"}})
_q("director", "people", "who's overbooked this week",
   {"list": "people", "where": {"over_allocated": "this_week"}})
_q("team_lead", "people", "who's working on this project atm?",
   {"list": "people", "where": {"works_on": "PRJ-0063"}}, _page("PRJ-0063"))
_q("new_hire", "people",
   "I have a question about Nimbus model monitoring: who is in charge of that project?",
   {"value": "owner", "of": "PRJ-0013"})
_q("resource_manager", "people",
   "How booked is Hugo Patel over the coming fortnight?",
   {"value": "load", "of": "Hugo Patel", "period": FORTNIGHT})
_q("team_lead", "people", "anyone over capacity in july?",
   {"list": "people", "where": {"over_allocated": JULY}})
_q("new_hire", "people",
   "I'll be shadowing the Granite chatbot pilot for a few weeks. Who is on that team?",
   {"list": "people", "where": {"works_on": "PRJ-0086"}})
_q("resource_manager", "people",
   "Which people have nothing booked at all in July?",
   {"list": "people", "where": {"free": JULY}})
_q("new_hire", "people",
   "My team lead Leo Moreau seems stretched. What is his load this week?",
   {"value": "load", "of": "Leo Moreau", "period": "this_week"})
_q("resource_manager", "people",
   "Sofia Zhang's manager asked me about her workload. Which projects is she working on "
   "right now?",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q("team_lead", "people", "who leads Cobalt accessibility audit?",
   {"value": "owner", "of": "PRJ-0050"})
_q("finance", "people",
   "Which of our product managers are overbooked this month?",
   {"list": "people", "where": {"role": "Product manager", "over_allocated": "this_month"}})
_q("new_hire", "people",
   "I've just been given access to this project. Who else is on its team?",
   {"list": "people", "where": {"works_on": "PRJ-0050"}}, _page("PRJ-0050"))
_q("resource_manager", "people",
   "Is anyone on this project overloaded this week? If so, who?",
   {"list": "people", "where": {"works_on": "PRJ-0046", "over_allocated": "this_week"}},
   _page("PRJ-0046"))
_q("director", "people", "who's accountable for this one?",
   {"value": "owner", "of": "PRJ-0127"}, _page("PRJ-0127"))

# --- skills ------------------------------------------------------------------------------------
_q("resource_manager", "skills",
   "Who knows Kubernetes and is free over the coming fortnight?",
   {"list": "people", "where": {"skill": "kubernetes", "free": FORTNIGHT}})
_q("team_lead", "skills", "who can do terraform",
   {"list": "people", "where": {"skill": "terraform"}})
_q("new_hire", "skills",
   "Paul Nakamura offered to mentor me. What skills does he have?",
   {"list": "skills", "where": {"person": "Paul Nakamura"}})
_q("director", "skills", "Which skill do we have the most people for?",
   {"top": "skills", "by": "people", "k": 1})
_q("finance", "skills", "How many people have SQL skills?",
   {"count": "people", "where": {"skill": "sql"}})
_q("resource_manager", "skills",
   "Is there anyone with both Spark and Python who is free this week?",
   {"list": "people", "where": {"skill": ["spark", "python"], "free": "this_week"}})
_q("team_lead", "skills", "rarest skills here? bottom 3 by headcount",
   {"top": "skills", "by": "people", "k": 3, "order": "asc"})
_q("new_hire", "skills",
   "Who in the company has accessibility skills? I need a reviewer for my first ticket.",
   {"list": "people", "where": {"skill": "accessibility"}})
_q("resource_manager", "skills",
   "How many people know embedded, and how many know hardware?",
   {"groups": "skills", "by": "people", "only": ["embedded", "hardware"]})
_q("director", "skills", "machine learning people with nothing booked in July?",
   {"list": "people", "where": {"skill": "ml", "free": JULY}})

# --- changes -----------------------------------------------------------------------------------
_q("director", "changes", "Which projects went late this month?",
   {"list": "projects", "where": {"became_late": "this_month"}})
_q("finance", "changes", "How many story points did the teams finish last week?",
   {"value": "points_done", "where": {"done": "last_week"}})
_q("team_lead", "changes", "how many items got added to scope across growth this month",
   {"value": "scope_items_added", "where": {"portfolio": "Growth"}, "period": "this_month"})
_q("resource_manager", "changes", "How many work items were completed last week?",
   {"count": "work_items", "where": {"done": "last_week"}})
_q("new_hire", "changes",
   "I want to keep up with what's new. Which projects were added this week?",
   {"list": "projects", "where": {"created": "this_week"}})
_q("director", "changes", "did anything go late in May?",
   {"list": "projects", "where": {"became_late": "last_month"}})
_q("finance", "changes",
   "Across all projects, how many items were added to scope last month?",
   {"value": "scope_items_added", "where": {}, "period": "last_month"})
_q("team_lead", "changes", "how many items were added to this project's scope this month?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0069"}, "period": "this_month"},
   _page("PRJ-0069"))

# --- causes ------------------------------------------------------------------------------------
_q("director", "causes", "Why is Falcon metrics layer late?", {"cause": "PRJ-0094"})
_q("team_lead", "causes", "why are we behind on this one", {"cause": "PRJ-0102"},
   _page("PRJ-0102"))
_q("new_hire", "causes",
   "I keep hearing that the Cobalt smart thermostat is in trouble. What went wrong with it?",
   {"cause": "PRJ-0104"})
_q("finance", "causes", "What's behind the delay on PRJ-0125?", {"cause": "PRJ-0125"})
_q("resource_manager", "causes",
   "Delta SSO rollout is overdue. Is that down to staffing, or something else?",
   {"cause": "PRJ-0130"})
_q("director", "causes", "What made this slip?", {"cause": "PRJ-0165"}, _page("PRJ-0165"))
_q("team_lead", "causes", "harbor sensor hub overdue - why", {"cause": "PRJ-0183"})
_q("new_hire", "causes",
   "The Nimbus Kubernetes migration (PRJ-0200) was due in May. Why did it miss that date?",
   {"cause": "PRJ-0200"})

# --- forecasts ---------------------------------------------------------------------------------
_q("director", "forecasts", "What are the odds Sierra invoice engine makes its due date?",
   {"value": "p_on_time", "of": "PRJ-0063"})
_q("finance", "forecasts",
   "We reviewed Ember event pipeline in the budget meeting. When will it realistically be "
   "finished?",
   {"value": "p50_date", "of": "PRJ-0121"})
_q("team_lead", "forecasts", "eta for this?", {"value": "p50_date", "of": "PRJ-0069"},
   _page("PRJ-0069"))
_q("resource_manager", "forecasts", "Which open projects are currently at risk?",
   {"list": "projects", "where": {"health": "at_risk"}})
_q("new_hire", "forecasts",
   "Leaving aside the ones already overdue, which three projects are least likely to hit "
   "their deadlines?",
   {"top": "projects", "by": "p_on_time", "k": 3, "where": {"health": ["at_risk", "on_track"]}})
_q("director", "forecasts",
   "Which open projects have less than a 30% chance of finishing on time?",
   {"list": "projects", "where": {"p_below": 0.3}})
_q("finance", "forecasts",
   "What is the probability that the Apollo metrics layer finishes on time?",
   {"value": "p_on_time", "of": "PRJ-0046"})
_q("team_lead", "forecasts", "how many data platform projects are at risk",
   {"count": "projects", "where": {"health": "at_risk", "portfolio": "Data Platform"}})
_q("resource_manager", "forecasts",
   "When is this project likely to actually finish? I need to know when its people free up.",
   {"value": "p50_date", "of": "PRJ-0140"}, _page("PRJ-0140"))
_q("new_hire", "forecasts",
   "I'm joining the Tundra battery pack next week. How likely is it to land on time?",
   {"value": "p_on_time", "of": "PRJ-0048"})

# --- typos -------------------------------------------------------------------------------------
_q("team_lead", "typos", "how many late projcts in devcies",
   {"count": "projects", "where": {"health": "late", "portfolio": "Devices"}})
_q("director", "typos", "whos overbookd nxt week",
   {"list": "people", "where": {"over_allocated": "next_week"}})
_q("resource_manager", "typos", "who knows kubernets and is fre this week?",
   {"list": "people", "where": {"skill": "kubernetes", "free": "this_week"}})
_q("new_hire", "typos", "who owns the Quartz ofline mode projet?",
   {"value": "owner", "of": "PRJ-0062"})
_q("finance", "typos", "how many prjects finshed this month",
   {"count": "projects", "where": {"completed": "this_month"}})
_q("team_lead", "typos", "whos on ths project",
   {"list": "people", "where": {"works_on": "PRJ-0037"}}, _page("PRJ-0037"))
_q("director", "typos", "lsit the late proejcts in customer suport",
   {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})
_q("resource_manager", "typos", "what is Ana Browns laod this weak?",
   {"value": "load", "of": "Ana Brown", "period": "this_week"})
_q("new_hire", "typos", "when is the Falcon card procesor migration due?",
   {"value": "due_date", "of": "PRJ-0029"})
_q("finance", "typos", "total story pionts done this mnth",
   {"value": "points_done", "where": {"done": "this_month"}})

# --- languages ---------------------------------------------------------------------------------
_q("director", "languages", "Wie viele Projekte sind gerade überfällig?",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q("finance", "languages", "Combien de projets ont été terminés le mois dernier ?",
   {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}})
_q("team_lead", "languages", "¿Quién trabaja en el proyecto PRJ-0145?",
   {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0145"}}})
_q("resource_manager", "languages", "Wie is er volgende week helemaal vrij?",
   {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}})
_q("new_hire", "languages", "Chi è il responsabile del progetto Willow metrics layer?",
   {"language": "it", "then": {"value": "owner", "of": "PRJ-0192"}})
_q("finance", "languages", "Quantos projetos ativos há no portfólio Growth?",
   {"language": "pt",
    "then": {"count": "projects", "where": {"status": "active", "portfolio": "Growth"}}})
_q("director", "languages", "Quels projets sont en retard dans le portefeuille Devices ?",
   {"language": "fr",
    "then": {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}}})
_q("team_lead", "languages", "Wann wird dieses Projekt voraussichtlich fertig?",
   {"language": "de", "then": {"value": "p50_date", "of": "PRJ-0151"}}, _page("PRJ-0151"))
_q("resource_manager", "languages",
   "¿Quién sabe Terraform y está libre las próximas dos semanas?",
   {"language": "es",
    "then": {"list": "people", "where": {"skill": "terraform", "free": FORTNIGHT}}})
_q("new_hire", "languages", "Hoeveel budget is er nog over voor PRJ-0011?",
   {"language": "nl", "then": None})

# --- unanswerable ------------------------------------------------------------------------------
_q("finance", "unanswerable", "What's the total budget spent on Payments projects this year?",
   {"refuse": "no money amounts in the data"})
_q("director", "unanswerable",
   "What is the customer satisfaction score for the help center projects?",
   {"refuse": "no customer satisfaction data"})
_q("finance", "unanswerable", "How much overtime did the Devices team bill last month?",
   {"refuse": "no hours or billing data"})
_q("resource_manager", "unanswerable",
   "Which engineers are on holiday in July? I need to plan cover.",
   {"refuse": "no leave data"})
_q("new_hire", "unanswerable",
   "Out of curiosity, which of our projects brought in the most revenue last year?",
   {"refuse": "no revenue data"})
_q("team_lead", "unanswerable", "whats the open bug count in prod for Quartz offline mode",
   {"refuse": "no production bug data"})
_q("director", "unanswerable", "what's the hourly rate we pay contractors on ML Platform?",
   {"refuse": "no rates or contracts in the data"})

# --- ambiguous ---------------------------------------------------------------------------------
_q("resource_manager", "ambiguous", "How loaded is Hugo next week?",
   {"clarify": {"people_named": "Hugo"}})
_q("director", "ambiguous", "status of Beacon data catalog?",
   {"clarify": ["PRJ-0005 Beacon data catalog", "PRJ-0032 Beacon data catalog"]})
_q("team_lead", "ambiguous", "who's working on iris recommendation engine",
   {"clarify": ["PRJ-0007 Iris recommendation engine", "PRJ-0133 Iris recommendation engine"]})
_q("new_hire", "ambiguous",
   "Someone mentioned the Nimbus pricing experiment in stand-up. When is it due?",
   {"clarify": ["PRJ-0116 Nimbus pricing experiment", "PRJ-0174 Nimbus pricing experiment",
                "PRJ-0181 Nimbus pricing experiment"]})
_q("finance", "ambiguous", "What is Paul working on at the moment?",
   {"clarify": {"people_named": "Paul"}})
_q("director", "ambiguous", "Show me our best projects.",
   {"clarify": ["highest progress", "highest chance of finishing on time",
                "highest priority"]})
_q("team_lead", "ambiguous", "is nils overloaded this week",
   {"clarify": {"people_named": "Nils"}})

# --- documents ---------------------------------------------------------------------------------
_q("director", "documents", "What did the last Sierra invoice engine meeting decide?",
   {"text": [{"decision_of": "PRJ-0063"}]})
_q("team_lead", "documents", "main risk in the latest status note here?",
   {"text": [{"risk_of": "PRJ-0029"}]}, _page("PRJ-0029"))
_q("finance", "documents", "Why was the Lumen accessibility audit put on hold?",
   {"text": ["a vendor dependency is blocked"]})
_q("new_hire", "documents",
   "I found PRJ-0014 Vega checkout redesign in the archive. Why was it cancelled?",
   {"text": ["key people moved to an urgent project"]})
_q("resource_manager", "documents",
   "What did the Iris network refresh team decide at their last weekly sync?",
   {"text": [{"decision_of": "PRJ-0071"}]})
_q("director", "documents",
   "What's the main risk in the latest status note for Beacon observability stack?",
   {"text": [{"risk_of": "PRJ-0037"}]})
