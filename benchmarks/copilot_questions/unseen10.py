"""Held-out questions, tenth set (unseen10): a quarterly review and next month's staffing.

Written by a helper session started for this purpose, blind to the copilot: it read only this
package's yardstick (``expect.py``, ``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``),
``docs/metrics.md``, ``data/demo.py`` and the schema, and looked names, keys, skills, roles,
portfolios, owners and document phrases up in the 200-project demo (seed 7, today 2026-06-17)
with plain SQL. It did not open the copilot's code, the dashboard, the tests, docs/copilot.md or
any other split, and saw no score. Forecast facts (P(on time), P50 dates, at risk) were checked
with ``--resolve-only`` only.

Who asks: a PMO analyst (recorded as ``team_lead``) and a programme director (``director``)
preparing the quarterly review, a resource manager planning next month (``resource_manager``),
a new hire finding their way (``new_hire``) and, for money questions, ``finance``. Fifteen
questions are asked from a project page ("here", "this project", "this one").

Readings used (today is Wednesday 2026-06-17):
- open / still open / in flight / still running / not finished / hasn't been closed = status
  Proposed, Active or On hold; "parked" = On hold or Cancelled; "proposed stage" = Proposed.
- late / overdue / past its deadline / behind schedule / slipped = open and due before today;
  "slipped into lateness" / "went overdue" in a period = became late in it (the day after the due
  date falls in the period, still open and late today).
- at risk / likely to miss = metrics.md's at risk (open, not late, P(on time) < 0.5).
- free / nothing booked / no allocation = load 0 on every day of the period; overbooked /
  over-allocated / stretched beyond 100 % = load above 1.0 on some day; load = the highest daily
  sum of shares in the period.
- works on / staffed on / allocated to / on the team / assigned to (projects) = an allocation
  covering today; "owns" / "leads" / "who should I talk to" = the project's owner.
- ETA / expected completion / when do we expect it to finish = the forecast's P50 date;
  odds / probability / how likely on time = P(on time); "worst odds" = lowest P(on time).
- "furthest along" = progress (done points over all points); "story points still to burn" =
  remaining points; "closest deadline" of projects not yet past due = fewest days to the due date
  among open projects due from today to the end of the year.
- this week = Mon 15 to Sun 21 June; next week = 22 to 28 June; the coming fortnight = today and
  the 13 days after it; the next 10 days = today and the 9 after; July / next month = 1 to 31
  July; last month = May; this quarter = Q2 (April to June); last quarter = Q1; next quarter =
  Q3; H1 = 1 January to 30 June; year to date = 1 January to today; since the start of May =
  1 May to today; since the beginning of June = 1 June to today; the last 30 days = today and the
  29 before; the last two weeks = today and the 13 before; the past six weeks = today and the 41
  before; "over the summer (July and August)" = 1 July to 31 August; "by the end of next month"
  = due from today to 31 July (open projects only, so overdue ones are not "due by" it);
  "kicked off this quarter" = start date from 1 April to today (a start later in June is
  not a kick-off yet);
  "finished in H1 so far" = completed 1 January to 30 June.
- "how many portfolios does the company run" = portfolios with at least one project; "most
  common skill" / "by headcount" = people having the skill; "skill with the most unfinished work
  items" = open items needing it.
- Ambiguous on purpose: a first name several people share (Hugo, Julia, Nadia), a project name
  two or three open projects share (Iris recommendation engine, Nimbus pricing experiment,
  Beacon data catalog) and "big" projects (undefined). Unanswerable: money (budget, salary,
  revenue, invoiced hours), customer satisfaction, NPS and leave: none of it is in the data.
"""

SPLIT = "unseen10"

