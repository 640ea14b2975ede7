"""Held-out split unseen61: the project office on the move, typing on a phone or dictating.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17). The copilot's
code, its tests, its documentation and every other split were not opened (of ``unseen58.py`` only
its docstring, for the shape of this file); the copilot was not run and no score was looked at.
Specs were checked with ``--resolve-only`` only.

How they ask: the five personas of the project office (director, team lead, resource manager,
new hire, finance), 30 questions each: 78 typed on a phone (no capitals, little punctuation,
abbreviations such as "rn", "pls", "wk", "ppl", "prio", "projs", "w/", autocorrect slips such as
"terra form" or "on tine", typos and dropped words) and 72 dictated to a voice assistant (no
punctuation, run-on sentences, fillers such as "um", "okay so", "so yeah", "like", numbers and
letters spelled out: "twenty twenty six", "q three", "p r j zero one eight zero", "m l platform",
"s s o", and homophones: "do" or "dew" for due, "whose" for who's); the ``how`` argument of each
record says which. 15 are asked from a project page ("this one", "here", "this project"). All 15
categories: counts 13, lists 13, periods 14, rankings 10, comparisons 9, people 15, skills 10,
changes 8, causes 8, forecasts 10, typos 10, languages 10 (German, French, Dutch, Italian,
Portuguese, Spanish; one asks a budget, which the data cannot answer), unanswerable 7,
ambiguous 7, documents 6.

Readings used:
- "still open", "still going" = open (proposed, active or on hold); "running" a project (of a
  person) = owning it; "actually running ... the active ones" = active; "en pause" = on hold;
  "proposed ... haven't kicked off yet" = proposed;
- "late", "behind", "missed its date" = late; "at risk", "in trouble" = at risk; "aren't late
  yet" with a chance below a threshold = at risk and P(on time) below it; "went late this month",
  "slipped past their due date in the last thirty days" = became late in that period (due date
  passed in it, still open); "why", "what's dragging", "what's going wrong" for a late or at-risk
  project = its causes;
- "open tickets", "open items", "open work" = work items not done; "in progress" = work items
  with that status; "most open work" for a skill = most open items needing it;
- "dara", "tom", "maya" alone name several people, and "beacon data catalog", "nimbus pricing
  experiment", "iris recommendation engine" several open projects: a clarification; "the big
  projects" is undefined (by points, team size or priority): a clarification; a name one open
  and one closed project share ("beacon battery pack") is the open one; "aisha", "kai" name one
  person each;
- "working on", "on", "is on" a project = works on (an allocation covering today);
- "nothing booked", "free" = free (load 0 in the period); "overbooked", "over allocated",
  "over a hundred percent" = over-allocated, and "how loaded / how booked / busier" = load in
  the period;
- "ETA", "realistically done", "expected finish date" = the forecast's P50 date; "chance",
  "odds", "will it finish on time", "likely to hit" = P(on time); "least likely to make it" =
  lowest P(on time); "better than even odds" = P(on time) at least 50 %;
- "who's in charge of", "who leads", "who owns", "whose the owner" = the project's owner;
- "furthest along" = highest progress; "most work left" = most remaining story points;
- "the coming fortnight", "the next two weeks" = today and the 13 days after (next_days:14);
  "the last thirty days" = today and the 29 days before; "first half of twenty twenty six" =
  2026-01-01 to 2026-06-30; "q one" / "q three" = calendar quarters of 2026; "July" =
  2026-07-01 to 2026-07-31; "May" = 2026-05-01 to 2026-05-31; "in 2025" = the calendar year;
  "this wk" = Monday 15 to Sunday 21 June; "next wk" = 22 to 28 June; "next month" = July;
  "last month" = May; "since monday" = 15 June to today; "so far" = up to today;
- "due in P" for projects = open projects due in P; "finished / wrapped up / got done /
  completed in P" = done and completed in P; "kicked off / start in P" = start date in P;
  "added / set up in P" = created in P.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen61"
QUESTIONS: list[dict[str, Any]] = []
HOW = ("phone", "voice")  # typed on a phone, or dictated to a voice assistant (not stored)

JULY = "range:2026-07-01:2026-07-31"
MAY = "range:2026-05-01:2026-05-31"
H1 = "range:2026-01-01:2026-06-30"
Y2025 = "range:2025-01-01:2025-12-31"
Y2027 = "range:2027-01-01:2027-12-31"


def _q(category: str, persona: str, how: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> None:
    """One record; ``how`` says whether it was typed or dictated and is only checked."""
    if how not in HOW:
        raise ValueError(f"how {how!r}")
    record: dict[str, Any] = {"id": f"u61-{len(QUESTIONS) + 1:03d}", "split": SPLIT,
                              "persona": persona, "category": category, "question": question,
                              "expect": expect}
    if page:
        record["page"] = page
    QUESTIONS.append(record)


def _lang(code: str, then: dict[str, Any] | None) -> dict[str, Any]:
    return {"language": code, "then": then}


# --- counts (13) -----------------------------------------------------------------------------
_q("counts", "new_hire", "phone", "how many projects r still open rn",
   {"count": "projects", "where": {"status": "open"}})
_q("counts", "finance", "voice", "um how many projects are we actually running at the moment "
   "like the active ones not the proposed ones",
   {"count": "projects", "where": {"status": "active"}})
_q("counts", "team_lead", "phone", "hw many late projects do we have",
   {"count": "projects", "where": {"health": "late"}})
_q("counts", "resource_manager", "voice", "so how many people do we have in the resource pool "
   "in total",
   {"count": "people"})
_q("counts", "new_hire", "phone", "how many portfolios r there",
   {"count": "portfolios"})
_q("counts", "finance", "phone", "no. of high prio projects still open",
   {"count": "projects", "where": {"status": "open", "priority": "high"}})
_q("counts", "team_lead", "voice", "how many work items are in progress right now across "
   "everything",
   {"count": "work_items", "where": {"status": "in_progress"}})
_q("counts", "new_hire", "voice", "okay so how many projects are on hold at the moment",
   {"count": "projects", "where": {"status": "on_hold"}})
_q("counts", "resource_manager", "phone", "how many qa engineers we got",
   {"count": "people", "where": {"role": "QA engineer"}})
_q("counts", "director", "voice", "hey how many projects in data platform are at risk right now",
   {"count": "projects", "where": {"health": "at_risk", "portfolio": "Data Platform"}})
_q("counts", "finance", "voice", "so yeah how many open projects does the payments portfolio "
   "have",
   {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}})
_q("counts", "team_lead", "phone", "how many open items left on this one",
   {"count": "work_items", "where": {"project": "PRJ-0040", "status": "open"}},
   page="/projects/PRJ-0040")
_q("counts", "new_hire", "phone", "how many spec docs do we have",
   {"count": "documents", "where": {"kind": "spec"}})

# --- lists (13) ------------------------------------------------------------------------------
_q("lists", "director", "phone", "list critical projects still open",
   {"list": "projects", "where": {"status": "open", "priority": "critical"}})
_q("lists", "team_lead", "voice", "can you list the projects that are on hold please",
   {"list": "projects", "where": {"status": "on_hold"}})
_q("lists", "resource_manager", "phone", "which projects is hugo lopez running",
   {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}})
_q("lists", "finance", "voice", "um which portfolios have no late projects at all",
   {"list": "portfolios", "where": {"health": "late"}, "having": "none"})
_q("lists", "new_hire", "phone", "whats late in customer support",
   {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}})
_q("lists", "director", "voice", "give me the list of proposed projects that haven't kicked off "
   "yet",
   {"list": "projects", "where": {"status": "proposed"}})
_q("lists", "resource_manager", "voice", "okay who are all the dev ops engineers",
   {"list": "people", "where": {"role": "DevOps engineer"}})
_q("lists", "finance", "phone", "at risk projects in payments pls",
   {"list": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}})
_q("lists", "new_hire", "voice", "which projects in the web storefront portfolio are still going",
   {"list": "projects", "where": {"status": "open", "portfolio": "Web Storefront"}})
_q("lists", "director", "phone", "who owns the open devices projs",
   {"list": "owners", "where": {"status": "open", "portfolio": "Devices"}})
_q("lists", "team_lead", "voice", "list the cancelled projects for me please",
   {"list": "projects", "where": {"status": "cancelled"}})
_q("lists", "resource_manager", "phone", "low prio projects still open list",
   {"list": "projects", "where": {"status": "open", "priority": "low"}})
_q("lists", "finance", "voice", "which growth projects are still open",
   {"list": "projects", "where": {"status": "open", "portfolio": "Growth"}})

# --- periods (14) ----------------------------------------------------------------------------
_q("periods", "director", "phone", "whats due in july",
   {"list": "projects", "where": {"status": "open", "due": JULY}})
_q("periods", "team_lead", "voice", "which projects are do in the coming fortnight",
   {"list": "projects", "where": {"status": "open", "due": "next_days:14"}})
_q("periods", "finance", "voice", "how many projects did we finish in the first half of twenty "
   "twenty six",
   {"count": "projects", "where": {"completed": H1}})
_q("periods", "new_hire", "phone", "projects finished last month?",
   {"list": "projects", "where": {"completed": "last_month"}})
_q("periods", "resource_manager", "voice", "which projects are starting in july",
   {"list": "projects", "where": {"started": JULY}})
_q("periods", "director", "voice", "how many open projects are due in q three",
   {"count": "projects", "where": {"status": "open", "due": "q3"}})
_q("periods", "finance", "phone", "how many work items closed last wk",
   {"count": "work_items", "where": {"done": "last_week"}})
_q("periods", "team_lead", "phone", "story pts done this month so far",
   {"value": "points_done", "where": {"done": "this_month"}})
_q("periods", "new_hire", "voice", "um which projects are due this week",
   {"list": "projects", "where": {"status": "open", "due": "this_week"}})
_q("periods", "director", "phone", "whens this due", {"value": "due_date", "of": "PRJ-0184"},
   page="/projects/PRJ-0184")
_q("periods", "finance", "voice", "how many projects wrapped up in q one",
   {"count": "projects", "where": {"completed": "q1"}})
_q("periods", "resource_manager", "phone", "which projs kicked off in may",
   {"list": "projects", "where": {"started": MAY}})
_q("periods", "team_lead", "voice", "what projects are due in twenty twenty seven",
   {"list": "projects", "where": {"status": "open", "due": Y2027}})
_q("periods", "new_hire", "phone", "how many projects got done in 2025",
   {"count": "projects", "where": {"completed": Y2025}})

# --- rankings (10) ---------------------------------------------------------------------------
_q("rankings", "director", "phone", "most overdue late project?",
   {"top": "projects", "by": "days_overdue", "k": 1})
_q("rankings", "team_lead", "voice", "which open project has the most work left in story points",
   {"top": "projects", "by": "remaining_points", "k": 1, "where": {"status": "open"}})
_q("rankings", "resource_manager", "phone", "top 3 most loaded ppl next wk",
   {"top": "people", "by": "load", "k": 3, "period": "next_week"})
_q("rankings", "finance", "voice", "which portfolio has the most open projects",
   {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}})
_q("rankings", "new_hire", "phone", "who owns the most open projects",
   {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}})
_q("rankings", "director", "voice", "what are the three active projects that are furthest along",
   {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}})
_q("rankings", "team_lead", "phone", "who has the most open tickets assigned",
   {"top": "people", "by": "open_items", "k": 1})
_q("rankings", "resource_manager", "voice", "which person is on the most projects right now",
   {"top": "people", "by": "projects", "k": 1})
_q("rankings", "finance", "phone", "5 open projects w/ the most open items",
   {"top": "projects", "by": "open_items", "k": 5, "where": {"status": "open"}})
_q("rankings", "new_hire", "voice", "so which portfolio has the most late projects",
   {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}})

# --- comparisons (9) -------------------------------------------------------------------------
_q("comparisons", "new_hire", "phone", "devices vs data platform open projects",
   {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
    "only": ["Devices", "Data Platform"]})
_q("comparisons", "finance", "voice", "compare the number of late projects in customer support "
   "and devices",
   {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
    "only": ["Customer Support", "Devices"]})
_q("comparisons", "resource_manager", "phone", "whos busier this wk leo moreau or sofia zhang",
   {"groups": "people", "by": "load", "period": "this_week",
    "only": ["Leo Moreau", "Sofia Zhang"]})
_q("comparisons", "team_lead", "voice", "how many open items does mobile apps have compared to m "
   "l platform",
   {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
    "only": ["Mobile Apps", "ML Platform"]})
_q("comparisons", "new_hire", "phone", "more ppl w python or sql?",
   {"groups": "skills", "by": "people", "only": ["python", "sql"]})
_q("comparisons", "director", "voice", "break down the open projects by health for me",
   {"groups": "projects", "by": "health", "where": {"status": "open"}})
_q("comparisons", "finance", "phone", "open projects by priority",
   {"groups": "projects", "by": "priority", "where": {"status": "open"}})
_q("comparisons", "team_lead", "voice", "is payments or growth doing better on at risk projects "
   "like how many each",
   {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
    "only": ["Payments", "Growth"]})
_q("comparisons", "resource_manager", "voice", "compare next months load for emeka okafor and "
   "felix haddad",
   {"groups": "people", "by": "load", "period": "next_month",
    "only": ["Emeka Okafor", "Felix Haddad"]})

# --- people (15) -----------------------------------------------------------------------------
_q("people", "resource_manager", "phone", "whos over allocated this wk",
   {"list": "people", "where": {"over_allocated": "this_week"}})
_q("people", "team_lead", "voice", "who's working on the meridian kubernetes migration at the "
   "moment",
   {"list": "people", "where": {"works_on": "PRJ-0151"}})
_q("people", "director", "phone", "whos in charge of granite refund automation",
   {"value": "owner", "of": "PRJ-0127"})
_q("people", "resource_manager", "voice", "who is free over the next two weeks",
   {"list": "people", "where": {"free": "next_days:14"}})
_q("people", "new_hire", "phone", "whos on this project",
   {"list": "people", "where": {"works_on": "PRJ-0086"}}, page="/projects/PRJ-0086")
_q("people", "finance", "voice", "how loaded is tom dubois this week",
   {"value": "load", "of": "Tom Dubois", "period": "this_week"})
_q("people", "team_lead", "phone", "what's sofia zhang working on",
   {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}})
_q("people", "resource_manager", "phone", "anyone overbooked in july",
   {"list": "people", "where": {"over_allocated": JULY}})
_q("people", "director", "voice", "who owns p r j zero one eight zero",
   {"value": "owner", "of": "PRJ-0180"})
_q("people", "new_hire", "voice", "who leads this one", {"value": "owner", "of": "PRJ-0033"},
   page="/projects/PRJ-0033")
_q("people", "resource_manager", "voice", "um who's got nothing booked next month",
   {"list": "people", "where": {"free": "next_month"}})
_q("people", "team_lead", "phone", "aishas load next wk",
   {"value": "load", "of": "Aisha Eriksen", "period": "next_week"})
_q("people", "finance", "phone", "which projects is kai on",
   {"list": "projects", "where": {"staffed_by": "Kai Kaur"}})
_q("people", "director", "voice", "who are the product managers that are over a hundred percent "
   "this week",
   {"list": "people", "where": {"role": "Product manager", "over_allocated": "this_week"}})
_q("people", "team_lead", "voice", "so how many people are on this project",
   {"count": "people", "where": {"works_on": "PRJ-0011"}}, page="/projects/PRJ-0011")

# --- skills (10) -----------------------------------------------------------------------------
_q("skills", "resource_manager", "phone", "who knows terra form",
   {"list": "people", "where": {"skill": "terraform"}})
_q("skills", "team_lead", "voice", "which people have both react and type script",
   {"list": "people", "where": {"skill": ["react", "typescript"]}})
_q("skills", "new_hire", "phone", "what skills does chen brown have",
   {"list": "skills", "where": {"person": "Chen Brown"}})
_q("skills", "director", "voice", "how many people know spark",
   {"count": "people", "where": {"skill": "spark"}})
_q("skills", "resource_manager", "voice", "is anyone with kubernetes free next month",
   {"list": "people", "where": {"skill": "kubernetes", "free": "next_month"}})
_q("skills", "finance", "phone", "which skill has the most open work",
   {"top": "skills", "by": "open_items", "k": 1})
_q("skills", "resource_manager", "phone", "go devs?",
   {"list": "people", "where": {"skill": "go"}})
_q("skills", "new_hire", "voice", "who can do statistics and is free over the next fortnight",
   {"list": "people", "where": {"skill": "statistics", "free": "next_days:14"}})
_q("skills", "director", "phone", "most common skill in the co",
   {"top": "skills", "by": "people", "k": 1})
_q("skills", "resource_manager", "phone", "which ppl here know python",
   {"list": "people", "where": {"works_on": "PRJ-0072", "skill": "python"}},
   page="/projects/PRJ-0072")

# --- changes (8) -----------------------------------------------------------------------------
_q("changes", "director", "phone", "what went late this month",
   {"list": "projects", "where": {"became_late": "this_month"}})
_q("changes", "team_lead", "voice", "which projects slipped past their due date in the last "
   "thirty days",
   {"list": "projects", "where": {"became_late": "last_days:30"}})
_q("changes", "finance", "phone", "new projects added this wk",
   {"list": "projects", "where": {"created": "this_week"}})
_q("changes", "new_hire", "voice", "which projects were completed last week",
   {"list": "projects", "where": {"completed": "last_week"}})
_q("changes", "resource_manager", "phone", "which projs kicked off since monday",
   {"list": "projects", "where": {"started": "since_monday"}})
_q("changes", "director", "voice", "how many items were added to the scope of open projects last "
   "month",
   {"value": "scope_items_added", "where": {"status": "open"}, "period": "last_month"})
_q("changes", "team_lead", "phone", "how much scope got added here this month",
   {"value": "scope_items_added", "where": {"key": "PRJ-0127"}, "period": "this_month"},
   page="/projects/PRJ-0127")
_q("changes", "finance", "voice", "what new projects were set up last week",
   {"list": "projects", "where": {"created": "last_week"}})

# --- causes (8) ------------------------------------------------------------------------------
_q("causes", "director", "phone", "why is cobalt smart thermostat late", {"cause": "PRJ-0104"})
_q("causes", "team_lead", "voice", "why is the delta s s o rollout behind",
   {"cause": "PRJ-0130"})
_q("causes", "finance", "phone", "why is this one late", {"cause": "PRJ-0165"},
   page="/projects/PRJ-0165")
_q("causes", "new_hire", "voice", "whats going wrong with harbor sensor hub why did it miss its "
   "date",
   {"cause": "PRJ-0183"})
_q("causes", "resource_manager", "phone", "why is granite refund automation at risk",
   {"cause": "PRJ-0127"})
_q("causes", "director", "voice", "so why is this project in trouble", {"cause": "PRJ-0169"},
   page="/projects/PRJ-0169")
_q("causes", "team_lead", "phone", "whats dragging juniper checkout redesign",
   {"cause": "PRJ-0142"})
_q("causes", "finance", "voice", "why is p r j zero one five five at risk",
   {"cause": "PRJ-0155"})

# --- forecasts (10) --------------------------------------------------------------------------
_q("forecasts", "director", "phone", "chance nimbus metrics layer makes its date",
   {"value": "p_on_time", "of": "PRJ-0023"})
_q("forecasts", "finance", "voice", "when will the sierra offline mode realistically be done",
   {"value": "p50_date", "of": "PRJ-0145"})
_q("forecasts", "team_lead", "phone", "eta for this one?",
   {"value": "p50_date", "of": "PRJ-0018"}, page="/projects/PRJ-0018")
_q("forecasts", "new_hire", "voice", "which three m l platform projects are least likely to make "
   "it on time",
   {"top": "projects", "by": "p_on_time", "k": 3,
    "where": {"status": "open", "portfolio": "ML Platform"}})
_q("forecasts", "resource_manager", "phone", "odds falcon card processor migration finishes on "
   "tine?",
   {"value": "p_on_time", "of": "PRJ-0029"})
_q("forecasts", "director", "voice", "which projects that aren't late yet have under a twenty "
   "five percent chance of finishing on time",
   {"list": "projects", "where": {"health": "at_risk", "p_below": 0.25}})
_q("forecasts", "finance", "phone", "expected finish date for beacon battery pack",
   {"value": "p50_date", "of": "PRJ-0040"})
_q("forecasts", "team_lead", "voice", "what are the odds that the iris sensor hub lands on time",
   {"value": "p_on_time", "of": "PRJ-0176"})
_q("forecasts", "new_hire", "phone", "will this finish on time",
   {"value": "p_on_time", "of": "PRJ-0063"}, page="/projects/PRJ-0063")
_q("forecasts", "resource_manager", "voice", "how many open projects are likely to hit their due "
   "date like better than even odds",
   {"count": "projects", "where": {"p_at_least": 0.5}})

# --- typos (10) ------------------------------------------------------------------------------
_q("typos", "new_hire", "phone", "hwo many projcts are lat",
   {"count": "projects", "where": {"health": "late"}})
_q("typos", "team_lead", "phone", "whos wroking on beacon obervability stack",
   {"list": "people", "where": {"works_on": "PRJ-0037"}})
_q("typos", "resource_manager", "phone", "overalocated ppl nxt month",
   {"list": "people", "where": {"over_allocated": "next_month"}})
_q("typos", "finance", "phone", "how many projets finshed in may",
   {"count": "projects", "where": {"completed": MAY}})
_q("typos", "new_hire", "phone", "wat skils does kenji brwn have",
   {"list": "skills", "where": {"person": "Kenji Brown"}})
_q("typos", "director", "voice", "which projects are dew next week",
   {"list": "projects", "where": {"status": "open", "due": "next_week"}})
_q("typos", "team_lead", "phone", "lsit open projcts in infrastucture",
   {"list": "projects", "where": {"status": "open", "portfolio": "Infrastructure"}})
_q("typos", "finance", "voice", "whose the owner of the nimbus offline mode",
   {"value": "owner", "of": "PRJ-0051"})
_q("typos", "new_hire", "phone", "whn is tundra feture store due",
   {"value": "due_date", "of": "PRJ-0100"})
_q("typos", "resource_manager", "phone", "whos teh owner here",
   {"value": "owner", "of": "PRJ-0047"}, page="/projects/PRJ-0047")

# --- languages (10) --------------------------------------------------------------------------
_q("languages", "director", "voice", "wie viele projekte sind gerade verspätet",
   _lang("de", {"count": "projects", "where": {"health": "late"}}))
_q("languages", "finance", "voice", "combien de projets sont en retard dans le portefeuille "
   "customer support",
   _lang("fr", {"count": "projects", "where": {"health": "late",
                                              "portfolio": "Customer Support"}}))
_q("languages", "team_lead", "phone", "wer arbeitet an diesem projekt",
   _lang("de", {"list": "people", "where": {"works_on": "PRJ-0151"}}),
   page="/projects/PRJ-0151")
_q("languages", "new_hire", "phone", "welke projecten moeten in juli af zijn",
   _lang("nl", {"list": "projects", "where": {"status": "open", "due": JULY}}))
_q("languages", "resource_manager", "voice", "chi è libero il mese prossimo",
   _lang("it", {"list": "people", "where": {"free": "next_month"}}))
_q("languages", "director", "phone", "quantos projetos estao abertos",
   _lang("pt", {"count": "projects", "where": {"status": "open"}}))
_q("languages", "finance", "phone", "wer ist verantwortlich fuer prj 0029",
   _lang("de", {"value": "owner", "of": "PRJ-0029"}))
_q("languages", "team_lead", "voice", "quels projets sont en pause en ce moment",
   _lang("fr", {"list": "projects", "where": {"status": "on_hold"}}))
_q("languages", "new_hire", "phone", "cuantas personas saben kubernetes",
   _lang("es", {"count": "people", "where": {"skill": "kubernetes"}}))
_q("languages", "resource_manager", "voice", "qual è il budget del progetto delta event "
   "pipeline",
   _lang("it", None))

# --- unanswerable (7) ------------------------------------------------------------------------
_q("unanswerable", "finance", "phone", "whats the budget burn on raven pricing experiment",
   {"refuse": "budgets in money are not in the data"})
_q("unanswerable", "director", "voice", "what's the customer satisfaction score for the willow "
   "help center project",
   {"refuse": "customer satisfaction is not in the data"})
_q("unanswerable", "finance", "voice", "how much are we paying contractors this quarter",
   {"refuse": "costs and contracts are not in the data"})
_q("unanswerable", "resource_manager", "phone", "whos on vacation next wk",
   {"refuse": "leave and holidays are not in the data"})
_q("unanswerable", "team_lead", "phone", "how many bugs got reported in prod last month",
   {"refuse": "production incidents and bug reports are not in the data"})
_q("unanswerable", "new_hire", "voice", "what's the revenue impact of the zephyr lifecycle "
   "emails",
   {"refuse": "revenue is not in the data"})
_q("unanswerable", "director", "phone", "salary cost of the ml platform team",
   {"refuse": "salaries are not in the data"})

# --- ambiguous (7) ---------------------------------------------------------------------------
_q("ambiguous", "director", "phone", "whats daras load this wk",
   {"clarify": {"people_named": "dara"}})
_q("ambiguous", "team_lead", "voice", "who is working on the beacon data catalog",
   {"clarify": {"projects_named": "beacon data catalog", "open": True}})
_q("ambiguous", "finance", "phone", "status of nimbus pricing experiment",
   {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}})
_q("ambiguous", "resource_manager", "voice", "what is tom working on at the moment",
   {"clarify": {"people_named": "tom"}})
_q("ambiguous", "new_hire", "phone", "when is iris recommendation engine due",
   {"clarify": {"projects_named": "iris recommendation engine", "open": True}})
_q("ambiguous", "director", "voice", "how are the big projects doing",
   {"clarify": ["largest by story points", "largest by team size",
                "critical or high priority"]})
_q("ambiguous", "new_hire", "voice", "is maya overbooked next month or not",
   {"clarify": {"people_named": "maya"}})

# --- documents (6) ---------------------------------------------------------------------------
_q("documents", "director", "phone", "why was lumen accessibility audit put on hold",
   {"text": ["a vendor dependency is blocked"]})
_q("documents", "team_lead", "voice", "what did the team decide at the last weekly sync of the "
   "meridian kubernetes migration",
   {"text": [{"decision_of": "PRJ-0151"}]})
_q("documents", "finance", "phone", "main risk in the latest status note here",
   {"text": [{"risk_of": "PRJ-0086"}]}, page="/projects/PRJ-0086")
_q("documents", "new_hire", "voice", "what's the goal in the spec for beacon push notifications",
   {"text": ["reach a 4.5 star rating"]})
_q("documents", "resource_manager", "phone", "why did umbra data catalog get cancelled",
   {"text": ["the business case no longer holds"]})
_q("documents", "director", "voice", "what was decided at the last meeting on this project",
   {"text": [{"decision_of": "PRJ-0029"}]}, page="/projects/PRJ-0029")
