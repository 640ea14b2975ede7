"""Held-out split ``unseen55``: 150 questions from people outside the project office.

Who wrote it and how: written blind in one sitting by a writer who read only the files the brief
allows (``benchmarks/copilot_questions.py``, ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``records.py``, ``__init__.py``, ``docs/metrics.md`` and ``data/demo.py``) and
looked names, keys, skills, roles, portfolios, owners and document phrases up in the demo
database (200 projects, seed 7, as of 2026-06-17) with plain SQL. The copilot was never run, no
score was looked at, and no other split, nor the copilot's code or docs, was opened.
Expected answers were checked with ``--resolve-only`` only.

The people asking are not from the project office and do not know the dashboard's words (status
names, "allocation", "story points", "health", "portfolio"); they say what they mean in their own
terms. Each is mapped onto one of the five personas:

- director: the CEO's chief of staff (board decks, "give me the number") and the sales director
  (wants to know what ships when, to promise customers).
- team_lead: the customer-success lead (runs the support agents; cares about the Customer
  Support projects) and the marketing manager (runs campaigns; cares about Growth and the
  storefront).
- resource_manager: the HR business partner (headcount, who is stretched, who is free, who can do
  what).
- new_hire: a sales rep in their second week, still learning who is who and what exists.
- finance: the procurement / finance analyst (counts for the month-end pack, what was finished or
  scrapped, what starts soon).

Mixed terse chat and full polite sentences, some dictated, some typed on a phone with typos; each
question stands alone. 15 are asked from a project page ("this one", "here", "this team").

Readings used (today is Wednesday 2026-06-17):

- "still open", "not finished yet", "not wrapped up or scrapped", "still on the books" = open
  (proposed, active or on hold); "running", "under way", "in progress", "working on right now"
  (of a team/area) = active; "waiting to start", "not kicked off yet" = proposed; "paused",
  "parked" = on hold; "scrapped", "killed", "called off" = cancelled; "finished", "wrapped up",
  "delivered", "closed out" = done (completed in the period named).
- "overdue", "past its deadline", "behind", "slipped", "running late" = late (open and due
  before today); "slipped past its deadline this month / in the last week" = became late in it.
- "likely to miss its date", "unlikely to make it" for a project not yet overdue = at risk;
  "odds/chance of finishing on time" = P(on time); "realistically done", "expected finish" =
  the forecast's P50 date; "least likely to make it" = lowest P(on time).
- "area", "department", "team" (Payments, Devices, ...) = a portfolio; "lead", "in charge of",
  "whose name is on it" = the project's owner.
- a person "is on", "works on", "is working on" a project = has an allocation covering today;
  "free", "available", "nothing on", "no projects at all" in a period = no allocation on any day
  of it; "stretched beyond full time", "overbooked", "more than 100 %" = over-allocated;
  "how busy", "workload" = load (highest daily sum of shares) in the period.
- "tasks" = work items; "unfinished/outstanding tasks", "tasks left" = work items not done;
  "tasks tacked on after the start" = items added to the scope (from the daily snapshots).
- "know", "can do", "has X skills" = the skill is in the person's skill list; "most common
  skill" = held by most people; "most needed skill" = most open work items needing it.
- Periods: "this week" Mon 15 - Sun 21 June; "last week" 8-14 June; "next week" 22-28 June;
  "since Monday" 15-17 June; "so far this month" 1-17 June; "May" / "last month" the calendar
  month; "July" / "next month" 1-31 July; "the coming fortnight" / "next two weeks" 17-30 June;
  "Q1" Jan-Mar, "this quarter" / "Q2" Apr-Jun, "Q3" Jul-Sep; "H1" / "first half" Jan-Jun;
  "second half" / "H2" Jul-Dec 2026; "this year" 2026; "last 30 days" 18 May - 17 June.
- A name shared by two open projects, or a first name two people share, asks for a
  clarification, as does an undefined measure ("our biggest project"); a name one open and one
  closed project share is the open one. Budgets, money, revenue, salaries, sick days, customer
  satisfaction and vendors are not in the data: refusal.
"""

from __future__ import annotations

SPLIT = "unseen55"

