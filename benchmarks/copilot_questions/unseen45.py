"""Held-out split unseen45: a first-month chat log, written blind.

Who wrote it, and how: a helper session, writing for whoever scores the copilot later. It read
only the brief, the benchmark's CLI and its ``expect.py``, ``facts.py``, ``periods.py``,
``scoring.py``, ``records.py`` and ``__init__.py``, ``docs/metrics.md``, ``data/demo.py`` and the
schema of a freshly built demo database (200 projects, seed 7, today 2026-06-17), and looked names,
keys, skills, roles, portfolios, owners and document phrases up in that database with plain SQL. It
did not open the copilot, the dashboard, the pages, the tests, the other splits or any score.

The log: the five personas (director, team lead, resource manager, new hire, finance) in their
first month with the dashboard, learning what it can do. They ask in their own words rather than
the dashboard's; some explain why they ask, some ask two things of which one is plainly the
question (the expected answer is that one), some get a project's or a person's name slightly
wrong (a missing letter, a singular for a plural, a dropped word: the one project or person it
can only mean), some ask from a project page ("this one", "here", "this team"), some in their own
language (German, French, Spanish, Dutch, Italian, Portuguese). 30 questions per persona, 15
asked from a page.

Readings used (today is Wednesday 2026-06-17):
- "open", "still open", "not closed yet", "still going" = proposed, active or on hold; "running"
  and "active" = the Active status; "closed" = done or cancelled; "finished", "wrapped up",
  "delivered", "got done" (of projects) = Done with the completion day in the period.
- "late", "overdue", "past its due date", "behind", "missed its date", "flagged" (of a late one)
  = open and due before today; "went late", "slipped" in a period = open, due before today, and
  the first day after its due date falls in that period.
- "likely to miss its date but not late yet" = at risk (open, not late, P(on time) < 50 %);
  "odds", "chance", "P(on time)" = the stored P(on time); "realistically finish", "likely wrap
  up", "expected end date", "forecast finish" = the forecast's P50 date.
- "works on", "on the team", "who's on", "staffed on", "doing anything right now" = an
  allocation covering today; "owns", "leads", "who to talk to about" = the project's owner.
- "load", "how loaded", "how stretched", "busiest" = highest daily sum of allocation shares in
  the period; "overbooked" = load above 100 % on some day of the period; "free", "nothing
  allocated", "not booked" = no allocation on any day of the period (load 0).
- "tickets", "tasks", "items", "unfinished items" = work items (open = not done); "scope added"
  = items added to a project's scope per the daily snapshots.
- "the coming fortnight" = today and the 13 days after it (17-30 June); "this week" = Monday 15
  to Sunday 21 June; "next week" = 22-28 June; "last week" = 8-14 June; "since Monday" = 15-17
  June; "this month" = June 2026; "July" and "next month" = July 2026; "May" and "last month" =
  May 2026; "last quarter" = Q1 2026; "Q3" = July-September 2026; "H1" = 1 January-30 June 2026;
  "since January" = 2026 so far; "the past week", "the last 7 days" = 11-17 June; "the last two
  weeks" = 4-17 June; "the last 30 days" = 19 May-17 June; "between now and the end of the
  month" = 17-30 June.
- "we", "ours", "the org" (not asked from a page) = the whole portfolio the dashboard shows.
- Money, revenue, rates, customer satisfaction, leave and overtime are not in the data: refusals.
  A first name several people share, a name two or three open projects share, and "biggest"
  (scope, team or item count) ask for a clarification.
"""

from __future__ import annotations

SPLIT = "unseen45"

