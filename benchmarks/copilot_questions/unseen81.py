"""Held-out split unseen81: 150 questions written blind, as people type them while preparing for
a specific moment.

Who and how: written by a helper session that had not seen the copilot's parser, its tests,
docs/copilot.md or any other split (dev, paraphrase, unseen ... unseen80), nor any score. It read
only expect.py, facts.py, periods.py, scoring.py, records.py, docs/metrics.md, data/demo.py and
data/schema.py, and looked names, keys, skills, roles, portfolios, owners and document phrases up
in a freshly built demo database (200 projects, seed 7, today 2026-06-17) with plain SQL. Each
question imagines someone getting ready for a moment: a director before Monday's portfolio
review, finance before the quarterly business review, a team lead before a one-to-one with an
engineer, a new hire in their first week, a resource manager in a sprint planning with a
resource conflict. So many questions carry a preamble sentence of context before the question,
some are terse chat, some dictated, some typed on a phone with typos. They ask about what will
happen (forecasts, what is due, who is overbooked later) and what already happened (finished,
slipped, scope added), compare portfolios and people, and sometimes name a person or project
loosely (a first name or a surname only, part of a project's name) where the demo still has just
one match (a name one open and one closed project share is the open one, in a question about
the present). Fifteen are asked from a project page ("this one", "here", "this team").

Readings used (docs/metrics.md, and expect.py's docstring where metrics.md is silent), today
being Wednesday 2026-06-17:
- open = proposed, active or on hold; "still to deliver", "not done yet" of projects = open;
  late = "overdue", "past due", "past its due date" (open and due before today); at risk =
  open, not late, P(on time) under 50%; "the odds", "the chance", "the probability" of making
  the date = P(on time); "expected finish", "probably done", "realistically finished" = the P50
  date.
- "finished", "wrapped up", "delivered", "completed", "closed out" of a project = status Done
  with its completion in the period; "kicked off" / "start" = the start date in the period.
- "is on", "works on", "staffed on", "the team" of a project = an allocation covering today;
  "free" / "nothing booked" = load 0 on every day of the period; "over 100%", "overbooked",
  "over-allocated" = load above 100% on some day; load = highest daily sum of shares. "Spare
  capacity" has two readings (free, with room) and is asked to be clarified.
- "slipped past / went overdue / tipped over the due date in a period" = late today and the day
  after its due date in that period (metrics.md "became late").
- "burned" / "points done" = story points of items done in the period.
- "scope added" / "items added to scope" = items added, from the daily snapshots.
- Periods: "this week" Mon 15 - Sun 21 June; "since Monday" 15-17 June; "next week" 22-28
  June; "the coming fortnight" today and the 13 days after it (17-30 June); "next 10 days" 17-26
  June; "the next 30 days" 17 June - 16 July; "last week" 8-14 June; "the past seven days" 11-17
  June; "the last two weeks" 4-17 June; "this month" June 2026; "last month" / "May" May 2026;
  "March" March 2026 (a past month, asked about what happened); "July" = next month, July 2026;
  "August" August 2026; "this quarter" Q2 (April-June 2026); "Q1" January-March 2026; "Q3"
  July-September 2026; "H1" 1 January - 30 June 2026; "the last 30 days" 18 May - 17 June.
- Money (budgets, spend, rates, salaries, revenue), customer satisfaction, logged hours and
  holidays are not in the data: refused.
"""

SPLIT = "unseen81"