D, T, R, N, F = "director", "team_lead", "resource_manager", "new_hire", "finance"


def _q(n: int, persona: str, category: str, question: str, expect: dict,
       page: str | None = None) -> dict:
    record = {"id": f"u55-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


def _lang(code: str, then: dict | None) -> dict:
    return {"language": code, "then": then}


OPEN = {"status": "open"}
JULY = "range:2026-07-01:2026-07-31"
H2 = "range:2026-07-01:2026-12-31"

QUESTIONS = [
    # --- counts ---------------------------------------------------------------------------------
    _q(1, D, "counts",
       "For the board deck I need one number: how many projects are still on the books, "
       "meaning not finished and not scrapped?",
       {"count": "projects", "where": OPEN}),
    _q(2, D, "counts", "how many projects are past their deadline right now",
       {"count": "projects", "where": {"health": "late"}}),
    _q(3, F, "counts", "How many projects did we finish in May?",
       {"count": "projects", "where": {"completed": "last_month"}}),
    _q(4, R, "counts",
       "Quick headcount question - how many people are there in total across the delivery "
       "teams?",
       {"count": "people", "where": {}}),
    _q(5, T, "counts",
       "How many projects has the Growth team still got going, counting the ones that haven't "
       "started yet?",
       {"count": "projects", "where": {"status": "open", "portfolio": "Growth"}}),
    _q(6, F, "counts", "Of the projects not done yet, how many are marked critical?",
       {"count": "projects", "where": {"status": "open", "priority": "critical"}}),
    _q(7, R, "counts", "How many data engineers do we have?",
       {"count": "people", "where": {"role": "Data engineer"}}),
    _q(8, T, "counts",
       "Hi! How many Customer Support projects have been finished so far this year?",
       {"count": "projects", "where": {"portfolio": "Customer Support",
                                       "completed": "this_year"}}),
    _q(9, N, "counts", "how many projects are still waiting to kick off?",
       {"count": "projects", "where": {"status": "proposed"}}),
    _q(10, D, "counts", "Number of projects that are paused at the moment?",
       {"count": "projects", "where": {"status": "on_hold"}}),
    _q(11, F, "counts",
       "For the write-off review: how many projects have we called off altogether, ever?",
       {"count": "projects", "where": {"status": "cancelled"}}),
    _q(12, R, "counts", "How many people are booked beyond full time this week?",
       {"count": "people", "where": {"over_allocated": "this_week"}}),
    _q(13, T, "counts",
       "how many tasks are still outstanding across the Customer Support projects",
       {"count": "work_items", "where": {"portfolio": "Customer Support", "status": "open"}}),
    _q(14, N, "counts", "How many tasks are still open on this one?",
       {"count": "work_items", "where": {"project": "PRJ-0145", "status": "open"}},
       page="/projects/PRJ-0145"),

    # --- lists ----------------------------------------------------------------------------------
    _q(15, D, "lists", "Give me the list of everything that's overdue.",
       {"list": "projects", "where": {"health": "late"}}),
    _q(16, T, "lists", "What is Customer Support working on right now?",
       {"list": "projects", "where": {"status": "active", "portfolio": "Customer Support"}}),
    _q(17, N, "lists", "Which projects are currently paused?",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(18, N, "lists", "which projects haven't started yet",
       {"list": "projects", "where": {"status": "proposed"}}),
    _q(19, D, "lists", "Which projects is Leo Moreau in charge of?",
       {"list": "projects", "where": {"owner": "Leo Moreau"}}),
    _q(20, F, "lists",
       "Procurement here. Which Devices projects are actually under way at the moment? We are "
       "placing component orders.",
       {"list": "projects", "where": {"status": "active", "portfolio": "Devices"}}),
    _q(21, T, "lists", "show me the Growth projects that are already done and dusted",
       {"list": "projects", "where": {"status": "done", "portfolio": "Growth"}}),
    _q(22, N, "lists",
       "Sorry if this is basic, I'm new - what are the different areas projects are grouped "
       "into?",
       {"list": "portfolios", "where": {}}),
    _q(23, N, "lists", "List the critical projects that are still open.",
       {"list": "projects", "where": {"status": "open", "priority": "critical"}}),
    _q(24, F, "lists", "Which projects were scrapped?",
       {"list": "projects", "where": {"status": "cancelled"}}),
    _q(25, N, "lists", "Any Mobile Apps projects running late?",
       {"list": "projects", "where": {"health": "late", "portfolio": "Mobile Apps"}}),
    _q(26, D, "lists",
       "Which departments have nothing overdue at all? I'd like to call them out as good news.",
       {"list": "portfolios", "where": {"health": "late"}, "having": "none"}),
    _q(27, N, "lists", "who's in charge of the Security projects that aren't finished yet?",
       {"list": "owners", "where": {"status": "open", "portfolio": "Security"}}),

    # --- periods --------------------------------------------------------------------------------
    _q(28, D, "periods",
       "Which projects still have to deliver in July? Customers keep asking me.",
       {"list": "projects", "where": {"status": "open", "due": JULY}}),
    _q(29, F, "periods", "How many projects were completed in Q1?",
       {"count": "projects", "where": {"completed": "q1"}}),
    _q(30, D, "periods", "anything due in the coming fortnight that isnt finished?",
       {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}),
    _q(31, T, "periods", "Which projects kicked off so far this month?",
       {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}),
    _q(32, F, "periods",
       "How many unfinished projects have their deadline in the second half of the year?",
       {"count": "projects", "where": {"status": "open", "due": H2}}),
    _q(33, N, "periods", "what got finished last week?",
       {"list": "projects", "where": {"completed": "last_week"}}),
    _q(34, D, "periods",
       "How many new projects have been set up since the start of the year?",
       {"count": "projects", "where": {"created": "this_year"}}),
    _q(35, F, "periods", "number of projects completed in the last 30 days",
       {"count": "projects", "where": {"completed": "last_days:30"}}),
    _q(36, T, "periods",
       "Is anything due this week that's not done yet? Just want a heads-up before I talk to "
       "customers.",
       {"list": "projects", "where": {"status": "open", "due": "this_week"}}),
    _q(37, D, "periods", "How many open projects are due in Q3?",
       {"count": "projects", "where": {"status": "open", "due": "q3"}}),
    _q(38, T, "periods", "How many Growth projects were finished this quarter?",
       {"count": "projects", "where": {"portfolio": "Growth", "completed": "this_quarter"}}),
    _q(39, F, "periods", "How many projects got started in the first quarter?",
       {"count": "projects", "where": {"started": "q1"}}),
    _q(40, F, "periods",
       "I'm planning July spend. How many projects are scheduled to start in July?",
       {"count": "projects", "where": {"started": "next_month"}}),
    _q(41, N, "periods", "When is this one due?",
       {"value": "due_date", "of": "PRJ-0140"}, page="/projects/PRJ-0140"),

    # --- rankings -------------------------------------------------------------------------------
    _q(42, D, "rankings", "Which three projects are the furthest past their deadline?",
       {"top": "projects", "by": "days_overdue", "k": 3, "where": OPEN}),
    _q(43, R, "rankings", "Who has the most on their plate this week?",
       {"top": "people", "by": "load", "k": 1, "period": "this_week"}),
    _q(44, F, "rankings", "Which area has the most projects that aren't finished?",
       {"top": "portfolios", "by": "projects", "k": 1, "where": OPEN}),
    _q(45, T, "rankings",
       "Of the projects that are still open, which 3 have the most tasks left to do?",
       {"top": "projects", "by": "open_items", "k": 3, "where": OPEN}),
    _q(46, R, "rankings", "top 5 people by number of projects they're on",
       {"top": "people", "by": "projects", "k": 5}),
    _q(47, N, "rankings", "Which of the projects under way is furthest along?",
       {"top": "projects", "by": "progress", "k": 1, "where": {"status": "active"}}),
    _q(48, F, "rankings",
       "Whose name is on the most projects as the lead, counting old ones too?",
       {"top": "owners", "by": "projects", "k": 1}),
    _q(49, D, "rankings",
       "Which 3 unfinished projects have the nearest deadlines coming up (not the ones already "
       "overdue)?",
       {"top": "projects", "by": "due_soonest", "k": 3,
        "where": {"status": "open", "due": "rest_of_year"}}),
    _q(50, R, "rankings", "Who has the most unfinished tasks assigned to them?",
       {"top": "people", "by": "open_items", "k": 1}),
    _q(51, R, "rankings", "Who on this team is the most stretched this week?",
       {"top": "people", "by": "load", "k": 1, "where": {"works_on": "PRJ-0048"},
        "period": "this_week"}, page="/projects/PRJ-0048"),

    # --- comparisons ----------------------------------------------------------------------------
    _q(52, D, "comparisons",
       "Payments vs Devices: how many projects does each still have open?",
       {"groups": "projects", "by": "portfolio", "where": OPEN,
        "only": ["Payments", "Devices"]}),
    _q(53, F, "comparisons",
       "Can you break the unfinished projects down by how important they are (low, medium, high, "
       "critical)?",
       {"groups": "projects", "by": "priority", "where": OPEN}),
    _q(54, T, "comparisons",
       "How many overdue projects does Customer Support have compared with Mobile Apps?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
        "only": ["Customer Support", "Mobile Apps"]}),
    _q(55, R, "comparisons", "Who's busier this week, Ana Brown or Olga Chen?",
       {"groups": "people", "by": "load", "only": ["Ana Brown", "Olga Chen"],
        "period": "this_week"}),
    _q(56, T, "comparisons",
       "Growth vs Web Storefront - which one has delivered more projects overall?",
       {"groups": "projects", "by": "portfolio", "where": {"status": "done"},
        "only": ["Growth", "Web Storefront"]}),
    _q(57, N, "comparisons", "how many people know python compared to java?",
       {"groups": "skills", "by": "people", "only": ["python", "java"]}),
    _q(58, N, "comparisons", "Open projects per department, please.",
       {"groups": "projects", "by": "portfolio", "where": OPEN}),
    _q(59, F, "comparisons",
       "How many projects are finished, in progress, paused, not started and cancelled? One "
       "line each is fine.",
       {"groups": "projects", "by": "status"}),
    _q(60, R, "comparisons",
       "Compare Lara Ahmed's and Leo Moreau's workload for next month.",
       {"groups": "people", "by": "load", "only": ["Lara Ahmed", "Leo Moreau"],
        "period": "next_month"}),

    # --- people ---------------------------------------------------------------------------------
    _q(61, R, "people", "Who has nothing booked next week?",
       {"list": "people", "where": {"free": "next_week"}}),
    _q(62, R, "people",
       "Which employees are booked at more than 100% this week? I want to check in on them.",
       {"list": "people", "where": {"over_allocated": "this_week"}}),
    _q(63, N, "people", "Who's working on the Apollo metrics layer?",
       {"list": "people", "where": {"works_on": "PRJ-0046"}}),
    _q(64, T, "people", "what is Sam Adams working on",
       {"list": "projects", "where": {"staffed_by": "Sam Adams"}}),
    _q(65, D, "people", "How busy is Hugo Lopez this week?",
       {"value": "load", "of": "Hugo Lopez", "period": "this_week"}),
    _q(66, R, "people", "Which of our data engineers have no projects at all next week?",
       {"list": "people", "where": {"role": "Data engineer", "free": "next_week"}}),
    _q(67, N, "people", "Who is on this project?",
       {"list": "people", "where": {"works_on": "PRJ-0029"}}, page="/projects/PRJ-0029"),
    _q(68, T, "people", "Who's the person in charge of the Lumen referral program?",
       {"value": "owner", "of": "PRJ-0002"}),
    _q(69, R, "people", "Who is going to be overbooked in July?",
       {"list": "people", "where": {"over_allocated": "next_month"}}),
    _q(70, F, "people", "How many projects is Sofia Zhang on at the moment?",
       {"count": "projects", "where": {"staffed_by": "Sofia Zhang"}}),
    _q(71, N, "people", "Who are the UX designers here?",
       {"list": "people", "where": {"role": "UX designer"}}),
    _q(72, D, "people",
       "I may need a tester to help with a customer demo. Which QA engineers are free this "
       "week?",
       {"list": "people", "where": {"role": "QA engineer", "free": "this_week"}}),
    _q(73, R, "people", "what does Tom Dubois's workload look like next month",
       {"value": "load", "of": "Tom Dubois", "period": "next_month"}),
    _q(74, N, "people", "who's in charge of this one?",
       {"value": "owner", "of": "PRJ-0033"}, page="/projects/PRJ-0033"),

    # --- skills ---------------------------------------------------------------------------------
    _q(75, R, "skills", "Who knows Terraform?",
       {"list": "people", "where": {"skill": "terraform"}}),
    _q(76, N, "skills", "What skills does Olga Chen have?",
       {"list": "skills", "where": {"person": "Olga Chen"}}),
    _q(77, F, "skills", "How many people can do Kubernetes?",
       {"count": "people", "where": {"skill": "kubernetes"}}),
    _q(78, T, "skills",
       "I need someone with analytics skills for a campaign dashboard - who's free next week?",
       {"list": "people", "where": {"skill": "analytics", "free": "next_week"}}),
    _q(79, R, "skills", "What's the most common skill among our people?",
       {"top": "skills", "by": "people", "k": 1}),
    _q(80, D, "skills",
       "Looking at all the unfinished work, which skill is needed the most?",
       {"top": "skills", "by": "open_items", "k": 1}),
    _q(81, R, "skills", "Do we have anyone who does both machine learning and React?",
       {"list": "people", "where": {"skill": ["ml", "react"]}}),
    _q(82, T, "skills",
       "We want to build a reporting thing for the support team. Who knows both SQL and Python "
       "and has nothing on next week?",
       {"list": "people", "where": {"skill": ["sql", "python"], "free": "next_week"}}),
    _q(83, N, "skills", "how many people know Go (the programming language)?",
       {"count": "people", "where": {"skill": "go"}}),
    _q(84, T, "skills", "Who on this team knows Python?",
       {"list": "people", "where": {"works_on": "PRJ-0086", "skill": "python"}},
       page="/projects/PRJ-0086"),

    # --- changes --------------------------------------------------------------------------------
    _q(85, D, "changes", "Which projects slipped past their deadline in the last week?",
       {"list": "projects", "where": {"became_late": "last_days:7"}}),
    _q(86, F, "changes", "How many new projects were set up this month?",
       {"count": "projects", "where": {"created": "this_month"}}),
    _q(87, T, "changes",
       "In May, how many tasks got tacked on to the Customer Support projects on top of what "
       "they started with?",
       {"value": "scope_items_added", "where": {"portfolio": "Customer Support"},
        "period": "last_month"}),
    _q(88, N, "changes", "What have we closed out since Monday?",
       {"list": "projects", "where": {"completed": "since_monday"}}),
    _q(89, T, "changes", "How many tasks did the Growth projects get done last week?",
       {"count": "work_items", "where": {"portfolio": "Growth", "done": "last_week"}}),
    _q(90, R, "changes", "Which projects went overdue this month?",
       {"list": "projects", "where": {"became_late": "this_month"}}),
    _q(91, F, "changes", "How many tasks were completed across all projects in May?",
       {"count": "work_items", "where": {"done": "last_month"}}),
    _q(92, D, "changes", "How many tasks have been added to this since it started?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0104"},
        "period": "range:2026-01-12:2026-06-17"}, page="/projects/PRJ-0104"),

    # --- causes ---------------------------------------------------------------------------------
    _q(93, D, "causes", "Why is the Falcon metrics layer running late?",
       {"cause": "PRJ-0094"}),
    _q(94, T, "causes", "what's holding this one up?",
       {"cause": "PRJ-0102"}, page="/projects/PRJ-0102"),
    _q(95, F, "causes",
       "The Cobalt smart thermostat missed its date - what caused that? Our supplier orders "
       "depend on it.",
       {"cause": "PRJ-0104"}),
    _q(96, T, "causes", "What went wrong with the Raven chatbot pilot?",
       {"cause": "PRJ-0125"}),
    _q(97, D, "causes", "Why is this behind?",
       {"cause": "PRJ-0130"}, page="/projects/PRJ-0130"),
    _q(98, T, "causes", "Falcon push notifications - why is it late?",
       {"cause": "PRJ-0165"}),
    _q(99, D, "causes",
       "Can you explain why the Harbor sensor hub slipped? I promised it to a customer.",
       {"cause": "PRJ-0183"}),
    _q(100, N, "causes", "The Nimbus Kubernetes migration is overdue, what happened there?",
       {"cause": "PRJ-0200"}),

    # --- forecasts ------------------------------------------------------------------------------
    _q(101, D, "forecasts",
       "What are the odds the Apollo metrics layer finishes on time?",
       {"value": "p_on_time", "of": "PRJ-0046"}),
    _q(102, D, "forecasts",
       "When will Juniper push notifications realistically be done? I don't want the official "
       "date, I want the honest one.",
       {"value": "p50_date", "of": "PRJ-0017"}),
    _q(103, F, "forecasts",
       "Which projects that aren't overdue yet look likely to miss their deadline?",
       {"list": "projects", "where": {"health": "at_risk"}}),
    _q(104, T, "forecasts", "Are we going to make the date on this one?",
       {"value": "p_on_time", "of": "PRJ-0018"}, page="/projects/PRJ-0018"),
    _q(105, F, "forecasts", "Which unfinished project is least likely to finish on time?",
       {"top": "projects", "by": "p_on_time", "k": 1, "where": OPEN}),
    _q(106, N, "forecasts", "expected finish date for Quartz offline mode?",
       {"value": "p50_date", "of": "PRJ-0062"}),
    _q(107, F, "forecasts",
       "How many projects have at least a 50/50 chance of landing on time?",
       {"count": "projects", "where": {"p_at_least": 0.5}}),
    _q(108, D, "forecasts",
       "Which Payments projects probably won't make their deadline?",
       {"list": "projects", "where": {"portfolio": "Payments", "p_below": 0.5}}),
    _q(109, R, "forecasts", "When will this realistically wrap up?",
       {"value": "p50_date", "of": "PRJ-0151"}, page="/projects/PRJ-0151"),
    _q(110, R, "forecasts",
       "What's the chance the Granite vulnerability program is done by its deadline?",
       {"value": "p_on_time", "of": "PRJ-0011"}),

    # --- typos ----------------------------------------------------------------------------------
    _q(111, D, "typos", "how many projcts are overdeu",
       {"count": "projects", "where": {"health": "late"}}),
    _q(112, R, "typos", "whos free nxt week",
       {"list": "people", "where": {"free": "next_week"}}),
    _q(113, N, "typos", "wat is Emeka Okafor workng on",
       {"list": "projects", "where": {"staffed_by": "Emeka Okafor"}}),
    _q(114, R, "typos", "skils of Rafael Garcia?",
       {"list": "skills", "where": {"person": "Rafael Garcia"}}),
    _q(115, T, "typos", "wich projects are due in july that arent done",
       {"list": "projects", "where": {"status": "open", "due": JULY}}),
    _q(116, N, "typos", "when wil Nimbus model monitring realisticly be done",
       {"value": "p50_date", "of": "PRJ-0013"}),
    _q(117, F, "typos", "who leads the Sierra refund automaton",
       {"value": "owner", "of": "PRJ-0140"}),
    _q(118, R, "typos", "how many peple know pyhton",
       {"count": "people", "where": {"skill": "python"}}),
    _q(119, N, "typos", "paymnets projects still open?",
       {"list": "projects", "where": {"status": "open", "portfolio": "Payments"}}),
    _q(120, T, "typos", "hows this one goin, how much is done?",
       {"value": "progress", "of": "PRJ-0066"}, page="/projects/PRJ-0066"),

    # --- languages ------------------------------------------------------------------------------
    _q(121, D, "languages", "Wie viele Projekte sind überfällig?",
       _lang("de", {"count": "projects", "where": {"health": "late"}})),
    _q(122, T, "languages", "Quels projets de l'équipe Payments sont en cours en ce moment ?",
       _lang("fr", {"list": "projects", "where": {"status": "active", "portfolio": "Payments"}})),
    _q(123, R, "languages", "¿Quién está libre la próxima semana?",
       _lang("es", {"list": "people", "where": {"free": "next_week"}})),
    _q(124, F, "languages", "Wat is de deadline van Falcon card processor migration?",
       _lang("nl", {"value": "due_date", "of": "PRJ-0029"})),
    _q(125, N, "languages", "Chi lavora al progetto Granite chatbot pilot?",
       _lang("it", {"list": "people", "where": {"works_on": "PRJ-0086"}})),
    _q(126, F, "languages", "Quantos projetos foram concluídos em maio?",
       _lang("pt", {"count": "projects", "where": {"completed": "last_month"}})),
    _q(127, R, "languages", "Wer ist diese Woche überlastet?",
       _lang("de", {"list": "people", "where": {"over_allocated": "this_week"}})),
    _q(128, D, "languages", "Pourquoi le projet PRJ-0104 est-il en retard ?",
       _lang("fr", {"cause": "PRJ-0104"})),
    _q(129, F, "languages", "¿Cuál es el presupuesto del proyecto Delta event pipeline?",
       _lang("es", None)),
    _q(130, N, "languages", "Wer arbeitet an diesem Projekt?",
       _lang("de", {"list": "people", "where": {"works_on": "PRJ-0063"}}),
       page="/projects/PRJ-0063"),

    # --- unanswerable ---------------------------------------------------------------------------
    _q(131, F, "unanswerable",
       "What's the total budget we've spent on the Payments projects so far?",
       {"refuse": "budget"}),
    _q(132, D, "unanswerable", "How happy are customers with the new checkout?",
       {"refuse": "customer satisfaction"}),
    _q(133, R, "unanswerable", "What's Tom Kaur's salary?",
       {"refuse": "salary"}),
    _q(134, T, "unanswerable", "How much revenue did the referral program bring in?",
       {"refuse": "revenue"}),
    _q(135, F, "unanswerable",
       "Which outside vendors are we paying for the Devices projects, and how much?",
       {"refuse": "vendors and money"}),
    _q(136, R, "unanswerable",
       "How many sick days has the Data Platform team taken this year?",
       {"refuse": "absences"}),
    _q(137, F, "unanswerable", "how much has this one cost us so far",
       {"refuse": "cost"}, page="/projects/PRJ-0084"),

    # --- ambiguous ------------------------------------------------------------------------------
    _q(138, D, "ambiguous", "How is the Beacon data catalog coming along?",
       {"clarify": {"projects_named": "beacon data catalog", "open": True}}),
    _q(139, T, "ambiguous", "What's Hugo working on?",
       {"clarify": {"people_named": "hugo"}}),
    _q(140, N, "ambiguous", "When is the Iris recommendation engine due?",
       {"clarify": {"projects_named": "iris recommendation engine", "open": True}}),
    _q(141, T, "ambiguous", "Nimbus pricing experiment - who's running it?",
       {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}}),
    _q(142, R, "ambiguous", "Is Grace available next week?",
       {"clarify": {"people_named": "grace"}}),
    _q(143, N, "ambiguous", "Which is our biggest project?",
       {"clarify": ["most tasks", "most work in points", "largest team"]}),
    _q(144, R, "ambiguous", "How busy is Zara this week?",
       {"clarify": {"people_named": "zara"}}),

    # --- documents ------------------------------------------------------------------------------
    _q(145, D, "documents",
       "What did the Falcon metrics layer team decide at their last weekly meeting?",
       {"text": [{"decision_of": "PRJ-0094"}]}),
    _q(146, T, "documents", "What did they agree at the most recent team meeting here?",
       {"text": [{"decision_of": "PRJ-0046"}]}, page="/projects/PRJ-0046"),
    _q(147, F, "documents",
       "Why was the Umbra checkout redesign cancelled? I need the reason for the write-off.",
       {"text": ["a vendor dependency is blocked"]}),
    _q(148, N, "documents",
       "What's the biggest worry in the latest status update for the Sierra invoice engine?",
       {"text": [{"risk_of": "PRJ-0063"}]}),
    _q(149, T, "documents", "What's the goal of the Granite chatbot pilot, according to its spec?",
       {"text": ["answer 80% of tickets within four hours"]}),
    _q(150, R, "documents", "How many weekly meeting notes are there for the Falcon metrics layer?",
       {"count": "documents", "where": {"project": "PRJ-0094", "kind": "meeting_minutes"}}),
]