QUESTIONS = [
    {
        "id": "u10-001", "split": "unseen10",
        "persona": "director", "category": "counts",
        "question": (
            "For the quarterly review deck I need one number: how many projects are still open "
            "across the whole company right now?"
        ),
        "expect": {"count": "projects", "where": {"status": "open"}},
    },
    {
        "id": "u10-002", "split": "unseen10",
        "persona": "team_lead", "category": "counts",
        "question": (
            "PMO here, doing the slippage slide. How many Payments projects have blown through "
            "their due date and still aren't closed?"
        ),
        "expect": {"count": "projects", "where": {"portfolio": "Payments", "health": "late"}},
    },
    {
        "id": "u10-003", "split": "unseen10",
        "persona": "director", "category": "counts",
        "question": (
            "Roughly how many critical-priority initiatives do we have in flight at the moment?"
        ),
        "expect": {"count": "projects", "where": {"status": "open", "priority": "critical"}},
    },
    {
        "id": "u10-004", "split": "unseen10",
        "persona": "team_lead", "category": "counts",
        "question": (
            "How many projects did the Devices group wrap up during Q1? Filling in the "
            "quarterly scorecard."
        ),
        "expect": {"count": "projects", "where": {"portfolio": "Devices", "completed": "q1"}},
    },
    {
        "id": "u10-005", "split": "unseen10",
        "persona": "resource_manager", "category": "counts",
        "question": (
            "Headcount check before I plan July: how many QA engineers do we have in total?"
        ),
        "expect": {"count": "people", "where": {"role": "QA engineer"}},
    },
    {
        "id": "u10-006", "split": "unseen10",
        "persona": "new_hire", "category": "counts",
        "question": (
            "I started this week and I'm trying to get the lay of the land: how many portfolios "
            "does the company run?"
        ),
        "expect": {"count": "portfolios", "where": {}},
    },
    {
        "id": "u10-007", "split": "unseen10",
        "persona": "team_lead", "category": "counts",
        "question": (
            "Number of work items still not done in the Data Platform portfolio, please, it "
            "goes on the backlog health slide."
        ),
        "expect": {
            "count": "work_items",
            "where": {"status": "open", "portfolio": "Data Platform"},
        },
    },
    {
        "id": "u10-008", "split": "unseen10",
        "persona": "director", "category": "counts",
        "question": (
            "How many proposals are sitting at the proposed stage waiting for a go/no-go from "
            "the board?"
        ),
        "expect": {"count": "projects", "where": {"status": "proposed"}},
    },
    {
        "id": "u10-009", "split": "unseen10",
        "persona": "resource_manager", "category": "counts",
        "question": "How many people are stretched beyond 100% on at least one day this week?",
        "expect": {"count": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u10-010", "split": "unseen10",
        "persona": "team_lead", "category": "counts",
        "question": "Count of features, not backlog items, still open on this project?",
        "expect": {
            "count": "work_items",
            "where": {"kind": "feature", "status": "open", "project": "PRJ-0115"},
        },
        "page": "/projects/PRJ-0115",
    },
    {
        "id": "u10-011", "split": "unseen10",
        "persona": "director", "category": "counts",
        "question": (
            "How many Infrastructure projects have we parked, meaning on hold or cancelled?"
        ),
        "expect": {
            "count": "projects",
            "where": {"portfolio": "Infrastructure", "status": ["on_hold", "cancelled"]},
        },
    },
    {
        "id": "u10-012", "split": "unseen10",
        "persona": "team_lead", "category": "counts",
        "question": (
            "Quick tally for the governance report: how many status notes were written on "
            "Security projects since the start of May?"
        ),
        "expect": {
            "count": "documents",
            "where": {
                "portfolio": "Security",
                "kind": "status_note",
                "created": "range:2026-05-01:2026-06-17",
            },
        },
    },
    {
        "id": "u10-013", "split": "unseen10",
        "persona": "resource_manager", "category": "counts",
        "question": (
            "How many of our people have no allocation at all during July? I'd like to put them "
            "on the new intake."
        ),
        "expect": {"count": "people", "where": {"free": "next_month"}},
    },
    {
        "id": "u10-014", "split": "unseen10",
        "persona": "new_hire", "category": "counts",
        "question": "How many work items are left open on this project?",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0046", "status": "open"}},
        "page": "/projects/PRJ-0046",
    },
    {
        "id": "u10-015", "split": "unseen10",
        "persona": "director", "category": "lists",
        "question": (
            "Which open projects sit in the Growth portfolio? I'm listing them for the "
            "quarterly review."
        ),
        "expect": {"list": "projects", "where": {"portfolio": "Growth", "status": "open"}},
    },
    {
        "id": "u10-016", "split": "unseen10",
        "persona": "team_lead", "category": "lists",
        "question": "Give me every project that's past its deadline but hasn't been closed yet.",
        "expect": {"list": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u10-017", "split": "unseen10",
        "persona": "resource_manager", "category": "lists",
        "question": "Which DevOps engineers are completely free for the coming fortnight?",
        "expect": {"list": "people", "where": {"role": "DevOps engineer", "free": "next_days:14"}},
    },
    {
        "id": "u10-018", "split": "unseen10",
        "persona": "director", "category": "lists",
        "question": (
            "Show me the Security projects with high or critical priority that are still open, "
            "the CISO asked."
        ),
        "expect": {
            "list": "projects",
            "where": {"portfolio": "Security", "priority": ["high", "critical"], "status": "open"},
        },
    },
    {
        "id": "u10-019", "split": "unseen10",
        "persona": "team_lead", "category": "lists",
        "question": "Which projects owned by Hugo Lopez are still running?",
        "expect": {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}},
    },
    {
        "id": "u10-020", "split": "unseen10",
        "persona": "new_hire", "category": "lists",
        "question": (
            "My buddy is Sofia Zhang. Which projects is she staffed on at the moment, so I know "
            "who to ask about what?"
        ),
        "expect": {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}},
    },
    {
        "id": "u10-021", "split": "unseen10",
        "persona": "resource_manager", "category": "lists",
        "question": "Who is allocated to PRJ-0048 as of today?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0048"}},
    },
    {
        "id": "u10-022", "split": "unseen10",
        "persona": "team_lead", "category": "lists",
        "question": "Which portfolios have nothing on hold right now?",
        "expect": {"list": "portfolios", "where": {"status": "on_hold"}, "having": "none"},
    },
    {
        "id": "u10-023", "split": "unseen10",
        "persona": "resource_manager", "category": "lists",
        "question": (
            "Which security engineers are overbooked next month? I'll rebalance them first."
        ),
        "expect": {
            "list": "people",
            "where": {"role": "Security engineer", "over_allocated": "next_month"},
        },
    },
    {
        "id": "u10-024", "split": "unseen10",
        "persona": "finance", "category": "lists",
        "question": "Finance wants the write-off list: which projects ended up cancelled?",
        "expect": {"list": "projects", "where": {"status": "cancelled"}},
    },
    {
        "id": "u10-025", "split": "unseen10",
        "persona": "director", "category": "lists",
        "question": (
            "Which owners currently have a late project on their plate? I want to talk to each "
            "of them before the review."
        ),
        "expect": {"list": "owners", "where": {"health": "late"}},
    },
    {
        "id": "u10-026", "split": "unseen10",
        "persona": "team_lead", "category": "lists",
        "question": "Who's on the team here?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0184"}},
        "page": "/projects/PRJ-0184",
    },
    {
        "id": "u10-027", "split": "unseen10",
        "persona": "director", "category": "lists",
        "question": "List the projects led by Sam Adams that haven't finished.",
        "expect": {"list": "projects", "where": {"owner": "Sam Adams", "status": "open"}},
    },
    {
        "id": "u10-028", "split": "unseen10",
        "persona": "director", "category": "periods",
        "question": (
            "The programme board wants to see what lands next quarter: which still-open "
            "projects are due in Q3?"
        ),
        "expect": {"list": "projects", "where": {"status": "open", "due": "q3"}},
    },
    {
        "id": "u10-029", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": "How many projects have we finished in H1 so far?",
        "expect": {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}},
    },
    {
        "id": "u10-030", "split": "unseen10",
        "persona": "resource_manager", "category": "periods",
        "question": (
            "Who has react on their profile and nothing booked over the summer (July and "
            "August)?"
        ),
        "expect": {
            "list": "people",
            "where": {"skill": "react", "free": "range:2026-07-01:2026-08-31"},
        },
    },
    {
        "id": "u10-031", "split": "unseen10",
        "persona": "director", "category": "periods",
        "question": "How many open projects hit their deadline in the coming fortnight?",
        "expect": {"count": "projects", "where": {"status": "open", "due": "next_days:14"}},
    },
    {
        "id": "u10-032", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": (
            "Which projects were completed in the last 30 days? Need them for the wins section."
        ),
        "expect": {"list": "projects", "where": {"completed": "last_days:30"}},
    },
    {
        "id": "u10-033", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": "How many new projects were registered since the start of May?",
        "expect": {"count": "projects", "where": {"created": "range:2026-05-01:2026-06-17"}},
    },
    {
        "id": "u10-034", "split": "unseen10",
        "persona": "director", "category": "periods",
        "question": "What's due by the end of next month that isn't finished yet?",
        "expect": {
            "list": "projects",
            "where": {"status": "open", "due": "range:2026-06-17:2026-07-31"},
        },
    },
    {
        "id": "u10-035", "split": "unseen10",
        "persona": "resource_manager", "category": "periods",
        "question": "Who's overbooked next week?",
        "expect": {"list": "people", "where": {"over_allocated": "next_week"}},
    },
    {
        "id": "u10-036", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": "How many work items were closed out last month across all portfolios?",
        "expect": {"count": "work_items", "where": {"done": "last_month"}},
    },
    {
        "id": "u10-037", "split": "unseen10",
        "persona": "director", "category": "periods",
        "question": "How many projects kicked off this quarter?",
        "expect": {"count": "projects", "where": {"started": "range:2026-04-01:2026-06-17"}},
    },
    {
        "id": "u10-038", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": "How many story points have the Payments teams delivered year to date?",
        "expect": {
            "value": "points_done",
            "where": {"portfolio": "Payments", "done": "range:2026-01-01:2026-06-17"},
        },
    },
    {
        "id": "u10-039", "split": "unseen10",
        "persona": "resource_manager", "category": "periods",
        "question": "Which data engineers have nothing booked in the next 10 days?",
        "expect": {"list": "people", "where": {"role": "Data engineer", "free": "next_days:10"}},
    },
    {
        "id": "u10-040", "split": "unseen10",
        "persona": "director", "category": "periods",
        "question": "For the Q1 retrospective slide: which projects wrapped up last quarter?",
        "expect": {"list": "projects", "where": {"completed": "last_quarter"}},
    },
    {
        "id": "u10-041", "split": "unseen10",
        "persona": "team_lead", "category": "periods",
        "question": "How many items on this project have been finished since the start of May?",
        "expect": {
            "count": "work_items",
            "where": {"project": "PRJ-0002", "done": "range:2026-05-01:2026-06-17"},
        },
        "page": "/projects/PRJ-0002",
    },
    {
        "id": "u10-042", "split": "unseen10",
        "persona": "director", "category": "rankings",
        "question": (
            "Which three open projects are the furthest past their due date? They go to the top "
            "of the steering committee agenda."
        ),
        "expect": {"top": "projects", "by": "days_overdue", "k": 3, "where": {"health": "late"}},
    },
    {
        "id": "u10-043", "split": "unseen10",
        "persona": "team_lead", "category": "rankings",
        "question": "Rank the portfolios by how many open projects they carry, top 3.",
        "expect": {"top": "portfolios", "by": "projects", "k": 3, "where": {"status": "open"}},
    },
    {
        "id": "u10-044", "split": "unseen10",
        "persona": "resource_manager", "category": "rankings",
        "question": "Who are the 5 most loaded people in July?",
        "expect": {"top": "people", "by": "load", "k": 5, "period": "next_month"},
    },
    {
        "id": "u10-045", "split": "unseen10",
        "persona": "team_lead", "category": "rankings",
        "question": "Which open project has the most story points still to burn?",
        "expect": {
            "top": "projects",
            "by": "remaining_points",
            "k": 1,
            "where": {"status": "open"},
        },
    },
    {
        "id": "u10-046", "split": "unseen10",
        "persona": "resource_manager", "category": "rankings",
        "question": "Top 3 people by number of projects they're on right now.",
        "expect": {"top": "people", "by": "projects", "k": 3},
    },
    {
        "id": "u10-047", "split": "unseen10",
        "persona": "director", "category": "rankings",
        "question": "Which owner has the most projects that are still open?",
        "expect": {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u10-048", "split": "unseen10",
        "persona": "new_hire", "category": "rankings",
        "question": "What's the most common skill among our staff?",
        "expect": {"top": "skills", "by": "people", "k": 1},
    },
    {
        "id": "u10-049", "split": "unseen10",
        "persona": "team_lead", "category": "rankings",
        "question": "Of the open projects not yet past due, which one has the closest deadline?",
        "expect": {
            "top": "projects",
            "by": "due_soonest",
            "k": 1,
            "where": {"status": "open", "due": "rest_of_year"},
        },
    },
    {
        "id": "u10-050", "split": "unseen10",
        "persona": "resource_manager", "category": "rankings",
        "question": "Who has the biggest pile of unfinished work items assigned? Top 3 please.",
        "expect": {"top": "people", "by": "open_items", "k": 3},
    },
    {
        "id": "u10-051", "split": "unseen10",
        "persona": "director", "category": "rankings",
        "question": "Which Data Platform project still in flight is furthest along?",
        "expect": {
            "top": "projects",
            "by": "progress",
            "k": 1,
            "where": {"portfolio": "Data Platform", "status": "open"},
        },
    },
    {
        "id": "u10-052", "split": "unseen10",
        "persona": "director", "category": "comparisons",
        "question": "Payments versus Growth: how many open projects does each have?",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "only": ["Payments", "Growth"],
            "where": {"status": "open"},
        },
    },
    {
        "id": "u10-053", "split": "unseen10",
        "persona": "team_lead", "category": "comparisons",
        "question": "How do the overdue projects split across portfolios?",
        "expect": {"groups": "projects", "by": "portfolio", "where": {"health": "late"}},
    },
    {
        "id": "u10-054", "split": "unseen10",
        "persona": "resource_manager", "category": "comparisons",
        "question": "Who's carrying more this week, Olga Chen or Rosa Novak?",
        "expect": {
            "groups": "people",
            "by": "load",
            "only": ["Olga Chen", "Rosa Novak"],
            "period": "this_week",
        },
    },
    {
        "id": "u10-055", "split": "unseen10",
        "persona": "director", "category": "comparisons",
        "question": "Break the open projects down by health for the quarterly review.",
        "expect": {"groups": "projects", "by": "health", "where": {"status": "open"}},
    },
    {
        "id": "u10-056", "split": "unseen10",
        "persona": "team_lead", "category": "comparisons",
        "question": "How many open projects do we have at each priority level?",
        "expect": {"groups": "projects", "by": "priority", "where": {"status": "open"}},
    },
    {
        "id": "u10-057", "split": "unseen10",
        "persona": "new_hire", "category": "comparisons",
        "question": "Are there more people who know python or more who know sql?",
        "expect": {"groups": "skills", "by": "people", "only": ["python", "sql"]},
    },
    {
        "id": "u10-058", "split": "unseen10",
        "persona": "team_lead", "category": "comparisons",
        "question": "Work items finished last month, Mobile Apps against Web Storefront?",
        "expect": {
            "groups": "work_items",
            "by": "portfolio",
            "only": ["Mobile Apps", "Web Storefront"],
            "where": {"done": "last_month"},
        },
    },
    {
        "id": "u10-059", "split": "unseen10",
        "persona": "resource_manager", "category": "comparisons",
        "question": "Compare July load for Emeka Okafor, Zara Vargas and Ana Brown.",
        "expect": {
            "groups": "people",
            "by": "load",
            "only": ["Emeka Okafor", "Zara Vargas", "Ana Brown"],
            "period": "next_month",
        },
    },
    {
        "id": "u10-060", "split": "unseen10",
        "persona": "director", "category": "comparisons",
        "question": "Devices, ML Platform or Infrastructure: which has the most projects at risk?",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "only": ["Devices", "ML Platform", "Infrastructure"],
            "where": {"health": "at_risk"},
        },
    },
    {
        "id": "u10-061", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": "What's Emeka Okafor's peak load this week?",
        "expect": {"value": "load", "of": "Emeka Okafor", "period": "this_week"},
    },
    {
        "id": "u10-062", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": (
            "How loaded will Sofia Zhang be in July? She keeps getting pulled into new work."
        ),
        "expect": {"value": "load", "of": "Sofia Zhang", "period": "next_month"},
    },
    {
        "id": "u10-063", "split": "unseen10",
        "persona": "new_hire", "category": "people",
        "question": "Who is the owner here?",
        "expect": {"value": "owner", "of": "PRJ-0151"},
        "page": "/projects/PRJ-0151",
    },
    {
        "id": "u10-064", "split": "unseen10",
        "persona": "team_lead", "category": "people",
        "question": "Which projects is Dara Jansen on today?",
        "expect": {"list": "projects", "where": {"staffed_by": "Dara Jansen"}},
    },
    {
        "id": "u10-065", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": "Which people on PRJ-0033 are over-allocated this week?",
        "expect": {
            "list": "people",
            "where": {"works_on": "PRJ-0033", "over_allocated": "this_week"},
        },
    },
    {
        "id": "u10-066", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": "List the UX designers who are free next week.",
        "expect": {"list": "people", "where": {"role": "UX designer", "free": "next_week"}},
    },
    {
        "id": "u10-067", "split": "unseen10",
        "persona": "new_hire", "category": "people",
        "question": "Who should I talk to about the Sierra invoice engine, who owns it?",
        "expect": {"value": "owner", "of": "PRJ-0063"},
    },
    {
        "id": "u10-068", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": "Who's staffed on this one right now?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0086"}},
        "page": "/projects/PRJ-0086",
    },
    {
        "id": "u10-069", "split": "unseen10",
        "persona": "team_lead", "category": "people",
        "question": "What is Hugo Lopez's load over the coming fortnight?",
        "expect": {"value": "load", "of": "Hugo Lopez", "period": "next_days:14"},
    },
    {
        "id": "u10-070", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": "Which product managers are overbooked in July?",
        "expect": {
            "list": "people",
            "where": {"role": "Product manager", "over_allocated": "next_month"},
        },
    },
    {
        "id": "u10-071", "split": "unseen10",
        "persona": "new_hire", "category": "people",
        "question": "Who leads the Granite vulnerability program?",
        "expect": {"value": "owner", "of": "PRJ-0011"},
    },
    {
        "id": "u10-072", "split": "unseen10",
        "persona": "resource_manager", "category": "people",
        "question": (
            "Give me Tom Kaur's load for next week, I'm thinking of adding him to a new "
            "project."
        ),
        "expect": {"value": "load", "of": "Tom Kaur", "period": "next_week"},
    },
    {
        "id": "u10-073", "split": "unseen10",
        "persona": "team_lead", "category": "people",
        "question": "How many projects is Yusuf Alvarez currently assigned to?",
        "expect": {"count": "projects", "where": {"staffed_by": "Yusuf Alvarez"}},
    },
    {
        "id": "u10-074", "split": "unseen10",
        "persona": "director", "category": "people",
        "question": "Which ML engineers are working on PRJ-0137?",
        "expect": {"list": "people", "where": {"role": "ML engineer", "works_on": "PRJ-0137"}},
    },
    {
        "id": "u10-075", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "Who knows terraform and is free for the coming fortnight?",
        "expect": {"list": "people", "where": {"skill": "terraform", "free": "next_days:14"}},
    },
    {
        "id": "u10-076", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "How many people have spark skills?",
        "expect": {"count": "people", "where": {"skill": "spark"}},
    },
    {
        "id": "u10-077", "split": "unseen10",
        "persona": "new_hire", "category": "skills",
        "question": "What skills does Aisha Eriksen have? I'm pairing with her tomorrow.",
        "expect": {"list": "skills", "where": {"person": "Aisha Eriksen"}},
    },
    {
        "id": "u10-078", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "Find me everyone with both kubernetes and security experience.",
        "expect": {"list": "people", "where": {"skill": ["kubernetes", "security"]}},
    },
    {
        "id": "u10-079", "split": "unseen10",
        "persona": "team_lead", "category": "skills",
        "question": "Which skill has the most unfinished work items waiting on it?",
        "expect": {"top": "skills", "by": "open_items", "k": 1},
    },
    {
        "id": "u10-080", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "Top 3 skills by headcount?",
        "expect": {"top": "skills", "by": "people", "k": 3},
    },
    {
        "id": "u10-081", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "Who can do accessibility work and has nothing booked in July?",
        "expect": {"list": "people", "where": {"skill": "accessibility", "free": "next_month"}},
    },
    {
        "id": "u10-082", "split": "unseen10",
        "persona": "new_hire", "category": "skills",
        "question": "Does anyone here know Go? Who?",
        "expect": {"list": "people", "where": {"skill": "go"}},
    },
    {
        "id": "u10-083", "split": "unseen10",
        "persona": "resource_manager", "category": "skills",
        "question": "Which people with statistics skills are over-allocated this week?",
        "expect": {
            "list": "people",
            "where": {"skill": "statistics", "over_allocated": "this_week"},
        },
    },
    {
        "id": "u10-084", "split": "unseen10",
        "persona": "team_lead", "category": "skills",
        "question": "How many open work items need typescript?",
        "expect": {"count": "work_items", "where": {"skill": "typescript", "status": "open"}},
    },
    {
        "id": "u10-085", "split": "unseen10",
        "persona": "director", "category": "changes",
        "question": "Which projects slipped into lateness in the last 30 days?",
        "expect": {"list": "projects", "where": {"became_late": "last_days:30"}},
    },
    {
        "id": "u10-086", "split": "unseen10",
        "persona": "team_lead", "category": "changes",
        "question": (
            "How many items were added to scope across Payments projects since the start of "
            "May?"
        ),
        "expect": {
            "value": "scope_items_added",
            "where": {"portfolio": "Payments"},
            "period": "range:2026-05-01:2026-06-17",
        },
    },
    {
        "id": "u10-087", "split": "unseen10",
        "persona": "team_lead", "category": "changes",
        "question": "Which projects went overdue this month?",
        "expect": {"list": "projects", "where": {"became_late": "this_month"}},
    },
    {
        "id": "u10-088", "split": "unseen10",
        "persona": "director", "category": "changes",
        "question": "How much scope, in items, was added to PRJ-0063 last month?",
        "expect": {
            "value": "scope_items_added",
            "where": {"key": "PRJ-0063"},
            "period": "last_month",
        },
    },
    {
        "id": "u10-089", "split": "unseen10",
        "persona": "team_lead", "category": "changes",
        "question": "How many projects were created in the last two weeks?",
        "expect": {"count": "projects", "where": {"created": "last_days:14"}},
    },
    {
        "id": "u10-090", "split": "unseen10",
        "persona": "resource_manager", "category": "changes",
        "question": "How many work items were created this week?",
        "expect": {"count": "work_items", "where": {"created": "this_week"}},
    },
    {
        "id": "u10-091", "split": "unseen10",
        "persona": "team_lead", "category": "changes",
        "question": "How many items got added to this project's scope in the past six weeks?",
        "expect": {
            "value": "scope_items_added",
            "where": {"key": "PRJ-0127"},
            "period": "last_days:42",
        },
        "page": "/projects/PRJ-0127",
    },
    {
        "id": "u10-092", "split": "unseen10",
        "persona": "director", "category": "changes",
        "question": "Which projects started since the beginning of June?",
        "expect": {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}},
    },
    {
        "id": "u10-093", "split": "unseen10",
        "persona": "director", "category": "causes",
        "question": "Why is PRJ-0104 late? I need a one-line explanation for the board.",
        "expect": {"cause": "PRJ-0104"},
    },
    {
        "id": "u10-094", "split": "unseen10",
        "persona": "team_lead", "category": "causes",
        "question": "What's behind the delay on the Falcon metrics layer project?",
        "expect": {"cause": "PRJ-0094"},
    },
    {
        "id": "u10-095", "split": "unseen10",
        "persona": "director", "category": "causes",
        "question": "Why has this slipped?",
        "expect": {"cause": "PRJ-0102"},
        "page": "/projects/PRJ-0102",
    },
    {
        "id": "u10-096", "split": "unseen10",
        "persona": "team_lead", "category": "causes",
        "question": (
            "Explain why Delta SSO rollout is overdue, the security steering group will ask."
        ),
        "expect": {"cause": "PRJ-0130"},
    },
    {
        "id": "u10-097", "split": "unseen10",
        "persona": "new_hire", "category": "causes",
        "question": "Why is this one behind schedule?",
        "expect": {"cause": "PRJ-0183"},
        "page": "/projects/PRJ-0183",
    },
    {
        "id": "u10-098", "split": "unseen10",
        "persona": "director", "category": "causes",
        "question": (
            "What went wrong with Raven chatbot pilot? It was supposed to be done mid-June."
        ),
        "expect": {"cause": "PRJ-0125"},
    },
    {
        "id": "u10-099", "split": "unseen10",
        "persona": "team_lead", "category": "causes",
        "question": "Root cause for PRJ-0200 missing its date?",
        "expect": {"cause": "PRJ-0200"},
    },
    {
        "id": "u10-100", "split": "unseen10",
        "persona": "director", "category": "causes",
        "question": "Why is the open Falcon push notifications project, PRJ-0165, running late?",
        "expect": {"cause": "PRJ-0165"},
    },
    {
        "id": "u10-101", "split": "unseen10",
        "persona": "director", "category": "forecasts",
        "question": "What's the probability that PRJ-0029 lands on time?",
        "expect": {"value": "p_on_time", "of": "PRJ-0029"},
    },
    {
        "id": "u10-102", "split": "unseen10",
        "persona": "team_lead", "category": "forecasts",
        "question": "When do we now expect Nimbus offline mode to finish?",
        "expect": {"value": "p50_date", "of": "PRJ-0051"},
    },
    {
        "id": "u10-103", "split": "unseen10",
        "persona": "director", "category": "forecasts",
        "question": "Which three open projects have the worst odds of hitting their date?",
        "expect": {"top": "projects", "by": "p_on_time", "k": 3, "where": {"status": "open"}},
    },
    {
        "id": "u10-104", "split": "unseen10",
        "persona": "team_lead", "category": "forecasts",
        "question": "How many open projects have less than a 30% chance of finishing on time?",
        "expect": {"count": "projects", "where": {"p_below": 0.3}},
    },
    {
        "id": "u10-105", "split": "unseen10",
        "persona": "director", "category": "forecasts",
        "question": "What's the ETA for this project?",
        "expect": {"value": "p50_date", "of": "PRJ-0140"},
        "page": "/projects/PRJ-0140",
    },
    {
        "id": "u10-106", "split": "unseen10",
        "persona": "team_lead", "category": "forecasts",
        "question": (
            "Which Growth projects look likely to make it, 80% or better chance of being on "
            "time?"
        ),
        "expect": {"list": "projects", "where": {"portfolio": "Growth", "p_at_least": 0.8}},
    },
    {
        "id": "u10-107", "split": "unseen10",
        "persona": "director", "category": "forecasts",
        "question": "Odds that Tundra battery pack finishes by its deadline?",
        "expect": {"value": "p_on_time", "of": "PRJ-0048"},
    },
    {
        "id": "u10-108", "split": "unseen10",
        "persona": "resource_manager", "category": "forecasts",
        "question": "Which projects are at risk of missing their date but aren't late yet?",
        "expect": {"list": "projects", "where": {"health": "at_risk"}},
    },
    {
        "id": "u10-109", "split": "unseen10",
        "persona": "team_lead", "category": "forecasts",
        "question": "Expected completion date for PRJ-0023?",
        "expect": {"value": "p50_date", "of": "PRJ-0023"},
    },
    {
        "id": "u10-110", "split": "unseen10",
        "persona": "director", "category": "forecasts",
        "question": "How likely is it we hit the due date here?",
        "expect": {"value": "p_on_time", "of": "PRJ-0018"},
        "page": "/projects/PRJ-0018",
    },
    {
        "id": "u10-111", "split": "unseen10",
        "persona": "resource_manager", "category": "typos",
        "question": "whats emeka okafors laod next wek",
        "expect": {"value": "load", "of": "Emeka Okafor", "period": "next_week"},
    },
    {
        "id": "u10-112", "split": "unseen10",
        "persona": "director", "category": "typos",
        "question": "how many porjects are overdeu in custmer suport",
        "expect": {
            "count": "projects",
            "where": {"portfolio": "Customer Support", "health": "late"},
        },
    },
    {
        "id": "u10-113", "split": "unseen10",
        "persona": "team_lead", "category": "typos",
        "question": "which projcts does ines fisher own that r still open",
        "expect": {"list": "projects", "where": {"owner": "Ines Fischer", "status": "open"}},
    },
    {
        "id": "u10-114", "split": "unseen10",
        "persona": "resource_manager", "category": "typos",
        "question": "who has kubernets skils and is free nxt month",
        "expect": {"list": "people", "where": {"skill": "kubernetes", "free": "next_month"}},
    },
    {
        "id": "u10-115", "split": "unseen10",
        "persona": "new_hire", "category": "typos",
        "question": "who ownes the meridan kubernetes migraton",
        "expect": {"value": "owner", "of": "PRJ-0151"},
    },
    {
        "id": "u10-116", "split": "unseen10",
        "persona": "team_lead", "category": "typos",
        "question": "lsit the infrastucture projects still opne",
        "expect": {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "open"}},
    },
    {
        "id": "u10-117", "split": "unseen10",
        "persona": "director", "category": "typos",
        "question": "wich projects are at rsik in ML platfrom",
        "expect": {"list": "projects", "where": {"portfolio": "ML Platform", "health": "at_risk"}},
    },
    {
        "id": "u10-118", "split": "unseen10",
        "persona": "resource_manager", "category": "typos",
        "question": "whats rafael alvarez's lode this week",
        "expect": {"value": "load", "of": "Rafael Alvarez", "period": "this_week"},
    },
    {
        "id": "u10-119", "split": "unseen10",
        "persona": "team_lead", "category": "typos",
        "question": "progres here pls",
        "expect": {"value": "progress", "of": "PRJ-0065"},
        "page": "/projects/PRJ-0065",
    },
    {
        "id": "u10-120", "split": "unseen10",
        "persona": "director", "category": "typos",
        "question": "due date of the sierra secrets managment proj?",
        "expect": {"value": "due_date", "of": "PRJ-0085"},
    },
    {
        "id": "u10-121", "split": "unseen10",
        "persona": "director", "category": "languages",
        "question": "Wie viele Projekte sind im Portfolio Payments noch offen?",
        "expect": {
            "language": "de",
            "then": {"count": "projects", "where": {"portfolio": "Payments", "status": "open"}},
        },
    },
    {
        "id": "u10-122", "split": "unseen10",
        "persona": "team_lead", "category": "languages",
        "question": "Quels projets sont en retard en ce moment ?",
        "expect": {"language": "fr", "then": {"list": "projects", "where": {"health": "late"}}},
    },
    {
        "id": "u10-123", "split": "unseen10",
        "persona": "resource_manager", "category": "languages",
        "question": "¿Quién está sobrecargado esta semana?",
        "expect": {
            "language": "es",
            "then": {"list": "people", "where": {"over_allocated": "this_week"}},
        },
    },
    {
        "id": "u10-124", "split": "unseen10",
        "persona": "director", "category": "languages",
        "question": "Wat is de kans dat PRJ-0029 op tijd klaar is?",
        "expect": {"language": "nl", "then": {"value": "p_on_time", "of": "PRJ-0029"}},
    },
    {
        "id": "u10-125", "split": "unseen10",
        "persona": "team_lead", "category": "languages",
        "question": "Chi è il responsabile del progetto Granite chatbot pilot?",
        "expect": {"language": "it", "then": {"value": "owner", "of": "PRJ-0086"}},
    },
    {
        "id": "u10-126", "split": "unseen10",
        "persona": "resource_manager", "category": "languages",
        "question": "Quem tem competências em terraform?",
        "expect": {"language": "pt", "then": {"list": "people", "where": {"skill": "terraform"}}},
    },
    {
        "id": "u10-127", "split": "unseen10",
        "persona": "team_lead", "category": "languages",
        "question": "Warum ist dieses Projekt im Verzug?",
        "expect": {"language": "de", "then": {"cause": "PRJ-0104"}},
        "page": "/projects/PRJ-0104",
    },
    {
        "id": "u10-128", "split": "unseen10",
        "persona": "director", "category": "languages",
        "question": "Combien de projets ont été terminés le mois dernier ?",
        "expect": {
            "language": "fr",
            "then": {"count": "projects", "where": {"completed": "last_month"}},
        },
    },
    {
        "id": "u10-129", "split": "unseen10",
        "persona": "finance", "category": "languages",
        "question": "¿Cuál es el presupuesto en euros del proyecto Sierra invoice engine?",
        "expect": {"language": "es", "then": None},
    },
    {
        "id": "u10-130", "split": "unseen10",
        "persona": "resource_manager", "category": "languages",
        "question": "Quali persone lavorano al progetto PRJ-0051?",
        "expect": {"language": "it", "then": {"list": "people", "where": {"works_on": "PRJ-0051"}}},
    },
    {
        "id": "u10-131", "split": "unseen10",
        "persona": "finance", "category": "unanswerable",
        "question": "What's the total budget in euros spent on Payments this quarter?",
        "expect": {"refuse": "no budget or cost data"},
    },
    {
        "id": "u10-132", "split": "unseen10",
        "persona": "director", "category": "unanswerable",
        "question": "What's the customer satisfaction score for the Harbor help center?",
        "expect": {"refuse": "no customer satisfaction data"},
    },
    {
        "id": "u10-133", "split": "unseen10",
        "persona": "finance", "category": "unanswerable",
        "question": "How much does Sofia Zhang earn? Checking the cost of her allocation.",
        "expect": {"refuse": "no salary data"},
    },
    {
        "id": "u10-134", "split": "unseen10",
        "persona": "resource_manager", "category": "unanswerable",
        "question": "How many vacation days does Olga Chen have left this year?",
        "expect": {"refuse": "no leave data"},
    },
    {
        "id": "u10-135", "split": "unseen10",
        "persona": "director", "category": "unanswerable",
        "question": "What's the revenue impact of the Raven pricing experiment so far?",
        "expect": {"refuse": "no revenue data"},
    },
    {
        "id": "u10-136", "split": "unseen10",
        "persona": "team_lead", "category": "unanswerable",
        "question": "What NPS did the mobile apps get last quarter?",
        "expect": {"refuse": "no NPS data"},
    },
    {
        "id": "u10-137", "split": "unseen10",
        "persona": "finance", "category": "unanswerable",
        "question": "How many contractor hours were invoiced for Data Platform in H1?",
        "expect": {"refuse": "no timesheet or invoice data"},
    },
    {
        "id": "u10-138", "split": "unseen10",
        "persona": "resource_manager", "category": "ambiguous",
        "question": "What's Hugo's load this week?",
        "expect": {"clarify": {"people_named": "Hugo"}},
    },
    {
        "id": "u10-139", "split": "unseen10",
        "persona": "director", "category": "ambiguous",
        "question": "Is the Iris recommendation engine going to make its date?",
        "expect": {
            "clarify": [
                "PRJ-0007 Iris recommendation engine",
                "PRJ-0133 Iris recommendation engine",
            ],
        },
    },
    {
        "id": "u10-140", "split": "unseen10",
        "persona": "team_lead", "category": "ambiguous",
        "question": "Who owns the Nimbus pricing experiment?",
        "expect": {
            "clarify": [
                "PRJ-0116 Nimbus pricing experiment",
                "PRJ-0174 Nimbus pricing experiment",
                "PRJ-0181 Nimbus pricing experiment",
            ],
        },
    },
    {
        "id": "u10-141", "split": "unseen10",
        "persona": "resource_manager", "category": "ambiguous",
        "question": "Which projects is Julia on?",
        "expect": {"clarify": {"people_named": "Julia"}},
    },
    {
        "id": "u10-142", "split": "unseen10",
        "persona": "director", "category": "ambiguous",
        "question": "Which are our big projects?",
        "expect": {
            "clarify": [
                "most story points",
                "most open work items",
                "largest team",
                "highest priority",
            ],
        },
    },
    {
        "id": "u10-143", "split": "unseen10",
        "persona": "team_lead", "category": "ambiguous",
        "question": "How is the Beacon data catalog doing?",
        "expect": {"clarify": ["PRJ-0005 Beacon data catalog", "PRJ-0032 Beacon data catalog"]},
    },
    {
        "id": "u10-144", "split": "unseen10",
        "persona": "resource_manager", "category": "ambiguous",
        "question": "Is Nadia free next month?",
        "expect": {"clarify": {"people_named": "Nadia"}},
    },
    {
        "id": "u10-145", "split": "unseen10",
        "persona": "director", "category": "documents",
        "question": "Why was the Lumen accessibility audit put on hold? Quote the note if you can.",
        "expect": {"text": ["a vendor dependency is blocked"]},
    },
    {
        "id": "u10-146", "split": "unseen10",
        "persona": "team_lead", "category": "documents",
        "question": "What did the team decide at the last Sierra invoice engine sync?",
        "expect": {"text": [{"decision_of": "PRJ-0063"}]},
    },
    {
        "id": "u10-147", "split": "unseen10",
        "persona": "new_hire", "category": "documents",
        "question": "What's the main risk in the latest status note here?",
        "expect": {"text": [{"risk_of": "PRJ-0086"}]},
        "page": "/projects/PRJ-0086",
    },
    {
        "id": "u10-148", "split": "unseen10",
        "persona": "finance", "category": "documents",
        "question": "Why did we cancel the Vega checkout redesign?",
        "expect": {"text": ["key people moved to an urgent project"]},
    },
    {
        "id": "u10-149", "split": "unseen10",
        "persona": "team_lead", "category": "documents",
        "question": "What open question does the spec for this project raise?",
        "expect": {"text": ["the penetration test found two high findings"]},
        "page": "/projects/PRJ-0011",
    },
    {
        "id": "u10-150", "split": "unseen10",
        "persona": "director", "category": "documents",
        "question": "What goal is written in the Nimbus offline mode spec?",
        "expect": {"text": ["reach a 4.5 star rating"]},
    },
]