QUESTIONS = [
    {
        "id": "u81-001", "split": SPLIT, "persona": "director", "category": "counts",
        "question": ("Getting ready for Monday's portfolio review. How many projects are late "
                     "right now?"),
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u81-002", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": ("For the QBR deck I need one number: how many projects were completed this "
                     "quarter?"),
        "expect": {"count": "projects", "where": {"completed": "this_quarter"}},
    },
    {
        "id": "u81-003", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": "how many people are over 100% next week",
        "expect": {"count": "people", "where": {"over_allocated": "next_week"}},
    },
    {
        "id": "u81-004", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": ("Hi! I started on Monday and I'm still finding my way around. How many "
                     "portfolios do we have?"),
        "expect": {"count": "portfolios", "where": {}},
    },
    {
        "id": "u81-005", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "How many open work items does Security have at the moment?",
        "expect": {"count": "work_items", "where": {"status": "open", "portfolio": "Security"}},
    },
    {
        "id": "u81-006", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many active projects are sitting in Data Platform?",
        "expect": {"count": "projects",
                   "where": {"portfolio": "Data Platform", "status": "active"}},
    },
    {
        "id": "u81-007", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "Number of critical-priority projects that are still open?",
        "expect": {"count": "projects", "where": {"priority": "critical", "status": "open"}},
    },
    {
        "id": "u81-008", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "How many items are still not done on this one?",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0063", "status": "open"}},
        "page": "/projects/PRJ-0063",
    },
    {
        "id": "u81-009", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": "How many people are in the resource pool altogether?",
        "expect": {"count": "people", "where": {}},
    },
    {
        "id": "u81-010", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": "How many QA engineers do we have?",
        "expect": {"count": "people", "where": {"role": "QA engineer"}},
    },
    {
        "id": "u81-011", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "Quick count for the quarterly review: how many projects kicked off in Q1?",
        "expect": {"count": "projects", "where": {"started": "q1"}},
    },
    {
        "id": "u81-012", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "How many work items did the Devices teams finish last week?",
        "expect": {"count": "work_items", "where": {"done": "last_week", "portfolio": "Devices"}},
    },
    {
        "id": "u81-013", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many projects are still only proposed, not started yet?",
        "expect": {"count": "projects", "where": {"status": "proposed"}},
    },
    {
        "id": "u81-014", "split": SPLIT, "persona": "director", "category": "lists",
        "question": ("List the late projects in Customer Support, I want to go through them on "
                     "Monday."),
        "expect": {"list": "projects",
                   "where": {"health": "late", "portfolio": "Customer Support"}},
    },
    {
        "id": "u81-015", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": ("Sprint planning is tomorrow and two teams want the same people. Which data "
                     "engineers have nothing booked next week?"),
        "expect": {"list": "people", "where": {"role": "Data engineer", "free": "next_week"}},
    },
    {
        "id": "u81-016", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "Which projects have been cancelled?",
        "expect": {"list": "projects", "where": {"status": "cancelled"}},
    },
    {
        "id": "u81-017", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "Which open projects is Aisha the owner of?",
        "expect": {"list": "projects", "where": {"owner": "Aisha Eriksen", "status": "open"}},
    },
    {
        "id": "u81-018", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "who's on the Sierra invoice engine team right now",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0063"}},
    },
    {
        "id": "u81-019", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "Which critical projects are still open?",
        "expect": {"list": "projects", "where": {"priority": "critical", "status": "open"}},
    },
    {
        "id": "u81-020", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "Which UX designers are completely free this week?",
        "expect": {"list": "people", "where": {"role": "UX designer", "free": "this_week"}},
    },
    {
        "id": "u81-021", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "I'm reconciling the Q1 numbers. Which projects were completed in March?",
        "expect": {"list": "projects", "where": {"completed": "range:2026-03-01:2026-03-31"}},
    },
    {
        "id": "u81-022", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "Which Web Storefront projects are still open?",
        "expect": {"list": "projects", "where": {"portfolio": "Web Storefront", "status": "open"}},
    },
    {
        "id": "u81-023", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": ("I have a one-to-one with Leo Moreau this afternoon. Which projects is he "
                     "on at the moment?"),
        "expect": {"list": "projects", "where": {"staffed_by": "Leo Moreau"}},
    },
    {
        "id": "u81-024", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "anyone with spark who is totally free in July?",
        "expect": {"list": "people", "where": {"skill": "spark", "free": "next_month"}},
    },
    {
        "id": "u81-025", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "Which open Payments projects are high priority?",
        "expect": {"list": "projects",
                   "where": {"portfolio": "Payments", "priority": "high", "status": "open"}},
    },
    {
        "id": "u81-026", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "Which projects are scheduled to start in July?",
        "expect": {"list": "projects", "where": {"started": "next_month"}},
    },
    {
        "id": "u81-027", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": "Who on this team is over-allocated this week?",
        "expect": {"list": "people",
                   "where": {"works_on": "PRJ-0033", "over_allocated": "this_week"}},
        "page": "/projects/PRJ-0033",
    },
    {
        "id": "u81-028", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "What's due in the coming fortnight that isn't done yet?",
        "expect": {"list": "projects", "where": {"due": "next_days:14", "status": "open"}},
    },
    {
        "id": "u81-029", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "How many projects did we deliver in Q1?",
        "expect": {"count": "projects", "where": {"completed": "q1"}},
    },
    {
        "id": "u81-030", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "which projects wrapped up this month?",
        "expect": {"list": "projects", "where": {"completed": "this_month"}},
    },
    {
        "id": "u81-031", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "Looking ahead to July: how many people are overbooked that month?",
        "expect": {"count": "people", "where": {"over_allocated": "next_month"}},
    },
    {
        "id": "u81-032", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "How many open projects are due in Q3?",
        "expect": {"count": "projects", "where": {"due": "q3", "status": "open"}},
    },
    {
        "id": "u81-033", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "Which projects were finished last week?",
        "expect": {"list": "projects", "where": {"completed": "last_week"}},
    },
    {
        "id": "u81-034", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "How many projects have we finished so far in H1?",
        "expect": {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}},
    },
    {
        "id": "u81-035", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "How many story points have we burned since Monday, across all projects?",
        "expect": {"value": "points_done", "where": {"done": "since_monday"}},
    },
    {
        "id": "u81-036", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": ("I started this week too, so I'm curious: which projects kicked off since "
                     "Monday?"),
        "expect": {"list": "projects", "where": {"started": "since_monday"}},
    },
    {
        "id": "u81-037", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "Who's free for the next 10 days?",
        "expect": {"list": "people", "where": {"free": "next_days:10"}},
    },
    {
        "id": "u81-038", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "How many open projects are due in the next 30 days?",
        "expect": {"count": "projects", "where": {"due": "next_days:30", "status": "open"}},
    },
    {
        "id": "u81-039", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "Which of our projects slipped past their due date in the last two weeks?",
        "expect": {"list": "projects", "where": {"became_late": "last_days:14"}},
    },
    {
        "id": "u81-040", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "How many points did ML Platform burn last month?",
        "expect": {"value": "points_done",
                   "where": {"done": "last_month", "portfolio": "ML Platform"}},
    },
    {
        "id": "u81-041", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "How many work items did this project get done last week?",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0005", "done": "last_week"}},
        "page": "/projects/PRJ-0005",
    },
    {
        "id": "u81-042", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which three projects are the most overdue?",
        "expect": {"top": "projects", "by": "days_overdue", "k": 3},
    },
    {
        "id": "u81-043", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "Top 5 busiest people next month by load, please.",
        "expect": {"top": "people", "by": "load", "k": 5, "period": "next_month"},
    },
    {
        "id": "u81-044", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": "Which portfolio has the most open projects?",
        "expect": {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u81-045", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "Who is carrying the most open work items?",
        "expect": {"top": "people", "by": "open_items", "k": 1},
    },
    {
        "id": "u81-046", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "What skill do the most people here have?",
        "expect": {"top": "skills", "by": "people", "k": 1},
    },
    {
        "id": "u81-047", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which open project has the most story points left to do?",
        "expect": {"top": "projects", "by": "remaining_points", "k": 1,
                   "where": {"status": "open"}},
    },
    {
        "id": "u81-048", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "Which skill has the most open work items waiting on it?",
        "expect": {"top": "skills", "by": "open_items", "k": 1},
    },
    {
        "id": "u81-049", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which portfolio has the most late projects?",
        "expect": {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}},
    },
    {
        "id": "u81-050", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "Of the active projects, which three are furthest along?",
        "expect": {"top": "projects", "by": "progress", "k": 3, "where": {"status": "active"}},
    },
    {
        "id": "u81-051", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": "Who owns the most open projects?",
        "expect": {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u81-052", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": ("For Monday: Devices versus Data Platform, how many late projects does each "
                     "have?"),
        "expect": {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
                   "only": ["Devices", "Data Platform"]},
    },
    {
        "id": "u81-053", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "Compare Payments and Growth on the number of projects completed this quarter.",
        "expect": {"groups": "projects", "by": "portfolio", "where": {"completed": "this_quarter"},
                   "only": ["Payments", "Growth"]},
    },
    {
        "id": "u81-054", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": "Who's more loaded this week, Lara Ahmed or Leo Moreau?",
        "expect": {"groups": "people", "by": "load", "period": "this_week",
                   "only": ["Lara Ahmed", "Leo Moreau"]},
    },
    {
        "id": "u81-055", "split": SPLIT, "persona": "team_lead", "category": "comparisons",
        "question": "open items mobile apps vs payments?",
        "expect": {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
                   "only": ["Mobile Apps", "Payments"]},
    },
    {
        "id": "u81-056", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": ("I'm trying to get a feel for the portfolio. How do the open projects break "
                     "down by health?"),
        "expect": {"groups": "projects", "by": "health", "where": {"status": "open"}},
    },
    {
        "id": "u81-057", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": "Do more people here know react or typescript?",
        "expect": {"groups": "skills", "by": "people", "only": ["react", "typescript"]},
    },
    {
        "id": "u81-058", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "Open projects split by priority, please.",
        "expect": {"groups": "projects", "by": "priority", "where": {"status": "open"}},
    },
    {
        "id": "u81-059", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": ("Both Sofia Zhang and Hugo Lopez are asking for more work. Compare their "
                     "loads next month."),
        "expect": {"groups": "people", "by": "load", "period": "next_month",
                   "only": ["Sofia Zhang", "Hugo Lopez"]},
    },
    {
        "id": "u81-060", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "How many work items did Growth and Mobile Apps each finish last month?",
        "expect": {"groups": "work_items", "by": "portfolio", "where": {"done": "last_month"},
                   "only": ["Growth", "Mobile Apps"]},
    },
    {
        "id": "u81-061", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "I have a 1:1 with Zara Vargas tomorrow. What projects is she on right now?",
        "expect": {"list": "projects", "where": {"staffed_by": "Zara Vargas"}},
    },
    {
        "id": "u81-062", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "what's Kai's load this week",
        "expect": {"value": "load", "of": "Kai Kaur", "period": "this_week"},
    },
    {
        "id": "u81-063", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "Who owns the CI speed-up project?",
        "expect": {"value": "owner", "of": "PRJ-0132"},
    },
    {
        "id": "u81-064", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "How booked is Rosa Novak in July?",
        "expect": {"value": "load", "of": "Rosa Novak", "period": "next_month"},
    },
    {
        "id": "u81-065", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": ("I was told to talk to whoever owns the support analytics project. Who is "
                     "that?"),
        "expect": {"value": "owner", "of": "PRJ-0072"},
    },
    {
        "id": "u81-066", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": ("Quick one before my one-to-one with Petrov: which projects is she on at "
                     "the moment?"),
        "expect": {"list": "projects", "where": {"staffed_by": "Nadia Petrov"}},
    },
    {
        "id": "u81-067", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "Who is on the team for the vulnerability program?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0011"}},
    },
    {
        "id": "u81-068", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "Is David over 100% next week? What's his load?",
        "expect": {"value": "load", "of": "David Jansen", "period": "next_week"},
    },
    {
        "id": "u81-069", "split": SPLIT, "persona": "director", "category": "people",
        "question": "Who is staffed on the Willow help center right now?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0123"}},
    },
    {
        "id": "u81-070", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "How many open work items are assigned to Eva?",
        "expect": {"count": "work_items", "where": {"assignee": "Eva Meyer", "status": "open"}},
    },
    {
        "id": "u81-071", "split": SPLIT, "persona": "finance", "category": "people",
        "question": "Who owns this project?",
        "expect": {"value": "owner", "of": "PRJ-0155"},
        "page": "/projects/PRJ-0155",
    },
    {
        "id": "u81-072", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "Who's working on the Beacon smart thermostat?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0033"}},
    },
    {
        "id": "u81-073", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "My buddy this week is Tom Torres. What is he working on?",
        "expect": {"list": "projects", "where": {"staffed_by": "Tom Torres"}},
    },
    {
        "id": "u81-074", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "who's on this team?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0086"}},
        "page": "/projects/PRJ-0086",
    },
    {
        "id": "u81-075", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": ("Sprint planning: I need someone with terraform who is free next week. Who "
                     "have we got?"),
        "expect": {"list": "people", "where": {"skill": "terraform", "free": "next_week"}},
    },
    {
        "id": "u81-076", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "What is Kenji good at, skills-wise?",
        "expect": {"list": "skills", "where": {"person": "Kenji Brown"}},
    },
    {
        "id": "u81-077", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "Who has both ml and statistics skills?",
        "expect": {"list": "people", "where": {"skill": ["ml", "statistics"]}},
    },
    {
        "id": "u81-078", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "How many people list accessibility as a skill?",
        "expect": {"count": "people", "where": {"skill": "accessibility"}},
    },
    {
        "id": "u81-079", "split": SPLIT, "persona": "director", "category": "skills",
        "question": ("We have a resource conflict on the Payments sprint. Is anyone who knows go "
                     "free next week?"),
        "expect": {"list": "people", "where": {"skill": "go", "free": "next_week"}},
    },
    {
        "id": "u81-080", "split": SPLIT, "persona": "finance", "category": "skills",
        "question": "How many people know SQL?",
        "expect": {"count": "people", "where": {"skill": "sql"}},
    },
    {
        "id": "u81-081", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "Who here knows networking? I have a VPN question.",
        "expect": {"list": "people", "where": {"skill": "networking"}},
    },
    {
        "id": "u81-082", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "Who with embedded skills is free in July?",
        "expect": {"list": "people", "where": {"skill": "embedded", "free": "next_month"}},
    },
    {
        "id": "u81-083", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "Which skill do the fewest people have?",
        "expect": {"top": "skills", "by": "people", "k": 1, "order": "asc"},
    },
    {
        "id": "u81-084", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "Who on this team knows python?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0048", "skill": "python"}},
        "page": "/projects/PRJ-0048",
    },
    {
        "id": "u81-085", "split": SPLIT, "persona": "director", "category": "changes",
        "question": ("For the Monday review: how many work items were added to scope across all "
                     "projects in the last 30 days?"),
        "expect": {"count": "scope_items", "where": {}, "period": "last_days:30"},
    },
    {
        "id": "u81-086", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "How many items got added to the scope here this month?",
        "expect": {"value": "scope_items_added", "where": {"key": "PRJ-0174"},
                   "period": "this_month"},
        "page": "/projects/PRJ-0174",
    },
    {
        "id": "u81-087", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": "Which of the late projects only tipped over their due date this month?",
        "expect": {"list": "projects", "where": {"became_late": "this_month"}},
    },
    {
        "id": "u81-088", "split": SPLIT, "persona": "resource_manager", "category": "changes",
        "question": "How many new projects were set up this month?",
        "expect": {"count": "projects", "where": {"created": "this_month"}},
    },
    {
        "id": "u81-089", "split": SPLIT, "persona": "director", "category": "changes",
        "question": "Did anything go overdue in the past seven days?",
        "expect": {"list": "projects", "where": {"became_late": "last_days:7"}},
    },
    {
        "id": "u81-090", "split": SPLIT, "persona": "new_hire", "category": "changes",
        "question": "How many projects were added last month?",
        "expect": {"count": "projects", "where": {"created": "last_month"}},
    },
    {
        "id": "u81-091", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "How many items were added to the scope of Devices projects last month?",
        "expect": {"value": "scope_items_added", "where": {"portfolio": "Devices"},
                   "period": "last_month"},
    },
    {
        "id": "u81-092", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": ("How much did the scope of the Cobalt smart thermostat grow last month, in "
                     "work items?"),
        "expect": {"value": "scope_items_added", "where": {"key": "PRJ-0104"},
                   "period": "last_month"},
    },
    {
        "id": "u81-093", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "Why is the Falcon metrics layer late?",
        "expect": {"cause": "PRJ-0094"},
    },
    {
        "id": "u81-094", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "What's dragging this one past its date?",
        "expect": {"cause": "PRJ-0104"},
        "page": "/projects/PRJ-0104",
    },
    {
        "id": "u81-095", "split": SPLIT, "persona": "finance", "category": "causes",
        "question": "Finance will ask me about PRJ-0130 slipping. What's behind it?",
        "expect": {"cause": "PRJ-0130"},
    },
    {
        "id": "u81-096", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "Why did the Raven chatbot slip?",
        "expect": {"cause": "PRJ-0125"},
    },
    {
        "id": "u81-097", "split": SPLIT, "persona": "new_hire", "category": "causes",
        "question": "Why is this project overdue?",
        "expect": {"cause": "PRJ-0200"},
        "page": "/projects/PRJ-0200",
    },
    {
        "id": "u81-098", "split": SPLIT, "persona": "resource_manager", "category": "causes",
        "question": "The Harbor sensor hub is behind its date. What happened there?",
        "expect": {"cause": "PRJ-0183"},
    },
    {
        "id": "u81-099", "split": SPLIT, "persona": "new_hire", "category": "causes",
        "question": "Someone mentioned in standup that PRJ-0165 missed its due date. Why was that?",
        "expect": {"cause": "PRJ-0165"},
    },
    {
        "id": "u81-100", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "The Zephyr chatbot pilot is past due. What caused that?",
        "expect": {"cause": "PRJ-0102"},
    },
    {
        "id": "u81-101", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": ("Going into Monday's review: what are the odds the Sierra invoice engine "
                     "ships on time?"),
        "expect": {"value": "p_on_time", "of": "PRJ-0063"},
    },
    {
        "id": "u81-102", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "For the QBR, when do we now expect the Nimbus metrics layer to wrap up?",
        "expect": {"value": "p50_date", "of": "PRJ-0023"},
    },
    {
        "id": "u81-103", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": ("Realistically, are we going to make the date on this one? What's the "
                     "probability?"),
        "expect": {"value": "p_on_time", "of": "PRJ-0142"},
        "page": "/projects/PRJ-0142",
    },
    {
        "id": "u81-104", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": ("Not counting the projects that are already past due, which one is least "
                     "likely to finish on time?"),
        "expect": {"top": "projects", "by": "p_on_time", "k": 1,
                   "where": {"health": ["at_risk", "on_track"]}},
    },
    {
        "id": "u81-105", "split": SPLIT, "persona": "resource_manager", "category": "forecasts",
        "question": "How many projects are at risk at the moment?",
        "expect": {"count": "projects", "where": {"health": "at_risk"}},
    },
    {
        "id": "u81-106", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "Of the projects due in July, which ones look at risk?",
        "expect": {"list": "projects", "where": {"due": "next_month", "health": "at_risk"}},
    },
    {
        "id": "u81-107", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": "What's the expected finish date for the vulnerability program?",
        "expect": {"value": "p50_date", "of": "PRJ-0011"},
    },
    {
        "id": "u81-108", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": ("Which projects that aren't late yet have less than a 30% chance of making "
                     "their due date?"),
        "expect": {"list": "projects",
                   "where": {"health": ["at_risk", "on_track"], "p_below": 0.3}},
    },
    {
        "id": "u81-109", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "When will this realistically be finished?",
        "expect": {"value": "p50_date", "of": "PRJ-0047"},
        "page": "/projects/PRJ-0047",
    },
    {
        "id": "u81-110", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "How many open projects are at least 80% likely to finish on time?",
        "expect": {"count": "projects",
                   "where": {"health": ["at_risk", "on_track"], "p_at_least": 0.8}},
    },
    {
        "id": "u81-111", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "how many projcts are lat in devices",
        "expect": {"count": "projects", "where": {"health": "late", "portfolio": "Devices"}},
    },
    {
        "id": "u81-112", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "how many ppl overalocated this wek",
        "expect": {"count": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u81-113", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "wats Lara Ahmeds load nxt week",
        "expect": {"value": "load", "of": "Lara Ahmed", "period": "next_week"},
    },
    {
        "id": "u81-114", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "who ownes the nimbus offlin mode projct?",
        "expect": {"value": "owner", "of": "PRJ-0051"},
    },
    {
        "id": "u81-115", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "projets finshed last mnth?",
        "expect": {"list": "projects", "where": {"completed": "last_month"}},
    },
    {
        "id": "u81-116", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "at risk projcts in ML platfrom",
        "expect": {"list": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}},
    },
    {
        "id": "u81-117", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "who has reakt skils and is free nxt month",
        "expect": {"list": "people", "where": {"skill": "react", "free": "next_month"}},
    },
    {
        "id": "u81-118", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "open itmes on PRJ-0072?",
        "expect": {"value": "open_items", "of": "PRJ-0072"},
    },
    {
        "id": "u81-119", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "how mny open projcts due in agust",
        "expect": {"count": "projects",
                   "where": {"due": "range:2026-08-01:2026-08-31", "status": "open"}},
    },
    {
        "id": "u81-120", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "progres here?",
        "expect": {"value": "progress", "of": "PRJ-0046"},
        "page": "/projects/PRJ-0046",
    },
    {
        "id": "u81-121", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Wie viele Projekte sind im Bereich Customer Support überfällig?",
        "expect": {"language": "de",
                   "then": {"count": "projects",
                            "where": {"health": "late", "portfolio": "Customer Support"}}},
    },
    {
        "id": "u81-122", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "Combien de projets sont encore ouverts dans le portefeuille Growth ?",
        "expect": {"language": "fr",
                   "then": {"count": "projects",
                            "where": {"status": "open", "portfolio": "Growth"}}},
    },
    {
        "id": "u81-123", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "¿Quién es el responsable del proyecto PRJ-0084?",
        "expect": {"language": "es", "then": {"value": "owner", "of": "PRJ-0084"}},
    },
    {
        "id": "u81-124", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Welke projecten zijn deze maand afgerond?",
        "expect": {"language": "nl",
                   "then": {"list": "projects", "where": {"completed": "this_month"}}},
    },
    {
        "id": "u81-125", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Qual è la probabilità che PRJ-0029 venga consegnato in tempo?",
        "expect": {"language": "it", "then": {"value": "p_on_time", "of": "PRJ-0029"}},
    },
    {
        "id": "u81-126", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "Quem sabe kubernetes e está livre na próxima semana?",
        "expect": {"language": "pt",
                   "then": {"list": "people",
                            "where": {"skill": "kubernetes", "free": "next_week"}}},
    },
    {
        "id": "u81-127", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "Wie viele Leute sind diese Woche überbucht?",
        "expect": {"language": "de",
                   "then": {"count": "people", "where": {"over_allocated": "this_week"}}},
    },
    {
        "id": "u81-128", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "¿Cuál es el presupuesto del proyecto Sierra invoice engine?",
        "expect": {"language": "es", "then": None},
    },
    {
        "id": "u81-129", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Pourquoi le projet PRJ-0183 est-il en retard ?",
        "expect": {"language": "fr", "then": {"cause": "PRJ-0183"}},
    },
    {
        "id": "u81-130", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Wie werken er op dit moment aan dit project?",
        "expect": {"language": "nl", "then": {"list": "people", "where": {"works_on": "PRJ-0151"}}},
        "page": "/projects/PRJ-0151",
    },
    {
        "id": "u81-131", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "What's the total budget spent on Payments this quarter?",
        "expect": {"refuse": "budget in money"},
    },
    {
        "id": "u81-132", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": "What's the customer satisfaction score for the help center?",
        "expect": {"refuse": "customer satisfaction"},
    },
    {
        "id": "u81-133", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "How much did we pay contractors in Q1?",
        "expect": {"refuse": "costs in money"},
    },
    {
        "id": "u81-134", "split": SPLIT, "persona": "team_lead", "category": "unanswerable",
        "question": "How many hours did Zara Vargas log last week?",
        "expect": {"refuse": "logged hours"},
    },
    {
        "id": "u81-135", "split": SPLIT, "persona": "new_hire", "category": "unanswerable",
        "question": "When is Aisha's next vacation?",
        "expect": {"refuse": "holidays"},
    },
    {
        "id": "u81-136", "split": SPLIT, "persona": "resource_manager", "category": "unanswerable",
        "question": "What's the hourly rate of our embedded engineers?",
        "expect": {"refuse": "rates in money"},
    },
    {
        "id": "u81-137", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": "What's our revenue forecast for Q3?",
        "expect": {"refuse": "revenue"},
    },
    {
        "id": "u81-138", "split": SPLIT, "persona": "team_lead", "category": "ambiguous",
        "question": "What's Tom working on?",
        "expect": {"clarify": {"people_named": "Tom"}},
    },
    {
        "id": "u81-139", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "How's the Beacon data catalog doing?",
        "expect": {"clarify": {"projects_named": "Beacon data catalog", "open": True}},
    },
    {
        "id": "u81-140", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "What's Dara's load next week?",
        "expect": {"clarify": {"people_named": "Dara"}},
    },
    {
        "id": "u81-141", "split": SPLIT, "persona": "new_hire", "category": "ambiguous",
        "question": "Who runs the recommendation engine project?",
        "expect": {"clarify": {"projects_named": "recommendation engine", "open": True}},
    },
    {
        "id": "u81-142", "split": SPLIT, "persona": "finance", "category": "ambiguous",
        "question": "When will the lifecycle emails project be done?",
        "expect": {"clarify": {"projects_named": "lifecycle emails", "open": True}},
    },
    {
        "id": "u81-143", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "Who has spare capacity next week?",
        "expect": {"clarify": ["free next week (nothing booked)",
                               "with room next week (under 100% every day)"]},
    },
    {
        "id": "u81-144", "split": SPLIT, "persona": "new_hire", "category": "ambiguous",
        "question": "I've been asked to help out on the SSO rollout. How is it going?",
        "expect": {"clarify": {"projects_named": "SSO rollout", "open": True}},
    },
    {
        "id": "u81-145", "split": SPLIT, "persona": "team_lead", "category": "documents",
        "question": "What did the Sierra invoice engine team decide at their last weekly sync?",
        "expect": {"text": [{"decision_of": "PRJ-0063"}]},
    },
    {
        "id": "u81-146", "split": SPLIT, "persona": "director", "category": "documents",
        "question": "Why was the Lumen accessibility audit put on hold?",
        "expect": {"text": ["a vendor dependency is blocked"]},
    },
    {
        "id": "u81-147", "split": SPLIT, "persona": "finance", "category": "documents",
        "question": "What reason was given for cancelling the Umbra checkout redesign?",
        "expect": {"text": ["a vendor dependency is blocked"]},
    },
    {
        "id": "u81-148", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": "What's the open question in this project's spec?",
        "expect": {"text": ["the penetration test found two high findings"]},
        "page": "/projects/PRJ-0011",
    },
    {
        "id": "u81-149", "split": SPLIT, "persona": "resource_manager", "category": "documents",
        "question": "What does the latest status note on PRJ-0183 name as the main risk?",
        "expect": {"text": [{"risk_of": "PRJ-0183"}]},
    },
    {
        "id": "u81-150", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": "I've just been added to this project. Can you give me a quick rundown of it?",
        "expect": {"about": "PRJ-0040"},
        "page": "/projects/PRJ-0040",
    },
]
