"""Held-out split unseen60: people from outside the project office, in their own everyday words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py``, the
docstring of ``unseen58.py`` (for the file's shape only) and plain SQL over a freshly built demo
database (200 projects, seed 7, today 2026-06-17, a Wednesday). The copilot's code, its tests,
its documentation and every other split were not opened; the copilot was not run and no score was
looked at. Specs were checked with ``--resolve-only`` only.

Who asks (mapped onto the five personas, 30 questions each):
- director: a board member (the whole company, what is late, what was dropped, terse or formal);
- finance: the investor-relations lead (what lands when, odds of dates, money they cannot get);
- resource_manager: a recruiter (headcount, who knows what, who is free to interview, gaps);
- new_hire: a summer intern (short chat, lower case, typos, asks from the page in front of them);
- team_lead: an external consultant doing a delivery review (unfinished tasks, scope growth,
  slippage and why, who leads what).
None of them knows the dashboard's words ('status', 'allocation', 'at risk', 'work items',
'portfolio'), so they say what they mean in their own terms.

Readings used:
- "on our plate", "still on the books", "still to be delivered", "we still plan to deliver",
  "not yet done or dropped", "not yet finished or cancelled", "haven't been finished or dropped",
  "not finished yet", "not yet concluded", "still live", "still in flight" (of a project) = open
  (proposed, active or on hold; planned projects count, because they are still to be delivered);
  "paused", "put on ice" = on hold; "haven't kicked off yet" = proposed; "scrapped",
  "abandoned", "called off" = cancelled; "wrapped up", "completed", "finished", "delivered" (of a
  project, in a period) = done and completed in that period;
- "past (its) deadline", "overdue", "missed its date", "late", "behind" = late (open, due before
  today); "likely to slip / miss their dates" (leaving the overdue ones aside) = at risk;
  "on schedule" = on track; "the odds / chance it finishes on time" = P(on time); "worst odds",
  "least likely" = lowest P(on time); "when will it realistically land / be done" = the
  forecast's P50 date; "worse than even odds" = P(on time) below 0.5;
- "tasks", "to-dos" = work items; "unfinished", "left to do", "still open" = not done;
  "added since it kicked off" = items added to the scope (from the snapshots); "work left in
  points" = remaining story points; "furthest along" = highest progress;
- "on", "working on", "on this team", "staffed on" = works on (an allocation covering today);
  "nothing booked", "empty / free calendar", "any time" = free (load 0 in the period);
  "stretched / booked beyond full time", "overstretched" = over-allocated (load above 100 % on a
  day of the period); "how booked / busy is X", "X's workload" = X's load in the period;
- "in charge of", "runs", "leads", "responsible for" = the project's owner;
- "business area", "division", "area" = portfolio; "QA testers" = QA engineers;
  "headcount across the delivery teams" = every person in the resources table;
- "this week" = Monday 2026-06-15 to Sunday 2026-06-21; "next week" = 2026-06-22 to 2026-06-28;
  "the coming fortnight" = today and the 13 days after (next_days:14); "July", "next month" =
  2026-07-01 to 2026-07-31; "May", "last month" = 2026-05-01 to 2026-05-31; "since the start of
  June" = this month; "last quarter" = Q1 2026; "this quarter" = Q2 (April to June);
  "between July and September" = Q3; "first half of the year" (H1) = 2026-01-01 to 2026-06-30;
  "last year" = 2025; "the last 30 days" / "the last two weeks" = today and the 29 / 13 days
  before it; "August" = 2026-08-01 to 2026-08-31;
- "due in P" / "deadline in P" for projects = open projects due in P; "closest to their deadline,
  not counting the ones already past it" = open projects due today or later, soonest first;
- "strategic" is not a field of the data: asked which projects are strategic, the copilot
  should ask what is meant (critical priority, or high and critical).
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen60"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u60-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


OPEN = {"status": "open"}
LATE = {"health": "late"}

_ROWS: list[tuple[str, str, str, dict[str, Any]] | tuple[str, str, str, dict[str, Any], str]] = [
    # -- counts -------------------------------------------------------------------------------
    ("director", "counts", "How many projects are on our plate at the moment?",
     {"count": "projects", "where": OPEN}),
    ("finance", "counts", "How many projects have we actually completed so far this year? "
     "It's for the half-year investor update.",
     {"count": "projects", "where": {"completed": "this_year"}}),
    ("resource_manager", "counts", "what's our headcount across the delivery teams?",
     {"count": "people", "where": {}}),
    ("resource_manager", "counts", "How many QA testers do we have on staff?",
     {"count": "people", "where": {"role": "QA engineer"}}),
    ("new_hire", "counts", "how many projects are paused right now?",
     {"count": "projects", "where": {"status": "on_hold"}}),
    ("team_lead", "counts", "Of the projects still in flight, how many have already gone past "
     "their deadline?", {"count": "projects", "where": LATE}),
    ("director", "counts", "How many of the projects still on the books are marked critical?",
     {"count": "projects", "where": {"status": "open", "priority": "critical"}}),
    ("finance", "counts", "How many Payments projects are still on the books?",
     {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}}),
    ("team_lead", "counts", "Across the whole company, how many tasks are still unfinished?",
     {"count": "work_items", "where": {"status": "open"}}),
    ("resource_manager", "counts", "How many people have nothing booked this week?",
     {"count": "people", "where": {"free": "this_week"}}),
    ("new_hire", "counts", "how many projects haven't kicked off yet?",
     {"count": "projects", "where": {"status": "proposed"}}),
    ("finance", "counts", "How many projects were abandoned before they were completed?",
     {"count": "projects", "where": {"status": "cancelled"}}),
    ("team_lead", "counts", "How many tasks are left to do on this one?",
     {"count": "work_items", "where": {"project": "PRJ-0046", "status": "open"}},
     "/projects/PRJ-0046"),
    ("director", "counts", "How many people are stretched beyond full time this week?",
     {"count": "people", "where": {"over_allocated": "this_week"}}),
    # -- lists --------------------------------------------------------------------------------
    ("director", "lists", "Which projects are past their deadline?",
     {"list": "projects", "where": LATE}),
    ("finance", "lists", "Could you list the Growth projects still to be delivered, planned ones "
     "included? Marketing asked me what's in the pipeline.",
     {"list": "projects", "where": {"status": "open", "portfolio": "Growth"}}),
    ("resource_manager", "lists", "Who are our ML engineers?",
     {"list": "people", "where": {"role": "ML engineer"}}),
    ("new_hire", "lists", "which projects got paused?",
     {"list": "projects", "where": {"status": "on_hold"}}),
    ("team_lead", "lists", "List everything in Devices that isn't finished yet.",
     {"list": "projects", "where": {"status": "open", "portfolio": "Devices"}}),
    ("director", "lists", "Which projects did we scrap?",
     {"list": "projects", "where": {"status": "cancelled"}}),
    ("resource_manager", "lists", "Who has a completely empty calendar this week?",
     {"list": "people", "where": {"free": "this_week"}}),
    ("finance", "lists", "Which critical projects haven't been finished or dropped yet?",
     {"list": "projects", "where": {"status": "open", "priority": "critical"}}),
    ("team_lead", "lists", "Which projects is Leo Moreau in charge of?",
     {"list": "projects", "where": {"owner": "Leo Moreau"}}),
    ("new_hire", "lists", "who are the product managers here?",
     {"list": "people", "where": {"role": "Product manager"}}),
    ("director", "lists", "Which business areas have something overdue?",
     {"list": "portfolios", "where": LATE, "having": "some"}),
    ("finance", "lists", "Which divisions have nothing past its deadline right now?",
     {"list": "portfolios", "where": LATE, "having": "none"}),
    ("team_lead", "lists", "Which of Hugo Lopez's projects are still live?",
     {"list": "projects", "where": {"status": "open", "owner": "Hugo Lopez"}}),
    # -- periods ------------------------------------------------------------------------------
    ("finance", "periods", "Which of the projects still in flight are due in July? I need to "
     "know what could land before our next investor call.",
     {"list": "projects", "where": {"status": "open", "due": "next_month"}}),
    ("new_hire", "periods", "how many projects wrapped up last quarter?",
     {"count": "projects", "where": {"completed": "last_quarter"}}),
    ("finance", "periods", "Which projects were completed in May?",
     {"list": "projects", "where": {"completed": "last_month"}}),
    ("new_hire", "periods", "anything starting next month?",
     {"list": "projects", "where": {"started": "next_month"}}),
    ("finance", "periods", "How many deadlines fall in the coming fortnight?",
     {"count": "projects", "where": {"status": "open", "due": "next_days:14"}}),
    ("director", "periods", "How many projects have we completed in the first half of the year?",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}),
    ("resource_manager", "periods", "Who has a free calendar next week? I'd like to line up some "
     "interviewers.", {"list": "people", "where": {"free": "next_week"}}),
    ("team_lead", "periods", "How many tasks did the teams close out last week?",
     {"count": "work_items", "where": {"done": "last_week"}}),
    ("team_lead", "periods", "How many points did the teams burn through in May?",
     {"value": "points_done", "where": {"done": "last_month"}}),
    ("director", "periods", "Which projects still have deadlines coming up between July and "
     "September?",
     {"list": "projects", "where": {"status": "open", "due": "q3"}}),
    ("new_hire", "periods", "whats due this week?",
     {"list": "projects", "where": {"status": "open", "due": "this_week"}}),
    ("resource_manager", "periods", "How many people will be booked beyond full time in July?",
     {"count": "people", "where": {"over_allocated": "next_month"}}),
    ("finance", "periods", "What did we deliver this quarter?",
     {"list": "projects", "where": {"completed": "this_quarter"}}),
    ("new_hire", "periods", "when is this supposed to be finished?",
     {"value": "due_date", "of": "PRJ-0171"}, "/projects/PRJ-0171"),
    # -- rankings -----------------------------------------------------------------------------
    ("director", "rankings", "Which three projects are the most overdue?",
     {"top": "projects", "by": "days_overdue", "k": 3}),
    ("resource_manager", "rankings", "Who's the busiest person this week?",
     {"top": "people", "by": "load", "k": 1, "period": "this_week"}),
    ("new_hire", "rankings", "which division has the most projects going on?",
     {"top": "portfolios", "by": "projects", "k": 1, "where": OPEN}),
    ("team_lead", "rankings", "Which five projects still to be delivered have the most tasks left "
     "to do?",
     {"top": "projects", "by": "open_items", "k": 5, "where": OPEN}),
    ("finance", "rankings", "Which three projects are closest to their deadline, not counting the "
     "ones already past it?",
     {"top": "projects", "by": "due_soonest", "k": 3,
      "where": {"status": "open", "due": "range:2026-06-17:2030-12-31"}}),
    ("director", "rankings", "Who is in charge of the most live projects?",
     {"top": "owners", "by": "projects", "k": 1, "where": OPEN}),
    ("team_lead", "rankings", "Who has the most unfinished tasks on their name? Top 3 please.",
     {"top": "people", "by": "open_items", "k": 3}),
    ("new_hire", "rankings", "who's on the most projects right now?",
     {"top": "people", "by": "projects", "k": 1}),
    ("finance", "rankings", "Which three ongoing projects are furthest along?",
     {"top": "projects", "by": "progress", "k": 3, "where": OPEN}),
    ("team_lead", "rankings", "Of the projects we still plan to deliver, which three have the most "
     "work left, in points?", {"top": "projects", "by": "remaining_points", "k": 3, "where": OPEN}),
    # -- comparisons --------------------------------------------------------------------------
    ("director", "comparisons", "How do the business areas compare on overdue projects?",
     {"groups": "projects", "by": "portfolio", "where": LATE}),
    ("finance", "comparisons", "Payments versus Growth: how many projects does each still have to "
     "deliver?", {"groups": "projects", "by": "portfolio", "where": OPEN,
             "only": ["Payments", "Growth"]}),
    ("resource_manager", "comparisons", "Who's busier this week, Ben Silva or Hugo Lopez?",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Ben Silva", "Hugo Lopez"]}),
    ("resource_manager", "comparisons", "Do we have more people who know Python or who know "
     "Java?", {"groups": "skills", "by": "people", "only": ["python", "java"]}),
    ("team_lead", "comparisons", "Break the projects not yet done or dropped down by priority "
     "for me.",
     {"groups": "projects", "by": "priority", "where": OPEN}),
    ("director", "comparisons", "Of everything not yet finished or cancelled, how many projects "
     "are on schedule, how many are likely to slip and how many are already past their date?",
     {"groups": "projects", "by": "health", "where": OPEN,
      "only": ["on_track", "at_risk", "late"]}),
    ("finance", "comparisons", "How do Data Platform and ML Platform compare in unfinished tasks?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Data Platform", "ML Platform"]}),
    ("team_lead", "comparisons", "Compare Sofia Zhang's and Leo Moreau's workloads for July.",
     {"groups": "people", "by": "load", "period": "next_month",
      "only": ["Sofia Zhang", "Leo Moreau"]}),
    ("new_hire", "comparisons", "can i get a breakdown of all projects by where they stand, like "
     "done, cancelled, running etc", {"groups": "projects", "by": "status"}),
    # -- people -------------------------------------------------------------------------------
    ("director", "people", "Who is in charge of the Granite vulnerability program?",
     {"value": "owner", "of": "PRJ-0011"}),
    ("finance", "people", "Who runs the Raven pricing experiment?",
     {"value": "owner", "of": "PRJ-0084"}),
    ("resource_manager", "people", "Who is working on the Tundra battery pack?",
     {"list": "people", "where": {"works_on": "PRJ-0048"}}),
    ("new_hire", "people", "who's on this team?",
     {"list": "people", "where": {"works_on": "PRJ-0033"}}, "/projects/PRJ-0033"),
    ("new_hire", "people", "what projects is sofia zhang on at the moment?",
     {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}}),
    ("resource_manager", "people", "How booked up is Grace Moreau this week?",
     {"value": "load", "of": "Grace Moreau", "period": "this_week"}),
    ("resource_manager", "people", "Who is overstretched this week? I want to know where we need "
     "to hire first.",
     {"list": "people", "where": {"over_allocated": "this_week"}}),
    ("new_hire", "people", "who leads the Delta SSO rollout?",
     {"value": "owner", "of": "PRJ-0130"}),
    ("new_hire", "people", "who's the lead on this one?",
     {"value": "owner", "of": "PRJ-0137"}, "/projects/PRJ-0137"),
    ("resource_manager", "people", "What is Eva Meyer working on right now? A hiring manager "
     "would like her on an interview panel.",
     {"list": "projects", "where": {"staffed_by": "Eva Meyer"}}),
    ("finance", "people", "Which projects has Tom Kaur been in charge of, past and present?",
     {"list": "projects", "where": {"owner": "Tom Kaur"}}),
    ("resource_manager", "people", "Does Kenji Brown have any time next month?",
     {"value": "load", "of": "Kenji Brown", "period": "next_month"}),
    ("team_lead", "people", "How many people are on the Sierra offline mode team?",
     {"count": "people", "where": {"works_on": "PRJ-0145"}}),
    ("director", "people", "What does David Jansen's workload look like over the coming "
     "fortnight?", {"value": "load", "of": "David Jansen", "period": "next_days:14"}),
    # -- skills -------------------------------------------------------------------------------
    ("resource_manager", "skills", "Who knows Terraform?",
     {"list": "people", "where": {"skill": "terraform"}}),
    ("resource_manager", "skills", "What skills does Sofia Zhang have?",
     {"list": "skills", "where": {"person": "Sofia Zhang"}}),
    ("new_hire", "skills", "is there anyone who does both spark and machine learning?",
     {"list": "people", "where": {"skill": ["spark", "ml"]}}),
    ("director", "skills", "What's the most common skill among our people?",
     {"top": "skills", "by": "people", "k": 1}),
    ("finance", "skills", "What expertise is most in demand across the work still to be done?",
     {"top": "skills", "by": "open_items", "k": 1}),
    ("team_lead", "skills", "Who has accessibility experience and nothing booked next week?",
     {"list": "people", "where": {"skill": "accessibility", "free": "next_week"}}),
    ("resource_manager", "skills", "How many people can code in Go?",
     {"count": "people", "where": {"skill": "go"}}),
    ("resource_manager", "skills", "Which three skills are the rarest across the teams? Those are "
     "the ones I'd hire for.", {"top": "skills", "by": "people", "order": "asc", "k": 3}),
    ("new_hire", "skills", "who here knows both networking and security?",
     {"list": "people", "where": {"skill": ["networking", "security"]}}),
    ("team_lead", "skills", "How many unfinished tasks need Kubernetes know-how?",
     {"count": "work_items", "where": {"skill": "kubernetes", "status": "open"}}),
    # -- changes ------------------------------------------------------------------------------
    ("team_lead", "changes", "So far this month, how many tasks were piled onto projects after "
     "they had already started?",
     {"value": "scope_items_added", "where": {}, "period": "this_month"}),
    ("director", "changes", "Which projects went past their deadline this month?",
     {"list": "projects", "where": {"became_late": "this_month"}}),
    ("finance", "changes", "How many new projects were created this quarter?",
     {"count": "projects", "where": {"created": "this_quarter"}}),
    ("team_lead", "changes", "How many tasks have been added to this since it kicked off?",
     {"value": "scope_items_added", "where": {"key": "PRJ-0005"},
      "period": "range:2026-03-15:2026-06-17"}, "/projects/PRJ-0005"),
    ("new_hire", "changes", "how many new tasks were added last week?",
     {"count": "work_items", "where": {"created": "last_week"}}),
    ("director", "changes", "Which projects have been completed since the start of June?",
     {"list": "projects", "where": {"completed": "this_month"}}),
    ("resource_manager", "changes", "How many tasks has Rosa Novak finished in the last 30 days?",
     {"count": "work_items", "where": {"assignee": "Rosa Novak", "done": "last_days:30"}}),
    ("new_hire", "changes", "which projects got added in the last two weeks?",
     {"list": "projects", "where": {"created": "last_days:14"}}),
    # -- causes -------------------------------------------------------------------------------
    ("director", "causes", "Why is the Falcon metrics layer so late?", {"cause": "PRJ-0094"}),
    ("finance", "causes", "What's holding up the Zephyr chatbot pilot? It was supposed to be done "
     "by now.", {"cause": "PRJ-0102"}),
    ("team_lead", "causes", "Why is this one behind?", {"cause": "PRJ-0104"},
     "/projects/PRJ-0104"),
    ("new_hire", "causes", "why is the raven chatbot pilot late?", {"cause": "PRJ-0125"}),
    ("team_lead", "causes", "What went wrong with the timeline of the Delta SSO rollout?",
     {"cause": "PRJ-0130"}),
    ("director", "causes", "Why did this miss its date?", {"cause": "PRJ-0165"},
     "/projects/PRJ-0165"),
    ("resource_manager", "causes", "Why is the Harbor sensor hub overdue? Is it a staffing "
     "problem?", {"cause": "PRJ-0183"}),
    ("new_hire", "causes", "whats behind the delay here?", {"cause": "PRJ-0200"},
     "/projects/PRJ-0200"),
    # -- forecasts ----------------------------------------------------------------------------
    ("director", "forecasts", "What are the odds the Beacon battery pack ships on time?",
     {"value": "p_on_time", "of": "PRJ-0040"}),
    ("finance", "forecasts", "When is Nimbus offline mode realistically going to land?",
     {"value": "p50_date", "of": "PRJ-0051"}),
    ("team_lead", "forecasts", "Which three still-running projects have the worst odds of making "
     "their deadlines?", {"top": "projects", "by": "p_on_time", "k": 3, "where": OPEN}),
    ("new_hire", "forecasts", "will this one make it on time?",
     {"value": "p_on_time", "of": "PRJ-0018"}, "/projects/PRJ-0018"),
    ("director", "forecasts", "Leaving aside the ones already overdue, how many projects look "
     "likely to miss their dates?", {"count": "projects", "where": {"health": "at_risk"}}),
    ("finance", "forecasts", "Which projects have at least an 80% chance of finishing on time?",
     {"list": "projects", "where": {"p_at_least": 0.8}}),
    ("new_hire", "forecasts", "when's the iris sensor hub actually going to be done?",
     {"value": "p50_date", "of": "PRJ-0176"}),
    ("resource_manager", "forecasts", "Is the Willow feature store expected to finish on "
     "schedule? I'm timing a hire around it.", {"value": "p_on_time", "of": "PRJ-0016"}),
    ("director", "forecasts", "When do we realistically expect this to be done?",
     {"value": "p50_date", "of": "PRJ-0029"}, "/projects/PRJ-0029"),
    ("finance", "forecasts", "Which Payments projects have worse than even odds of finishing on "
     "time?", {"list": "projects", "where": {"portfolio": "Payments", "p_below": 0.5}}),
    # -- typos --------------------------------------------------------------------------------
    ("new_hire", "typos", "hw far along is this one",
     {"value": "progress", "of": "PRJ-0184"}, "/projects/PRJ-0184"),
    ("director", "typos", "whos in charge of the sierra invocie engine",
     {"value": "owner", "of": "PRJ-0063"}),
    ("resource_manager", "typos", "who knows kubernetis",
     {"list": "people", "where": {"skill": "kubernetes"}}),
    ("finance", "typos", "wich projects are due to finsh in august",
     {"list": "projects", "where": {"status": "open", "due": "range:2026-08-01:2026-08-31"}}),
    ("team_lead", "typos", "how many tasks are stil open on the delta event pipline",
     {"count": "work_items", "where": {"project": "PRJ-0030", "status": "open"}}),
    ("new_hire", "typos", "hows olga chen's workload this wek",
     {"value": "load", "of": "Olga Chen", "period": "this_week"}),
    ("director", "typos", "how many projects did we finsh last yr",
     {"count": "projects", "where": {"completed": "range:2025-01-01:2025-12-31"}}),
    ("resource_manager", "typos", "anyone fre next wek who knows pyhton?",
     {"list": "people", "where": {"skill": "python", "free": "next_week"}}),
    ("finance", "typos", "whats the chnace the granite refund automaton is on time",
     {"value": "p_on_time", "of": "PRJ-0127"}),
    ("team_lead", "typos", "which divison has the most overdeu projects",
     {"top": "portfolios", "by": "projects", "k": 1, "where": LATE}),
    # -- languages ----------------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind derzeit überfällig?",
     {"language": "de", "then": {"count": "projects", "where": LATE}}),
    ("finance", "languages", "Quand le projet Nimbus metrics layer sera-t-il vraisemblablement "
     "terminé ?", {"language": "fr", "then": {"value": "p50_date", "of": "PRJ-0023"}}),
    ("resource_manager", "languages", "¿Quién sabe Terraform y está libre la próxima semana?",
     {"language": "es", "then": {"list": "people",
                                 "where": {"skill": "terraform", "free": "next_week"}}}),
    ("new_hire", "languages", "Wie is verantwoordelijk voor PRJ-0086?",
     {"language": "nl", "then": {"value": "owner", "of": "PRJ-0086"}}),
    ("team_lead", "languages", "Quanti progetti di Devices non sono ancora conclusi?",
     {"language": "it", "then": {"count": "projects",
                                 "where": {"status": "open", "portfolio": "Devices"}}}),
    ("director", "languages", "Quais projetos foram concluídos no mês passado?",
     {"language": "pt", "then": {"list": "projects", "where": {"completed": "last_month"}}}),
    ("team_lead", "languages", "Wer arbeitet gerade am Projekt Meridian Kubernetes migration?",
     {"language": "de", "then": {"list": "people", "where": {"works_on": "PRJ-0151"}}}),
    ("resource_manager", "languages", "Combien de personnes maîtrisent Python ?",
     {"language": "fr", "then": {"count": "people", "where": {"skill": "python"}}}),
    ("finance", "languages", "¿Cuál es el presupuesto en euros del proyecto Raven pricing "
     "experiment?", {"language": "es", "then": None}),
    ("new_hire", "languages", "Quantas tarefas ainda faltam neste projeto?",
     {"language": "pt", "then": {"count": "work_items",
                                 "where": {"project": "PRJ-0126", "status": "open"}}},
     "/projects/PRJ-0126"),
    # -- unanswerable -------------------------------------------------------------------------
    ("director", "unanswerable", "What have we spent on the Payments projects so far this year?",
     {"refuse": "budgets and spend are not in the data"}),
    ("finance", "unanswerable", "What return on investment should we expect from the Zephyr "
     "lifecycle emails project?", {"refuse": "no financial returns in the data"}),
    ("resource_manager", "unanswerable", "What do our data engineers earn on average?",
     {"refuse": "no salaries in the data"}),
    ("new_hire", "unanswerable", "how happy are customers with the help center?",
     {"refuse": "no customer satisfaction in the data"}),
    ("team_lead", "unanswerable", "How many hours did people actually log on the Delta SSO "
     "rollout last month?", {"refuse": "no timesheets in the data"}),
    ("resource_manager", "unanswerable", "How many people have handed in their notice this year?",
     {"refuse": "no HR records (resignations) in the data"}),
    ("finance", "unanswerable", "How much revenue has this brought in so far?",
     {"refuse": "no revenue in the data"}, "/projects/PRJ-0002"),
    # -- ambiguous ----------------------------------------------------------------------------
    ("resource_manager", "ambiguous", "What's Hugo working on these days?",
     {"clarify": {"people_named": "hugo"}}),
    ("director", "ambiguous", "How is the Beacon data catalog getting on?",
     {"clarify": {"projects_named": "beacon data catalog", "open": True}}),
    ("new_hire", "ambiguous", "when will the iris recommendation engine be done?",
     {"clarify": {"projects_named": "iris recommendation engine", "open": True}}),
    ("finance", "ambiguous", "Is the Nimbus pricing experiment going to come in on time?",
     {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}}),
    ("team_lead", "ambiguous", "How busy is Grace this month?",
     {"clarify": {"people_named": "grace"}}),
    ("director", "ambiguous", "Which of our projects are the strategic ones?",
     {"clarify": ["critical-priority projects", "high- and critical-priority projects"]}),
    ("team_lead", "ambiguous", "Is Julia's project on schedule?",
     {"clarify": {"people_named": "julia"}}),
    # -- documents ----------------------------------------------------------------------------
    ("finance", "documents", "Why was the Umbra checkout redesign cancelled?",
     {"text": ["a vendor dependency is blocked"]}),
    ("team_lead", "documents", "What did the team decide at the last meeting on the Falcon card "
     "processor migration?", {"text": [{"decision_of": "PRJ-0029"}]}),
    ("director", "documents", "What's the main worry in the latest update on the Beacon smart "
     "thermostat?", {"text": [{"risk_of": "PRJ-0033"}]}),
    ("new_hire", "documents", "what's the goal of this project according to the spec?",
     {"text": ["reach a 4.5 star rating"]}, "/projects/PRJ-0018"),
    ("resource_manager", "documents", "Why was the Umbra observability stack put on ice?",
     {"text": ["the business case no longer holds"]}),
    ("team_lead", "documents", "What's the biggest risk in the latest write-up for this one?",
     {"text": [{"risk_of": "PRJ-0123"}]}, "/projects/PRJ-0123"),
]

QUESTIONS: list[dict[str, Any]] = [_q(n, *row) for n, row in enumerate(_ROWS, start=1)]
