"""Held-out split unseen44: a chat log from the quarter-end fortnight, written blind.

Who and how: written by a helper session in a fresh worktree of main (branch ``unseen44``), without
opening the copilot (``models/``), the dashboard, its pages and components, ``docs/copilot.md``,
the tests, any other split file or any score, and without running the copilot or the benchmark
beyond ``--resolve-only``. The writer read only ``copilot_questions.py``, ``expect.py``,
``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py``
and the schema, and looked names, keys, skills, roles, portfolios, owners and document phrases up
with plain SQL in a demo database built as the brief says (200 projects, seed 7, today 2026-06-17).

The setting: the two weeks before the end of Q2 2026 at a company that runs its portfolio on the
dashboard. 150 moments from the five personas (30 each: director, team lead, resource manager,
new hire, finance), each typed the way that person would at that moment: a director's terse
one-liners and dictated run-ons, a team lead's chatty or lower-case messages (16 of the questions
in all are asked from a project page), a resource manager planning July, a new hire's polite full
sentences, finance closing the quarter (and asking, as finance does, about money the data does
not hold). Ten are typed in a hurry with typos; ten are in German, French, Spanish, Dutch, Italian
or Portuguese, some naming a project and some not.

Readings used (today is Wednesday 2026-06-17; the quarter ends Tuesday 2026-06-30):
- open / still open / not closed / isn't closed yet = proposed, active or on hold; "running right
  now" = active; "waiting to start", "in the queue", "haven't started" = proposed; "finished",
  "wrapped up", "reached Done", "completed", "shipped", "delivered" (projects) = status Done with
  its completion day in the period; "cancelled" = status Cancelled.
- late / overdue / past due / behind its date / "in Verzug" / "en retard" = open and due before
  today; "tipped into overdue" / "went overdue" in a period = its first late day (due + 1) falls in
  the period; at risk = open, not late, P(on time) < 50 %; on track = open and neither.
- "under a coin-flip chance", "below 50/50" = P(on time) < 0.5 among open projects (late ones have
  0); "90 %+ likely" = P(on time) >= 0.9; "least likely to make their date" among those not yet
  overdue = lowest P(on time) of the open projects that are not late.
- ETA / landing date / expected finish / "when will it wrap up" = the forecast's P50 date;
  "odds" / "chance" / "probability" of hitting the date = P(on time).
- works on / is on / staffed on / "on the team here" = has an allocation covering today;
  "X's projects right now" = the projects X is allocated to today.
- load = highest daily sum of allocation shares in the period; over-allocated / overbooked /
  overloaded / "over 100 %" / "beyond full capacity" / "sobrecarregado" = load above 1.0 on some
  day of the period; free / "nothing booked" / "zero allocations" / "not assigned to anything" /
  "helemaal vrij" = no allocation on any day of the period (load 0).
- owner = the project's owner field; "the Growth team's projects" = projects of the Growth
  portfolio; "k8s" = the kubernetes skill; "golang" = go; "machine learning" = ml.
- Periods: "this week" = Mon 15 – Sun 21 June; "last week" = 8–14 June; "since Monday" = 15–17
  June; "this month" / "June" = 1–30 June; "last month" / "May" = 1–31 May; "next month" /
  "July" = 1–31 July; "April" = 1–30 April; "the coming fortnight" / "the next two weeks" /
  "before quarter end" = today and the 13 days after it (17–30 June); "this quarter" / "Q2" /
  "so far this quarter" = April–June 2026; "Q1" = January–March 2026; "Q3" = July–September
  2026; "H1 2026" = 1 January – 30 June 2026; "the last 30 days" = 19 May – 17 June; "the past
  two weeks" (changes) = 4–17 June.
- Scope "added" = items added to a project after its start, from the daily snapshots.
- Work items "closed out" / "done" / "finished" in a period = done_at in the period; "open tickets"
  / "open work items" = items not done.
- Demand for a skill = open work items needing it; "rarest skill" = the skill fewest people have.
- A name that two open projects share (Beacon data catalog, Iris recommendation engine, Nimbus
  pricing experiment) or a first name two people share (Hugo, Paul, Julia) is asked back; "the big
  projects" is undefined and asked back; a name one open and one closed project share (Beacon
  battery pack, Juniper battery pack, Falcon push notifications) is the open one.
- Budgets and spend in money, contractor costs, day rates, NPS, revenue, vacations and sick days
  are not in the data: refused. A non-English question the data can answer expects the answer
  (with the English-only notice); one it cannot answer expects only the notice or a refusal.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen44"

D, TL, RM, NH, FI = "director", "team_lead", "resource_manager", "new_hire", "finance"

_ROWS: list[tuple[str, str, str, dict[str, Any], str | None]] = [
    # --- counts ------------------------------------------------------------------------------
    (D, "counts", "late projects as of today, just the number",
     {"count": "projects", "where": {"health": "late"}}, None),
    (FI, "counts", "For the Q2 close I need to know how many projects reached Done between "
                   "1 April and today.",
     {"count": "projects", "where": {"completed": "this_quarter"}}, None),
    (RM, "counts", "How many of our people end up booked past full capacity on at least one day "
                   "in July?",
     {"count": "people", "where": {"over_allocated": "next_month"}}, None),
    (TL, "counts", "how many open tickets are still left on this one",
     {"count": "work_items", "where": {"project": "PRJ-0029", "status": "open"}},
     "/projects/PRJ-0029"),
    (NH, "counts", "Sorry, quick orientation question: how many portfolios are there in total?",
     {"count": "portfolios"}, None),
    (FI, "counts", "Number of projects currently on hold, please.",
     {"count": "projects", "where": {"status": "on_hold"}}, None),
    (RM, "counts", "how many QA engineers do we have on the books",
     {"count": "people", "where": {"role": "QA engineer"}}, None),
    (NH, "counts", "How many projects in the Devices portfolio are active at the moment?",
     {"count": "projects", "where": {"status": "active", "portfolio": "Devices"}}, None),
    (FI, "counts", "How many critical-priority projects are still open going into quarter end?",
     {"count": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    (D, "counts", "at-risk count for Payments?",
     {"count": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}}, None),
    (NH, "counts", "How many projects have been cancelled since the dashboard started tracking "
                   "them?",
     {"count": "projects", "where": {"status": "cancelled"}}, None),
    (TL, "counts", "how many proposed projects are sitting in the queue waiting to start",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    (D, "counts", "whats the total number of open projects across every portfolio",
     {"count": "projects", "where": {"status": "open"}}, None),
    (NH, "counts", "How many documents are attached to this project? I'd like to read up on it "
                   "before Friday's sync.",
     {"count": "documents", "where": {"project": "PRJ-0040"}}, "/projects/PRJ-0040"),
    # --- lists -------------------------------------------------------------------------------
    (D, "lists", "Customer Support: which ones are late?",
     {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}}, None),
    (TL, "lists", "what's currently parked on hold",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    (D, "lists", "show me every critical project that's still open",
     {"list": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    (NH, "lists", "Which projects is Hugo Lopez the owner of at the moment? Only the open ones, "
                  "please.",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    (TL, "lists", "ML Platform at-risk list pls",
     {"list": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}}, None),
    (FI, "lists", "Could you list the Payments projects that are still open? I'm reconciling them "
                  "against the cost centres.",
     {"list": "projects", "where": {"status": "open", "portfolio": "Payments"}}, None),
    (D, "lists", "Security. What isn't closed yet",
     {"list": "projects", "where": {"status": "open", "portfolio": "Security"}}, None),
    (NH, "lists", "What is the Growth team running right now?",
     {"list": "projects", "where": {"status": "active", "portfolio": "Growth"}}, None),
    (TL, "lists", "high prio stuff that's already overdue?",
     {"list": "projects", "where": {"health": "late", "priority": "high"}}, None),
    (NH, "lists", "Which Infrastructure projects are on track? I join that portfolio on "
                  "Monday.",
     {"list": "projects", "where": {"health": "on_track", "portfolio": "Infrastructure"}}, None),
    (RM, "lists", "Which open projects is Aisha Eriksen the owner of?",
     {"list": "projects", "where": {"owner": "Aisha Eriksen", "status": "open"}}, None),
    (FI, "lists", "Which low-priority projects are still active? We are weighing what to pause "
                  "in Q3.",
     {"list": "projects", "where": {"priority": "low", "status": "active"}}, None),
    (RM, "lists", "list the Mobile Apps projects that haven't started yet",
     {"list": "projects", "where": {"status": "proposed", "portfolio": "Mobile Apps"}}, None),
    # --- periods -----------------------------------------------------------------------------
    (FI, "periods", "Which projects were completed in May? I need the keys for the accrual "
                    "reversal.",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    (D, "periods", "due in the coming fortnight?",
     {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}, None),
    (RM, "periods", "Which projects are scheduled to kick off in July? I need to line people up "
                    "for them.",
     {"list": "projects", "where": {"started": "next_month"}}, None),
    (TL, "periods", "how many items did we close out last week, all teams together",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    (FI, "periods", "Story points delivered so far this quarter, company-wide?",
     {"value": "points_done", "where": {"done": "this_quarter"}}, None),
    (D, "periods", "anything finish since monday",
     {"list": "projects", "where": {"completed": "since_monday"}}, None),
    (NH, "periods", "Which projects started this month? I'd like to follow a few of them from "
                    "the beginning.",
     {"list": "projects", "where": {"started": "this_month"}}, None),
    (FI, "periods", "How many projects were completed in H1 2026?",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}, None),
    (D, "periods", "How many open projects have a due date in Q3",
     {"count": "projects", "where": {"status": "open", "due": "q3"}}, None),
    (TL, "periods", "points done in the last 30 days?",
     {"value": "points_done", "where": {"done": "last_days:30"}}, None),
    (FI, "periods", "For comparison with Q2: how many projects were completed in Q1?",
     {"count": "projects", "where": {"completed": "q1"}}, None),
    (NH, "periods", "Which projects are due in July? My manager asked me to keep an eye on "
                    "them.",
     {"list": "projects", "where": {"status": "open", "due": "next_month"}}, None),
    (NH, "periods", "Which projects were created in the last 30 days?",
     {"list": "projects", "where": {"created": "last_days:30"}}, None),
    (RM, "periods", "How many work items did Data Platform get done in May?",
     {"count": "work_items", "where": {"done": "last_month", "portfolio": "Data Platform"}},
     None),
    # --- rankings ----------------------------------------------------------------------------
    (D, "rankings", "top 3 portfolios by number of late projects",
     {"top": "portfolios", "by": "count", "k": 3, "where": {"health": "late"}}, None),
    (RM, "rankings", "Give me the five most overloaded people this week, worst first.",
     {"top": "people", "by": "load", "k": 5, "period": "this_week"}, None),
    (TL, "rankings", "which 3 projects are the furthest past their due date",
     {"top": "projects", "by": "days_overdue", "k": 3}, None),
    (D, "rankings", "Which owner has the most at-risk projects?",
     {"top": "owners", "by": "count", "k": 1, "where": {"health": "at_risk"}}, None),
    (FI, "rankings", "Top 5 open projects by remaining story points, please.",
     {"top": "projects", "by": "remaining_points", "k": 5, "where": {"status": "open"}}, None),
    (NH, "rankings", "Who has the most open work items assigned to them?",
     {"top": "people", "by": "open_items", "k": 1}, None),
    (TL, "rankings", "top 3 active projects closest to finishing (by progress)",
     {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}}, None),
    (RM, "rankings", "Who's spread across the most projects right now? Top 3.",
     {"top": "people", "by": "projects", "k": 3}, None),
    (D, "rankings", "which portfolio shipped the most projects this quarter",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"completed": "this_quarter"}}, None),
    (FI, "rankings", "Which portfolio carries the largest number of open projects?",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}}, None),
    # --- comparisons -------------------------------------------------------------------------
    (D, "comparisons", "Data Platform health breakdown: late / at risk / on track",
     {"groups": "projects", "by": "health", "where": {"portfolio": "Data Platform"},
      "only": ["late", "at_risk", "on_track"]}, None),
    (FI, "comparisons", "Open projects per portfolio, please, for the board slide.",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"}}, None),
    (RM, "comparisons", "Leo Moreau vs Sofia Zhang: whose load is higher this week?",
     {"groups": "people", "by": "load", "only": ["Leo Moreau", "Sofia Zhang"],
      "period": "this_week"}, None),
    (TL, "comparisons", "did devices or data platform close more work items in may?",
     {"groups": "work_items", "by": "portfolio", "where": {"done": "last_month"},
      "only": ["Devices", "Data Platform"]}, None),
    (D, "comparisons", "Payments vs Growth, at-risk count each",
     {"groups": "projects", "by": "portfolio", "where": {"health": "at_risk"},
      "only": ["Payments", "Growth"]}, None),
    (FI, "comparisons", "What's the split of open projects by priority?",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}, None),
    (NH, "comparisons", "How are all the projects spread across the different statuses?",
     {"groups": "projects", "by": "status"}, None),
    (RM, "comparisons", "Python, SQL, Java: how many people have each?",
     {"groups": "skills", "by": "people", "only": ["python", "sql", "java"]}, None),
    (NH, "comparisons", "Does Mobile Apps or Web Storefront have more open work items?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Mobile Apps", "Web Storefront"]}, None),
    # --- people ------------------------------------------------------------------------------
    (RM, "people", "Which UX designers go over 100% at some point in the next two weeks?",
     {"list": "people", "where": {"role": "UX designer", "over_allocated": "next_days:14"}},
     None),
    (TL, "people", "Lara Ahmed's load this week?",
     {"value": "load", "of": "Lara Ahmed", "period": "this_week"}, None),
    (NH, "people", "Who works on Granite refund automation? I've been invited to their "
                   "stand-up.",
     {"list": "people", "where": {"works_on": "PRJ-0127"}}, None),
    (RM, "people", "Who has zero allocations over the next two weeks?",
     {"list": "people", "where": {"free": "next_days:14"}}, None),
    (NH, "people", "Which projects is Marco Brown working on? He's my onboarding buddy and I'd "
                   "like to know what he's juggling.",
     {"list": "projects", "where": {"staffed_by": "Marco Brown"}}, None),
    (TL, "people", "who's on the team here atm",
     {"list": "people", "where": {"works_on": "PRJ-0048"}}, "/projects/PRJ-0048"),
    (NH, "people", "How many people aren't allocated to any project this week? Just trying to "
                   "understand how staffing works here.",
     {"count": "people", "where": {"free": "this_week"}}, None),
    (RM, "people", "Rosa Novak, peak load in July?",
     {"value": "load", "of": "Rosa Novak", "period": "next_month"}, None),
    (RM, "people", "which product managers are above 100% this week",
     {"list": "people", "where": {"role": "Product manager", "over_allocated": "this_week"}},
     None),
    (TL, "people", "is Tom Nakamura overbooked in july? he says he is",
     {"value": "load", "of": "Tom Nakamura", "period": "next_month"}, None),
    (RM, "people", "Which data engineers have nothing booked next month?",
     {"list": "people", "where": {"role": "Data engineer", "free": "next_month"}}, None),
    (D, "people", "who's staffed on this",
     {"list": "people", "where": {"works_on": "PRJ-0029"}}, "/projects/PRJ-0029"),
    (NH, "people", "What does Dara Jansen's allocation look like next week?",
     {"value": "load", "of": "Dara Jansen", "period": "next_week"}, None),
    (FI, "people", "How many people are working on this project at the moment?",
     {"count": "people", "where": {"works_on": "PRJ-0011"}}, "/projects/PRJ-0011"),
    # --- skills ------------------------------------------------------------------------------
    (RM, "skills", "who knows spark and has july completely free",
     {"list": "people", "where": {"skill": "spark", "free": "next_month"}}, None),
    (NH, "skills", "What skills does Kenji Brown have? I might be pairing with him.",
     {"list": "skills", "where": {"person": "Kenji Brown"}}, None),
    (TL, "skills", "need an accessibility person who's free next week, anyone?",
     {"list": "people", "where": {"skill": "accessibility", "free": "next_week"}}, None),
    (D, "skills", "which skill is most in demand across open work",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    (RM, "skills", "How many people list Terraform as a skill?",
     {"count": "people", "where": {"skill": "terraform"}}, None),
    (TL, "skills", "anyone with both k8s and terraform?",
     {"list": "people", "where": {"skill": ["kubernetes", "terraform"]}}, None),
    (FI, "skills", "How many staff have machine learning skills?",
     {"count": "people", "where": {"skill": "ml"}}, None),
    (RM, "skills", "Embedded folks with nothing booked in the next 2 weeks?",
     {"list": "people", "where": {"skill": "embedded", "free": "next_days:14"}}, None),
    (NH, "skills", "Out of curiosity, what's the rarest skill in the company?",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}, None),
    (TL, "skills", "which of the QA engineers do automation",
     {"list": "people", "where": {"role": "QA engineer", "skill": "automation"}}, None),
    # --- changes -----------------------------------------------------------------------------
    (D, "changes", "which projects tipped into overdue this month",
     {"list": "projects", "where": {"became_late": "this_month"}}, None),
    (TL, "changes", "how many new items got added to this in june",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "this_month"},
     "/projects/PRJ-0174"),
    (FI, "changes", "Has the Payments scope grown this month? How many work items were added?",
     {"value": "scope_items_added", "where": {"portfolio": "Payments"}, "period": "this_month"},
     None),
    (RM, "changes", "Did anything go overdue in the past two weeks?",
     {"list": "projects", "where": {"became_late": "last_days:14"}}, None),
    (NH, "changes", "Were any new projects created last week?",
     {"list": "projects", "where": {"created": "last_week"}}, None),
    (NH, "changes", "Over the course of May, how many work items were added to projects "
                    "that had already started?",
     {"value": "scope_items_added", "where": {}, "period": "last_month"}, None),
    (TL, "changes", "what got wrapped up last week",
     {"list": "projects", "where": {"completed": "last_week"}}, None),
    (FI, "changes", "How many new projects have been opened this month?",
     {"count": "projects", "where": {"created": "this_month"}}, None),
    # --- causes ------------------------------------------------------------------------------
    (D, "causes", "why is Cobalt smart thermostat late",
     {"cause": "PRJ-0104"}, None),
    (TL, "causes", "what's dragging this one behind?",
     {"cause": "PRJ-0130"}, "/projects/PRJ-0130"),
    (FI, "causes", "What is behind the delay on Harbor sensor hub?",
     {"cause": "PRJ-0183"}, None),
    (RM, "causes", "Why is PRJ-0174 at risk? Is it a staffing problem or something else?",
     {"cause": "PRJ-0174"}, None),
    (NH, "causes", "Could you explain why this project is flagged as at risk?",
     {"cause": "PRJ-0063"}, "/projects/PRJ-0063"),
    (D, "causes", "root cause of the risk here, in one line",
     {"cause": "PRJ-0127"}, "/projects/PRJ-0127"),
    (TL, "causes", "why's this in trouble? we were fine a month ago",
     {"cause": "PRJ-0169"}, "/projects/PRJ-0169"),
    (FI, "causes", "Please explain the slip on PRJ-0102.",
     {"cause": "PRJ-0102"}, None),
    # --- forecasts ---------------------------------------------------------------------------
    (D, "forecasts", "Delta SSO rollout realistic landing date",
     {"value": "p50_date", "of": "PRJ-0130"}, None),
    (FI, "forecasts", "What is the probability that Falcon card processor migration is delivered "
                      "by its due date?",
     {"value": "p_on_time", "of": "PRJ-0029"}, None),
    (TL, "forecasts", "odds we hit our date here?",
     {"value": "p_on_time", "of": "PRJ-0018"}, "/projects/PRJ-0018"),
    (RM, "forecasts", "When is PRJ-0151 likely to wrap up? I need to know when those people free "
                      "up.",
     {"value": "p50_date", "of": "PRJ-0151"}, None),
    (D, "forecasts", "of the projects not already overdue, which 3 are least likely to make "
                     "their date",
     {"top": "projects", "by": "p_on_time", "k": 3, "where": {"health": ["at_risk", "on_track"]}},
     None),
    (NH, "forecasts", "According to the forecast, when should Nimbus model monitoring be "
                      "finished?",
     {"value": "p50_date", "of": "PRJ-0013"}, None),
    (FI, "forecasts", "Expected completion date for this project?",
     {"value": "p50_date", "of": "PRJ-0152"}, "/projects/PRJ-0152"),
    (D, "forecasts", "how many open projects sit below a 50/50 chance of finishing on time",
     {"count": "projects", "where": {"p_below": 0.5}}, None),
    (TL, "forecasts", "chance of hitting the due date on this one?",
     {"value": "p_on_time", "of": "PRJ-0184"}, "/projects/PRJ-0184"),
    (RM, "forecasts", "Which open projects are 90%+ likely to finish on time? Those are the ones "
                      "I could borrow from.",
     {"list": "projects", "where": {"p_at_least": 0.9}}, None),
    # --- typos -------------------------------------------------------------------------------
    (D, "typos", "how mnay projcts r late",
     {"count": "projects", "where": {"health": "late"}}, None),
    (RM, "typos", "whos overalocated this wk",
     {"list": "people", "where": {"over_allocated": "this_week"}}, None),
    (TL, "typos", "wich projects are due nxt month",
     {"list": "projects", "where": {"status": "open", "due": "next_month"}}, None),
    (FI, "typos", "totl story points finsihed last wek?",
     {"value": "points_done", "where": {"done": "last_week"}}, None),
    (NH, "typos", "how many peple know golang",
     {"count": "people", "where": {"skill": "go"}}, None),
    (RM, "typos", "sofia zhangs projcts rn",
     {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}}, None),
    (NH, "typos", "whcih payments projects are at rsik?",
     {"list": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}}, None),
    (TL, "typos", "eta on beacon batery pack",
     {"value": "p50_date", "of": "PRJ-0040"}, None),
    (FI, "typos", "wat got completd in april",
     {"list": "projects", "where": {"completed": "range:2026-04-01:2026-04-30"}}, None),
    (NH, "typos", "is anyone free nxt week who knows kubernets",
     {"list": "people", "where": {"skill": "kubernetes", "free": "next_week"}}, None),
    # --- languages ---------------------------------------------------------------------------
    (D, "languages", "Wie viele Projekte sind aktuell überfällig?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}, None),
    (FI, "languages", "Quels projets du portefeuille Devices sont en retard ?",
     {"language": "fr", "then": {"list": "projects",
                                 "where": {"health": "late", "portfolio": "Devices"}}}, None),
    (TL, "languages", "¿Para cuándo se espera terminar este proyecto?",
     {"language": "es", "then": {"value": "p50_date", "of": "PRJ-0086"}},
     "/projects/PRJ-0086"),
    (RM, "languages", "Wie is volgende week helemaal vrij en kent React?",
     {"language": "nl", "then": {"list": "people",
                                 "where": {"skill": "react", "free": "next_week"}}}, None),
    (FI, "languages", "Quanti progetti sono stati completati in questo trimestre?",
     {"language": "it", "then": {"count": "projects", "where": {"completed": "this_quarter"}}},
     None),
    (RM, "languages", "Quem está sobrecarregado esta semana?",
     {"language": "pt", "then": {"list": "people", "where": {"over_allocated": "this_week"}}},
     None),
    (D, "languages", "Warum ist Falcon push notifications im Verzug?",
     {"language": "de", "then": {"cause": "PRJ-0165"}}, None),
    (NH, "languages", "Combien de personnes maîtrisent Python ?",
     {"language": "fr", "then": {"count": "people", "where": {"skill": "python"}}}, None),
    (FI, "languages", "¿Cuánto presupuesto queda en Falcon card processor migration?",
     {"language": "es", "then": None}, None),
    (TL, "languages", "Quali dei progetti di cui Hugo Lopez è responsabile sono a rischio?",
     {"language": "it", "then": {"list": "projects",
                                 "where": {"owner": "Hugo Lopez", "health": "at_risk"}}}, None),
    # --- unanswerable ------------------------------------------------------------------------
    (FI, "unanswerable", "What's the remaining budget on PRJ-0029 in euros?",
     {"refuse": "budgets in money are not in the data"}, None),
    (FI, "unanswerable", "How much did we spend on external contractors this quarter?",
     {"refuse": "spend and contractor costs are not in the data"}, None),
    (D, "unanswerable", "NPS for customer support this quarter?",
     {"refuse": "customer satisfaction is not in the data"}, None),
    (RM, "unanswerable", "Who's on vacation next week?",
     {"refuse": "leave and vacations are not in the data"}, None),
    (TL, "unanswerable", "whats Rosa Novak's day rate",
     {"refuse": "rates and salaries are not in the data"}, None),
    (NH, "unanswerable", "How much revenue did the Tundra referral program bring in after it "
                         "launched?",
     {"refuse": "revenue is not in the data"}, None),
    (D, "unanswerable", "how many sick days did the Devices teams take in May",
     {"refuse": "absences are not in the data"}, None),
    # --- ambiguous ---------------------------------------------------------------------------
    (D, "ambiguous", "How's Beacon data catalog doing?",
     {"clarify": {"projects_named": "Beacon data catalog", "open": True}}, None),
    (RM, "ambiguous", "what's Hugo working on this week",
     {"clarify": {"people_named": "Hugo"}}, None),
    (TL, "ambiguous", "iris recommendation engine status?",
     {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}, None),
    (FI, "ambiguous", "When does the Nimbus pricing experiment finish?",
     {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}, None),
    (RM, "ambiguous", "How loaded is Paul next week?",
     {"clarify": {"people_named": "Paul"}}, None),
    (D, "ambiguous", "show me the big projects",
     {"clarify": ["most story points", "most open work items", "largest team",
                  "highest priority"]}, None),
    (NH, "ambiguous", "Is Julia overbooked at the moment?",
     {"clarify": {"people_named": "Julia"}}, None),
    # --- documents ---------------------------------------------------------------------------
    (FI, "documents", "Why was PRJ-0092 cancelled? I need the reason for the write-off memo.",
     {"text": ["a vendor dependency is blocked"]}, None),
    (D, "documents", "what did the Falcon card processor migration team decide at their last "
                     "sync",
     {"text": [{"decision_of": "PRJ-0029"}]}, None),
    (TL, "documents", "main risk in the latest status note here?",
     {"text": [{"risk_of": "PRJ-0040"}]}, "/projects/PRJ-0040"),
    (NH, "documents", "Who decided to put Umbra observability stack on hold, and why?",
     {"text": ["Tariq Vargas", "the business case no longer holds"]}, None),
    (TL, "documents", "what was decided at the last weekly here",
     {"text": [{"decision_of": "PRJ-0071"}]}, "/projects/PRJ-0071"),
    (RM, "documents", "What's the main risk called out in Delta event pipeline's latest status "
                      "note?",
     {"text": [{"risk_of": "PRJ-0030"}]}, None),
]


def _record(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
            page: str | None) -> dict[str, Any]:
    record = {"id": f"u44-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


QUESTIONS = [_record(n, *row) for n, row in enumerate(_ROWS, start=1)]
