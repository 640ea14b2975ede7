"""Held-out split ``unseen54``: a normal week of the portfolio dashboard's chat box.

Who wrote it and how: one writer, working in a fresh worktree of main, blind. It was written
without opening the copilot's code (``models/``, ``dashboard/``, ``components/``, ``pages/``,
``docs/copilot.md``), the tests, any other split or any score. The only sources were the brief,
``expect.py``, ``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``,
``data/demo.py``, ``data/schema.py`` and plain SQL over a demo database built as the brief says
(200 projects, seed 7, today 2026-06-17); forecast-dependent answers were checked only with
``--resolve-only``.

Who asks: everybody who uses the chat box in an ordinary week, inside and outside the project
office, each mapped onto one of the five personas:

- ``director``: portfolio directors and the VP of engineering, plus executive assistants who
  forward a question from their boss ("my boss wants to know ...") and the head of sales.
- ``team_lead``: team leads and scrum masters, the support team lead, often asking from their
  project's page ("this project", "here", "this team").
- ``resource_manager``: resource managers and staffing coordinators, HR business partners and a
  recruiter, who say "free", "available", "booked", "overbooked".
- ``new_hire``: new joiners in the project office, and people outside it who use the tool now
  and then: sales reps and support agents, often typing on a phone, lower case, no punctuation.
- ``finance``: finance controllers, FP&A analysts and procurement, who write full polite
  sentences with the reason first, and ask about money the data does not hold.

Readings used (expect.py's docstring and docs/metrics.md; today is Wednesday 2026-06-17):

- open = proposed, active or on hold; "active", "running", "kicked off" = status active;
  "still running" = active; "finished", "wrapped up", "completed", "delivered" = status Done
  with a completion date in the period (cancelled projects are not finished);
- late = open and due before today; "overdue", "past its due date", "behind", "slipped past its
  date" all mean late; "became late in a period" = the day after its due date falls in it;
- at risk = open, not late, P(on time) below 50 %; "odds", "chance", "probability" of finishing
  on time = the stored P(on time); "ETA", "expected to finish", "most likely done" = the P50 date;
- "free", "available", "nothing allocated", "not booked" in a period = load 0 on every day of it;
  "overbooked", "over-allocated", "over capacity" = load above 100 % on some day of it;
  "load", "how busy", "how loaded" = the highest daily load in the period;
- "works on", "is on", "working on right now" = an allocation covering today; "owns", "runs",
  "in charge of", "lead", "responsible" = the project's owner;
- "this week" = Monday 15 to Sunday 21 June, but "started this week" (past tense) = Monday to
  today and "started this quarter" = 1 April to today (a project starting tomorrow has not
  started); "kick off next month" = a start date in July; "next week" = 22 to 28 June; "last
  week" = 8 to 14 June; "since Monday" = 15 June to today; "the coming fortnight" = today and
  the 13 days after it (17 to 30 June); "last month" / "May" = May 2026; "this month" = June;
  "next month" / "July" = July 2026; "this quarter" = Q2 (April to June); "Q1" = January to
  March 2026; "Q3" = July to September 2026; "H1" = 1 January to 30 June 2026; "the second
  half of the year" = 1 July to 31 December 2026; "the last 30 days" / "the last two weeks" =
  today and the 29 / 13 days before it; "due between now and the end of September" = today to
  30 September; anything "due" in a period is an open project (a cancelled one is not due);
- a question about the present that names a project two projects share, one open and one
  closed, means the open one; two open ones, or a first name two people share, needs a
  clarification; budgets, rates, revenue, customers, satisfaction, holidays and incidents are not in
  the data.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen54"

D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"
JULY = "range:2026-07-01:2026-07-31"
H1 = "range:2026-01-01:2026-06-30"
H2 = "range:2026-07-01:2026-12-31"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u54-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


QUESTIONS = [
    # --- counts ----------------------------------------------------------------------------
    _q(1, D, "counts", "How many projects do we have open right now?",
       {"count": "projects", "where": {"status": "open"}}),
    _q(2, FI, "counts",
       "Hi, I'm putting together the quarterly deck for our CFO. Could you tell me how many "
       "projects are currently active in the Payments portfolio?",
       {"count": "projects", "where": {"status": "active", "portfolio": "Payments"}}),
    _q(3, NH, "counts", "how many projects are overdue at the moment",
       {"count": "projects", "where": {"health": "late"}}),
    _q(4, TL, "counts", "# of at-risk projects in ML Platform?",
       {"count": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}}),
    _q(5, RM, "counts", "How many people do we have in total across all the teams?",
       {"count": "people", "where": {}}),
    _q(6, D, "counts",
       "Question from my boss, she's in meetings all day: how many critical priority projects "
       "are still open?",
       {"count": "projects", "where": {"priority": "critical", "status": "open"}}),
    _q(7, FI, "counts", "How many projects have been cancelled altogether?",
       {"count": "projects", "where": {"status": "cancelled"}}),
    _q(8, NH, "counts", "how many projects are on hold",
       {"count": "projects", "where": {"status": "on_hold"}}),
    _q(9, TL, "counts", "how many open items are left here?",
       {"count": "work_items", "where": {"project": "PRJ-0115", "status": "open"}},
       "/projects/PRJ-0115"),
    _q(10, RM, "counts", "How many QA engineers do we have?",
       {"count": "people", "where": {"role": "QA engineer"}}),
    _q(11, D, "counts", "How many Data Platform projects are late?",
       {"count": "projects", "where": {"health": "late", "portfolio": "Data Platform"}}),
    _q(12, NH, "counts", "how many documents are there for this project?",
       {"count": "documents", "where": {"project": "PRJ-0047"}}, "/projects/PRJ-0047"),
    _q(13, FI, "counts",
       "For the capex forecast: how many projects are proposed but haven't started yet?",
       {"count": "projects", "where": {"status": "proposed"}}),
    # --- lists -----------------------------------------------------------------------------
    _q(14, D, "lists", "Show me everything that's past its due date and still open.",
       {"list": "projects", "where": {"health": "late"}}),
    _q(15, TL, "lists", "What's on hold at the moment?",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(16, FI, "lists",
       "Could you please list the critical-priority projects that are still running?",
       {"list": "projects", "where": {"priority": "critical", "status": "active"}}),
    _q(17, NH, "lists", "what projects is Sam Adams in charge of right now",
       {"list": "projects", "where": {"owner": "Sam Adams", "status": "open"}}),
    _q(18, RM, "lists", "Which portfolios have at least one late project?",
       {"list": "portfolios", "where": {"health": "late"}, "having": "some"}),
    _q(19, D, "lists", "Give me the open projects in Security.",
       {"list": "projects", "where": {"status": "open", "portfolio": "Security"}}),
    _q(20, NH, "lists", "proposed projects in Growth?",
       {"list": "projects", "where": {"status": "proposed", "portfolio": "Growth"}}),
    _q(21, FI, "lists",
       "I need to check whether any vendor contracts should be closed. Which projects were "
       "cancelled?",
       {"list": "projects", "where": {"status": "cancelled"}}),
    _q(22, D, "lists",
       "My director asked me to pull this before her 3pm: which Devices projects are at risk?",
       {"list": "projects", "where": {"health": "at_risk", "portfolio": "Devices"}}),
    _q(23, NH, "lists", "high and critical projects that are late",
       {"list": "projects", "where": {"priority": ["high", "critical"], "health": "late"}}),
    _q(24, RM, "lists", "Which Infrastructure projects are still open?",
       {"list": "projects", "where": {"status": "open", "portfolio": "Infrastructure"}}),
    _q(25, FI, "lists", "Which portfolios currently have nothing at risk?",
       {"list": "portfolios", "where": {"health": "at_risk"}, "having": "none"}),
    _q(26, NH, "lists", "whats currently active in customer support",
       {"list": "projects", "where": {"status": "active", "portfolio": "Customer Support"}}),
    _q(27, TL, "lists", "List the on-track projects in Mobile Apps.",
       {"list": "projects", "where": {"health": "on_track", "portfolio": "Mobile Apps"}}),
    # --- periods ---------------------------------------------------------------------------
    _q(28, D, "periods", "What's due this week?",
       {"list": "projects", "where": {"due": "this_week", "status": "open"}}),
    _q(29, TL, "periods", "Anything due in the coming fortnight?",
       {"list": "projects", "where": {"due": "next_days:14", "status": "open"}}),
    _q(30, FI, "periods", "Which projects were finished last month?",
       {"list": "projects", "where": {"completed": "last_month"}}),
    _q(31, NH, "periods",
       "customers keep asking me, which projects are supposed to wrap up in July?",
       {"list": "projects", "where": {"due": JULY, "status": "open"}}),
    _q(32, RM, "periods", "Which projects kick off next month?",
       {"list": "projects", "where": {"started": "next_month"}}),
    _q(33, D, "periods", "How many projects did we complete in H1?",
       {"count": "projects", "where": {"completed": H1}}),
    _q(34, FI, "periods",
       "How many story points were delivered last week across the whole portfolio?",
       {"value": "points_done", "where": {"done": "last_week"}}),
    _q(35, TL, "periods", "How many items has this team closed since Monday?",
       {"count": "work_items", "where": {"project": "PRJ-0140", "done": "since_monday"}},
       "/projects/PRJ-0140"),
    _q(36, NH, "periods", "how many projects started this quarter",
       {"count": "projects", "where": {"started": "range:2026-04-01:2026-06-17"}}),
    _q(37, D, "periods",
       "How many open projects are due between now and the end of September?",
       {"count": "projects", "where": {"due": "range:2026-06-17:2026-09-30",
                                       "status": "open"}}),
    _q(38, RM, "periods", "Which projects were completed in the last 30 days?",
       {"list": "projects", "where": {"completed": "last_days:30"}}),
    _q(39, FI, "periods", "What did we complete in Q1?",
       {"list": "projects", "where": {"completed": "q1"}}),
    _q(40, TL, "periods", "How many projects are due in Q3?",
       {"count": "projects", "where": {"due": "q3", "status": "open"}}),
    _q(41, NH, "periods", "How many open projects are due in the second half of the year?",
       {"count": "projects", "where": {"due": H2, "status": "open"}}),
    # --- rankings --------------------------------------------------------------------------
    _q(42, D, "rankings", "Which portfolio has the most late projects?",
       {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}),
    _q(43, TL, "rankings", "Top 3 open projects by number of open work items",
       {"top": "projects", "by": "open_items", "k": 3, "where": {"status": "open"}}),
    _q(44, RM, "rankings", "Who are the five most overloaded people this week?",
       {"top": "people", "by": "load", "k": 5, "period": "this_week"}),
    _q(45, FI, "rankings", "Of the late projects, which one is the most overdue?",
       {"top": "projects", "by": "days_overdue", "k": 1, "where": {"health": "late"}}),
    _q(46, NH, "rankings", "which project owner has the most open projects",
       {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}}),
    _q(47, D, "rankings", "Which three open projects have the most work left, in story points?",
       {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}}),
    _q(48, RM, "rankings", "Which skill do we have the most people for?",
       {"top": "skills", "by": "people", "k": 1}),
    _q(49, TL, "rankings", "top 3 skills in demand in the open backlog?",
       {"top": "skills", "by": "open_items", "k": 3}),
    _q(50, FI, "rankings", "Which three open projects are furthest along?",
       {"top": "projects", "by": "progress", "k": 3, "where": {"status": "open"}}),
    _q(51, NH, "rankings", "who is on the most projects right now?",
       {"top": "people", "by": "projects", "k": 1}),
    # --- comparisons -----------------------------------------------------------------------
    _q(52, D, "comparisons", "Late projects: Devices vs Customer Support?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
        "only": ["Devices", "Customer Support"]}),
    _q(53, FI, "comparisons", "Could you break down our open projects by priority, please?",
       {"groups": "projects", "by": "priority", "where": {"status": "open"}}),
    _q(54, RM, "comparisons", "Compare Leo Moreau's and Sofia Zhang's load this week.",
       {"groups": "people", "by": "load", "period": "this_week",
        "only": ["Leo Moreau", "Sofia Zhang"]}),
    _q(55, TL, "comparisons", "How many people know React compared with TypeScript?",
       {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    _q(56, NH, "comparisons", "open work items data platform vs ml platform?",
       {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
        "only": ["Data Platform", "ML Platform"]}),
    _q(57, D, "comparisons", "What's the health split of Growth's open projects?",
       {"groups": "projects", "by": "health", "where": {"portfolio": "Growth",
                                                        "status": "open"}}),
    _q(58, FI, "comparisons", "How do the portfolios compare on the number of active projects?",
       {"groups": "projects", "by": "portfolio", "where": {"status": "active"}}),
    _q(59, TL, "comparisons",
       "How many at-risk projects does Payments have compared to Infrastructure?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
        "only": ["Payments", "Infrastructure"]}),
    _q(60, RM, "comparisons", "Who's busier next month, Priya Larsen or Sara Kowalski?",
       {"groups": "people", "by": "load", "period": "next_month",
        "only": ["Priya Larsen", "Sara Kowalski"]}),
    # --- people ----------------------------------------------------------------------------
    _q(61, TL, "people", "Who's working on this project?",
       {"list": "people", "where": {"works_on": "PRJ-0048"}}, "/projects/PRJ-0048"),
    _q(62, RM, "people", "Who's free next week?",
       {"list": "people", "where": {"free": "next_week"}}),
    _q(63, NH, "people", "Who owns PRJ-0094?", {"value": "owner", "of": "PRJ-0094"}),
    _q(64, RM, "people", "Is anyone over-allocated this week?",
       {"list": "people", "where": {"over_allocated": "this_week"}}),
    _q(65, NH, "people", "what is Sofia Zhang working on",
       {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}}),
    _q(66, FI, "people", "How loaded is Ana Brown next week?",
       {"value": "load", "of": "Ana Brown", "period": "next_week"}),
    _q(67, TL, "people", "who's overbooked next month",
       {"list": "people", "where": {"over_allocated": "next_month"}}),
    _q(68, RM, "people", "How many people have nothing allocated at all this month?",
       {"count": "people", "where": {"free": "this_month"}}),
    _q(69, NH, "people",
       "a customer asked about the Granite chatbot pilot, who runs that project?",
       {"value": "owner", "of": "PRJ-0086"}),
    _q(70, D, "people", "who's the owner here?", {"value": "owner", "of": "PRJ-0066"},
       "/projects/PRJ-0066"),
    _q(71, RM, "people", "Which product managers are free next week?",
       {"list": "people", "where": {"role": "Product manager", "free": "next_week"}}),
    _q(72, TL, "people", "What's Hugo Lopez's load this week?",
       {"value": "load", "of": "Hugo Lopez", "period": "this_week"}),
    _q(73, FI, "people",
       "I need to route a cost approval. Who is working on the Apollo metrics layer at the "
       "moment?",
       {"list": "people", "where": {"works_on": "PRJ-0046"}}),
    _q(74, NH, "people", "how many people are on the Falcon card processor migration team?",
       {"count": "people", "where": {"works_on": "PRJ-0029"}}),
    _q(75, TL, "people", "Is anyone on this team overbooked this week?",
       {"list": "people", "where": {"works_on": "PRJ-0192", "over_allocated": "this_week"}},
       "/projects/PRJ-0192"),
    # --- skills ----------------------------------------------------------------------------
    _q(76, RM, "skills", "Who knows Kubernetes?",
       {"list": "people", "where": {"skill": "kubernetes"}}),
    _q(77, TL, "skills", "What skills does Olga Chen have?",
       {"list": "skills", "where": {"person": "Olga Chen"}}),
    _q(78, RM, "skills",
       "I'm an HR partner doing workforce planning. How many of our people list UX as a skill?",
       {"count": "people", "where": {"skill": "ux"}}),
    _q(79, RM, "skills", "I need someone with Spark who is free next week. Who's available?",
       {"list": "people", "where": {"skill": "spark", "free": "next_week"}}),
    _q(80, D, "skills", "Who has both security and networking skills?",
       {"list": "people", "where": {"skill": ["security", "networking"]}}),
    _q(81, TL, "skills", "Any Terraform people with nothing allocated this month?",
       {"list": "people", "where": {"skill": "terraform", "free": "this_month"}}),
    _q(82, FI, "skills", "How many people have SQL among their skills?",
       {"count": "people", "where": {"skill": "sql"}}),
    _q(83, NH, "skills", "who can do embedded work and isnt booked next week",
       {"list": "people", "where": {"skill": "embedded", "free": "next_week"}}),
    _q(84, RM, "skills", "Who with DevOps skills is over capacity this week?",
       {"list": "people", "where": {"skill": "devops", "over_allocated": "this_week"}}),
    _q(85, TL, "skills", "Who on this team knows SQL?",
       {"list": "people", "where": {"works_on": "PRJ-0137", "skill": "sql"}},
       "/projects/PRJ-0137"),
    # --- changes ---------------------------------------------------------------------------
    _q(86, D, "changes", "Which projects became late this week?",
       {"list": "projects", "where": {"became_late": "this_week"}}),
    _q(87, TL, "changes", "Which projects slipped past their due date in the last two weeks?",
       {"list": "projects", "where": {"became_late": "last_days:14"}}),
    _q(88, FI, "changes",
       "How many items were added to the scope of Cobalt smart thermostat last month?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0104"}, "period": "last_month"}),
    _q(89, NH, "changes", "were any new projects created this month?",
       {"list": "projects", "where": {"created": "this_month"}}),
    _q(90, RM, "changes",
       "How many work items were added across the Devices portfolio in the last 30 days?",
       {"count": "work_items", "where": {"portfolio": "Devices", "created": "last_days:30"}}),
    _q(91, D, "changes", "How many items were added to this project's scope this month?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "this_month"},
       "/projects/PRJ-0174"),
    _q(92, RM, "changes", "Which projects started this week?",
       {"list": "projects", "where": {"started": "since_monday"}}),
    _q(93, FI, "changes", "Which projects were finished last week?",
       {"list": "projects", "where": {"completed": "last_week"}}),
    # --- causes ----------------------------------------------------------------------------
    _q(94, D, "causes", "Why is PRJ-0094 late?", {"cause": "PRJ-0094"}),
    _q(95, TL, "causes", "why is this one behind?", {"cause": "PRJ-0104"},
       "/projects/PRJ-0104"),
    _q(96, FI, "causes",
       "What is putting the Granite refund automation at risk of missing its date?",
       {"cause": "PRJ-0127"}),
    _q(97, NH, "causes", "why is the nimbus kubernetes migration late", {"cause": "PRJ-0200"}),
    _q(98, RM, "causes",
       "Is the Harbor sensor hub late because of staffing or because the scope grew?",
       {"cause": "PRJ-0183"}),
    _q(99, D, "causes", "What went wrong with the Delta SSO rollout?", {"cause": "PRJ-0130"}),
    _q(100, TL, "causes", "what's holding this up?", {"cause": "PRJ-0125"},
       "/projects/PRJ-0125"),
    _q(101, FI, "causes", "Why is PRJ-0165 overdue?", {"cause": "PRJ-0165"}),
    # --- forecasts -------------------------------------------------------------------------
    _q(102, D, "forecasts", "What are the odds PRJ-0046 finishes on time?",
       {"value": "p_on_time", "of": "PRJ-0046"}),
    _q(103, FI, "forecasts", "When will the Ember event pipeline most likely be done?",
       {"value": "p50_date", "of": "PRJ-0121"}),
    _q(104, TL, "forecasts", "What's the ETA for this project?",
       {"value": "p50_date", "of": "PRJ-0063"}, "/projects/PRJ-0063"),
    _q(105, NH, "forecasts", "is the beacon battery pack going to be on time?",
       {"value": "p_on_time", "of": "PRJ-0040"}),
    _q(106, D, "forecasts", "Which three open projects are least likely to hit their dates?",
       {"top": "projects", "by": "p_on_time", "k": 3, "where": {"status": "open"}}),
    _q(107, RM, "forecasts",
       "How many open projects have less than a 30% chance of finishing on time?",
       {"count": "projects", "where": {"status": "open", "p_below": 0.3}}),
    _q(108, FI, "forecasts", "Which projects have at least a 90% chance of being on time?",
       {"list": "projects", "where": {"status": "open", "p_at_least": 0.9}}),
    _q(109, TL, "forecasts",
       "Chance that Willow metrics layer lands by its due date?",
       {"value": "p_on_time", "of": "PRJ-0192"}),
    _q(110, NH, "forecasts", "when is this expected to be finished",
       {"value": "p50_date", "of": "PRJ-0017"}, "/projects/PRJ-0017"),
    _q(111, RM, "forecasts", "What's the probability this finishes by its due date?",
       {"value": "p_on_time", "of": "PRJ-0110"}, "/projects/PRJ-0110"),
    # --- typos -----------------------------------------------------------------------------
    _q(112, NH, "typos", "how many projcts are late rn",
       {"count": "projects", "where": {"health": "late"}}),
    _q(113, TL, "typos", "whos workin on PRJ-0080",
       {"list": "people", "where": {"works_on": "PRJ-0080"}}),
    _q(114, RM, "typos", "ppl free nxt week w/ python?",
       {"list": "people", "where": {"skill": "python", "free": "next_week"}}),
    _q(115, D, "typos", "wich portfolio has the most at risk projets",
       {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "at_risk"}}),
    _q(116, FI, "typos", "how many projets were finshed in may",
       {"count": "projects", "where": {"completed": "last_month"}}),
    _q(117, NH, "typos", "what is Rosa Novak workng on atm",
       {"list": "projects", "where": {"staffed_by": "Rosa Novak"}}),
    _q(118, TL, "typos", "wen is this due", {"value": "due_date", "of": "PRJ-0051"},
       "/projects/PRJ-0051"),
    _q(119, RM, "typos", "anyone overalocated in july?",
       {"list": "people", "where": {"over_allocated": JULY}}),
    _q(120, NH, "typos", "how mnay open projects in infrastucture",
       {"count": "projects", "where": {"status": "open", "portfolio": "Infrastructure"}}),
    _q(121, FI, "typos", "whats teh chance PRJ-0029 is on tiem",
       {"value": "p_on_time", "of": "PRJ-0029"}),
    # --- languages -------------------------------------------------------------------------
    _q(122, D, "languages", "Wie viele Projekte sind derzeit überfällig?",
       {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}),
    _q(123, FI, "languages", "Quels projets sont en retard dans le portefeuille Devices ?",
       {"language": "fr", "then": {"list": "projects",
                                   "where": {"health": "late", "portfolio": "Devices"}}}),
    _q(124, NH, "languages", "¿Quién es el responsable del proyecto PRJ-0011?",
       {"language": "es", "then": {"value": "owner", "of": "PRJ-0011"}}),
    _q(125, RM, "languages", "Wie is er volgende week vrij?",
       {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}}),
    _q(126, TL, "languages", "Quando finirà probabilmente il progetto PRJ-0111?",
       {"language": "it", "then": {"value": "p50_date", "of": "PRJ-0111"}}),
    _q(127, FI, "languages", "Qual é o orçamento do projeto Raven pricing experiment em euros?",
       {"language": "pt", "then": None}),
    _q(128, TL, "languages", "Wer leitet dieses Projekt?",
       {"language": "de", "then": {"value": "owner", "of": "PRJ-0180"}}, "/projects/PRJ-0180"),
    _q(129, D, "languages", "Combien de projets sont actifs en ce moment ?",
       {"language": "fr", "then": {"count": "projects", "where": {"status": "active"}}}),
    _q(130, RM, "languages", "¿Quién sabe Terraform?",
       {"language": "es", "then": {"list": "people", "where": {"skill": "terraform"}}}),
    _q(131, NH, "languages", "Quantos projetos estão em espera?",
       {"language": "pt", "then": {"count": "projects", "where": {"status": "on_hold"}}}),
    # --- unanswerable ----------------------------------------------------------------------
    _q(132, FI, "unanswerable",
       "What's the total budget we have spent on the Payments portfolio this year?",
       {"refuse": "no budget or cost data"}),
    _q(133, D, "unanswerable",
       "What's our customer satisfaction score for the help center projects?",
       {"refuse": "no customer satisfaction data"}),
    _q(134, RM, "unanswerable", "How many vacation days does Tom Dubois have left?",
       {"refuse": "no leave data"}),
    _q(135, NH, "unanswerable", "which customers are waiting on the Raven pricing experiment",
       {"refuse": "no customer data"}),
    _q(136, FI, "unanswerable", "What hourly rate are we paying our contractors?",
       {"refuse": "no rates or contract data"}),
    _q(137, TL, "unanswerable", "How many production incidents did we have last month?",
       {"refuse": "no incident data"}),
    _q(138, D, "unanswerable", "How much revenue will the Growth portfolio bring in next quarter?",
       {"refuse": "no revenue data"}),
    # --- ambiguous -------------------------------------------------------------------------
    _q(139, TL, "ambiguous", "What is Hugo working on?", {"clarify": {"people_named": "Hugo"}}),
    _q(140, D, "ambiguous", "How's the Beacon data catalog doing?",
       {"clarify": {"projects_named": "Beacon data catalog", "open": True}}),
    _q(141, NH, "ambiguous", "when is the iris recommendation engine due",
       {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}),
    _q(142, RM, "ambiguous", "How loaded is Nadia next week?",
       {"clarify": {"people_named": "Nadia"}}),
    _q(143, FI, "ambiguous", "What's the status of the Nimbus pricing experiment?",
       {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}),
    _q(144, D, "ambiguous", "Can you check on Julia's projects for me?",
       {"clarify": {"people_named": "Julia"}}),
    # --- documents -------------------------------------------------------------------------
    _q(145, TL, "documents", "What did the team decide at the last Cobalt smart thermostat sync?",
       {"text": [{"decision_of": "PRJ-0104"}]}),
    _q(146, D, "documents", "Why was PRJ-0138 put on hold?",
       {"text": ["a vendor dependency is blocked"]}),
    _q(147, FI, "documents", "What reason was given for cancelling the Umbra data catalog?",
       {"text": ["the business case no longer holds"]}),
    _q(148, NH, "documents", "what's the main risk in the latest status note here?",
       {"text": [{"risk_of": "PRJ-0094"}]}, "/projects/PRJ-0094"),
    _q(149, RM, "documents", "Who made the call to cancel the Vega checkout redesign?",
       {"text": ["Ben Garcia"]}),
    _q(150, D, "documents", "What's the goal of the Falcon metrics layer, according to its spec?",
       {"text": ["deliver daily reports by 7 am"]}),
]
