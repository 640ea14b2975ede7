"""Held-out split unseen76: 150 questions from the managers of one organisation, written blind.

Who wrote it: a helper session started for this purpose, which never opened the copilot
(``models/``), the dashboard, ``docs/copilot.md``, the tests or any other split file, ran nothing
but ``--resolve-only`` and saw no score. It read only ``copilot_questions.py``, ``expect.py``,
``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``,
``data/demo.py`` and the demo database (200 projects, seed 7, today 2026-06-17, a Wednesday),
queried with plain SQL to look up names, keys, owners, skills, roles, portfolios and document
phrases. HELD OUT: nobody working on the copilot reads it; it is scored once, at the end.

Whose questions: the Digital Delivery directorate of Brugman Group, a Dutch retailer from
Utrecht that builds its own payments, apps and smart-home devices. Its managers run the
"tribes and squads" model and write their own way, not a project office's:

- director (Marieke, director of Digital Delivery): long messages that give the background
  first (a steering deck, an all-hands, a 1:1), sometimes two asks in one message, RAG colours.
- team_lead (squad leads): terse chat, lower case, often from a project page ("this one",
  "here", "this squad"), nicknames and partial names ("nimbus k8s", "the invoice engine").
- resource_manager (the capacity lead): dictated on the train, little punctuation, staffing
  words ("bench", "double booked", "spread across").
- new_hire (a trainee PMO analyst in his first week): polite full sentences, apologies,
  context about why he asks, partial project names.
- finance (the business controller): quarters, H1, calendar years, write-offs; asks for money
  figures the data does not hold.

Languages: Dutch (3), German (2), French (2), Spanish, Italian, Portuguese (1 each), with and
without a project key; each one the data can answer has its ``then`` spec.

Readings (docs/metrics.md and expect.py's definitions; where they are silent, as stated):

- "tribe" = a portfolio; "the X tribe" as people = the portfolio's team (people allocated today
  to one of its projects); "squad" = a project's team (people allocated to it today).
- "in flight" = status Active (started, not landed, not parked); "open"/"still open"/"not
  closed" = proposed, active or on hold; "parked" = On hold; "in the funnel"/"proposals" =
  Proposed; "landed"/"finished"/"completed"/"wrap up" (past) = Done with its completion date;
  "killed"/"cancelled" = Cancelled. "wrap up in July" for open projects = due in July.
- "red" = Late (open and due before today), "amber" = At risk, "green" = On track; "slipped",
  "overdue", "past their due date", "behind schedule", "miss its due date" = late.
  "gone red"/"turned late"/"tipped into late" in a period = became late in it (the day after
  its due date falls in the period, and still late today).
- "on the bench"/"free"/"no allocation" in a period = load 0 on every day of it;
  "double booked"/"overbooked"/"over 100%"/"overallocated" = load above 100 % on some day of
  the period; "load" = highest daily sum of allocation shares in the period; "what is X on",
  "spread across the most projects" = projects with an allocation covering today.
- "tickets"/"work items" = work items; "open tickets" = not done; "features" = work items of
  kind feature; "points closed" = story points of items done in the period.
- "odds"/"chance"/"probability" of making the date = the stored P(on time); "ETA", "expected
  finish", "realistically expect to land", "likely to finish" = the forecast's P50 date.
- "scope added" = items added to the scope (from the daily snapshots); "created/set up this
  month" = the project's creation date.
- Periods, from Wednesday 2026-06-17: "this week" Mon 15 - Sun 21 June; "next week" 22 - 28
  June; "since Monday" 15 - 17 June; "last week" 8 - 14 June; "the coming fortnight" today and
  the 13 days after it (17 - 30 June); "this month" June; "last month"/"May" May 2026; "July"/
  "next month" 1 - 31 July 2026; "August" 1 - 31 August 2026; "this quarter" Q2 (April-June);
  "Q1" January-March 2026; "Q3" July-September 2026; "H1"/"this half-year" 1 January -
  30 June 2026; "calendar year 2025" 1 January - 31 December 2025; "the last 30 days" 18 May -
  17 June. "Due soonest (not the late ones)" ranks open projects due today or later.
- A name two open projects share ("Beacon data catalog"), a partial name several open projects
  share ("the chatbot one", "offline mode", "the SSO rollout"), a first name several people
  share ("Hugo", "Priya") and an undefined term ("this fiscal year": Brugman's fiscal year is
  not in the data) are asked back. A name an open and a closed project share ("Beacon smart
  thermostat", "the invoice engine") is the open one.
- Money (spend, rates, salaries, revenue), satisfaction scores, leave and production incidents
  are not in the data: refused.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen76"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u76-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"
LATE = {"health": "late"}
OPEN = {"status": "open"}
JULY = "range:2026-07-01:2026-07-31"

QUESTIONS = [
    # --- counts -------------------------------------------------------------------------------
    _q(1, D, "counts",
       "Morning. I'm putting together the steering committee deck for Thursday and want to open "
       "with the size of what we are carrying. How many projects are in flight right now, "
       "meaning started and neither landed nor parked?",
       {"count": "projects", "where": {"status": "active"}}),
    _q(2, TL, "counts", "# red projects in the Customer Support tribe?",
       {"count": "projects", "where": {**LATE, "portfolio": "Customer Support"}}),
    _q(3, RM, "counts", "how many people are double booked this week",
       {"count": "people", "where": {"over_allocated": "this_week"}}),
    _q(4, FI, "counts",
       "For the write-off register: how many projects have been killed altogether, since we "
       "started tracking them here?",
       {"count": "projects", "where": {"status": "cancelled"}}),
    _q(5, NH, "counts",
       "Apologies if this is a very basic question, I only joined on Monday: how many tribes "
       "(portfolios) do we have?",
       {"count": "portfolios", "where": {}}),
    _q(6, TL, "counts", "open tickets left on this one?",
       {"count": "work_items", "where": {"status": "open", "project": "PRJ-0152"}},
       page="/projects/PRJ-0152"),
    _q(7, FI, "counts", "Number of critical-priority projects that are still open, please.",
       {"count": "projects", "where": {**OPEN, "priority": "critical"}}),
    _q(8, D, "counts",
       "Quick one before my 1:1 with the Devices tribe lead this afternoon. How many Devices "
       "projects are open at the moment, and how many of those have already slipped?",
       {"count": "projects", "where": {**OPEN, "portfolio": "Devices"}}),
    _q(9, RM, "counts", "how many ML engineers have we got in total",
       {"count": "people", "where": {"role": "ML engineer"}}),
    _q(10, NH, "counts", "How many work items are in progress right now, across all projects?",
       {"count": "work_items", "where": {"status": "in_progress"}}),
    _q(11, FI, "counts", "How many proposals are sitting in the funnel waiting to start?",
       {"count": "projects", "where": {"status": "proposed"}}),
    _q(12, TL, "counts", "open features in Payments, how many",
       {"count": "work_items", "where": {"status": "open", "kind": "feature",
                                         "portfolio": "Payments"}}),
    _q(13, RM, "counts", "how many people are on the bench next week",
       {"count": "people", "where": {"free": "next_week"}}),
    _q(14, NH, "counts",
       "I'm trying to catch up on the history of this project. How many documents have been "
       "filed for it so far?",
       {"count": "documents", "where": {"project": "PRJ-0169"}}, page="/projects/PRJ-0169"),

    # --- lists --------------------------------------------------------------------------------
    _q(15, D, "lists",
       "Which of our critical projects are still open? I'd like the list, not only the number.",
       {"list": "projects", "where": {**OPEN, "priority": "critical"}}),
    _q(16, TL, "lists", "parked projects?",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(17, FI, "lists",
       "Which projects have we cancelled, ever? I need the keys for the write-off review.",
       {"list": "projects", "where": {"status": "cancelled"}}),
    _q(18, RM, "lists", "what is Sofia Zhang on at the moment",
       {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}}),
    _q(19, NH, "lists",
       "Could you list the open projects that Hugo Lopez owns? I was told to introduce myself "
       "to him this week.",
       {"list": "projects", "where": {**OPEN, "owner": "Hugo Lopez"}}),
    _q(20, TL, "lists", "red ones in Devices",
       {"list": "projects", "where": {**LATE, "portfolio": "Devices"}}),
    _q(21, D, "lists",
       "Which tribes have nothing late at all? I'd like to thank their leads at the all-hands.",
       {"list": "portfolios", "where": LATE, "having": "none"}),
    _q(22, FI, "lists", "Which high-priority proposals are in the funnel?",
       {"list": "projects", "where": {"status": "proposed", "priority": "high"}}),
    _q(23, NH, "lists", "Which Mobile Apps projects are active at the moment?",
       {"list": "projects", "where": {"status": "active", "portfolio": "Mobile Apps"}}),
    _q(24, TL, "lists", "low prio stuff still open in ML Platform",
       {"list": "projects", "where": {**OPEN, "priority": "low", "portfolio": "ML Platform"}}),
    _q(25, RM, "lists", "list everyone in the Security tribe as of today",
       {"list": "people", "where": {"portfolio": "Security"}}),
    _q(26, D, "lists",
       "The board has asked about delivery risk. Of the projects that are past their due date, "
       "which ones are high or critical priority?",
       {"list": "projects", "where": {**LATE, "priority": ["high", "critical"]}}),
    _q(27, FI, "lists", "Which open projects does Ines Fischer own?",
       {"list": "projects", "where": {**OPEN, "owner": "Ines Fischer"}}),
    _q(28, NH, "lists", "Which Security projects are not closed yet?",
       {"list": "projects", "where": {**OPEN, "portfolio": "Security"}}),

    # --- periods ------------------------------------------------------------------------------
    _q(29, D, "periods",
       "What's due in the coming fortnight? I want to be on top of anything that could land "
       "on my desk before the summer.",
       {"list": "projects", "where": {**OPEN, "due": "next_days:14"}}),
    _q(30, FI, "periods", "How many projects landed in Q1?",
       {"count": "projects", "where": {"completed": "q1"}}),
    _q(31, FI, "periods",
       "H1 closes in two weeks. How many projects have we completed so far this half-year?",
       {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}),
    _q(32, TL, "periods", "anything due this week?",
       {"list": "projects", "where": {**OPEN, "due": "this_week"}}),
    _q(33, RM, "periods", "which projects kick off in july",
       {"list": "projects", "where": {"started": JULY}}),
    _q(34, NH, "periods", "Which projects were finished last month?",
       {"list": "projects", "where": {"completed": "last_month"}}),
    _q(35, D, "periods", "Which projects have gone red since the first of the month?",
       {"list": "projects", "where": {"became_late": "this_month"}}),
    _q(36, FI, "periods", "How many open projects have a due date in Q3?",
       {"count": "projects", "where": {**OPEN, "due": "q3"}}),
    _q(37, TL, "periods", "what kicked off since monday",
       {"list": "projects", "where": {"started": "since_monday"}}),
    _q(38, NH, "periods", "How many of the open projects are due in August?",
       {"count": "projects", "where": {**OPEN, "due": "range:2026-08-01:2026-08-31"}}),
    _q(39, RM, "periods",
       "which projects wrap up in july i need to know whose people come free",
       {"list": "projects", "where": {**OPEN, "due": JULY}}),
    _q(40, FI, "periods", "How many projects did we complete in calendar year 2025?",
       {"count": "projects", "where": {"completed": "range:2025-01-01:2025-12-31"}}),
    _q(41, TL, "periods", "when's this due again",
       {"value": "due_date", "of": "PRJ-0063"}, page="/projects/PRJ-0063"),

    # --- rankings -----------------------------------------------------------------------------
    _q(42, D, "rankings", "Top three most overdue projects, please, with how late each one is.",
       {"top": "projects", "by": "days_overdue", "k": 3, "where": LATE}),
    _q(43, RM, "rankings", "who are the five most loaded people this week",
       {"top": "people", "by": "load", "k": 5, "period": "this_week"}),
    _q(44, NH, "rankings",
       "Which five open projects have the most work items still open? I'd like to see where "
       "the bulk of the work is.",
       {"top": "projects", "by": "open_items", "k": 5, "where": OPEN}),
    _q(45, FI, "rankings", "Which tribe carries the most open projects?",
       {"top": "portfolios", "by": "count", "k": 1, "where": OPEN}),
    _q(46, D, "rankings",
       "Who owns the most open projects? I suspect one person is carrying far too much.",
       {"top": "owners", "by": "count", "k": 1, "where": OPEN}),
    _q(47, FI, "rankings",
       "For the accruals I need the in-flight projects that are closest to done. Top three by "
       "progress, please.",
       {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}}),
    _q(48, RM, "rankings", "who is spread across the most projects right now",
       {"top": "people", "by": "projects", "k": 1}),
    _q(49, NH, "rankings", "Which three open projects have the most story points still to do?",
       {"top": "projects", "by": "remaining_points", "k": 3, "where": OPEN}),
    _q(50, TL, "rankings", "who on this squad is the busiest this week",
       {"top": "people", "by": "load", "k": 1, "where": {"works_on": "PRJ-0086"},
        "period": "this_week"}, page="/projects/PRJ-0086"),
    _q(51, NH, "rankings",
       "Which open projects are due soonest? The next three coming up would help, not the ones "
       "that are already late.",
       {"top": "projects", "by": "due_soonest", "k": 3,
        "where": {**OPEN, "due": "rest_of_year"}}),

    # --- comparisons --------------------------------------------------------------------------
    _q(52, D, "comparisons",
       "For the all-hands I want each tribe's number of late projects side by side.",
       {"groups": "projects", "by": "portfolio", "where": LATE}),
    _q(53, FI, "comparisons", "Open projects broken down by priority, please.",
       {"groups": "projects", "by": "priority", "where": OPEN}),
    _q(54, RM, "comparisons", "compare Leo Moreau and Sofia Zhang on load this week",
       {"groups": "people", "by": "load", "only": ["Leo Moreau", "Sofia Zhang"],
        "period": "this_week"}),
    _q(55, NH, "comparisons",
       "Do Devices or Data Platform have more open projects? Someone said Devices is the "
       "biggest tribe and I'd like to check.",
       {"groups": "projects", "by": "portfolio", "where": OPEN,
        "only": ["Devices", "Data Platform"]}),
    _q(56, NH, "comparisons",
       "How do Payments and Growth compare on projects completed this quarter?",
       {"groups": "projects", "by": "portfolio", "where": {"completed": "this_quarter"},
        "only": ["Payments", "Growth"]}),
    _q(57, FI, "comparisons",
       "We are costing the front-end hiring plan. How many people know React, compared with "
       "how many know TypeScript?",
       {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    _q(58, FI, "comparisons", "How many open work items does each tribe carry?",
       {"groups": "work_items", "by": "portfolio", "where": {"status": "open"}}),
    _q(59, TL, "comparisons", "green/amber/red split of all open projects",
       {"groups": "projects", "by": "health", "where": OPEN}),
    _q(60, RM, "comparisons", "who is busier next week ana brown or hugo patel",
       {"groups": "people", "by": "load", "only": ["Ana Brown", "Hugo Patel"],
        "period": "next_week"}),

    # --- people -------------------------------------------------------------------------------
    _q(61, RM, "people", "who's on the bench this week",
       {"list": "people", "where": {"free": "this_week"}}),
    _q(62, TL, "people", "who's in this squad",
       {"list": "people", "where": {"works_on": "PRJ-0183"}}, page="/projects/PRJ-0183"),
    _q(63, NH, "people",
       "Who works on the invoice engine? I have a question about the B2B invoice format.",
       {"list": "people", "where": {"works_on": "PRJ-0063"}}),
    _q(64, D, "people",
       "Which people in the Devices tribe are double-booked this week? Their lead tells me "
       "they're fine, but I'd like to see it for myself.",
       {"list": "people", "where": {"portfolio": "Devices", "over_allocated": "this_week"}}),
    _q(65, RM, "people", "whats Emeka Okafor's load this week",
       {"value": "load", "of": "Emeka Okafor", "period": "this_week"}),
    _q(66, RM, "people", "who is free for the whole of july",
       {"list": "people", "where": {"free": "next_month"}}),
    _q(67, TL, "people", "QA engineers over 100% this week?",
       {"list": "people", "where": {"role": "QA engineer", "over_allocated": "this_week"}}),
    _q(68, FI, "people", "How many people are staffed on Customer Support projects right now?",
       {"count": "people", "where": {"portfolio": "Customer Support"}}),
    _q(69, D, "people",
       "Who is working on the Nimbus Kubernetes migration, and are any of them over 100% this "
       "week?",
       {"list": "people", "where": {"works_on": "PRJ-0200"}}),
    _q(70, NH, "people", "Which DevOps engineers have no allocation this week?",
       {"list": "people", "where": {"role": "DevOps engineer", "free": "this_week"}}),
    _q(71, RM, "people", "anyone on this squad double booked this week",
       {"list": "people", "where": {"works_on": "PRJ-0048", "over_allocated": "this_week"}},
       page="/projects/PRJ-0048"),
    _q(72, TL, "people", "Sara Martin load in july?",
       {"value": "load", "of": "Sara Martin", "period": "next_month"}),
    _q(73, D, "people",
       "I want to lend two people to the SSO work. Which security engineers have no allocation "
       "at all this week?",
       {"list": "people", "where": {"role": "Security engineer", "free": "this_week"}}),
    _q(74, NH, "people", "Who is working on this project at the moment?",
       {"list": "people", "where": {"works_on": "PRJ-0123"}}, page="/projects/PRJ-0123"),

    # --- skills -------------------------------------------------------------------------------
    _q(75, RM, "skills", "who has spark",
       {"list": "people", "where": {"skill": "spark"}}),
    _q(76, NH, "skills",
       "What skills does Chen Brown have? I'm pairing with Chen tomorrow and want to prepare.",
       {"list": "skills", "where": {"person": "Chen Brown"}}),
    _q(77, TL, "skills", "need someone with terraform and kubernetes, who's got both",
       {"list": "people", "where": {"skill": ["terraform", "kubernetes"]}}),
    _q(78, D, "skills",
       "Which skill is most in demand across the open work? I want to know where to hire.",
       {"top": "skills", "by": "open_items", "k": 1}),
    _q(79, RM, "skills", "embedded people on the bench this week",
       {"list": "people", "where": {"skill": "embedded", "free": "this_week"}}),
    _q(80, FI, "skills", "How many people have networking skills?",
       {"count": "people", "where": {"skill": "networking"}}),
    _q(81, NH, "skills",
       "Which skills are the rarest among our people? The three rarest would be enough.",
       {"top": "skills", "by": "people", "k": 3, "order": "asc"}),
    _q(82, TL, "skills", "open tickets that need kubernetes?",
       {"count": "work_items", "where": {"status": "open", "skill": "kubernetes"}}),
    _q(83, RM, "skills", "anyone with kubernetes free over the coming fortnight",
       {"list": "people", "where": {"skill": "kubernetes", "free": "next_days:14"}}),
    _q(84, D, "skills",
       "The accessibility audit team is asking for help. Who on our side can do accessibility "
       "work?",
       {"list": "people", "where": {"skill": "accessibility"}}),

    # --- changes ------------------------------------------------------------------------------
    _q(85, D, "changes", "How much scope has been added to our open projects this month?",
       {"value": "scope_items_added", "where": OPEN, "period": "this_month"}),
    _q(86, TL, "changes", "how many items were added to scope here since kickoff",
       {"value": "scope_items_added", "where": {"key": "PRJ-0104"},
        "period": "range:2026-01-12:2026-06-17"}, page="/projects/PRJ-0104"),
    _q(87, FI, "changes", "Which projects turned late in May?",
       {"list": "projects", "where": {"became_late": "last_month"}}),
    _q(88, RM, "changes", "how many work items got done last week",
       {"count": "work_items", "where": {"done": "last_week"}}),
    _q(89, NH, "changes", "Which projects were set up in the tool this month?",
       {"list": "projects", "where": {"created": "this_month"}}),
    _q(90, TL, "changes", "points closed last week, whole portfolio",
       {"value": "points_done", "where": {"done": "last_week"}}),
    _q(91, D, "changes", "Which projects tipped into late this week?",
       {"list": "projects", "where": {"became_late": "this_week"}}),
    _q(92, FI, "changes", "How many new work items were raised last week?",
       {"count": "work_items", "where": {"created": "last_week"}}),

    # --- causes -------------------------------------------------------------------------------
    _q(93, D, "causes",
       "The Falcon metrics layer is now more than half a year past its date and still open. "
       "Before I escalate it: what is actually holding it up?",
       {"cause": "PRJ-0094"}),
    _q(94, TL, "causes", "why is this one late",
       {"cause": "PRJ-0183"}, page="/projects/PRJ-0183"),
    _q(95, NH, "causes", "Why did the Zephyr chatbot pilot miss its due date?",
       {"cause": "PRJ-0102"}),
    _q(96, FI, "causes", "What's behind the delay on PRJ-0130?",
       {"cause": "PRJ-0130"}),
    _q(97, RM, "causes", "why is PRJ-0165 late is it a staffing thing",
       {"cause": "PRJ-0165"}),
    _q(98, D, "causes", "The Raven chatbot pilot went red this week. What's the root cause?",
       {"cause": "PRJ-0125"}),
    _q(99, TL, "causes", "why is nimbus k8s late",
       {"cause": "PRJ-0200"}),
    _q(100, NH, "causes", "Could you explain why this project is behind schedule?",
       {"cause": "PRJ-0104"}, page="/projects/PRJ-0104"),

    # --- forecasts ----------------------------------------------------------------------------
    _q(101, D, "forecasts", "When do we realistically expect the Iris sensor hub to land?",
       {"value": "p50_date", "of": "PRJ-0176"}),
    _q(102, TL, "forecasts", "odds we make the date here?",
       {"value": "p_on_time", "of": "PRJ-0048"}, page="/projects/PRJ-0048"),
    _q(103, FI, "forecasts",
       "Which projects are amber right now? Not the late ones, the ones likely to miss.",
       {"list": "projects", "where": {"health": "at_risk"}}),
    _q(104, RM, "forecasts", "expected finish date for the Beacon smart thermostat",
       {"value": "p50_date", "of": "PRJ-0033"}),
    _q(105, NH, "forecasts",
       "What is the probability that the Granite chatbot pilot finishes on time?",
       {"value": "p_on_time", "of": "PRJ-0086"}),
    _q(106, D, "forecasts",
       "Of the projects due in Q3, which ones does the forecast give less than a 30% chance of "
       "making their date?",
       {"list": "projects", "where": {**OPEN, "due": "q3", "p_below": 0.3}}),
    _q(107, TL, "forecasts", "ETA for Quartz battery pack?",
       {"value": "p50_date", "of": "PRJ-0110"}),
    _q(108, FI, "forecasts",
       "How many open projects does the forecast give at least an 80% chance of finishing on "
       "time?",
       {"count": "projects", "where": {**OPEN, "p_at_least": 0.8}}),
    _q(109, NH, "forecasts", "When is this project likely to finish?",
       {"value": "p50_date", "of": "PRJ-0140"}, page="/projects/PRJ-0140"),
    _q(110, RM, "forecasts", "chance Onyx checkout payments lands by its due date",
       {"value": "p_on_time", "of": "PRJ-0069"}),

    # --- typos --------------------------------------------------------------------------------
    _q(111, TL, "typos", "hw many projcts are late rn",
       {"count": "projects", "where": LATE}),
    _q(112, RM, "typos", "whos overalocated nxt week",
       {"list": "people", "where": {"over_allocated": "next_week"}}),
    _q(113, D, "typos", "whcih tribe has teh most late projcts",
       {"top": "portfolios", "by": "count", "k": 1, "where": LATE}),
    _q(114, NH, "typos", "who works on the Granit vulnerabilty program?",
       {"list": "people", "where": {"works_on": "PRJ-0011"}}),
    _q(115, FI, "typos", "how many projetcs finshed this quater",
       {"count": "projects", "where": {"completed": "this_quarter"}}),
    _q(116, TL, "typos", "whos on this projct",
       {"list": "people", "where": {"works_on": "PRJ-0072"}}, page="/projects/PRJ-0072"),
    _q(117, RM, "typos", "Lina Kowalsky load this wk",
       {"value": "load", "of": "Lina Kowalski", "period": "this_week"}),
    _q(118, D, "typos", "whats the P50 for the Apollo metrics layr",
       {"value": "p50_date", "of": "PRJ-0046"}),
    _q(119, NH, "typos", "whcih projects are on hlod?",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(120, FI, "typos", "how many peple do we have in totl",
       {"count": "people", "where": {}}),

    # --- languages ----------------------------------------------------------------------------
    _q(121, D, "languages", "Hoeveel projecten zijn er op dit moment te laat?",
       {"language": "nl", "then": {"count": "projects", "where": LATE}}),
    _q(122, TL, "languages", "Wie werkt er aan PRJ-0047?",
       {"language": "nl", "then": {"list": "people", "where": {"works_on": "PRJ-0047"}}}),
    _q(123, RM, "languages", "Wer hat diese Woche keine Zuteilung und kann Python?",
       {"language": "de", "then": {"list": "people",
                                   "where": {"skill": "python", "free": "this_week"}}}),
    _q(124, FI, "languages", "Combien de projets ont été terminés le mois dernier ?",
       {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}}),
    _q(125, NH, "languages",
       "¿Qué probabilidad tiene Sierra refund automation de terminar a tiempo?",
       {"language": "es", "then": {"value": "p_on_time", "of": "PRJ-0140"}}),
    _q(126, TL, "languages", "Quali progetti del portafoglio Customer Support sono in ritardo?",
       {"language": "it", "then": {"list": "projects",
                                   "where": {**LATE, "portfolio": "Customer Support"}}}),
    _q(127, D, "languages", "Quais projetos críticos ainda estão abertos?",
       {"language": "pt", "then": {"list": "projects",
                                   "where": {**OPEN, "priority": "critical"}}}),
    _q(128, RM, "languages", "Wie is er volgende week helemaal vrij?",
       {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}}),
    _q(129, FI, "languages", "Gibt es Zahlen zum Budget von PRJ-0063?",
       {"language": "de", "then": None}),
    _q(130, NH, "languages", "Qui travaille sur ce projet ?",
       {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0051"}}},
       page="/projects/PRJ-0051"),

    # --- unanswerable -------------------------------------------------------------------------
    _q(131, FI, "unanswerable", "What's our total spend to date on the Payments tribe?",
       {"refuse": "no costs or spend in the data"}),
    _q(132, D, "unanswerable",
       "What's the customer satisfaction score on the help center these days?",
       {"refuse": "no satisfaction scores in the data"}),
    _q(133, RM, "unanswerable", "who's on annual leave next week",
       {"refuse": "no leave or absence data"}),
    _q(134, FI, "unanswerable",
       "What hourly rate are we paying the contractors on the Devices projects?",
       {"refuse": "no rates in the data"}),
    _q(135, NH, "unanswerable", "What's the salary band for a QA engineer here?",
       {"refuse": "no salaries in the data"}),
    _q(136, TL, "unanswerable",
       "how many prod incidents did customers raise against nimbus offline mode last month",
       {"refuse": "no production incidents in the data"}),
    _q(137, D, "unanswerable",
       "What revenue uplift will the Harbor pricing experiment deliver once it's live?",
       {"refuse": "no revenue in the data"}),

    # --- ambiguous ----------------------------------------------------------------------------
    _q(138, TL, "ambiguous", "how's the chatbot one doing",
       {"clarify": {"projects_named": "chatbot", "open": True}}),
    _q(139, D, "ambiguous",
       "When will the Beacon data catalog be done? The CFO keeps asking me.",
       {"clarify": ["PRJ-0005 Beacon data catalog", "PRJ-0032 Beacon data catalog"]}),
    _q(140, RM, "ambiguous", "whats Hugo's load this week",
       {"clarify": {"people_named": "Hugo"}}),
    _q(141, NH, "ambiguous", "Who is working on the offline mode project?",
       {"clarify": {"projects_named": "offline", "open": True}}),
    _q(142, FI, "ambiguous", "How many projects did we finish this fiscal year?",
       {"clarify": ["the calendar year 2026 to date",
                    "a fiscal year starting in another month (not in the data)"]}),
    _q(143, TL, "ambiguous", "priya's open tickets?",
       {"clarify": {"people_named": "Priya"}}),
    _q(144, D, "ambiguous", "Is the SSO rollout going to make its date?",
       {"clarify": {"projects_named": "SSO", "open": True}}),

    # --- documents ----------------------------------------------------------------------------
    _q(145, D, "documents", "Why was the Lumen accessibility audit put on hold?",
       {"text": ["a vendor dependency is blocked"]}),
    _q(146, NH, "documents",
       "What did the team decide in the latest weekly sync of the Granite chatbot pilot?",
       {"text": [{"decision_of": "PRJ-0086"}]}),
    _q(147, TL, "documents", "main risk in the latest status note here?",
       {"text": [{"risk_of": "PRJ-0062"}]}, page="/projects/PRJ-0062"),
    _q(148, FI, "documents", "Why was the Umbra data catalog cancelled?",
       {"text": ["the business case no longer holds"]}),
    _q(149, RM, "documents", "whats the goal of the Beacon smart thermostat according to its spec",
       {"text": ["pass CE certification on the first attempt"]}),
    _q(150, RM, "documents",
       "what did they decide at the most recent Sierra secrets management sync",
       {"text": [{"decision_of": "PRJ-0085"}]}),
]
