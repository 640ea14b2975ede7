"""Held-out split unseen58: people outside the project office, asking in their own words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17). The copilot's
code, its tests, its documentation and every other split were not opened; the copilot was not
run and no score was looked at. Specs were checked with ``--resolve-only`` only.

Who asks (mapped onto the five personas):
- director: a chief of staff and a key-account manager (the whole company, client-facing dates);
- team_lead: a customer-support supervisor (her own team and the support projects);
- resource_manager: a people-operations / HR partner (who is busy, who is free, who knows what);
- new_hire: a marketing campaign manager who joined last month;
- finance: a finance business partner.
None of them knows the dashboard's words, so they say what they mean in their own terms.

Readings used:
- "still going", "on the go", "in the works", "live", "not finished", "running" = open
  (proposed, active or on hold); "paused" = on hold; "planned but not kicked off" = proposed;
- "past its deadline", "overdue", "blown through its date" = late; "likely to miss its date",
  "in trouble but not overdue yet" = at risk; "in good shape", "fine" = on track;
- "tasks", "to-dos", "jobs" = work items; "unfinished" = not done;
- "on", "working on", "assigned to", "staffed on" = works on (an allocation covering today);
- "nothing booked", "empty calendar", "totally free" = free (load 0 in the period);
- "booked beyond full time", "over 100 %", "overbooked", "spread too thin" = over-allocated,
  and "how booked / how busy is X" = X's load in the period;
- "when will it realistically be done" = the forecast's P50 date; "the odds / chances it makes
  its date" = P(on time); "least likely to make their date" = lowest P(on time);
- "who is in charge of", "who leads", "who runs" = the project's owner;
- "area", "business area", "side of the house" = portfolio; "testers" = QA engineers;
- "the coming fortnight" / "next two weeks" = today and the 13 days after (next_days:14);
  "H1" / "first half" = 2026-01-01 to 2026-06-30; "July" = 2026-07-01 to 2026-07-31;
  "between July and September" = Q3; "the past week" = the last 7 days including today;
  "since last month began" = 2026-05-01 to today;
- "deadline in July" for projects = open projects due in July; "finished/wrapped up in P" =
  done and completed in P; "kicked off in P" = start date in P; "set up / added in P" =
  created in P.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen58"
QUESTIONS: list[dict[str, Any]] = []

D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"
OPEN = {"status": "open"}
JULY = "range:2026-07-01:2026-07-31"
H1 = "range:2026-01-01:2026-06-30"


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record = {"id": f"u58-{len(QUESTIONS) + 1:03d}", "split": SPLIT, "persona": persona,
              "category": category, "question": question, "expect": expect}
    if page:
        record["page"] = f"/projects/{page}"
    QUESTIONS.append(record)


# --- counts -------------------------------------------------------------------------------------
_q(D, "counts", "How many of our projects are past their deadline and still not finished?",
   {"count": "projects", "where": {"health": "late"}})
_q(FI, "counts", "Roughly how many initiatives are in the works right now, not counting the ones "
   "that were wrapped up or scrapped?", {"count": "projects", "where": OPEN})
_q(RM, "counts", "how many people do we have on the books in total",
   {"count": "people", "where": {}})
_q(TL, "counts", "How many customer support projects are still going?",
   {"count": "projects", "where": {"status": "open", "portfolio": "Customer Support"}})
_q(RM, "counts", "How many testers do we employ?",
   {"count": "people", "where": {"role": "QA engineer"}})
_q(D, "counts", "How many of the top-urgency (critical) projects are still not done?",
   {"count": "projects", "where": {"status": "open", "priority": "critical"}})
_q(FI, "counts", "how many tasks are still outstanding on the payments side?",
   {"count": "work_items", "where": {"status": "open", "portfolio": "Payments"}})
_q(NH, "counts", "Sorry if this is basic: how many projects are planned but haven't kicked off "
   "yet?", {"count": "projects", "where": {"status": "proposed"}})
_q(RM, "counts", "How many staff are booked for more than their full hours at some point this "
   "week?", {"count": "people", "where": {"over_allocated": "this_week"}})
_q(TL, "counts", "How many meeting write-ups do we have for this project?",
   {"count": "documents", "where": {"project": "PRJ-0063", "kind": "meeting_minutes"}},
   page="PRJ-0063")
_q(NH, "counts", "how many projects are paused at the moment",
   {"count": "projects", "where": {"status": "on_hold"}})
_q(FI, "counts", "How many of the projects that are still running does Hugo Lopez lead?",
   {"count": "projects", "where": {"status": "open", "owner": "Hugo Lopez"}})
_q(TL, "counts", "how many people are on this one right now?",
   {"count": "people", "where": {"works_on": "PRJ-0069"}}, page="PRJ-0069")

# --- lists --------------------------------------------------------------------------------------
_q(D, "lists", "Which projects have blown through their deadline? Just the names please.",
   {"list": "projects", "where": {"health": "late"}})
_q(TL, "lists", "Who's on this team?", {"list": "people", "where": {"works_on": "PRJ-0018"}},
   page="PRJ-0018")
_q(NH, "lists", "Which growth projects are currently underway or lined up?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Growth"}})
_q(D, "lists", "Who is in charge of the device projects that are still open?",
   {"list": "owners", "where": {"status": "open", "portfolio": "Devices"}})
_q(RM, "lists", "Can you list our product managers?",
   {"list": "people", "where": {"role": "Product manager"}})
_q(TL, "lists", "What is Sam Adams responsible for that isn't finished yet?",
   {"list": "projects", "where": {"status": "open", "owner": "Sam Adams"}})
_q(NH, "lists", "Which projects are paused right now?",
   {"list": "projects", "where": {"status": "on_hold"}})
_q(D, "lists", "Which unfinished projects are flagged as critical?",
   {"list": "projects", "where": {"status": "open", "priority": "critical"}})
_q(RM, "lists", "Who is going to be spread too thin next month, i.e. booked over 100%?",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q(FI, "lists", "Which business areas have at least one overdue project?",
   {"list": "portfolios", "where": {"health": "late"}})
_q(RM, "lists", "Which projects is Zara Vargas currently assigned to?",
   {"list": "projects", "where": {"staffed_by": "Zara Vargas"}})
_q(NH, "lists", "security projects that are still live?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Security"}})
_q(NH, "lists", "Could you list the UX designers for me? I need to find someone to review a "
   "landing page.", {"list": "people", "where": {"role": "UX designer"}})
_q(TL, "lists", "list the open projects in customer support that are past due",
   {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})

# --- periods ------------------------------------------------------------------------------------
_q(D, "periods", "What's due in the coming fortnight that isn't done yet?",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q(NH, "periods", "Which projects wrapped up last month?",
   {"list": "projects", "where": {"completed": "last_month"}})
_q(NH, "periods", "Which ongoing projects have a deadline in July?",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q(FI, "periods", "How many projects kicked off this quarter?",
   {"count": "projects", "where": {"started": "this_quarter"}})
_q(FI, "periods", "How many projects did we finish in the first half of this year (H1)?",
   {"count": "projects", "where": {"completed": H1}})
_q(TL, "periods", "How many tasks got finished last week across the whole company?",
   {"count": "work_items", "where": {"done": "last_week"}})
_q(NH, "periods", "how many tasks have been completed so far this month",
   {"count": "work_items", "where": {"done": "this_month"}})
_q(RM, "periods", "Who has a totally empty calendar for the next two weeks?",
   {"list": "people", "where": {"free": "next_days:14"}})
_q(D, "periods", "How many unfinished projects are scheduled to end between July and September?",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q(FI, "periods", "Which projects were set up in the system last month?",
   {"list": "projects", "where": {"created": "last_month"}})
_q(TL, "periods", "How many status updates were written this week?",
   {"count": "documents", "where": {"kind": "status_note", "created": "this_week"}})
_q(NH, "periods", "Which open projects have their deadline this month?",
   {"list": "projects", "where": {"status": "open", "due": "this_month"}})
_q(FI, "periods", "How many projects did we close out in Q1?",
   {"count": "projects", "where": {"completed": "q1"}})
_q(TL, "periods", "Is this one due this month? When exactly is the deadline?",
   {"value": "due_date", "of": "PRJ-0142"}, page="PRJ-0142")

# --- rankings -----------------------------------------------------------------------------------
_q(D, "rankings", "Which three projects are the furthest past their deadline?",
   {"top": "projects", "by": "days_overdue", "k": 3, "where": {"health": "late"}})
_q(RM, "rankings", "Who are the five busiest people this week?",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q(FI, "rankings", "Which business area has the most projects on the go?",
   {"top": "portfolios", "by": "count", "k": 1, "where": OPEN})
_q(TL, "rankings", "Which 3 projects that are still going have the biggest pile of unfinished "
   "tasks?", {"top": "projects", "by": "open_items", "k": 3, "where": OPEN})
_q(NH, "rankings", "Which running project is closest to being finished?",
   {"top": "projects", "by": "progress", "k": 1, "where": OPEN})
_q(RM, "rankings", "Who is spread across the most projects right now?",
   {"top": "people", "by": "projects", "k": 1})
_q(RM, "rankings", "What are the top 3 skills needed for the work that's still left to do?",
   {"top": "skills", "by": "open_items", "k": 3})
_q(D, "rankings", "Which three projects look least likely to make their date?",
   {"top": "projects", "by": "p_on_time", "k": 3, "where": OPEN})
_q(TL, "rankings", "who has the most unfinished tasks sitting with them?",
   {"top": "people", "by": "open_items", "k": 1})
_q(TL, "rankings", "Who on this team is the busiest this week?",
   {"top": "people", "by": "load", "k": 1, "period": "this_week",
    "where": {"works_on": "PRJ-0048"}}, page="PRJ-0048")

# --- comparisons --------------------------------------------------------------------------------
_q(D, "comparisons", "Of the projects still going, how many are fine, how many are likely to "
   "slip and how many are already overdue?",
   {"groups": "projects", "by": "health", "where": OPEN, "only": ["on_track", "at_risk", "late"]})
_q(NH, "comparisons", "Do Payments or Growth have more projects on the go?",
   {"groups": "projects", "by": "portfolio", "where": OPEN, "only": ["Payments", "Growth"]})
_q(RM, "comparisons", "Who's busier this week, Hugo Lopez or Yusuf Alvarez?",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Hugo Lopez", "Yusuf Alvarez"]})
_q(RM, "comparisons", "Do we have more people who know Python or who know Java?",
   {"groups": "skills", "by": "people", "only": ["python", "java"]})
_q(FI, "comparisons", "unfinished tasks: mobile apps vs web storefront?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Mobile Apps", "Web Storefront"]})
_q(D, "comparisons", "Give me a breakdown of the devices projects by stage (planned, running, "
   "paused, done, cancelled).", {"groups": "projects", "by": "status",
                                 "where": {"portfolio": "Devices"}})
_q(FI, "comparisons", "Split the unfinished projects by how urgent they are.",
   {"groups": "projects", "by": "priority", "where": OPEN})
_q(TL, "comparisons", "Which has more overdue projects, customer support or devices?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
    "only": ["Customer Support", "Devices"]})
_q(RM, "comparisons", "Compare how booked Sam Adams and Tom Olsen are next month.",
   {"groups": "people", "by": "load", "period": "next_month",
    "only": ["Sam Adams", "Tom Olsen"]})

# --- people -------------------------------------------------------------------------------------
_q(RM, "people", "How booked is Ivan Ito this week?",
   {"value": "load", "of": "Ivan Ito", "period": "this_week"})
_q(NH, "people", "What is Hugo Patel working on at the moment?",
   {"list": "projects", "where": {"staffed_by": "Hugo Patel"}})
_q(FI, "people", "Who is working on the Sierra invoice engine?",
   {"list": "people", "where": {"works_on": "PRJ-0063"}})
_q(TL, "people", "Who's the person in charge of the Zephyr chatbot pilot?",
   {"value": "owner", "of": "PRJ-0102"})
_q(RM, "people", "Are any data engineers completely unbooked this week?",
   {"list": "people", "where": {"role": "Data engineer", "free": "this_week"}})
_q(RM, "people", "How busy will Leo Moreau be next month?",
   {"value": "load", "of": "Leo Moreau", "period": "next_month"})
_q(RM, "people", "Is anyone working beyond 100% this week? Who?",
   {"list": "people", "where": {"over_allocated": "this_week"}})
_q(D, "people", "Who's working on PRJ-0174?",
   {"list": "people", "where": {"works_on": "PRJ-0174"}})
_q(NH, "people", "who runs this project?", {"value": "owner", "of": "PRJ-0137"},
   page="PRJ-0137")
_q(D, "people", "Which projects is Sofia Zhang on right now?",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q(RM, "people", "Which security engineers have nothing booked next week?",
   {"list": "people", "where": {"role": "Security engineer", "free": "next_week"}})
_q(FI, "people", "Which projects does Ines Fischer lead, including the ones already finished?",
   {"list": "projects", "where": {"owner": "Ines Fischer"}})
_q(RM, "people", "How many projects is Lara Ahmed on at the moment?",
   {"count": "projects", "where": {"staffed_by": "Lara Ahmed"}})
_q(TL, "people", "Who's the busiest on the Tundra battery pack team this week?",
   {"top": "people", "by": "load", "k": 1, "period": "this_week",
    "where": {"works_on": "PRJ-0048"}})

# --- skills -------------------------------------------------------------------------------------
_q(RM, "skills", "What is Rosa Novak good at?",
   {"list": "skills", "where": {"person": "Rosa Novak"}})
_q(TL, "skills", "Who knows Kubernetes?", {"list": "people", "where": {"skill": "kubernetes"}})
_q(NH, "skills", "Is there anyone who can do both Spark and Python?",
   {"list": "people", "where": {"skill": ["spark", "python"]}})
_q(NH, "skills", "How many people here know about accessibility?",
   {"count": "people", "where": {"skill": "accessibility"}})
_q(TL, "skills", "I need someone who can code in Java and has nothing on next week. Anyone?",
   {"list": "people", "where": {"skill": "java", "free": "next_week"}})
_q(RM, "skills", "What's the most common skill in the company?",
   {"top": "skills", "by": "people", "k": 1})
_q(RM, "skills", "Which of the DevOps engineers know Terraform?",
   {"list": "people", "where": {"role": "DevOps engineer", "skill": "terraform"}})
_q(NH, "skills", "What skills does Hana Castro have? I'm meeting her tomorrow.",
   {"list": "skills", "where": {"person": "Hana Castro"}})
_q(FI, "skills", "How many unfinished tasks need UX skills?",
   {"count": "work_items", "where": {"status": "open", "skill": "ux"}})
_q(TL, "skills", "Does anyone on this team know SQL?",
   {"list": "people", "where": {"works_on": "PRJ-0072", "skill": "sql"}}, page="PRJ-0072")

# --- changes ------------------------------------------------------------------------------------
_q(FI, "changes", "How many new tasks were added to the Sierra invoice engine this month?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0063"}, "period": "this_month"})
_q(D, "changes", "Which projects went overdue during the past week?",
   {"list": "projects", "where": {"became_late": "last_days:7"}})
_q(D, "changes", "Which projects slipped past their deadline this month?",
   {"list": "projects", "where": {"became_late": "this_month"}})
_q(TL, "changes", "how many new tasks were logged this week",
   {"count": "work_items", "where": {"created": "this_week"}})
_q(FI, "changes", "How much extra work (number of tasks) got added to payments projects this "
   "month?", {"value": "scope_items_added", "where": {"portfolio": "Payments"},
              "period": "this_month"})
_q(NH, "changes", "Did anything finish in the last 7 days?",
   {"list": "projects", "where": {"completed": "last_days:7"}})
_q(NH, "changes", "How many new projects were set up this month?",
   {"count": "projects", "where": {"created": "this_month"}})
_q(TL, "changes", "How many tasks were added to this project since last month began?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0174"},
    "period": "range:2026-05-01:2026-06-17"}, page="PRJ-0174")

# --- causes -------------------------------------------------------------------------------------
_q(D, "causes", "Why is the Falcon metrics layer behind schedule?", {"cause": "PRJ-0094"})
_q(TL, "causes", "What went wrong with the Zephyr chatbot pilot? It's past its date.",
   {"cause": "PRJ-0102"})
_q(FI, "causes", "why is Cobalt smart thermostat overdue", {"cause": "PRJ-0104"})
_q(TL, "causes", "Can you explain why the Raven chatbot pilot missed its deadline?",
   {"cause": "PRJ-0125"})
_q(D, "causes", "What's holding up the Delta SSO rollout?", {"cause": "PRJ-0130"})
_q(NH, "causes", "Why is this one late?", {"cause": "PRJ-0183"}, page="PRJ-0183")
_q(NH, "causes", "Why did the Falcon push notifications project blow its deadline?",
   {"cause": "PRJ-0165"})
_q(FI, "causes", "What's the reason the Nimbus Kubernetes migration is running late?",
   {"cause": "PRJ-0200"})

# --- forecasts ----------------------------------------------------------------------------------
_q(D, "forecasts", "What are the odds the Falcon card processor migration finishes on time?",
   {"value": "p_on_time", "of": "PRJ-0029"})
_q(D, "forecasts", "A client is asking: when is the Sierra invoice engine realistically going "
   "to be done?", {"value": "p50_date", "of": "PRJ-0063"})
_q(D, "forecasts", "Which projects are likely to miss their deadline, though they aren't "
   "overdue yet?", {"list": "projects", "where": {"health": "at_risk"}})
_q(FI, "forecasts", "How many payments projects are in trouble but not yet overdue?",
   {"count": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}})
_q(NH, "forecasts", "When do we actually think this will wrap up?",
   {"value": "p50_date", "of": "PRJ-0018"}, page="PRJ-0018")
_q(FI, "forecasts", "Which projects have less than a 30% chance of landing on time?",
   {"list": "projects", "where": {"p_below": 0.3}})
_q(D, "forecasts", "How many projects are in good shape right now?",
   {"count": "projects", "where": {"health": "on_track"}})
_q(TL, "forecasts", "what's the chance this lands by its due date?",
   {"value": "p_on_time", "of": "PRJ-0048"}, page="PRJ-0048")
_q(FI, "forecasts", "Which data platform projects are likely to miss their date but aren't late "
   "yet?", {"list": "projects", "where": {"health": "at_risk", "portfolio": "Data Platform"}})
_q(D, "forecasts", "When will the Sierra refund automation most likely be finished?",
   {"value": "p50_date", "of": "PRJ-0140"})

# --- typos --------------------------------------------------------------------------------------
_q(D, "typos", "how many projcts are overdue rn",
   {"count": "projects", "where": {"health": "late"}})
_q(TL, "typos", "whos workin on the Juniper push notifcations",
   {"list": "people", "where": {"works_on": "PRJ-0017"}})
_q(NH, "typos", "wich projects finsh in july? only the ones still going",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q(RM, "typos", "how bookd is Tom Kaur this wek", {"value": "load", "of": "Tom Kaur",
                                                   "period": "this_week"})
_q(RM, "typos", "what skils does Amir Fischer have",
   {"list": "skills", "where": {"person": "Amir Fischer"}})
_q(FI, "typos", "payments projets still runing?",
   {"list": "projects", "where": {"status": "open", "portfolio": "Payments"}})
_q(FI, "typos", "chances the Granite refund automaton makes its date?",
   {"value": "p_on_time", "of": "PRJ-0127"})
_q(NH, "typos", "who leads Beacon observabilty stack", {"value": "owner", "of": "PRJ-0037"})
_q(RM, "typos", "hw many ppl know terrafrom",
   {"count": "people", "where": {"skill": "terraform"}})
_q(TL, "typos", "whens this gonna be done realisticly", {"value": "p50_date", "of": "PRJ-0145"},
   page="PRJ-0145")

# --- languages ----------------------------------------------------------------------------------
_q(D, "languages", "Wie viele Projekte sind gerade überfällig?",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q(TL, "languages", "Qui travaille en ce moment sur Onyx checkout payments ?",
   {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0069"}}})
_q(RM, "languages", "¿Cuántas personas saben Python?",
   {"language": "es", "then": {"count": "people", "where": {"skill": "python"}}})
_q(NH, "languages", "Welke projecten van Devices lopen nog?",
   {"language": "nl", "then": {"list": "projects",
                               "where": {"status": "open", "portfolio": "Devices"}}})
_q(D, "languages", "Quando finirà realisticamente il progetto PRJ-0140?",
   {"language": "it", "then": {"value": "p50_date", "of": "PRJ-0140"}})
_q(FI, "languages", "Quem é o responsável pelo projeto Willow help center?",
   {"language": "pt", "then": {"value": "owner", "of": "PRJ-0123"}})
_q(TL, "languages", "Wer arbeitet an diesem Projekt?",
   {"language": "de", "then": {"list": "people", "where": {"works_on": "PRJ-0086"}}},
   page="PRJ-0086")
_q(NH, "languages", "Combien de projets ont été terminés le mois dernier ?",
   {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}})
_q(FI, "languages", "¿Cuál es el presupuesto en euros del proyecto Granite chatbot pilot?",
   {"language": "es", "then": None})
_q(RM, "languages", "Wie is er volgende week helemaal vrij?",
   {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}})

# --- unanswerable -------------------------------------------------------------------------------
_q(FI, "unanswerable", "What's the total budget in dollars for the Payments projects this year?",
   {"refuse": "no money figures in the data"})
_q(TL, "unanswerable", "What's our customer satisfaction score for the support projects?",
   {"refuse": "no customer satisfaction data"})
_q(RM, "unanswerable", "What salary band is Noor Larsen on?", {"refuse": "no salaries"})
_q(RM, "unanswerable", "How many vacation days does Farah Kaur have left this year?",
   {"refuse": "no leave data"})
_q(D, "unanswerable", "How much revenue did the Lumen referral program bring in?",
   {"refuse": "no revenue data"})
_q(FI, "unanswerable", "What's this project costing us per month?", {"refuse": "no costs"},
   page="PRJ-0051")
_q(NH, "unanswerable", "What was the click-through rate of the last lifecycle email campaign?",
   {"refuse": "no campaign metrics"})

# --- ambiguous ----------------------------------------------------------------------------------
_q(TL, "ambiguous", "What's Hugo working on this week?", {"clarify": {"people_named": "Hugo"}})
_q(RM, "ambiguous", "Is Dara free next week?", {"clarify": {"people_named": "Dara"}})
_q(FI, "ambiguous", "When will the Nimbus pricing experiment be finished?",
   {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}})
_q(D, "ambiguous", "Who's working on the Beacon data catalog?",
   {"clarify": {"projects_named": "Beacon data catalog", "open": True}})
_q(NH, "ambiguous", "Is the Iris recommendation engine on schedule?",
   {"clarify": {"projects_named": "Iris recommendation engine", "open": True}})
_q(RM, "ambiguous", "What skills does Ada have?", {"clarify": {"people_named": "Ada"}})
_q(D, "ambiguous", "Which are our biggest projects?",
   {"clarify": ["most work items", "most story points", "most people"]})

# --- documents ----------------------------------------------------------------------------------
_q(D, "documents", "What was decided at the last Sierra invoice engine meeting?",
   {"text": [{"decision_of": "PRJ-0063"}]})
_q(FI, "documents", "What's the main worry in the latest update on the Falcon card processor "
   "migration?", {"text": [{"risk_of": "PRJ-0029"}]})
_q(NH, "documents", "What did the team agree on in their last catch-up?",
   {"text": [{"decision_of": "PRJ-0018"}]}, page="PRJ-0018")
_q(NH, "documents", "What goal is written in the plan for the Beacon push notifications?",
   {"text": ["reach a 4.5 star rating"]})
_q(FI, "documents", "How many project plans (specs) exist for the growth projects?",
   {"count": "documents", "where": {"kind": "spec", "portfolio": "Growth"}})
_q(TL, "documents", "What did the Apollo reporting warehouse team decide at their latest meeting?",
   {"text": [{"decision_of": "PRJ-0137"}]})
