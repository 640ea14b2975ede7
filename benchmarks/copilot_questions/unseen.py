"""The unseen split: for reporting only. Whoever works on the copilot's parser does not open it.

Written apart from the dev split (other phrasings, mostly other portfolios, people and projects;
terser, chat-style questions as people type them into a sidebar) about the same seeded demo
(200 projects, seed 7, as of 2026-06-17). ``expect`` specs are filled in by ``expect.py``.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen"
OPEN = {"status": "open"}


def q(persona: str, category: str, question: str, expect: dict[str, Any],
      page: str | None = None) -> dict[str, Any]:
    record = {"split": SPLIT, "persona": persona, "category": category, "question": question,
              "expect": expect}
    if page:
        record["page"] = page
    return record


DIRECTOR, LEAD, RESOURCES, NEW, FINANCE = ("director", "team_lead", "resource_manager",
                                           "new_hire", "finance")

QUESTIONS: list[dict[str, Any]] = [
    # --- counts -----------------------------------------------------------------------------
    q(FINANCE, "counts", "Quick one: how many projects in Payments are still open?",
      {"count": "projects", "where": {"portfolio": "Payments", **OPEN}}),
    q(DIRECTOR, "counts", "what's the count of overdue projects in Infrastructure",
      {"count": "projects", "where": {"portfolio": "Infrastructure", "health": "late"}}),
    q(NEW, "counts", "How many projects are currently marked active?",
      {"count": "projects", "where": {"status": "active"}}),
    q(FINANCE, "counts", "total number of low priority projects that are not closed",
      {"count": "projects", "where": {"priority": "low", **OPEN}}),
    q(DIRECTOR, "counts", "How many projects in Web Storefront are at risk of missing their dates?",
      {"count": "projects", "where": {"portfolio": "Web Storefront", "health": "at_risk"}}),
    q(LEAD, "counts", "how many projects does Tom Dubois own",
      {"count": "projects", "where": {"owner": "Tom Dubois"}}),

    # --- lists ------------------------------------------------------------------------------
    q(DIRECTOR, "lists", "Pull up every Security project that's past its due date.",
      {"list": "projects", "where": {"portfolio": "Security", "health": "late"}}),
    q(FINANCE, "lists", "Which projects got scrapped?",
      {"list": "projects", "where": {"status": "cancelled"}}),
    q(LEAD, "lists", "Which Payments projects are on track?",
      {"list": "projects", "where": {"portfolio": "Payments", "health": "on_track"}}),
    q(NEW, "lists", "list everything Olga Martin owns",
      {"list": "projects", "where": {"owner": "Olga Martin"}}),
    q(DIRECTOR, "lists", "Which of our critical projects are at risk?",
      {"list": "projects", "where": {"priority": "critical", "health": "at_risk"}}),
    q(LEAD, "lists", "show me the paused projects",
      {"list": "projects", "where": {"status": "on_hold"}}),
    q(DIRECTOR, "lists", "Anything overdue in Web Storefront?",
      {"list": "projects", "where": {"portfolio": "Web Storefront", "health": "late"}}),

    # --- periods ----------------------------------------------------------------------------
    q(DIRECTOR, "periods", "What's due in July that isn't finished yet?",
      {"list": "projects", "where": {**OPEN, "due": "next_month"}}),
    q(FINANCE, "periods", "How many projects were closed out as done in May?",
      {"count": "projects", "where": {"completed": "last_month"}}),
    q(LEAD, "periods", "Which open projects hit their due date over the next two weeks?",
      {"list": "projects", "where": {**OPEN, "due": "next_days:14"}}),
    q(DIRECTOR, "periods", "Which open projects are due between now and the end of Q3?",
      {"list": "projects", "where": {**OPEN, "due": "range:2026-06-17:2026-09-30"}}),
    q(LEAD, "periods", "how many work items got done yesterday",
      {"count": "work_items", "where": {"done": "range:2026-06-16:2026-06-16"}}),
    q(FINANCE, "periods", "story points delivered this month so far?",
      {"value": "points_done", "where": {"done": "this_month"}}),
    q(DIRECTOR, "periods", "Which projects finished in the last quarter?",
      {"list": "projects", "where": {"completed": "last_quarter"}}),
    q(LEAD, "periods", "What's due in the next 3 weeks in Infrastructure?",
      {"list": "projects", "where": {**OPEN, "portfolio": "Infrastructure",
                                     "due": "next_days:21"}}),
    q(NEW, "periods", "Which projects kicked off this month?",  # kicked off: up to today
      {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}),

    # --- rankings ---------------------------------------------------------------------------
    q(DIRECTOR, "rankings", "Top five most delayed projects, please",
      {"top": "projects", "by": "days_overdue", "k": 5}),
    q(LEAD, "rankings", "Which Payments project has the worst odds of being on time?",
      {"top": "projects", "by": "p_on_time", "k": 1, "where": {"portfolio": "Payments", **OPEN}}),
    q(RESOURCES, "rankings", "Who's the most overbooked person next month?",
      {"top": "people", "by": "load", "k": 1, "period": "next_month"}),
    q(DIRECTOR, "rankings", "Rank the portfolios by how many open projects they carry, top 3.",
      {"top": "portfolios", "by": "count", "k": 3, "where": OPEN}),
    q(LEAD, "rankings", "Which 3 active projects are least far along?",
      {"top": "projects", "by": "progress", "k": 3, "order": "asc",
       "where": {"status": "active"}}),
    q(FINANCE, "rankings", "Which owner is carrying the most open projects?",
      {"top": "owners", "by": "count", "k": 1, "where": OPEN}),
    q(RESOURCES, "rankings", "Which two skills are the most common among our people?",
      {"top": "skills", "by": "people", "k": 2}),

    # --- comparisons ------------------------------------------------------------------------
    q(DIRECTOR, "comparisons", "Payments or Growth: which has more at-risk projects? Numbers pls",
      {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
       "only": ["Payments", "Growth"]}),
    q(LEAD, "comparisons", "Tom Dubois vs Olga Martin - open projects owned?",
      {"groups": "projects", "by": "owner", "where": OPEN,
       "only": ["Tom Dubois", "Olga Martin"]}),
    q(DIRECTOR, "comparisons", "How are the open projects spread across portfolios?",
      {"groups": "projects", "by": "portfolio", "where": OPEN}),
    q(RESOURCES, "comparisons", "Who's busier next week, Chen Brown or Farah Kaur?",
      {"groups": "people", "by": "load", "period": "next_week",
       "only": ["Chen Brown", "Farah Kaur"]}),
    q(FINANCE, "comparisons", "How do our projects split by priority?",
      {"groups": "projects", "by": "priority"}),
    q(DIRECTOR, "comparisons",
      "Infrastructure, Security and Web Storefront: how many healthy projects does each have?",
      {"groups": "projects", "by": "portfolio", "where": {"health": "on_track"},
       "only": ["Infrastructure", "Security", "Web Storefront"]}),
    q(RESOURCES, "comparisons", "Do more people know react or typescript?",
      {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),

    # --- people -----------------------------------------------------------------------------
    q(LEAD, "people", "Who is staffed on PRJ-0069?",
      {"list": "people", "where": {"works_on": "PRJ-0069"}}),
    q(RESOURCES, "people", "What's on Tom Dubois's plate right now?",
      {"list": "projects", "where": {"staffed_by": "Tom Dubois"}}),
    q(RESOURCES, "people", "How stretched is Olga Martin next month?",
      {"value": "load", "of": "Olga Martin", "period": "next_month"}),
    q(RESOURCES, "people", "Which people go above 100% at some point this month?",
      {"list": "people", "where": {"over_allocated": "this_month"}}),
    q(RESOURCES, "people", "Who's got nothing booked this week?",
      {"list": "people", "where": {"free": "this_week"}}),
    q(NEW, "people", "Who is the owner of the Juniper checkout redesign?",
      {"list": "owners", "where": {"key": "PRJ-0142"}}),
    q(LEAD, "people", "Which people are assigned to the Meridian Kubernetes migration?",
      {"list": "people", "where": {"works_on": "PRJ-0151"}}),
    q(RESOURCES, "people", "headcount over-allocated this week?",
      {"count": "people", "where": {"over_allocated": "this_week"}}),
    q(LEAD, "people", "Projects Farah Kaur is currently allocated to?",
      {"list": "projects", "where": {"staffed_by": "Farah Kaur"}}),

    # --- skills -----------------------------------------------------------------------------
    q(RESOURCES, "skills", "Which folks have terraform experience?",
      {"list": "people", "where": {"skill": "terraform"}}),
    q(LEAD, "skills", "How many of our people list react as a skill?",
      {"count": "people", "where": {"skill": "react"}}),
    q(NEW, "skills", "Who should I talk to about spark?",
      {"list": "people", "where": {"skill": "spark"}}),
    q(RESOURCES, "skills", "What does Nils Nakamura bring skill-wise?",
      {"list": "skills", "where": {"person": "Nils Nakamura"}}),
    q(RESOURCES, "skills", "Top 2 skills by demand in the open work?",
      {"top": "skills", "by": "open_items", "k": 2}),

    # --- changes ----------------------------------------------------------------------------
    q(DIRECTOR, "changes", "Anything that went overdue in the past month?",
      {"list": "projects", "where": {"became_late": "last_days:30"}}),
    q(LEAD, "changes", "How many work items did we close out in May?",
      {"count": "work_items", "where": {"done": "last_month"}}),
    q(FINANCE, "changes", "Which projects were marked done this quarter?",
      {"list": "projects", "where": {"completed": "this_quarter"}}),
    q(LEAD, "changes", "How many items of new scope landed in Payments in May?",
      {"value": "scope_items_added", "where": {"portfolio": "Payments"},
       "period": "last_month"}),
    q(DIRECTOR, "changes", "How many projects were created in the last 30 days?",
      {"count": "projects", "where": {"created": "last_days:30"}}),
    q(RESOURCES, "changes", "How many documents were added last week?",
      {"count": "documents", "where": {"created": "last_week"}}),

    # --- causes -----------------------------------------------------------------------------
    q(DIRECTOR, "causes", "Why is PRJ-0200 overdue?", {"cause": "PRJ-0200"}),
    q(LEAD, "causes", "What's behind the risk on the Onyx checkout payments project?",
      {"cause": "PRJ-0069"}),
    q(DIRECTOR, "causes", "Root cause for PRJ-0165 slipping?", {"cause": "PRJ-0165"}),
    q(LEAD, "causes", "Why might this one miss its date?", {"cause": "PRJ-0142"},
      page="/projects/PRJ-0142"),
    q(DIRECTOR, "causes", "Explain the delay risk on PRJ-0174", {"cause": "PRJ-0174"}),

    # --- forecasts --------------------------------------------------------------------------
    q(DIRECTOR, "forecasts", "What's the likelihood Juniper checkout redesign ships on time?",
      {"value": "p_on_time", "of": "PRJ-0142"}),
    q(LEAD, "forecasts", "Projected completion date for PRJ-0069?",
      {"value": "p50_date", "of": "PRJ-0069"}),
    q(DIRECTOR, "forecasts", "Is PRJ-0151 going to make it? Percent chance please.",
      {"value": "p_on_time", "of": "PRJ-0151"}),
    q(FINANCE, "forecasts", "By when can we be 85% sure PRJ-0200 is finished?",
      {"value": "p85_date", "of": "PRJ-0200"}),
    q(LEAD, "forecasts", "What are the odds for this one?",
      {"value": "p_on_time", "of": "PRJ-0084"}, page="/projects/PRJ-0084"),
    q(DIRECTOR, "forecasts",
      "How many projects in Payments have better than even odds of finishing on time?",
      {"count": "projects", "where": {"portfolio": "Payments", **OPEN, "p_at_least": 0.5}}),
    q(NEW, "forecasts", "What's the due date for Meridian Kubernetes migration?",
      {"value": "due_date", "of": "PRJ-0151"}),
    q(LEAD, "forecasts", "How far along is PRJ-0127?", {"value": "progress", "of": "PRJ-0127"}),

    # --- typos ------------------------------------------------------------------------------
    q(DIRECTOR, "typos", "overdue projects in Infrastucture",
      {"list": "projects", "where": {"portfolio": "Infrastructure", "health": "late"}}),
    q(RESOURCES, "typos", "who knows tyepscript",
      {"list": "people", "where": {"skill": "typescript"}}),
    q(LEAD, "typos", "What is Olga Martn working on?",
      {"list": "projects", "where": {"staffed_by": "Olga Martin"}}),
    q(FINANCE, "typos", "how many porjects are propsed?",
      {"count": "projects", "where": {"status": "proposed"}}),
    q(DIRECTOR, "typos", "at-risk projects in Paymnets",
      {"list": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}}),
    q(LEAD, "typos", "when will Juniper checkout redsign be done",
      {"value": "p50_date", "of": "PRJ-0142"}),
    q(DIRECTOR, "typos", "Web Storefornt vs Secuirty late count",
      {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
       "only": ["Web Storefront", "Security"]}),

    # --- languages --------------------------------------------------------------------------
    q(FINANCE, "languages", "¿Cuántos proyectos activos tenemos?",
      {"language": "es", "then": {"count": "projects", "where": {"status": "active"}}}),
    q(DIRECTOR, "languages",
      "Wie hoch ist die Wahrscheinlichkeit, dass PRJ-0069 pünktlich fertig wird?",
      {"language": "de", "then": {"about": "PRJ-0069"}}),
    q(RESOURCES, "languages", "Qui est surchargé le mois prochain ?",
      {"language": "fr", "then": {"list": "people", "where": {"over_allocated": "next_month"}}}),
    q(LEAD, "languages", "Wanneer is PRJ-0151 klaar?",
      {"language": "nl", "then": {"about": "PRJ-0151"}}),

    # --- unanswerable -----------------------------------------------------------------------
    q(FINANCE, "unanswerable", "What's the monthly burn rate in euros for Infrastructure?",
      {"refuse": "no costs in the data"}),
    q(DIRECTOR, "unanswerable", "Which vendor contracts expire this year?",
      {"refuse": "no contracts in the data"}),
    q(NEW, "unanswerable", "what's the wifi password", {"refuse": "not about the portfolio"}),
    q(FINANCE, "unanswerable", "How much overtime did the Payments team put in during May?",
      {"refuse": "no timesheets"}),
    q(DIRECTOR, "unanswerable", "How is our share price doing today?",
      {"refuse": "not about the portfolio"}),
    q(RESOURCES, "unanswerable", "What's Olga Martin's performance rating?",
      {"refuse": "no ratings"}),

    # --- ambiguous --------------------------------------------------------------------------
    q(DIRECTOR, "ambiguous", "How's Leo getting on?", {"clarify": {"people_named": "Leo"}}),
    q(LEAD, "ambiguous", "When does the battery pack project end?",
      {"clarify": {"projects_named": "battery pack", "open": True}}),
    q(RESOURCES, "ambiguous", "What is Priya's load this week?",
      {"clarify": {"people_named": "Priya"}}),
    q(DIRECTOR, "ambiguous", "Status of the offline mode project?",
      {"clarify": {"projects_named": "offline mode", "open": True}}),
    q(LEAD, "ambiguous", "Who is on the sensor hub team?",
      {"clarify": {"projects_named": "sensor hub", "open": True}}),

    # --- documents --------------------------------------------------------------------------
    q(LEAD, "documents", "What was agreed in the latest PRJ-0069 meeting?",
      {"text": [{"decision_of": "PRJ-0069"}]}),
    q(DIRECTOR, "documents", "Biggest risk flagged in the most recent status note of PRJ-0200?",
      {"text": [{"risk_of": "PRJ-0200"}]}),
    q(NEW, "documents", "How many documents are attached to PRJ-0151?",
      {"count": "documents", "where": {"project": "PRJ-0151"}}),
]


def _number() -> None:
    counters: dict[str, int] = {}
    for record in QUESTIONS:
        counters[record["category"]] = counters.get(record["category"], 0) + 1
        record["id"] = f"{SPLIT}-{record['category']}-{counters[record['category']]:02d}"


_number()
