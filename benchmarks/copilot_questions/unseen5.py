"""A fifth held-out split, written by a helper who never saw the copilot's code, its docs page,
the other splits' questions or any score: questions typed into a work chat box the way three
kinds of people type. A portfolio director and a finance partner who write tersely, with
abbreviations and typos ("proj", "ppl", "rn", "wk", "EOM", "H2", "hw many", "teh"); a new
hire who writes long, polite, wordy questions; and now and then a team lead or a resource
manager. They ask about the 200-project demo (seed 7) as of 2026-06-17, a Wednesday.

How it was written: the helper read only ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``records.py``, ``data/demo.py``, ``data/schema.py``, ``docs/metrics.md`` and
the first lines of ``unseen4.py`` (for the record format), looked up real names, keys and
skills in the demo database with plain SQL, wrote the questions, and checked that every
expected answer resolves (and reads the way a careful person would answer) without asking the
copilot.

Conventions (``expect.py``): "open" = proposed, active or on hold; "late", "overdue", "past
due", "slipping past the date" = open and due before today; "parked"/"paused" = on hold;
"wrapped up"/"delivered"/"shipped" = done and completed in the period; "kicked off" = the start
date; "set up"/"created" = the creation date; "free"/"not booked" = no allocation on any day of
the period; "on"/"working on" = an allocation covering today; "overbooked"/"over capacity" =
load above 100 % on some day of the period; "ETA"/"likely finish" = the forecast's P50 date;
"worst" = lowest P(on time); "went late" = the day after the due date falls in the period.
Where a question can be read two ways (a first name several people share, a project name two
projects share, "next sprint") the expected answer is a clarification.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen5"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u5-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


OPEN = {"status": "open"}
NOT_LATE = ["on_track", "at_risk"]
SINCE_THE_1ST = "range:2026-06-01:2026-06-17"  # "since the 1st", "this month so far"
Q2_SO_FAR = "range:2026-04-01:2026-06-17"  # "this quarter so far"
H1 = "range:2026-01-01:2026-06-30"  # "first half of the year"
H2 = "range:2026-07-01:2026-12-31"
NOW_TO_EOM = "range:2026-06-17:2026-06-30"  # "between now and EOM"
BEFORE_JULY = "range:2000-01-01:2026-06-30"  # a due date before July (overdue ones too)
DIR, LEAD, RES, NEW, FIN = "director", "team_lead", "resource_manager", "new_hire", "finance"

QUESTIONS: list[dict[str, Any]] = [
    # --- counts -----------------------------------------------------------------------------
    _q(1, DIR, "counts", "hw many proj late rn?",
       {"count": "projects", "where": {"health": "late"}}),
    _q(2, FIN, "counts", "# of active projs",
       {"count": "projects", "where": {"status": "active"}}),
    _q(3, NEW, "counts",
       "Hello! I'm new here and still finding my way around. Could you please tell me how many "
       "projects in the Data Platform portfolio are still open at the moment?",
       {"count": "projects", "where": {"portfolio": "Data Platform", "status": "open"}}),
    _q(4, DIR, "counts", "at risk count Payments",
       {"count": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}}),
    _q(5, FIN, "counts", "how many crit prio projs still open",
       {"count": "projects", "where": {"priority": "critical", "status": "open"}}),
    _q(6, LEAD, "counts", "open work items on PRJ-0086?",
       {"count": "work_items", "where": {"project": "PRJ-0086", "status": "open"}}),
    _q(7, NEW, "counts",
       "Sorry if this is a very basic question, but how many of our projects are currently on "
       "hold?",
       {"count": "projects", "where": {"status": "on_hold"}}),
    _q(8, DIR, "counts", "total cancelled projs, all time",
       {"count": "projects", "where": {"status": "cancelled"}}),
    _q(9, FIN, "counts", "headcount? how many ppl in the resource pool",
       {"count": "people", "where": {}}),
    _q(10, RES, "counts", "how many QA engineers do we have",
       {"count": "people", "where": {"role": "QA engineer"}}),
    _q(11, NEW, "counts",
       "Could you kindly let me know how many sets of meeting minutes have been recorded so far "
       "for the Delta SSO rollout project (PRJ-0130)? I'd like to read through them.",
       {"count": "documents", "where": {"project": "PRJ-0130", "kind": "meeting_minutes"}}),
    _q(12, DIR, "counts", "no. of proposed projs (not kicked off yet)",
       {"count": "projects", "where": {"status": "proposed"}}),
    _q(13, FIN, "counts", "Growth - how many items in progress atm",
       {"count": "work_items", "where": {"portfolio": "Growth", "status": "in_progress"}}),
    _q(14, LEAD, "counts", "how many features still open here?",
       {"count": "work_items", "where": {"project": "PRJ-0018", "kind": "feature",
                                         "status": "open"}},
       page="/projects/PRJ-0018"),
    _q(15, DIR, "counts", "on track in Devices, how many",
       {"count": "projects", "where": {"portfolio": "Devices", "health": "on_track"}}),
    _q(16, NEW, "counts",
       "I was wondering how many projects there are in total across all of the portfolios, "
       "including the ones that are already finished or were cancelled?",
       {"count": "projects", "where": {}}),
    # --- lists ------------------------------------------------------------------------------
    _q(17, DIR, "lists", "late projs?",
       {"list": "projects", "where": {"health": "late"}}),
    _q(18, FIN, "lists", "which projs are parked rn",
       {"list": "projects", "where": {"status": "on_hold"}}),
    _q(19, NEW, "lists",
       "Would you mind listing all of the projects that ended up being cancelled? I'd like to "
       "understand what was stopped.",
       {"list": "projects", "where": {"status": "cancelled"}}),
    _q(20, DIR, "lists", "crit prio ones that are late or at risk",
       {"list": "projects", "where": {"priority": "critical", "health": ["late", "at_risk"]}}),
    _q(21, LEAD, "lists", "in Customer Support, which are past due",
       {"list": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}),
    _q(22, DIR, "lists", "who owns teh overdue projects",
       {"list": "owners", "where": {"health": "late"}}),
    _q(23, RES, "lists", "who's got embedded skills",
       {"list": "people", "where": {"skill": "embedded"}}),
    _q(24, NEW, "lists",
       "Could you please show me which projects are still at the proposed stage and haven't "
       "kicked off yet?",
       {"list": "projects", "where": {"status": "proposed"}}),
    _q(25, FIN, "lists", "portfolios w/ zero late projects",
       {"list": "portfolios", "where": {"health": "late"}, "having": "none"}),
    _q(26, DIR, "lists", "Ines Walsh - what projects does she own",
       {"list": "projects", "where": {"owner": "Ines Walsh"}}),
    _q(27, FIN, "lists", "high prio Growth projs still open?",
       {"list": "projects", "where": {"portfolio": "Growth", "priority": "high",
                                      "status": "open"}}),
    _q(28, DIR, "lists", "any projs missing a due date",
       {"list": "projects", "where": {"no_due": True}}),
    _q(29, NEW, "lists",
       "Which of the projects owned by Hugo Lopez are still open? I'm meeting him this week and "
       "would like to be prepared.",
       {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}),
    _q(30, FIN, "lists", "active Security projs pls, thx",
       {"list": "projects", "where": {"portfolio": "Security", "status": "active"}}),
    _q(31, RES, "lists", "ppl with nothing allocated this week",
       {"list": "people", "where": {"free": "this_week"}}),
    _q(32, DIR, "lists", "Infrastructure open projects that aren't late",
       {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "open",
                                      "health": NOT_LATE}}),
    # --- periods ----------------------------------------------------------------------------
    _q(33, DIR, "periods", "Devices - anything open due between now and EOM?",
       {"list": "projects", "where": {"portfolio": "Devices", "status": "open",
                                      "due": NOW_TO_EOM}}),
    _q(34, FIN, "periods", "what shipped last month",
       {"list": "projects", "where": {"completed": "last_month"}}),
    _q(35, NEW, "periods",
       "Could you tell me which open projects are due within the coming fortnight? I'd like to "
       "make sure I'm aware of any upcoming deadlines.",
       {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}),
    _q(36, DIR, "periods", "wrapped up since the 1st?",
       {"list": "projects", "where": {"completed": SINCE_THE_1ST}}),
    _q(37, FIN, "periods", "how many projs kicked off this qtr so far",
       {"count": "projects", "where": {"started": Q2_SO_FAR}}),
    _q(38, LEAD, "periods", "items closed out last wk, how many?",
       {"count": "work_items", "where": {"done": "last_week"}}),
    _q(39, DIR, "periods", "story pts done this month so far",
       {"value": "points_done", "where": {"done": SINCE_THE_1ST}}),
    _q(40, NEW, "periods",
       "I'm putting together a short summary for my manager. How many projects were delivered "
       "in the first half of this year, so completed between January and the end of June?",
       {"count": "projects", "where": {"completed": H1}}),
    _q(41, FIN, "periods", "open projs due in H2 - count",
       {"count": "projects", "where": {"status": "open", "due": H2}}),
    _q(42, DIR, "periods", "due next wk? open ones only",
       {"list": "projects", "where": {"status": "open", "due": "next_week"}}),
    _q(43, LEAD, "periods", "projects created in the last 10 days",
       {"list": "projects", "where": {"created": "last_days:10"}}),
    _q(44, RES, "periods", "which projects start next month",
       {"list": "projects", "where": {"started": "next_month"}}),
    _q(45, FIN, "periods", "docs added this wk?",
       {"count": "documents", "where": {"created": "this_week"}}),
    _q(46, DIR, "periods", "anything open w/ a due date before July",
       {"list": "projects", "where": {"status": "open", "due": BEFORE_JULY}}),
    _q(47, NEW, "periods",
       "How many work items were completed across the whole company over the last 30 days, "
       "counting today? Thank you in advance!",
       {"count": "work_items", "where": {"done": "last_days:30"}}),
    # --- rankings ---------------------------------------------------------------------------
    _q(48, DIR, "rankings", "top 3 most overdue",
       {"top": "projects", "by": "days_overdue", "k": 3, "where": {"health": "late"}}),
    _q(49, RES, "rankings", "5 most overloaded ppl this wk",
       {"top": "people", "by": "load", "k": 5, "period": "this_week"}),
    _q(50, FIN, "rankings", "which portfolio has the most late projs",
       {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}),
    _q(51, DIR, "rankings", "worst forecast among the ones that aren't late yet",
       {"top": "projects", "by": "p_on_time", "k": 1, "where": {"health": "at_risk"}}),
    _q(52, LEAD, "rankings", "which 2 open projects have the most open items",
       {"top": "projects", "by": "open_items", "k": 2, "where": OPEN}),
    _q(53, NEW, "rankings",
       "Which skills are the most common among our people? The top three would be really "
       "helpful for my onboarding notes.",
       {"top": "skills", "by": "people", "k": 3}),
    _q(54, DIR, "rankings", "owners w/ the most open projects - top 3",
       {"top": "owners", "by": "projects", "k": 3, "where": OPEN}),
    _q(55, RES, "rankings", "which skill has the most open work waiting on it",
       {"top": "skills", "by": "open_items", "k": 1}),
    _q(56, FIN, "rankings", "active Payments projs - which has the least progress",
       {"top": "projects", "by": "progress", "order": "asc", "k": 1,
        "where": {"portfolio": "Payments", "status": "active"}}),
    _q(57, LEAD, "rankings", "who has the most open items assigned to them",
       {"top": "people", "by": "open_items", "k": 1}),
    # --- comparisons ------------------------------------------------------------------------
    _q(58, DIR, "comparisons", "late: Customer Support vs Devices",
       {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
        "only": ["Customer Support", "Devices"]}),
    _q(59, FIN, "comparisons", "at risk projs Data Platform v ML Platform?",
       {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
        "only": ["Data Platform", "ML Platform"]}),
    _q(60, RES, "comparisons", "Leo Moreau vs Sofia Zhang, who's more loaded this week",
       {"groups": "people", "by": "load", "period": "this_week",
        "only": ["Leo Moreau", "Sofia Zhang"]}),
    _q(61, NEW, "comparisons",
       "I'm trying to get a feel for the overall picture. Could you compare how many of the open "
       "projects are on track, how many are at risk and how many are late?",
       {"groups": "projects", "by": "health", "where": OPEN,
        "only": ["on_track", "at_risk", "late"]}),
    _q(62, DIR, "comparisons", "more open work items in Growth or Payments?",
       {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
        "only": ["Growth", "Payments"]}),
    _q(63, RES, "comparisons", "react ppl vs typescript ppl, how many each",
       {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    _q(64, FIN, "comparisons", "open projs split by priority",
       {"groups": "projects", "by": "priority", "where": OPEN}),
    _q(65, LEAD, "comparisons", "Is Emeka Okafor busier than Felix Haddad next week?",
       {"groups": "people", "by": "load", "period": "next_week",
        "only": ["Emeka Okafor", "Felix Haddad"]}),
    _q(66, DIR, "comparisons", "finished vs cancelled projects overall",
       {"groups": "projects", "by": "status", "only": ["Done", "Cancelled"]}),
    # --- people -----------------------------------------------------------------------------
    _q(67, LEAD, "people", "who's on PRJ-0130",
       {"list": "people", "where": {"works_on": "PRJ-0130"}}),
    _q(68, RES, "people", "anyone overbooked this week?",
       {"list": "people", "where": {"over_allocated": "this_week"}}),
    _q(69, RES, "people", "data engineers with nothing booked next wk",
       {"list": "people", "where": {"role": "Data engineer", "free": "next_week"}}),
    _q(70, NEW, "people",
       "Could you tell me which projects Aisha Eriksen is currently working on? I've been asked "
       "to shadow her for my first couple of weeks.",
       {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}),
    _q(71, DIR, "people", "need Sofia Zhang's load this wk asap",
       {"value": "load", "of": "Sofia Zhang", "period": "this_week"}),
    _q(72, RES, "people", "who is completely free next month",
       {"list": "people", "where": {"free": "next_month"}}),
    _q(73, LEAD, "people", "who's working on this one",
       {"list": "people", "where": {"works_on": "PRJ-0051"}}, page="/projects/PRJ-0051"),
    _q(74, FIN, "people", "how many ppl over capacity next month",
       {"count": "people", "where": {"over_allocated": "next_month"}}),
    _q(75, DIR, "people", "who owns PRJ-0104",
       {"value": "owner", "of": "PRJ-0104"}),
    _q(76, NEW, "people",
       "Is Tariq Olsen available next week, or is he fully booked? I'd like to ask him a few "
       "questions about how the product team works, so what is his load next week?",
       {"value": "load", "of": "Tariq Olsen", "period": "next_week"}),
    _q(77, RES, "people", "security engineers not on anything this week",
       {"list": "people", "where": {"role": "Security engineer", "free": "this_week"}}),
    _q(78, LEAD, "people", "what projects is Lara Ahmed on",
       {"list": "projects", "where": {"staffed_by": "Lara Ahmed"}}),
    _q(79, DIR, "people", "who's spread across the most projects rn",
       {"top": "people", "by": "projects", "k": 1}),
    # --- skills -----------------------------------------------------------------------------
    _q(80, RES, "skills", "who knows terraform AND kubernetes",
       {"list": "people", "where": {"skill": ["terraform", "kubernetes"]}}),
    _q(81, NEW, "skills",
       "What skills does Grace Moreau have? I'm trying to figure out who I could pair with on "
       "data work.",
       {"list": "skills", "where": {"person": "Grace Moreau"}}),
    _q(82, RES, "skills", "how many people w/ spark",
       {"count": "people", "where": {"skill": "spark"}}),
    _q(83, DIR, "skills", "Go devs?",
       {"list": "people", "where": {"skill": "go"}}),
    _q(84, RES, "skills", "ML engineers who do statistics and are free next week",
       {"list": "people", "where": {"role": "ML engineer", "skill": "statistics",
                                    "free": "next_week"}}),
    _q(85, LEAD, "skills", "need an accessibility person who's free this wk",
       {"list": "people", "where": {"skill": "accessibility", "free": "this_week"}}),
    _q(86, FIN, "skills", "rarest skill we have?",
       {"top": "skills", "by": "people", "order": "asc", "k": 1}),
    _q(87, NEW, "skills",
       "Do we have anyone who knows both python and ml and isn't booked at all next month? I'd "
       "love to find a mentor who has some time.",
       {"list": "people", "where": {"skill": ["python", "ml"], "free": "next_month"}}),
    # --- changes ----------------------------------------------------------------------------
    _q(88, DIR, "changes", "what went late this wk",
       {"list": "projects", "where": {"became_late": "this_week"}}),
    _q(89, FIN, "changes", "new projs set up this month",
       {"list": "projects", "where": {"created": "this_month"}}),
    _q(90, LEAD, "changes", "items added to scope here last month?",
       {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_month"},
       page="/projects/PRJ-0174"),
    _q(91, DIR, "changes", "scope creep in Growth last 2 wks - items added?",
       {"value": "scope_items_added", "where": {"portfolio": "Growth"},
        "period": "last_days:14"}),
    _q(92, NEW, "changes",
       "Which projects slipped past their due date during the last 10 days? I want to "
       "understand what has changed recently.",
       {"list": "projects", "where": {"became_late": "last_days:10"}}),
    _q(93, DIR, "changes", "how many items were added after kickoff on this proj",
       {"count": "work_items", "where": {"project": "PRJ-0104", "after_start": True}},
       page="/projects/PRJ-0104"),
    _q(94, FIN, "changes", "work items created this wk, count",
       {"count": "work_items", "where": {"created": "this_week"}}),
    _q(95, LEAD, "changes", "which projects went overdue last month",
       {"list": "projects", "where": {"became_late": "last_month"}}),
    # --- causes -----------------------------------------------------------------------------
    _q(96, DIR, "causes", "why is PRJ-0104 late",
       {"cause": "PRJ-0104"}),
    _q(97, DIR, "causes", "whats going wrong w/ PRJ-0183",
       {"cause": "PRJ-0183"}),
    _q(98, NEW, "causes",
       "Could you help me understand why the Nimbus pricing experiment in Growth (PRJ-0174) is "
       "flagged as at risk? I'm not sure what the main driver is.",
       {"cause": "PRJ-0174"}),
    _q(99, LEAD, "causes", "why's this slipping?",
       {"cause": "PRJ-0130"}, page="/projects/PRJ-0130"),
    _q(100, FIN, "causes", "reason Zephyr chatbot pilot is behind?",
       {"cause": "PRJ-0102"}),
    _q(101, DIR, "causes", "PRJ-0169 at risk - why",
       {"cause": "PRJ-0169"}),
    _q(102, DIR, "causes", "Granite refund automation: whats the problem",
       {"cause": "PRJ-0127"}),
    # --- forecasts --------------------------------------------------------------------------
    _q(103, DIR, "forecasts", "chance PRJ-0029 lands on time?",
       {"value": "p_on_time", "of": "PRJ-0029"}),
    _q(104, FIN, "forecasts", "ETA for Ember data catalog",
       {"value": "p50_date", "of": "PRJ-0080"}),
    _q(105, NEW, "forecasts",
       "When is this project most likely to actually finish, according to the forecast? I'd "
       "like to note the expected end date.",
       {"value": "p50_date", "of": "PRJ-0013"}, page="/projects/PRJ-0013"),
    _q(106, DIR, "forecasts", "open projs under 20% on-time odds",
       {"list": "projects", "where": {"p_below": 0.2}}),
    _q(107, LEAD, "forecasts", "how many projects are 90%+ likely to hit their date",
       {"count": "projects", "where": {"p_at_least": 0.9}}),
    _q(108, FIN, "forecasts", "worst case (P95) finish for PRJ-0110",
       {"value": "p95_date", "of": "PRJ-0110"}),
    _q(109, DIR, "forecasts", "Payments projs likely to miss their date",
       {"list": "projects", "where": {"portfolio": "Payments", "p_below": 0.5}}),
    _q(110, RES, "forecasts", "P85 date for Quartz offline mode",
       {"value": "p85_date", "of": "PRJ-0062"}),
    # --- typos ------------------------------------------------------------------------------
    _q(111, DIR, "typos", "late projs in Custmer Suport",
       {"list": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}),
    _q(112, FIN, "typos", "Sophia Zang load this wk",
       {"value": "load", "of": "Sofia Zhang", "period": "this_week"}),
    _q(113, RES, "typos", "what is Emeka Okafer working on",
       {"list": "projects", "where": {"staffed_by": "Emeka Okafor"}}),
    _q(114, DIR, "typos", "at risk in Data Platfrom, how many",
       {"count": "projects", "where": {"portfolio": "Data Platform", "health": "at_risk"}}),
    _q(115, LEAD, "typos", "who owns Sierra invoce engine",
       {"value": "owner", "of": "PRJ-0063"}),
    _q(116, RES, "typos", "ppl with kubernets skill",
       {"list": "people", "where": {"skill": "kubernetes"}}),
    _q(117, NEW, "typos",
       "Hi there, could you please tell me how the Granit refund automaton project is doing? "
       "Thanks so much.",
       {"about": "PRJ-0127"}),
    _q(118, DIR, "typos", "infrastucture open projs",
       {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "open"}}),
    # --- languages --------------------------------------------------------------------------
    _q(119, DIR, "languages", "Wie viele Projekte sind verspätet?",
       {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}),
    _q(120, FIN, "languages", "Kannst du mir das Restbudget von PRJ-0063 nennen?",
       {"language": "de", "then": None}),
    _q(121, DIR, "languages", "Quels projets sont en pause en ce moment ?",
       {"language": "fr", "then": {"list": "projects", "where": {"status": "on_hold"}}}),
    _q(122, NEW, "languages",
       "Bonjour, pourriez-vous m'expliquer pourquoi le projet PRJ-0104 est en retard ?",
       {"language": "fr", "then": {"cause": "PRJ-0104"}}),
    _q(123, LEAD, "languages", "¿Quién trabaja en PRJ-0130?",
       {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0130"}}}),
    _q(124, RES, "languages", "¿Cuál es la carga de Leo Moreau esta semana?",
       {"language": "es", "then": {"value": "load", "of": "Leo Moreau",
                                   "period": "this_week"}}),
    _q(125, DIR, "languages", "Hoeveel projecten zijn er in Devices?",
       {"language": "nl", "then": {"count": "projects", "where": {"portfolio": "Devices"}}}),
    _q(126, FIN, "languages", "Wat is de verwachte einddatum van PRJ-0080?",
       {"language": "nl", "then": {"value": "p50_date", "of": "PRJ-0080"}}),
    # --- unanswerable -----------------------------------------------------------------------
    _q(127, FIN, "unanswerable", "budget left on PRJ-0063?",
       {"refuse": "budget"}),
    _q(128, FIN, "unanswerable", "monthly burn rate for the Payments portfolio in $",
       {"refuse": "cost"}),
    _q(129, DIR, "unanswerable", "NPS / customer satisfaction for Web Storefront",
       {"refuse": "customer satisfaction"}),
    _q(130, FIN, "unanswerable", "avg salary of our data engineers",
       {"refuse": "salary"}),
    _q(131, NEW, "unanswerable",
       "Could you tell me how many vacation days Leo Moreau has left this year? I need to plan "
       "a handover with him and don't want to clash with his holidays.",
       {"refuse": "leave"}),
    _q(132, FIN, "unanswerable", "contractor hourly rate on PRJ-0151",
       {"refuse": "rates"}),
    _q(133, DIR, "unanswerable", "revenue uplift from the pricing experiments so far?",
       {"refuse": "revenue"}),
    _q(134, LEAD, "unanswerable", "how many prod incidents did we have last week",
       {"refuse": "incidents"}),
    # --- ambiguous --------------------------------------------------------------------------
    _q(135, DIR, "ambiguous", "what's Dara working on",
       {"clarify": {"people_named": "Dara"}}),
    _q(136, RES, "ambiguous", "Tom's load next wk",
       {"clarify": {"people_named": "Tom"}}),
    _q(137, LEAD, "ambiguous", "status of Beacon data catalog?",
       {"clarify": {"projects_named": "Beacon data catalog"}}),
    _q(138, NEW, "ambiguous",
       "Could you tell me what is planned for the next sprint? I'd like to prepare ahead of the "
       "planning meeting.",
       {"clarify": ["next week", "next two weeks"]}),
    _q(139, FIN, "ambiguous", "ETA on the Iris recommendation engine",
       {"clarify": {"projects_named": "Iris recommendation engine"}}),
    _q(140, DIR, "ambiguous", "which projs does Hugo own",
       {"clarify": {"people_named": "Hugo"}}),
    _q(141, LEAD, "ambiguous", "who's on the offline mode project",
       {"clarify": {"projects_named": "offline mode", "open": True}}),
    _q(142, RES, "ambiguous", "how loaded is Julia next wk",
       {"clarify": {"people_named": "Julia"}}),
    # --- documents --------------------------------------------------------------------------
    _q(143, DIR, "documents", "why was PRJ-0138 put on hold",
       {"text": ["a vendor dependency is blocked"]}),
    _q(144, FIN, "documents", "why'd we cancel Umbra data catalog",
       {"text": ["the business case no longer holds"]}),
    _q(145, LEAD, "documents", "last decision taken on PRJ-0005?",
       {"text": [{"decision_of": "PRJ-0005"}]}),
    _q(146, NEW, "documents",
       "What did the team decide at the most recent weekly sync for the Beacon observability "
       "stack project? I missed the meeting.",
       {"text": [{"decision_of": "PRJ-0037"}]}),
    _q(147, DIR, "documents", "main risk in the latest status note for PRJ-0063",
       {"text": [{"risk_of": "PRJ-0063"}]}),
    _q(148, NEW, "documents",
       "Could you remind me what the goal written in the specification for this project is?",
       {"text": ["answer 80% of tickets within four hours"]}, page="/projects/PRJ-0086"),
    _q(149, FIN, "documents", "how many status notes for Devices this month",
       {"count": "documents", "where": {"portfolio": "Devices", "kind": "status_note",
                                        "created": "this_month"}}),
    _q(150, RES, "documents", "who made the call to pause Umbra observability stack",
       {"text": ["Tariq Vargas"]}),
]