_RAW = [
    # --- counts ---------------------------------------------------------------------------------
    ("director", "counts", "how many projects haven't been closed yet",
     {"count": "projects", "where": {"status": "open"}}, None),
    ("new_hire", "counts",
     "Hi! I just joined the PMO and I'm trying to get a feel for the scale of things. Roughly "
     "how many projects are past their due date at the moment?",
     {"count": "projects", "where": {"health": "late"}}, None),
    ("finance", "counts", "Number of projects we've completed since January?",
     {"count": "projects", "where": {"completed": "this_year"}}, None),
    ("resource_manager", "counts", "how many QA engineers do we have in total",
     {"count": "people", "where": {"role": "QA engineer"}}, None),
    ("team_lead", "counts", "how many items are still open on this one?",
     {"count": "work_items", "where": {"status": "open", "project": "PRJ-0029"}},
     "/projects/PRJ-0029"),
    ("finance", "counts", "how many open projects does Devices have?",
     {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}}, None),
    ("finance", "counts", "how many projects got cancelled altogether?",
     {"count": "projects", "where": {"status": "cancelled"}}, None),
    ("new_hire", "counts",
     "How many projects are still waiting to start? I think the dashboard calls them "
     "proposed.",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    ("resource_manager", "counts", "how many people have nothing allocated this week",
     {"count": "people", "where": {"free": "this_week"}}, None),
    ("new_hire", "counts", "How many tickets are in progress right now, across all projects?",
     {"count": "work_items", "where": {"status": "in_progress"}}, None),
    ("director", "counts", "count of critical priority projects still open?",
     {"count": "projects", "where": {"status": "open", "priority": "critical"}}, None),
    ("finance", "counts",
     "How many sets of meeting minutes were written last week? Trying to see if the weekly "
     "syncs are actually happening.",
     {"count": "documents", "where": {"kind": "meeting_minutes", "created": "last_week"}}, None),
    ("team_lead", "counts", "how many unfinished work items does the Devices portfolio have",
     {"count": "work_items", "where": {"status": "open", "portfolio": "Devices"}}, None),
    ("new_hire", "counts", "How many portfolios are there in total?",
     {"count": "portfolios", "where": {}}, None),
    # --- lists ----------------------------------------------------------------------------------
    ("director", "lists", "which projects are overdue",
     {"list": "projects", "where": {"health": "late"}}, None),
    ("team_lead", "lists",
     "is there a way to save a filter on the projects page? anyway, main thing: what's on "
     "hold right now?",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("new_hire", "lists",
     "Could you list the projects Sam Adams owns that are still open? I'm shadowing him this "
     "week.",
     {"list": "projects", "where": {"owner": "Sam Adams", "status": "open"}}, None),
    ("finance", "lists",
     "Which critical-priority projects are still open? I need them for the quarterly cost "
     "review.",
     {"list": "projects", "where": {"status": "open", "priority": "critical"}}, None),
    ("resource_manager", "lists", "list the open security projects",
     {"list": "projects", "where": {"portfolio": "Security", "status": "open"}}, None),
    ("director", "lists", "which portfolios have something late",
     {"list": "portfolios", "where": {"health": "late"}}, None),
    ("team_lead", "lists", "which Mobile Apps projects are active",
     {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "active"}}, None),
    ("new_hire", "lists",
     "Which projects were cancelled? I'd like to understand what got stopped before I "
     "joined.",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    ("finance", "lists", "open high-priority projects in Payments please",
     {"list": "projects", "where": {"portfolio": "Payments", "priority": "high",
                                    "status": "open"}}, None),
    ("resource_manager", "lists", "who owns the late projects? want to ping them today",
     {"list": "owners", "where": {"health": "late"}}, None),
    ("director", "lists", "Growth: what's still open there",
     {"list": "projects", "where": {"portfolio": "Growth", "status": "open"}}, None),
    ("team_lead", "lists", "which of Hugo Lopez's projects are still going?",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    ("new_hire", "lists", "Are there portfolios with nothing in the proposed stage?",
     {"list": "portfolios", "where": {"status": "proposed"}, "having": "none"}, None),
    ("finance", "lists", "which Infrastructure projects are on track",
     {"list": "projects", "where": {"portfolio": "Infrastructure", "health": "on_track"}},
     None),
    # --- periods --------------------------------------------------------------------------------
    ("director", "periods", "what's due in the coming fortnight",
     {"list": "projects", "where": {"due": "next_days:14", "status": "open"}}, None),
    ("finance", "periods",
     "For the half-year report: which projects did we finish in H1?",
     {"list": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}, None),
    ("team_lead", "periods", "anything of ours due in July?",
     {"list": "projects", "where": {"due": "next_month", "status": "open"}}, None),
    ("new_hire", "periods",
     "Which projects kick off next month? I'd love to sit in on a kickoff meeting.",
     {"list": "projects", "where": {"started": "next_month"}}, None),
    ("resource_manager", "periods", "which projects started this month",
     {"list": "projects", "where": {"started": "this_month"}}, None),
    ("finance", "periods", "how many projects were finished last quarter",
     {"count": "projects", "where": {"completed": "last_quarter"}}, None),
    ("new_hire", "periods", "How many work items did the teams get done last week?",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    ("team_lead", "periods",
     "also where do I find the burn-up chart? but mainly: how many story points have we "
     "closed since Monday",
     {"value": "points_done", "where": {"done": "since_monday"}}, None),
    ("new_hire", "periods", "What is still due between now and the end of the month?",
     {"list": "projects", "where": {"due": "range:2026-06-17:2026-06-30", "status": "open"}},
     None),
    ("finance", "periods", "how many open projects fall due in Q3?",
     {"count": "projects", "where": {"due": "q3", "status": "open"}}, None),
    ("resource_manager", "periods", "who's overbooked in July",
     {"list": "people", "where": {"over_allocated": "next_month"}}, None),
    ("director", "periods", "which projects wrapped up this month",
     {"list": "projects", "where": {"completed": "this_month"}}, None),
    ("team_lead", "periods", "story points finished in Growth last month?",
     {"value": "points_done", "where": {"done": "last_month", "portfolio": "Growth"}}, None),
    ("new_hire", "periods", "How many projects were delivered in May?",
     {"count": "projects", "where": {"completed": "last_month"}}, None),
    # --- rankings -------------------------------------------------------------------------------
    ("director", "rankings", "top 5 busiest people this week",
     {"top": "people", "by": "load", "k": 5, "period": "this_week"}, None),
    ("resource_manager", "rankings", "who is spread across the most projects right now?",
     {"top": "people", "by": "projects", "k": 1}, None),
    ("team_lead", "rankings", "which active project has the biggest pile of unfinished items",
     {"top": "projects", "by": "open_items", "k": 1, "where": {"status": "active"}}, None),
    ("finance", "rankings", "which late project is furthest past its due date?",
     {"top": "projects", "by": "days_overdue", "k": 1, "where": {"health": "late"}}, None),
    ("director", "rankings", "which portfolio has the most open projects",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    ("new_hire", "rankings", "Who owns the most projects that are still open?",
     {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}}, None),
    ("resource_manager", "rankings",
     "which 3 open projects have the most points of work left? need to know where people will "
     "be needed",
     {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}}, None),
    ("resource_manager", "rankings", "who has the most open tasks assigned to them",
     {"top": "people", "by": "open_items", "k": 1}, None),
    ("finance", "rankings", "the three active projects closest to done?",
     {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}}, None),
    ("resource_manager", "rankings", "who on this team is the most stretched this week?",
     {"top": "people", "by": "load", "k": 1, "where": {"works_on": "PRJ-0048"},
      "period": "this_week"}, "/projects/PRJ-0048"),
    # --- comparisons ----------------------------------------------------------------------------
    ("director", "comparisons", "Devices vs Data Platform, late projects",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Devices", "Data Platform"]}, None),
    ("resource_manager", "comparisons", "compare Leo Moreau and Sofia Zhang's load this week",
     {"groups": "people", "by": "load", "only": ["Leo Moreau", "Sofia Zhang"],
      "period": "this_week"}, None),
    ("finance", "comparisons", "How many projects are active, on hold and proposed?",
     {"groups": "projects", "by": "status", "only": ["Active", "On hold", "Proposed"]}, None),
    ("team_lead", "comparisons",
     "is Payments or Growth carrying more unfinished work items?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Payments", "Growth"]}, None),
    ("new_hire", "comparisons",
     "How do the portfolios compare on late projects? I'm trying to work out where the "
     "trouble spots are.",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"}}, None),
    ("resource_manager", "comparisons", "do more people know kubernetes or terraform?",
     {"groups": "skills", "by": "people", "only": ["kubernetes", "terraform"]}, None),
    ("director", "comparisons", "health breakdown of everything that's open",
     {"groups": "projects", "by": "health", "where": {"status": "open"}}, None),
    ("finance", "comparisons", "split of open projects by priority",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}, None),
    ("team_lead", "comparisons", "Emeka Okafor vs Rosa Novak - who is more loaded next week",
     {"groups": "people", "by": "load", "only": ["Emeka Okafor", "Rosa Novak"],
      "period": "next_week"}, None),
    # --- people ---------------------------------------------------------------------------------
    ("team_lead", "people", "who's actually working on this?",
     {"list": "people", "where": {"works_on": "PRJ-0037"}}, "/projects/PRJ-0037"),
    ("resource_manager", "people", "who is free next week",
     {"list": "people", "where": {"free": "next_week"}}, None),
    ("director", "people", "who's overbooked this week",
     {"list": "people", "where": {"over_allocated": "this_week"}}, None),
    ("new_hire", "people",
     "Who owns the Granite chatbot pilot? I need to ask them for access to the test "
     "environment.",
     {"value": "owner", "of": "PRJ-0086"}, None),
    ("resource_manager", "people", "what's Grace Moreau's load this week",
     {"value": "load", "of": "Grace Moreau", "period": "this_week"}, None),
    ("team_lead", "people", "which projects is Dara Jansen on at the moment",
     {"list": "projects", "where": {"staffed_by": "Dara Jansen"}}, None),
    ("finance", "people", "how many projects is Hugo Lopes staffed on?",
     {"count": "projects", "where": {"staffed_by": "Hugo Lopez"}}, None),
    ("director", "people", "who's on the Sierra invoice engine team",
     {"list": "people", "where": {"works_on": "PRJ-0063"}}, None),
    ("resource_manager", "people",
     "is Kenji Brown on any project right now? he says he has capacity",
     {"list": "projects", "where": {"staffed_by": "Kenji Brown"}}, None),
    ("new_hire", "people", "Who should I talk to about this project?",
     {"value": "owner", "of": "PRJ-0174"}, "/projects/PRJ-0174"),
    ("team_lead", "people", "who's assigned to Quartz offline mode",
     {"list": "people", "where": {"works_on": "PRJ-0062"}}, None),
    ("resource_manager", "people", "how loaded is Ines Fischer in July",
     {"value": "load", "of": "Ines Fischer", "period": "next_month"}, None),
    ("new_hire", "people",
     "Could you list the data engineers? I'd like to meet the people in my discipline.",
     {"list": "people", "where": {"role": "Data engineer"}}, None),
    ("finance", "people", "who leads Willow metrics layer?",
     {"value": "owner", "of": "PRJ-0192"}, None),
    # --- skills ---------------------------------------------------------------------------------
    ("resource_manager", "skills", "who knows kubernetes?",
     {"list": "people", "where": {"skill": "kubernetes"}}, None),
    ("team_lead", "skills",
     "what is Zoe Haddad good at? thinking of pulling her onto a data task",
     {"list": "skills", "where": {"person": "Zoe Haddad"}}, None),
    ("new_hire", "skills", "How many people here can do embedded work?",
     {"count": "people", "where": {"skill": "embedded"}}, None),
    ("director", "skills", "most common skill across the org",
     {"top": "skills", "by": "people", "k": 1}, None),
    ("resource_manager", "skills", "anyone with accessibility skills who's free next week?",
     {"list": "people", "where": {"skill": "accessibility", "free": "next_week"}}, None),
    ("team_lead", "skills", "which skill has the biggest backlog of open items",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    ("finance", "skills",
     "How many people have Spark? Someone asked if we still need the licences.",
     {"count": "people", "where": {"skill": "spark"}}, None),
    ("new_hire", "skills", "Who has both React and TypeScript?",
     {"list": "people", "where": {"skill": ["react", "typescript"]}}, None),
    ("resource_manager", "skills", "what's the rarest skill we've got",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}, None),
    ("director", "skills", "anyone who knows terraform and isn't booked this month",
     {"list": "people", "where": {"skill": "terraform", "free": "this_month"}}, None),
    # --- changes --------------------------------------------------------------------------------
    ("director", "changes", "what went late this week",
     {"list": "projects", "where": {"became_late": "this_week"}}, None),
    ("team_lead", "changes", "how much scope got added to open projects last month",
     {"value": "scope_items_added", "period": "last_month", "where": {"status": "open"}},
     None),
    ("new_hire", "changes",
     "Which projects were set up in the last two weeks? I want to make sure I'm not missing "
     "any new ones.",
     {"list": "projects", "where": {"created": "last_days:14"}}, None),
    ("finance", "changes", "did anything finish this week?",
     {"list": "projects", "where": {"completed": "this_week"}}, None),
    ("resource_manager", "changes", "new projects created this month?",
     {"list": "projects", "where": {"created": "this_month"}}, None),
    ("director", "changes", "which projects slipped past their deadline in the last 30 days",
     {"list": "projects", "where": {"became_late": "last_days:30"}}, None),
    ("team_lead", "changes", "how many items were added to this one last month?",
     {"value": "scope_items_added", "period": "last_month", "where": {"key": "PRJ-0102"}},
     "/projects/PRJ-0102"),
    ("finance", "changes", "how many work items were created in the past week",
     {"count": "work_items", "where": {"created": "last_days:7"}}, None),
    # --- causes ---------------------------------------------------------------------------------
    ("director", "causes", "why is Falcon metrics layer so late",
     {"cause": "PRJ-0094"}, None),
    ("team_lead", "causes", "what's holding this one up?",
     {"cause": "PRJ-0102"}, "/projects/PRJ-0102"),
    ("new_hire", "causes",
     "I keep seeing the Cobalt thermostat project flagged as late. What went wrong there?",
     {"cause": "PRJ-0104"}, None),
    ("finance", "causes", "Why did the Raven chatbot pilot miss its date?",
     {"cause": "PRJ-0125"}, None),
    ("resource_manager", "causes", "why's this behind? is it a people problem?",
     {"cause": "PRJ-0130"}, "/projects/PRJ-0130"),
    ("director", "causes", "falcon push notification - why late",
     {"cause": "PRJ-0165"}, None),
    ("team_lead", "causes", "what happened with Harbor sensor hub, it's overdue",
     {"cause": "PRJ-0183"}, None),
    ("new_hire", "causes",
     "Why is this project late? I'd like to understand it before the stand-up.",
     {"cause": "PRJ-0200"}, "/projects/PRJ-0200"),
    # --- forecasts ------------------------------------------------------------------------------
    ("director", "forecasts", "chance Sierra invoice engine lands on time?",
     {"value": "p_on_time", "of": "PRJ-0063"}, None),
    ("team_lead", "forecasts", "when do we realistically finish?",
     {"value": "p50_date", "of": "PRJ-0029"}, "/projects/PRJ-0029"),
    ("finance", "forecasts", "which projects are at risk",
     {"list": "projects", "where": {"health": "at_risk"}}, None),
    ("new_hire", "forecasts",
     "How many projects look likely to miss their date but aren't late yet?",
     {"count": "projects", "where": {"health": "at_risk"}}, None),
    ("resource_manager", "forecasts",
     "when will Beacon observability stack likely wrap up? need to plan where those six "
     "people go next",
     {"value": "p50_date", "of": "PRJ-0037"}, None),
    ("director", "forecasts",
     "of the projects not already late, which one is least likely to make its date",
     {"top": "projects", "by": "p_on_time", "k": 1,
      "where": {"health": ["at_risk", "on_track"]}}, None),
    ("finance", "forecasts",
     "Open projects with under a 30% chance of finishing on time?",
     {"list": "projects", "where": {"status": "open", "p_below": 0.3}}, None),
    ("team_lead", "forecasts", "what are the odds this one is done on time",
     {"value": "p_on_time", "of": "PRJ-0127"}, "/projects/PRJ-0127"),
    ("new_hire", "forecasts", "What's the expected end date for this?",
     {"value": "p50_date", "of": "PRJ-0066"}, "/projects/PRJ-0066"),
    ("resource_manager", "forecasts", "forecast finish for Tundra battery pack?",
     {"value": "p50_date", "of": "PRJ-0048"}, None),
    # --- typos ----------------------------------------------------------------------------------
    ("team_lead", "typos", "hw many late projcts in custmer support",
     {"count": "projects", "where": {"health": "late", "portfolio": "Customer Support"}},
     None),
    ("director", "typos", "whos overbookd next wk",
     {"list": "people", "where": {"over_allocated": "next_week"}}, None),
    ("resource_manager", "typos", "aisha eriksons load this week?",
     {"value": "load", "of": "Aisha Eriksen", "period": "this_week"}, None),
    ("new_hire", "typos", "Who is on the Nimbus kubernetes migraton team?",
     {"list": "people", "where": {"works_on": "PRJ-0200"}}, None),
    ("finance", "typos", "projcts finishd last mnth",
     {"list": "projects", "where": {"completed": "last_month"}}, None),
    ("team_lead", "typos", "open itmes on sierra refnd automation",
     {"count": "work_items", "where": {"status": "open", "project": "PRJ-0140"}}, None),
    ("director", "typos", "wich portfolio has most late prjects",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}}, None),
    ("resource_manager", "typos", "who knws terrafrom",
     {"list": "people", "where": {"skill": "terraform"}}, None),
    ("new_hire", "typos", "when is the cobalt acessibility audit due?",
     {"value": "due_date", "of": "PRJ-0050"}, None),
    ("finance", "typos", "status of Delta SSO rolout?",
     {"value": "status", "of": "PRJ-0130"}, None),
    # --- languages ------------------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind gerade überfällig?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}, None),
    ("finance", "languages", "Combien de projets ont été terminés le mois dernier ?",
     {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}},
     None),
    ("team_lead", "languages", "¿Quién trabaja en el proyecto PRJ-0051?",
     {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0051"}}}, None),
    ("resource_manager", "languages", "Wie is volgende week helemaal vrij?",
     {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}}, None),
    ("new_hire", "languages", "Di cosa tratta questo progetto?",
     {"language": "it", "then": {"about": "PRJ-0111"}}, "/projects/PRJ-0111"),
    ("director", "languages", "Quais projetos estão atrasados no portfólio Devices?",
     {"language": "pt", "then": {"list": "projects",
                                 "where": {"health": "late", "portfolio": "Devices"}}}, None),
    ("team_lead", "languages", "Bis wann muss das Projekt fertig sein?",
     {"language": "de", "then": {"value": "due_date", "of": "PRJ-0063"}},
     "/projects/PRJ-0063"),
    ("resource_manager", "languages", "Quelle est la charge de Leo Moreau cette semaine ?",
     {"language": "fr", "then": {"value": "load", "of": "Leo Moreau",
                                 "period": "this_week"}}, None),
    ("finance", "languages",
     "¿Cuánto dinero lleva gastado el proyecto Apollo metrics layer?",
     {"language": "es", "then": None}, None),
    ("new_hire", "languages", "Welke projecten starten volgende maand?",
     {"language": "nl", "then": {"list": "projects", "where": {"started": "next_month"}}},
     None),
    # --- unanswerable ---------------------------------------------------------------------------
    ("finance", "unanswerable", "what's the budget burn on Onyx checkout payments so far",
     {"refuse": "budgets in money are not in the data"}, None),
    ("director", "unanswerable", "which customers are least happy with what we deliver?",
     {"refuse": "customer satisfaction is not in the data"}, None),
    ("resource_manager", "unanswerable",
     "who's on holiday next week? trying to plan cover",
     {"refuse": "leave and holidays are not in the data"}, None),
    ("new_hire", "unanswerable",
     "What hourly rate do we charge clients for a data engineer?",
     {"refuse": "rates are not in the data"}, None),
    ("team_lead", "unanswerable", "how many overtime hours did my team put in last week",
     {"refuse": "hours worked are not in the data"}, None),
    ("finance", "unanswerable", "total cost of the Devices portfolio this year in euros?",
     {"refuse": "costs in money are not in the data"}, None),
    ("director", "unanswerable", "which projects bring in the most revenue",
     {"refuse": "revenue is not in the data"}, None),
    # --- ambiguous ------------------------------------------------------------------------------
    ("resource_manager", "ambiguous", "what's Tom's load this week?",
     {"clarify": {"people_named": "Tom"}}, None),
    ("team_lead", "ambiguous", "how is the Iris recommendation engine doing",
     {"clarify": {"projects_named": "iris recommendation engine", "open": True}}, None),
    ("director", "ambiguous", "status of Beacon data catalog?",
     {"clarify": {"projects_named": "beacon data catalog", "open": True}}, None),
    ("new_hire", "ambiguous",
     "Which projects is Sofia on? She's supposed to be my onboarding buddy.",
     {"clarify": {"people_named": "Sofia"}}, None),
    ("finance", "ambiguous", "when is the Nimbus pricing experiment due",
     {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}}, None),
    ("team_lead", "ambiguous", "what are our biggest projects?",
     {"clarify": ["biggest by scope in story points", "biggest by team size",
                  "biggest by number of work items"]}, None),
    # --- documents ------------------------------------------------------------------------------
    ("team_lead", "documents", "what did they decide at the last meeting here?",
     {"text": [{"decision_of": "PRJ-0029"}]}, "/projects/PRJ-0029"),
    ("director", "documents", "why was Lumen accessibility audit put on hold",
     {"text": ["a vendor dependency is blocked"]}, None),
    ("new_hire", "documents",
     "What is the Ember event pipeline actually meant to achieve? I think there's a spec "
     "somewhere.",
     {"text": ["give every team one source of truth for revenue"]}, None),
    ("finance", "documents",
     "what's the main risk on Sierra refund automation according to the latest status note",
     {"text": [{"risk_of": "PRJ-0140"}]}, None),
    ("resource_manager", "documents", "why did Umbra data catalog get cancelled?",
     {"text": ["the business case no longer holds"]}, None),
    ("director", "documents", "latest risk in the status notes for this one?",
     {"text": [{"risk_of": "PRJ-0086"}]}, "/projects/PRJ-0086"),
]


def _record(n: int, persona: str, category: str, question: str, expect: dict,
            page: str | None) -> dict:
    record = {"id": f"u45-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


QUESTIONS = [_record(n, *row) for n, row in enumerate(_RAW, start=1)]
