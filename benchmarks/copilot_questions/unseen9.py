"""Held-out split nine: 150 chat questions as managers type them, written blind.

Who and how: written in one sitting by a helper session that had never seen the copilot. It read
only ``copilot_questions.py``, ``expect.py``, ``facts.py``, ``periods.py``, ``scoring.py``,
``records.py``, ``__init__.py``, ``docs/metrics.md``, ``data/demo.py`` and ``data/schema.py``; it
did not open ``models/``, ``dashboard/``, ``components/``, ``pages/``, ``docs/copilot.md``,
``tests/`` or any other split, ran neither the copilot nor the dashboard, and saw no score. Names,
keys, skills, roles, portfolios, owners and document phrases were looked up with plain SQL in the
seeded demo (200 projects, seed 7, today 2026-06-17); forecast facts (P(on time), P50 dates, at
risk) were checked with ``--resolve-only``, as were all the other expected answers.

Voice: an even mix of directors, team leads, resource managers, new hires and finance/PMO people,
thumbing a phone (lower case, missing words, slips, "pls", "wk", "ppl") or pasting a line from an
email; some dictated (no punctuation, "a.m."), some rambling with context about the asker, British
and American spelling, numbers written as words, the filter put last ("late ones, Customer Support
only"), asks wrapped in requests ("can you pull up ...", "I need the list of ... for tomorrow").
Fifteen are asked from a project page ("this one", "here", "this team"). The foreign-language
ones are German, French, Spanish, Dutch, Italian and Portuguese, with and without a key.

Readings used (docs/metrics.md first, then expect.py's docstring where metrics.md is silent):
- "late", "overdue", "behind", "slipped past its date" = open and due before today; "went late
  this month" / "slipped in the last two weeks" = became late in that period.
- "open", "still going", "not closed yet", "still open" = proposed, active or on hold; "active"
  = status Active.
- "at risk" = open, not late, P(on time) < 50 %; "chances", "odds", "probability" = P(on time);
  "when will it realistically finish", "ETA" = the forecast's P50 date.
- "due this week / in July / in the coming fortnight / in Q3 / next week" = open projects whose
  due date falls in it (a finished project is no longer "due"); "deadlines coming up" = open
  projects by days to their due date, from today on.
- "finished", "completed", "delivered" a project = status Done with its completion date in the
  period; "kicking off" / "start date" = the planned start date in the period.
- "works on", "on this team", "staffed on", "what is X on" = an allocation covering today;
  "owns", "runs" = the project's owner.
- "how loaded / how busy / peak allocation" = load (highest daily sum of shares) in the period;
  "overbooked", "over 100 %" = load above 1.0 on some day; "free", "nothing booked" = load 0
  over the whole period.
- "tickets", "items" = work items; "open items" = not done; "closed out last week" = done in it.
- "scope creep" / "added to the scope" = items added from the daily snapshots.
- Today is Wednesday 2026-06-17: "this week" = 15-21 June, "next week" = 22-28 June, "last
  week" = 8-14 June, "since Monday" = 15-17 June, "the coming fortnight" = 17-30 June, "July" =
  next month, "Q3" = July-September 2026, "this quarter" = Q2 2026, "last quarter" = Q1 2026,
  "H1 so far" = 1 January-30 June 2026 (completions can only be up to today), "2025" = the
  calendar year, "last 30 days" = 19 May-17 June, "the last two weeks" = 4-17 June.
- Ambiguous on purpose: "Iris recommendation engine" and "Beacon data catalog" (two open
  projects each), "the nimbus pricing experiment" (three open ones), "Grace", "Carla", "Paul"
  (two people each): a clarification is expected. ("In the red" expected one too until
  2026-12-04; see the question.)
- Refusals: money spent, budgets in euros, customer satisfaction, hours logged, annual leave,
  revenue uplift, contractor rates and vendor invoices are not in the data.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen9"

LATE = {"health": "late"}
OPEN = {"status": "open"}

_RAW: list[tuple[str, str, str, dict[str, Any], str | None]] = [
    # --- counts (14) ------------------------------------------------------------------------
    ("director", "counts", "how many projects are running late right now",
     {"count": "projects", "where": LATE}, None),
    ("finance", "counts",
     "Hi, for the steering pack on Friday could you tell me the total number of open projects "
     "across all portfolios? Thanks, M.",
     {"count": "projects", "where": OPEN}, None),
    ("new_hire", "counts", "sorry if this is a basic one but how many projects are on hold atm?",
     {"count": "projects", "where": {"status": "on_hold"}}, None),
    ("team_lead", "counts", "proposed projects in growth, how many",
     {"count": "projects", "where": {"status": "proposed", "portfolio": "Growth"}}, None),
    ("director", "counts", "critical priority and still open. count?",
     {"count": "projects", "where": {"priority": "critical", "status": "open"}}, None),
    ("resource_manager", "counts", "what's our total headcount in the resource pool",
     {"count": "people", "where": {}}, None),
    ("resource_manager", "counts", "how many devops engineers have we got in the organisation?",
     {"count": "people", "where": {"role": "DevOps engineer"}}, None),
    ("finance", "counts", "Sam Adams owns how many projects that are still open?",
     {"count": "projects", "where": {"owner": "Sam Adams", "status": "open"}}, None),
    ("team_lead", "counts", "open work items in security - number?",
     {"count": "work_items", "where": {"status": "open", "portfolio": "Security"}}, None),
    ("new_hire", "counts", "how many documents are on file for PRJ-0130",
     {"count": "documents", "where": {"project": "PRJ-0130"}}, None),
    ("director", "counts", "count of active mobile apps projects pls",
     {"count": "projects", "where": {"status": "active", "portfolio": "Mobile Apps"}}, None),
    ("finance", "counts",
     "I'd like to know how many high-priority projects are active in Devices.",
     {"count": "projects",
      "where": {"status": "active", "priority": "high", "portfolio": "Devices"}}, None),
    ("resource_manager", "counts", "how many people are booked over 100% this week",
     {"count": "people", "where": {"over_allocated": "this_week"}}, None),
    ("team_lead", "counts", "how many work items are still open on this one?",
     {"count": "work_items", "where": {"status": "open", "project": "PRJ-0063"}},
     "/projects/PRJ-0063"),
    # --- lists (13) -------------------------------------------------------------------------
    ("new_hire", "lists", "give me all the late projects",
     {"list": "projects", "where": LATE}, None),
    ("new_hire", "lists", "Can you pull up everything that's currently on hold?",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("team_lead", "lists", "security portfolio, open projects?",
     {"list": "projects", "where": {"status": "open", "portfolio": "Security"}}, None),
    ("resource_manager", "lists", "what does hugo lopez own thats still open",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    ("new_hire", "lists", "show me the critical projects that are active",
     {"list": "projects", "where": {"status": "active", "priority": "critical"}}, None),
    ("finance", "lists", "I need the list of cancelled projects for tomorrow's review, thanks",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    ("team_lead", "lists", "late ones, Customer Support only",
     {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}}, None),
    ("director", "lists",
     "which programmes in payments are high or critical priority and not closed yet",
     {"list": "projects", "where": {"status": "open", "priority": ["high", "critical"],
                                    "portfolio": "Payments"}}, None),
    ("new_hire", "lists", "Ines Fischer's projects that are still going?",
     {"list": "projects", "where": {"owner": "Ines Fischer", "status": "open"}}, None),
    ("finance", "lists", "which portfolios have at least one late project",
     {"list": "portfolios", "where": LATE}, None),
    ("director", "lists", "portfolios with nothing late?",
     {"list": "portfolios", "where": LATE, "having": "none"}, None),
    ("resource_manager", "lists", "who owns the late projects? names please",
     {"list": "owners", "where": LATE}, None),
    ("resource_manager", "lists", "open projects, web storefront only, just the keys",
     {"list": "projects", "where": {"status": "open", "portfolio": "Web Storefront"}}, None),
    # --- periods (14) -----------------------------------------------------------------------
    ("team_lead", "periods", "what's still due this week",
     {"list": "projects", "where": {"status": "open", "due": "this_week"}}, None),
    ("director", "periods", "anything due in the coming fortnight?",
     {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}, None),
    ("finance", "periods", "which projects are still open and due in july",
     {"list": "projects", "where": {"status": "open", "due": "next_month"}}, None),
    ("new_hire", "periods", "which projects finished last month",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    ("new_hire", "periods", "how many projects did we complete this quarter",
     {"count": "projects", "where": {"completed": "this_quarter"}}, None),
    ("resource_manager", "periods", "tell me which projects have a June start date",
     {"list": "projects", "where": {"started": "this_month"}}, None),
    ("finance", "periods", "what's kicking off next month",
     {"list": "projects", "where": {"started": "next_month"}}, None),
    ("finance", "periods", "number of projects completed in H1 so far",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}, None),
    ("team_lead", "periods", "when is this due again?",
     {"value": "due_date", "of": "PRJ-0142"}, "/projects/PRJ-0142"),
    ("finance", "periods", "completed last quarter - count",
     {"count": "projects", "where": {"completed": "last_quarter"}}, None),
    ("resource_manager", "periods", "open projects due in Q3",
     {"list": "projects", "where": {"status": "open", "due": "q3"}}, None),
    ("new_hire", "periods", "is anything due next week?",
     {"list": "projects", "where": {"status": "open", "due": "next_week"}}, None),
    ("team_lead", "periods", "which projects were finished since monday",
     {"list": "projects", "where": {"completed": "since_monday"}}, None),
    ("director", "periods", "how many projects did we finish in 2025",
     {"count": "projects", "where": {"completed": "range:2025-01-01:2025-12-31"}}, None),
    # --- rankings (10) ----------------------------------------------------------------------
    ("director", "rankings", "top three most overdue projects",
     {"top": "projects", "by": "days_overdue", "k": 3}, None),
    ("finance", "rankings", "Which portfolio is carrying the most open projects?",
     {"top": "portfolios", "by": "count", "k": 1, "where": OPEN}, None),
    ("team_lead", "rankings", "5 biggest open projects by remaining story points",
     {"top": "projects", "by": "remaining_points", "k": 5, "where": OPEN}, None),
    ("director", "rankings",
     "of the at-risk projects, which three have the lowest odds of landing on time",
     {"top": "projects", "by": "p_on_time", "k": 3, "where": {"health": "at_risk"}}, None),
    ("team_lead", "rankings", "which active projects are furthest along? top 3",
     {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}}, None),
    ("resource_manager", "rankings", "who is spread across the most projects right now",
     {"top": "people", "by": "projects", "k": 1}, None),
    ("director", "rankings", "owner with the most late projects?",
     {"top": "owners", "by": "count", "k": 1, "where": LATE}, None),
    ("new_hire", "rankings", "what are the next three deadlines coming up",
     {"top": "projects", "by": "due_soonest", "k": 3,
      "where": {"status": "open", "due": "rest_of_year"}}, None),
    ("finance", "rankings", "smallest portfolio by number of open projects",
     {"top": "portfolios", "by": "count", "k": 1, "where": OPEN, "order": "asc"}, None),
    ("resource_manager", "rankings", "five busiest people next week",
     {"top": "people", "by": "load", "k": 5, "period": "next_week"}, None),
    # --- comparisons (9) --------------------------------------------------------------------
    ("director", "comparisons", "late projects: customer support vs devices",
     {"groups": "projects", "by": "portfolio", "where": LATE,
      "only": ["Customer Support", "Devices"]}, None),
    ("finance", "comparisons", "payments or growth, which has more open projects?",
     {"groups": "projects", "by": "portfolio", "where": OPEN, "only": ["Payments", "Growth"]},
     None),
    ("director", "comparisons",
     "breakdown of the open projects by health please, late vs at risk vs on track",
     {"groups": "projects", "by": "health", "where": OPEN}, None),
    ("resource_manager", "comparisons", "Leo Moreau vs Sofia Zhang - who's more loaded this week?",
     {"groups": "people", "by": "load", "only": ["Leo Moreau", "Sofia Zhang"],
      "period": "this_week"}, None),
    ("team_lead", "comparisons",
     "items finished last month, data platform compared to ml platform",
     {"groups": "work_items", "by": "portfolio", "where": {"done": "last_month"},
      "only": ["Data Platform", "ML Platform"]}, None),
    ("finance", "comparisons", "split of open projects by priority",
     {"groups": "projects", "by": "priority", "where": OPEN}, None),
    ("new_hire", "comparisons", "how many projects are there in each status?",
     {"groups": "projects", "by": "status"}, None),
    ("director", "comparisons", "Hugo Lopez vs Leo Moreau: who owns more open projects",
     {"groups": "projects", "by": "owner", "where": OPEN, "only": ["Hugo Lopez", "Leo Moreau"]},
     None),
    ("resource_manager", "comparisons", "do more of our people know go or java?",
     {"groups": "skills", "by": "people", "only": ["go", "java"]}, None),
    # --- people (14) ------------------------------------------------------------------------
    ("resource_manager", "people", "how loaded is Sofia Zhang this week",
     {"value": "load", "of": "Sofia Zhang", "period": "this_week"}, None),
    ("team_lead", "people", "who's working on PRJ-0137 at the moment?",
     {"list": "people", "where": {"works_on": "PRJ-0137"}}, None),
    ("new_hire", "people", "what is hugo lopez on right now",
     {"list": "projects", "where": {"staffed_by": "Hugo Lopez"}}, None),
    ("new_hire", "people", "who's on this team?",
     {"list": "people", "where": {"works_on": "PRJ-0046"}}, "/projects/PRJ-0046"),
    ("resource_manager", "people", "Lara Ahmed - peak allocation next month?",
     {"value": "load", "of": "Lara Ahmed", "period": "next_month"}, None),
    ("finance", "people", "list of product managers please",
     {"list": "people", "where": {"role": "Product manager"}}, None),
    ("resource_manager", "people", "is chen brown overbooked in july",
     {"value": "load", "of": "Chen Brown", "period": "next_month"}, None),
    ("resource_manager", "people",
     "I'm new on the resourcing side and still getting my head around things - who is "
     "completely free in July, nothing booked at all?",
     {"list": "people", "where": {"free": "next_month"}}, None),
    ("director", "people", "how many projects is Leo Moreau staffed on?",
     {"count": "projects", "where": {"staffed_by": "Leo Moreau"}}, None),
    ("new_hire", "people", "who owns Sierra invoice engine",
     {"value": "owner", "of": "PRJ-0063"}, None),
    ("resource_manager", "people", "tariq olsen how busy this wk",
     {"value": "load", "of": "Tariq Olsen", "period": "this_week"}, None),
    ("team_lead", "people", "who has the most open tickets assigned to them",
     {"top": "people", "by": "open_items", "k": 1}, None),
    ("director", "people", "who runs this one?",
     {"value": "owner", "of": "PRJ-0018"}, "/projects/PRJ-0018"),
    ("team_lead", "people", "who is overbooked next month",
     {"list": "people", "where": {"over_allocated": "next_month"}}, None),
    # --- skills (10) ------------------------------------------------------------------------
    ("resource_manager", "skills", "who knows kubernetes",
     {"list": "people", "where": {"skill": "kubernetes"}}, None),
    ("team_lead", "skills", "how many people list terraform as a skill",
     {"count": "people", "where": {"skill": "terraform"}}, None),
    ("new_hire", "skills", "What skills does Priya Weber have?",
     {"list": "skills", "where": {"person": "Priya Weber"}}, None),
    ("new_hire", "skills", "which skill is most common across our people",
     {"top": "skills", "by": "people", "k": 1}, None),
    ("finance", "skills", "which skill is most in demand in the open backlog?",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    ("resource_manager", "skills", "anyone with both spark and ML?",
     {"list": "people", "where": {"skill": ["spark", "ml"]}}, None),
    ("resource_manager", "skills", "people with embedded skills who are free next week",
     {"list": "people", "where": {"skill": "embedded", "free": "next_week"}}, None),
    ("team_lead", "skills", "how many open items need react?",
     {"count": "work_items", "where": {"status": "open", "skill": "react"}}, None),
    ("new_hire", "skills", "accessibility experts?",
     {"list": "people", "where": {"skill": "accessibility"}}, None),
    ("director", "skills",
     "i need someone who knows react and has nothing booked next week who is available",
     {"list": "people", "where": {"skill": "react", "free": "next_week"}}, None),
    # --- changes (8) ------------------------------------------------------------------------
    ("director", "changes", "which projects went late this month",
     {"list": "projects", "where": {"became_late": "this_month"}}, None),
    ("team_lead", "changes", "anything slip past its due date in the last two weeks?",
     {"list": "projects", "where": {"became_late": "last_days:14"}}, None),
    ("finance", "changes",
     "how many work items got added to the scope of open projects last month?",
     {"value": "scope_items_added", "where": OPEN, "period": "last_month"}, None),
    ("director", "changes", "scope creep in Growth this quarter, in number of items",
     {"value": "scope_items_added", "where": {"portfolio": "Growth"}, "period": "this_quarter"},
     None),
    ("finance", "changes", "story points delivered last month across everything",
     {"value": "points_done", "where": {"done": "last_month"}}, None),
    ("team_lead", "changes", "how many work items were closed out last week",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    ("team_lead", "changes", "how many items were added to this project's scope this month",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "this_month"},
     "/projects/PRJ-0174"),
    ("resource_manager", "changes", "points done here in the last 30 days",
     {"value": "points_done", "where": {"project": "PRJ-0018", "done": "last_days:30"}},
     "/projects/PRJ-0018"),
    # --- causes (8) -------------------------------------------------------------------------
    ("director", "causes", "why is this so late?", {"cause": "PRJ-0094"}, "/projects/PRJ-0094"),
    ("team_lead", "causes", "what's holding up PRJ-0102", {"cause": "PRJ-0102"}, None),
    ("director", "causes", "Cobalt smart thermostat missed its date - why?",
     {"cause": "PRJ-0104"}, None),
    ("finance", "causes",
     "i have a call at 9 a.m. with the sponsor tell me why delta sso rollout is behind",
     {"cause": "PRJ-0130"}, None),
    ("new_hire", "causes", "why is PRJ-0165 late", {"cause": "PRJ-0165"}, None),
    ("resource_manager", "causes", "what went wrong with harbor sensor hub",
     {"cause": "PRJ-0183"}, None),
    ("team_lead", "causes", "Granite refund automation is flagged at risk, what's driving that?",
     {"cause": "PRJ-0127"}, None),
    ("director", "causes", "why's this one at risk", {"cause": "PRJ-0063"}, "/projects/PRJ-0063"),
    # --- forecasts (10) ---------------------------------------------------------------------
    ("finance", "forecasts", "what are the chances PRJ-0084 finishes on time",
     {"value": "p_on_time", "of": "PRJ-0084"}, None),
    ("director", "forecasts", "when will Apollo metrics layer realistically finish?",
     {"value": "p50_date", "of": "PRJ-0046"}, None),
    ("team_lead", "forecasts", "which projects are at risk?",
     {"list": "projects", "where": {"health": "at_risk"}}, None),
    ("new_hire", "forecasts", "number of at-risk projects",
     {"count": "projects", "where": {"health": "at_risk"}}, None),
    ("finance", "forecasts", "at-risk projects in payments",
     {"list": "projects", "where": {"health": "at_risk", "portfolio": "Payments"}}, None),
    ("resource_manager", "forecasts",
     "which open projects have less than a one in four chance of hitting their date",
     {"list": "projects", "where": {"p_below": 0.25}}, None),
    ("new_hire", "forecasts", "eta on this one?", {"value": "p50_date", "of": "PRJ-0111"},
     "/projects/PRJ-0111"),
    ("team_lead", "forecasts", "will Tundra battery pack land on time, what's the probability",
     {"value": "p_on_time", "of": "PRJ-0048"}, None),
    ("finance", "forecasts", "odds this ships by the due date?",
     {"value": "p_on_time", "of": "PRJ-0135"}, "/projects/PRJ-0135"),
    ("director", "forecasts", "which of Hugo Lopez's projects are at risk",
     {"list": "projects", "where": {"health": "at_risk", "owner": "Hugo Lopez"}}, None),
    # --- typos (10) -------------------------------------------------------------------------
    ("director", "typos", "how many late projcets", {"count": "projects", "where": LATE}, None),
    ("new_hire", "typos", "wich projects are on hlod",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("resource_manager", "typos", "whos free nxt week",
     {"list": "people", "where": {"free": "next_week"}}, None),
    ("team_lead", "typos", "skils for noor zang",
     {"list": "skills", "where": {"person": "Noor Zhang"}}, None),
    ("finance", "typos", "prj-0063 due dtae", {"value": "due_date", "of": "PRJ-0063"}, None),
    ("new_hire", "typos", "open projects in devcies",
     {"list": "projects", "where": {"status": "open", "portfolio": "Devices"}}, None),
    ("resource_manager", "typos", "overalocated ppl this wk",
     {"list": "people", "where": {"over_allocated": "this_week"}}, None),
    ("finance", "typos", "probabilty apolo metrics layer finishes on tiem",
     {"value": "p_on_time", "of": "PRJ-0046"}, None),
    ("team_lead", "typos", "hwo many open itmes on this projcet",
     {"count": "work_items", "where": {"status": "open", "project": "PRJ-0084"}},
     "/projects/PRJ-0084"),
    ("new_hire", "typos", "peple with terrafrom skill",
     {"list": "people", "where": {"skill": "terraform"}}, None),
    # --- languages (10) ---------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind gerade verspätet?",
     {"language": "de", "then": {"count": "projects", "where": LATE}}, None),
    ("finance", "languages", "Quels projets du portefeuille Customer Support sont en retard ?",
     {"language": "fr", "then": {"list": "projects",
                                 "where": {"health": "late", "portfolio": "Customer Support"}}},
     None),
    ("team_lead", "languages", "¿Cuándo vence el PRJ-0029?",
     {"language": "es", "then": {"value": "due_date", "of": "PRJ-0029"}}, None),
    ("resource_manager", "languages", "hoeveel mensen zijn volgende week helemaal vrij?",
     {"language": "nl", "then": {"count": "people", "where": {"free": "next_week"}}}, None),
    ("team_lead", "languages", "chi lavora al progetto PRJ-0063 in questo momento?",
     {"language": "it", "then": {"list": "people", "where": {"works_on": "PRJ-0063"}}}, None),
    ("finance", "languages", "qual a probabilidade do PRJ-0013 terminar no prazo?",
     {"language": "pt", "then": {"value": "p_on_time", "of": "PRJ-0013"}}, None),
    ("new_hire", "languages", "wer arbeitet an diesem Projekt?",
     {"language": "de", "then": {"list": "people", "where": {"works_on": "PRJ-0151"}}},
     "/projects/PRJ-0151"),
    ("new_hire", "languages", "combien de projets actifs dans Data Platform ?",
     {"language": "fr", "then": {"count": "projects",
                                 "where": {"status": "active", "portfolio": "Data Platform"}}},
     None),
    ("new_hire", "languages", "lista de proyectos terminados el mes pasado",
     {"language": "es", "then": {"list": "projects", "where": {"completed": "last_month"}}}, None),
    ("finance", "languages", "qual è il budget in euro del progetto Apollo metrics layer?",
     {"language": "it", "then": None}, None),
    # --- unanswerable (7) -------------------------------------------------------------------
    ("finance", "unanswerable", "how much money have we spent here so far?",
     {"refuse": "money spent"}, "/projects/PRJ-0050"),
    ("director", "unanswerable",
     "what's the customer satisfaction score for our help center projects",
     {"refuse": "customer satisfaction"}, None),
    ("team_lead", "unanswerable", "how many hours did Tom Kaur log last week",
     {"refuse": "timesheets"}, None),
    ("resource_manager", "unanswerable", "who's on annual leave next week",
     {"refuse": "leave"}, None),
    ("finance", "unanswerable", "What's the expected revenue uplift from Raven pricing experiment?",
     {"refuse": "revenue"}, None),
    ("new_hire", "unanswerable", "whats the hourly rate for contractors on the devices team",
     {"refuse": "rates"}, None),
    ("director", "unanswerable", "which vendor invoices are overdue",
     {"refuse": "invoices"}, None),
    # --- ambiguous (7) ----------------------------------------------------------------------
    ("director", "ambiguous", "is Iris recommendation engine going to make its date?",
     {"clarify": {"projects_named": "iris recommendation", "open": True}}, None),
    ("team_lead", "ambiguous", "who's on beacon data catalog",
     {"clarify": {"projects_named": "beacon data catalog", "open": True}}, None),
    ("finance", "ambiguous", "status of the nimbus pricing experiment?",
     {"clarify": {"projects_named": "nimbus pricing", "open": True}}, None),
    ("resource_manager", "ambiguous", "how loaded is Grace this week",
     {"clarify": {"people_named": "grace"}}, None),
    ("new_hire", "ambiguous", "what is Carla working on",
     {"clarify": {"people_named": "carla"}}, None),
    # spec changed on 2026-12-04: the dashboard draws late projects in red (vermillion) and
    # at-risk ones in amber (orange), so "in the red" is read as late and the interpretation
    # says so (the writers of unseen21 and unseen25 read the colours that way too)
    ("new_hire", "ambiguous", "which projects are in the red?",
     {"list": "projects", "where": LATE}, None),
    ("resource_manager", "ambiguous", "is paul free next week?",
     {"clarify": {"people_named": "paul"}}, None),
    # --- documents (6) ----------------------------------------------------------------------
    ("team_lead", "documents", "what did they decide at the last meeting here?",
     {"text": [{"decision_of": "PRJ-0007"}]}, "/projects/PRJ-0007"),
    ("finance", "documents", "main risk in the latest status note?",
     {"text": [{"risk_of": "PRJ-0029"}]}, "/projects/PRJ-0029"),
    ("director", "documents", "why was PRJ-0155 put on hold",
     {"text": ["the business case no longer holds"]}, None),
    ("new_hire", "documents", "who made the call to cancel Umbra checkout redesign, and why?",
     {"text": ["Ben Garcia", "a vendor dependency is blocked"]}, None),
    ("resource_manager", "documents", "what's the goal in the spec for Nimbus offline mode",
     {"text": ["reach a 4.5 star rating"]}, None),
    ("director", "documents", "latest decision on Iris reporting warehouse?",
     {"text": [{"decision_of": "PRJ-0111"}]}, None),
]


def _record(n: int, persona: str, category: str, question: str, spec: dict[str, Any],
            page: str | None) -> dict[str, Any]:
    record = {"id": f"u9-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": spec}
    if page:
        record["page"] = page
    return record


QUESTIONS = [_record(n, *row) for n, row in enumerate(_RAW, start=1)]
