"""Held-out split unseen67: people outside the project office, asking in their everyday words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17). The copilot's
code, its tests, its documentation and every other split were not opened (of unseen58 only its
docstring and helper, for the file's shape); the copilot was not run and no score was looked at.
Forecast-dependent specs (P(on time), P50 dates, "looks shaky") were checked with
``--resolve-only`` only.

Who asks (mapped onto the five personas, 30 questions each):
- director: the CTO's executive assistant (whole-company numbers for the CTO's notes and board
  calls, on the CTO's behalf);
- team_lead: a legal / contracts manager who heads the small legal team (commitments, deadlines,
  who is responsible, what was agreed);
- resource_manager: a works-council (employee) representative asking about workloads (who is
  overloaded, who has nothing booked, overtime);
- new_hire: a marketing events coordinator who joined recently (launch dates for events and
  campaigns, who to invite);
- finance: a facilities and IT procurement buyer (vendors, licences, renewals, what is running).
None of them knows the dashboard's words ('status', 'allocation', 'at risk', 'work items',
'portfolio' are not theirs), so they say what they mean in their own terms: some short chat, some
full polite sentences with the reason they ask, a few typed in a hurry with typos. 15 questions
are asked from a project page ("this project", "here", "this team", "this one").

Readings used:
- "still open", "still running", "still going", "going on / going right now", "not done yet",
  "not finished" = open (proposed, active or on hold); "paused", "on pause" = on hold; "planned
  but not started yet", "haven't kicked off" = proposed; "called off / cancelled outright" =
  cancelled;
- "missed / past / blown past its deadline", "overdue", "behind schedule", "running late" =
  late; "looks shaky", "unlikely to make its date", "might miss its deadline", "in trouble" =
  at risk; "fine" = on track; "holding up", "what went wrong", "slipping" = the cause of late or
  at risk;
- "tasks" = work items; "unfinished / still left to do" = not done; "extra tasks piled on",
  "tasks added since it started" = scope added (items, from the daily snapshots);
- "working on", "on", "assigned to", "on the team for" = works on (an allocation covering
  today); "the Growth team", "people working on Payments", "works in the Security area" = the
  portfolio's team (people on one of its projects today);
- "nothing (at all) scheduled / booked", "free", "nothing planned" = free (load 0 on every day
  of the period); "more work lined up than their working hours allow", "booked beyond full
  time", "more hours booked than they have", "overloaded", "overbooked", "more on their plate
  than a full-time week" = over-allocated (load above 100 % on some day); "how much of X's time
  is booked", "how booked up / loaded / busy is X" = X's load in the period; "spread across the
  most projects" = ranked by projects worked on today;
- "realistically done", "likely to actually finish", "best guess for when" = the forecast's P50
  date; "the chances / odds / how likely it finishes by its due date" = P(on time); "less than a
  50/50 chance" = P(on time) below 0.5 (overdue ones included: they have none); "better than 80 %
  chance" = P(on time) of at least 0.8; "least likely to make their dates" = lowest P(on time);
- "in charge of", "responsible for", "leads", "runs", "project lead", "main contact" = the
  project's owner; "department", "area", "group", "side" = portfolio; "hardware projects" =
  Devices; "QA people" = QA engineers; "embedded/firmware work" = the embedded skill;
- "the coming fortnight" / "the next two weeks" = today and the 13 days after (next_days:14);
  "the next 30 days" = next_days:30; "the past 30 days" = last_days:30; "the last two weeks"
  (for what went overdue) = last_days:14; "this week" = Mon 15 to Sun 21 June; "next week" =
  22-28 June; "since Monday" = 15 June to today; "next month" = July; "July" =
  2026-07-01..2026-07-31; "in May" = 2026-05-01..2026-05-31; "the first half of this year" =
  2026-01-01..2026-06-30; "between January and March" = Q1; "between July and September" = Q3;
  "since the beginning of last month" = 2026-05-01 to today; "this quarter so far" =
  2026-04-01 to today; "in 2025" = the calendar year 2025;
- "deadline / due / wrap up / coming to an end in P" for projects = open projects due in P;
  "finished / completed / closed out in P" = done and completed in P; "got going / kicked off /
  start in P" = start date in P; "set up / entered into the system / added in P" = created in P;
  "nearest upcoming deadlines" = open projects due from today on, soonest first; "slipped past
  their deadline in P" = became late in P;
- the legal and document questions quote the latest meeting's decision or action line, the
  latest status note's main risk, or the note that put a project on hold or cancelled it;
- money (spend, rates, licences), contracts' expiry, events' attendance, overtime actually
  worked, sick days and anyone's calendar are not in the data: refused; a first name several
  people share, a name several open projects share, and "the big projects" are asked back.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen67"
QUESTIONS: list[dict[str, Any]] = []


def _q(persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    record: dict[str, Any] = {"id": f"u67-{len(QUESTIONS) + 1:03d}", "split": SPLIT,
                              "persona": persona, "category": category, "question": question,
                              "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)


OPEN = {"status": "open"}
JULY = "range:2026-07-01:2026-07-31"
MAY = "range:2026-05-01:2026-05-31"

# --- counts ---------------------------------------------------------------------------------
_q("director", "counts",
   "Quick one for the CTO's Monday note: how many projects are still open, meaning not finished "
   "and not cancelled?",
   {"count": "projects", "where": OPEN})
_q("team_lead", "counts",
   "How many projects have missed their deadline and still aren't done?",
   {"count": "projects", "where": {"health": "late"}})
_q("resource_manager", "counts",
   "How many employees does this system know about in total?",
   {"count": "people", "where": {}})
_q("finance", "counts",
   "How many hardware projects are still running? I mean the Devices group.",
   {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}})
_q("new_hire", "counts",
   "how many projects are due to wrap up in July?",
   {"count": "projects", "where": {"status": "open", "due": JULY}})
_q("director", "counts",
   "How many projects did the teams complete in May?",
   {"count": "projects", "where": {"completed": MAY}})
_q("team_lead", "counts",
   "How many projects are paused at the moment?",
   {"count": "projects", "where": {"status": "on_hold"}})
_q("resource_manager", "counts",
   "How many colleagues have more work lined up this week than their working hours allow?",
   {"count": "people", "where": {"over_allocated": "this_week"}})
_q("finance", "counts",
   "How many projects are planned but haven't started yet?",
   {"count": "projects", "where": {"status": "proposed"}})
_q("new_hire", "counts",
   "How many projects does the Growth team have going right now?",
   {"count": "projects", "where": {"portfolio": "Growth", "status": "open"}})
_q("director", "counts",
   "How many of the critical-priority projects are still open?",
   {"count": "projects", "where": {"priority": "critical", "status": "open"}})
_q("finance", "counts",
   "How many projects were cancelled outright?",
   {"count": "projects", "where": {"status": "cancelled"}})
_q("resource_manager", "counts",
   "How many people are working on this project right now?",
   {"count": "people", "where": {"works_on": "PRJ-0048"}}, page="/projects/PRJ-0048")
_q("team_lead", "counts",
   "How many tasks are still unfinished on this project?",
   {"count": "work_items", "where": {"project": "PRJ-0085", "status": "open"}},
   page="/projects/PRJ-0085")

# --- lists ----------------------------------------------------------------------------------
_q("director", "lists",
   "Can you list the projects that are past their deadline? The CTO wants them before the board "
   "call.",
   {"list": "projects", "where": {"health": "late"}})
_q("team_lead", "lists",
   "Which projects is Sam Adams currently responsible for?",
   {"list": "projects", "where": {"owner": "Sam Adams", "status": "open"}})
_q("resource_manager", "lists",
   "Who has nothing at all scheduled this week?",
   {"list": "people", "where": {"free": "this_week"}})
_q("finance", "lists",
   "Which Payments projects are still running? I need to line up renewals with our card "
   "processor.",
   {"list": "projects", "where": {"portfolio": "Payments", "status": "open"}})
_q("new_hire", "lists",
   "Which Mobile Apps projects are planned but not started yet?",
   {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "proposed"}})
_q("director", "lists",
   "Give me the high and critical priority Security projects that aren't done yet.",
   {"list": "projects", "where": {"portfolio": "Security", "priority": ["high", "critical"],
                                  "status": "open"}})
_q("team_lead", "lists",
   "Who are the project leads on the Customer Support projects that are still running?",
   {"list": "owners", "where": {"portfolio": "Customer Support", "status": "open"}})
_q("resource_manager", "lists",
   "Who is working on the Meridian Kubernetes migration?",
   {"list": "people", "where": {"works_on": "PRJ-0151"}})
_q("finance", "lists",
   "who's on this team?",
   {"list": "people", "where": {"works_on": "PRJ-0140"}}, page="/projects/PRJ-0140")
_q("new_hire", "lists",
   "Which departments have something on pause right now?",
   {"list": "portfolios", "where": {"status": "on_hold"}})
_q("director", "lists",
   "Which departments have at least one project that's overdue?",
   {"list": "portfolios", "where": {"health": "late"}})
_q("finance", "lists",
   "Which projects got called off?",
   {"list": "projects", "where": {"status": "cancelled"}})
_q("resource_manager", "lists",
   "Which QA people are on Devices projects at the moment?",
   {"list": "people", "where": {"role": "QA engineer", "portfolio": "Devices"}})
_q("team_lead", "lists",
   "Which Data Platform projects are overdue or look shaky?",
   {"list": "projects", "where": {"portfolio": "Data Platform",
                                  "health": ["late", "at_risk"]}})

# --- periods --------------------------------------------------------------------------------
_q("director", "periods",
   "How many projects did we finish in the first half of this year?",
   {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}})
_q("new_hire", "periods",
   "I'm putting together the summer launch calendar. Which projects have their deadline in "
   "July?",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q("finance", "periods",
   "How many new projects have been set up since the beginning of last month?",
   {"count": "projects", "where": {"created": "range:2026-05-01:2026-06-17"}})
_q("resource_manager", "periods",
   "Who will have more on their plate than a full-time week at any point next month?",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q("team_lead", "periods",
   "How many projects got going this quarter so far?",
   {"count": "projects", "where": {"started": "range:2026-04-01:2026-06-17"}})
_q("director", "periods",
   "How many projects were finished between January and March?",
   {"count": "projects", "where": {"completed": "q1"}})
_q("new_hire", "periods",
   "What's coming to an end in the next 30 days?",
   {"list": "projects", "where": {"status": "open", "due": "next_days:30"}})
_q("finance", "periods",
   "How many tasks were completed last week across all the teams?",
   {"count": "work_items", "where": {"done": "last_week"}})
_q("resource_manager", "periods",
   "Who has no work booked at all for the coming fortnight?",
   {"list": "people", "where": {"free": "next_days:14"}})
_q("team_lead", "periods",
   "How many projects were entered into the system in May?",
   {"count": "projects", "where": {"created": MAY}})
_q("director", "periods",
   "How many projects are due between July and September?",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q("finance", "periods",
   "How many projects did we close out in 2025?",
   {"count": "projects", "where": {"completed": "range:2025-01-01:2025-12-31"}})
_q("new_hire", "periods",
   "Which projects are set to start next month?",
   {"list": "projects", "where": {"started": "next_month"}})

# --- rankings -------------------------------------------------------------------------------
_q("resource_manager", "rankings",
   "Who are the five most overloaded people this week?",
   {"top": "people", "by": "load", "k": 5, "period": "this_week"})
_q("director", "rankings",
   "Which department has the most overdue projects?",
   {"top": "portfolios", "by": "count", "k": 1, "where": {"health": "late"}})
_q("finance", "rankings",
   "Which three running projects have the most tasks still left to do?",
   {"top": "projects", "by": "open_items", "k": 3, "where": OPEN})
_q("team_lead", "rankings",
   "Which project is the furthest past its deadline?",
   {"top": "projects", "by": "days_overdue", "k": 1})
_q("new_hire", "rankings",
   "Which three projects have the nearest upcoming deadlines?",
   {"top": "projects", "by": "due_soonest", "k": 3,
    "where": {"status": "open", "due": "rest_of_year"}})
_q("resource_manager", "rankings",
   "Who is spread across the most projects right now?",
   {"top": "people", "by": "projects", "k": 1})
_q("director", "rankings",
   "Rank the open projects by how much work is left and give me the top five.",
   {"top": "projects", "by": "remaining_points", "k": 5, "where": OPEN})
_q("finance", "rankings",
   "Which project lead is responsible for the most projects that are still going?",
   {"top": "owners", "by": "count", "k": 1, "where": OPEN})
_q("team_lead", "rankings",
   "Which person has the most unfinished tasks assigned to them?",
   {"top": "people", "by": "open_items", "k": 1})
_q("new_hire", "rankings",
   "which 3 areas have the most projects still running?",
   {"top": "portfolios", "by": "count", "k": 3, "where": OPEN})

# --- comparisons ----------------------------------------------------------------------------
_q("director", "comparisons",
   "Payments versus Devices: how many overdue projects does each have?",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
    "only": ["Payments", "Devices"]})
_q("finance", "comparisons",
   "How many projects are still open in each department?",
   {"groups": "projects", "by": "portfolio", "where": OPEN})
_q("resource_manager", "comparisons",
   "Who is busier this week, Tom Dubois or Mei Lopez?",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Tom Dubois", "Mei Lopez"]})
_q("team_lead", "comparisons",
   "Of the projects still running, how many are low, medium, high and critical priority?",
   {"groups": "projects", "by": "priority", "where": OPEN})
_q("new_hire", "comparisons",
   "Mobile Apps or Web Storefront - which one has more projects going on right now?",
   {"groups": "projects", "by": "portfolio", "where": OPEN,
    "only": ["Mobile Apps", "Web Storefront"]})
_q("director", "comparisons",
   "Of the open projects, how many are fine, how many look shaky and how many are already "
   "overdue?",
   {"groups": "projects", "by": "health", "where": OPEN})
_q("finance", "comparisons",
   "Did Security or Infrastructure finish more projects this year?",
   {"groups": "projects", "by": "portfolio", "where": {"completed": "this_year"},
    "only": ["Security", "Infrastructure"]})
_q("resource_manager", "comparisons",
   "How many people know Python compared with Java?",
   {"groups": "skills", "by": "people", "only": ["python", "java"]})
_q("team_lead", "comparisons",
   "Unfinished tasks: how does Data Platform compare with ML Platform?",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Data Platform", "ML Platform"]})

# --- people ---------------------------------------------------------------------------------
_q("resource_manager", "people",
   "What is Hugo Lopez working on at the moment?",
   {"list": "projects", "where": {"staffed_by": "Hugo Lopez"}})
_q("director", "people",
   "Who's in charge of the Apollo metrics layer?",
   {"value": "owner", "of": "PRJ-0046"})
_q("team_lead", "people",
   "Who is responsible for this project? I need a name for the contract sign-off.",
   {"value": "owner", "of": "PRJ-0063"}, page="/projects/PRJ-0063")
_q("resource_manager", "people",
   "How much of Ana Brown's working time is booked this week?",
   {"value": "load", "of": "Ana Brown", "period": "this_week"})
_q("resource_manager", "people",
   "Is anyone on the Growth team booked beyond full time this week?",
   {"list": "people", "where": {"portfolio": "Growth", "over_allocated": "this_week"}})
_q("new_hire", "people",
   "Who is on the team for the Tundra landing pages? I'd like to invite them to the launch "
   "event.",
   {"list": "people", "where": {"works_on": "PRJ-0135"}})
_q("director", "people",
   "who's working on this one?",
   {"list": "people", "where": {"works_on": "PRJ-0102"}}, page="/projects/PRJ-0102")
_q("resource_manager", "people",
   "How booked up is Sara Martin next month?",
   {"value": "load", "of": "Sara Martin", "period": "next_month"})
_q("team_lead", "people",
   "How many projects is Rosa Novak currently assigned to?",
   {"count": "projects", "where": {"staffed_by": "Rosa Novak"}})
_q("finance", "people",
   "Which of the people working on Payments will have more hours booked than they have at some "
   "point next month?",
   {"list": "people", "where": {"portfolio": "Payments", "over_allocated": "next_month"}})
_q("resource_manager", "people",
   "Who currently works in the Security area?",
   {"list": "people", "where": {"portfolio": "Security"}})
_q("new_hire", "people",
   "Which projects is Aisha on?",
   {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}})
_q("resource_manager", "people",
   "How loaded is Lara Ahmed over the next two weeks?",
   {"value": "load", "of": "Lara Ahmed", "period": "next_days:14"})
_q("new_hire", "people",
   "Who's the main contact for this project?",
   {"value": "owner", "of": "PRJ-0177"}, page="/projects/PRJ-0177")

# --- skills ---------------------------------------------------------------------------------
_q("finance", "skills",
   "Which of our people know Kubernetes? We're reviewing the cluster licences.",
   {"list": "people", "where": {"skill": "kubernetes"}})
_q("director", "skills",
   "How many people can do embedded/firmware work?",
   {"count": "people", "where": {"skill": "embedded"}})
_q("new_hire", "skills",
   "What are Tariq Olsen's skills?",
   {"list": "skills", "where": {"person": "Tariq Olsen"}})
_q("director", "skills",
   "Which skill is needed for the most unfinished tasks?",
   {"top": "skills", "by": "open_items", "k": 1})
_q("resource_manager", "skills",
   "Who knows both Terraform and security?",
   {"list": "people", "where": {"skill": ["terraform", "security"]}})
_q("team_lead", "skills",
   "Is there anyone with networking know-how who has nothing scheduled this week?",
   {"list": "people", "where": {"skill": "networking", "free": "this_week"}})
_q("finance", "skills",
   "How many people know Spark?",
   {"count": "people", "where": {"skill": "spark"}})
_q("resource_manager", "skills",
   "Which accessibility experts are free next week?",
   {"list": "people", "where": {"skill": "accessibility", "free": "next_week"}})
_q("new_hire", "skills",
   "What's the most common skill among our staff?",
   {"top": "skills", "by": "people", "k": 1})
_q("finance", "skills",
   "Does anyone on this team know DevOps?",
   {"list": "people", "where": {"works_on": "PRJ-0151", "skill": "devops"}},
   page="/projects/PRJ-0151")

# --- changes --------------------------------------------------------------------------------
_q("director", "changes",
   "In May, how many tasks were added to projects that were already under way?",
   {"value": "scope_items_added", "where": {}, "period": MAY})
_q("team_lead", "changes",
   "Which projects slipped past their deadline in the last two weeks?",
   {"list": "projects", "where": {"became_late": "last_days:14"}})
_q("finance", "changes",
   "How many tasks did the Payments teams finish last week?",
   {"count": "work_items", "where": {"done": "last_week", "portfolio": "Payments"}})
_q("new_hire", "changes",
   "Which projects were added this month?",
   {"list": "projects", "where": {"created": "this_month"}})
_q("resource_manager", "changes",
   "Which projects got finished since Monday?",
   {"list": "projects", "where": {"completed": "since_monday"}})
_q("director", "changes",
   "How many extra tasks have been piled onto the Lumen referral program over the past 30 days?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0002"}, "period": "last_days:30"})
_q("team_lead", "changes",
   "How many tasks have been added here since it started?",
   {"value": "scope_items_added", "where": {"key": "PRJ-0183"},
    "period": "range:2026-03-14:2026-06-17"}, page="/projects/PRJ-0183")
_q("finance", "changes",
   "How many new tasks were opened across all projects this month?",
   {"count": "work_items", "where": {"created": "this_month"}})

# --- causes ---------------------------------------------------------------------------------
_q("team_lead", "causes",
   "Why is the Delta SSO rollout running late? We promised the auditors a date.",
   {"cause": "PRJ-0130"})
_q("director", "causes",
   "what went wrong with this one?",
   {"cause": "PRJ-0094"}, page="/projects/PRJ-0094")
_q("finance", "causes",
   "What's holding up the Harbor sensor hub?",
   {"cause": "PRJ-0183"})
_q("new_hire", "causes",
   "Why does the Juniper battery pack look unlikely to make its date?",
   {"cause": "PRJ-0169"})
_q("resource_manager", "causes",
   "Why is the Sierra invoice engine slipping? Is it a staffing problem?",
   {"cause": "PRJ-0063"})
_q("new_hire", "causes",
   "The Falcon push notifications were supposed to go out in May. What happened?",
   {"cause": "PRJ-0165"})
_q("director", "causes",
   "Why is the Nimbus Kubernetes migration behind schedule?",
   {"cause": "PRJ-0200"})
_q("team_lead", "causes",
   "What's the reason the Granite refund automation might miss its deadline?",
   {"cause": "PRJ-0127"})

# --- forecasts ------------------------------------------------------------------------------
_q("finance", "forecasts",
   "When will the Falcon card processor migration realistically be done? Our processor contract "
   "depends on it.",
   {"value": "p50_date", "of": "PRJ-0029"})
_q("new_hire", "forecasts",
   "What are the chances the Beacon push notifications ship by their deadline?",
   {"value": "p_on_time", "of": "PRJ-0018"})
_q("director", "forecasts",
   "Apart from the ones already overdue, which three projects are least likely to make their "
   "dates?",
   {"top": "projects", "by": "p_on_time", "k": 3, "where": {"health": ["at_risk", "on_track"]}})
_q("new_hire", "forecasts",
   "When is the Zephyr lifecycle emails project likely to actually finish? We're building a "
   "campaign around it.",
   {"value": "p50_date", "of": "PRJ-0177"})
_q("director", "forecasts",
   "How many open projects have less than a 50/50 chance of finishing on time?",
   {"count": "projects", "where": {"status": "open", "p_below": 0.5}})
_q("new_hire", "forecasts",
   "When's this realistically going to be done?",
   {"value": "p50_date", "of": "PRJ-0051"}, page="/projects/PRJ-0051")
_q("team_lead", "forecasts",
   "How likely is it that the Sierra refund automation finishes by its due date?",
   {"value": "p_on_time", "of": "PRJ-0140"})
_q("finance", "forecasts",
   "Which Data Platform projects have a better than 80% chance of finishing on time?",
   {"list": "projects", "where": {"portfolio": "Data Platform", "p_at_least": 0.8}})
_q("director", "forecasts",
   "Best guess for when the Meridian Kubernetes migration will be finished?",
   {"value": "p50_date", "of": "PRJ-0151"})
_q("team_lead", "forecasts",
   "What are the odds this finishes on schedule?",
   {"value": "p_on_time", "of": "PRJ-0011"}, page="/projects/PRJ-0011")

# --- typos ----------------------------------------------------------------------------------
_q("director", "typos",
   "how many projcts are overdue rn",
   {"count": "projects", "where": {"health": "late"}})
_q("resource_manager", "typos",
   "whos overbookd this wek",
   {"list": "people", "where": {"over_allocated": "this_week"}})
_q("resource_manager", "typos",
   "wat is sofia zhang workin on",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q("new_hire", "typos",
   "tundra batery pack realistic finish date?",
   {"value": "p50_date", "of": "PRJ-0048"})
_q("finance", "typos",
   "how many ppl know pyhton",
   {"count": "people", "where": {"skill": "python"}})
_q("team_lead", "typos",
   "who runs the beacon obsevability stack",
   {"value": "owner", "of": "PRJ-0037"})
_q("new_hire", "typos",
   "which projcts got finshed last month",
   {"list": "projects", "where": {"completed": "last_month"}})
_q("new_hire", "typos",
   "why is the cobalt smart termostat late",
   {"cause": "PRJ-0104"})
_q("finance", "typos",
   "hw many unfinshed tasks does growth have",
   {"count": "work_items", "where": {"portfolio": "Growth", "status": "open"}})
_q("team_lead", "typos",
   "hw many ppl on this",
   {"count": "people", "where": {"works_on": "PRJ-0072"}}, page="/projects/PRJ-0072")

# --- languages ------------------------------------------------------------------------------
_q("director", "languages",
   "Wie viele Projekte haben ihre Frist schon überschritten?",
   {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}})
_q("team_lead", "languages",
   "Qui travaille sur ce projet en ce moment ?",
   {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0130"}}},
   page="/projects/PRJ-0130")
_q("finance", "languages",
   "¿Cuándo terminará realmente el proyecto PRJ-0046?",
   {"language": "es", "then": {"value": "p50_date", "of": "PRJ-0046"}})
_q("new_hire", "languages",
   "Welke projecten hebben hun deadline in juli?",
   {"language": "nl", "then": {"list": "projects", "where": {"status": "open", "due": JULY}}})
_q("resource_manager", "languages",
   "Quante persone hanno più lavoro di quanto possano fare questa settimana?",
   {"language": "it", "then": {"count": "people", "where": {"over_allocated": "this_week"}}})
_q("team_lead", "languages",
   "Quem é o responsável pelo projeto Sierra support analytics?",
   {"language": "pt", "then": {"value": "owner", "of": "PRJ-0072"}})
_q("resource_manager", "languages",
   "Wer hat diese Woche gar nichts eingeplant?",
   {"language": "de", "then": {"list": "people", "where": {"free": "this_week"}}})
_q("new_hire", "languages",
   "Combien de projets sont en pause en ce moment ?",
   {"language": "fr", "then": {"count": "projects", "where": {"status": "on_hold"}}})
_q("finance", "languages",
   "¿Cuántos proyectos siguen abiertos en el área de Payments?",
   {"language": "es", "then": {"count": "projects",
                               "where": {"portfolio": "Payments", "status": "open"}}})
_q("director", "languages",
   "Quanto abbiamo speso finora per il progetto PRJ-0063?",
   {"language": "it", "then": None})

# --- unanswerable ---------------------------------------------------------------------------
_q("finance", "unanswerable",
   "How much have we spent on licences for the Kubernetes migration so far?",
   {"refuse": "money is not in the data"})
_q("team_lead", "unanswerable",
   "Which of our vendor contracts expire before the end of the year?",
   {"refuse": "contracts and their terms are not in the data"})
_q("new_hire", "unanswerable",
   "How many people came to the last product launch event?",
   {"refuse": "events and attendance are not in the data"})
_q("resource_manager", "unanswerable",
   "How much overtime did the Devices engineers actually put in last month?",
   {"refuse": "hours actually worked are not in the data"})
_q("director", "unanswerable",
   "Is the CTO free for a call on Friday afternoon?",
   {"refuse": "calendars are not in the data"})
_q("finance", "unanswerable",
   "What's the day rate we pay our external contractors?",
   {"refuse": "rates and money are not in the data"})
_q("resource_manager", "unanswerable",
   "How many sick days has the QA team taken this year?",
   {"refuse": "absences are not in the data"})

# --- ambiguous ------------------------------------------------------------------------------
_q("resource_manager", "ambiguous",
   "What is Dara working on right now?",
   {"clarify": {"people_named": "Dara"}})
_q("new_hire", "ambiguous",
   "When will the Iris recommendation engine be done?",
   {"clarify": {"projects_named": "Iris recommendation engine", "open": True}})
_q("team_lead", "ambiguous",
   "Who's in charge of the Beacon data catalog?",
   {"clarify": {"projects_named": "Beacon data catalog", "open": True}})
_q("resource_manager", "ambiguous",
   "How busy is Tom this week?",
   {"clarify": {"people_named": "Tom"}})
_q("new_hire", "ambiguous",
   "Will the Nimbus pricing experiment be ready in time for our September event?",
   {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}})
_q("director", "ambiguous",
   "Show me the big projects.",
   {"clarify": ["the most work left", "the largest teams", "the highest priority"]})
_q("finance", "ambiguous",
   "Is Priya free next week?",
   {"clarify": {"people_named": "Priya"}})

# --- documents ------------------------------------------------------------------------------
_q("team_lead", "documents",
   "On the Granite vulnerability program, who was asked to check the vendor contract, and by "
   "when?",
   {"text": ["Ines Santos will check the vendor contract by 27 June 2026"]})
_q("team_lead", "documents",
   "Why was the Lumen accessibility audit put on pause?",
   {"text": ["a vendor dependency is blocked"]})
_q("director", "documents",
   "What did the team decide at their last meeting?",
   {"text": [{"decision_of": "PRJ-0037"}]}, page="/projects/PRJ-0037")
_q("finance", "documents",
   "What's the biggest worry in the latest update on this project?",
   {"text": [{"risk_of": "PRJ-0040"}]}, page="/projects/PRJ-0040")
_q("team_lead", "documents",
   "Why was the Umbra checkout redesign cancelled, and who made that call?",
   {"text": ["a vendor dependency is blocked", "Ben Garcia"]})
_q("new_hire", "documents",
   "What was agreed at the most recent Zephyr lifecycle emails meeting?",
   {"text": [{"decision_of": "PRJ-0177"}]})
