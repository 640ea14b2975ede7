"""Held-out split unseen36: capacity and staffing planners ask the dashboard's chat box.

Written blind by one writer for the copilot benchmark, without sight of the copilot's parser,
its documentation, its tests, the other splits or any score. Voice: people in the middle of
capacity and staffing planning (resource managers and team leads juggling who is free, who is
overbooked, who has which skill and who works on what), plus directors and finance asking about
the same portfolio, and new hires finding their feet. British and American spellings are mixed,
chat abbreviations are the ones people really type ("pls", "wk", "nxt", "ppl", "atm", "rn",
"EOM", "FTE"), and some questions carry a sentence of context before the ask. 150 questions, an
even mix of the five personas (30 each), 16 asked from a project page. Every name, key, skill,
role, portfolio, owner and document phrase was looked up with plain SQL in the seeded demo
(200 projects, seed 7, as of 2026-06-17); each expected answer was read back with
``--resolve-only``.

Readings used (today is Wednesday 2026-06-17; definitions of expect.py and docs/metrics.md):
- open / still open = proposed, active or on hold; late / overdue / past its due
  date / slipped past its date = open and due before today; "at risk" and "on track" as in
  metrics.md; "flagged" = the health label.
- free / nothing booked / zero bookings / sitting idle / available = load 0 on every day of the
  period; overbooked / over-allocated / stretched past 100 % / over 100 % = load above 1.0 on some
  day of it; "load", "utilization", "how booked up", "how much of X's time is committed", "how
  many FTE is X booked at" = the person's load (highest daily sum of shares) in the period.
- works on / is on / staffed on / "who's in this team" / "who's on this project" = an allocation
  covering today; "owns" / "the lead on" = the project's owner.
- ETA / "when will it realistically finish" / "expected end date" / "expected to be done" = the
  forecast's P50 date; chances / odds / likelihood of landing on time = P(on time).
- this week / this wk = Monday 15 to Sunday 21 June 2026; next week / nxt wk = 22 to 28 June;
  "the week after next" = 29 June to 5 July; "the coming fortnight" / "next fortnight" = today and
  the 13 days after it; "since Monday" = 15 June to today; "EOM" = 30 June, so "between now and
  EOM" = 17 to 30 June; "July" and "next month" = 1 to 31 July 2026 (the whole of July for
  "free"); "H1 so far" = 1 January to 30 June 2026; Q1 / Q3 = calendar quarters of 2026; "last
  30 days" = today and the 29 days before it.
- "due in July / Q3 / this week / between now and EOM" asks about open projects; "kicked off so
  far this month" = started between 1 June and today (a proposed project starting tomorrow has
  not kicked off); "start next month" = planned start in July; "finished / wrapped up /
  completed" = status Done with its completion date in the period; "created" = added to the
  system in the period; "slipped past its due date this month" / "gone late" = open, late, and
  its first late day falls in the period.
- "data engineers", "security engineers", "QA engineers", "DevOps engineers", "ML engineers" =
  the role; "X people", "people with X", "knows X", "X devs", "X experience" = the skill.
- "scope added" = items added to the scope, from the daily snapshots; "work items added after
  kick-off" = items created after their project's start date; "story points delivered" = points
  of items done in the period.
- Names: a first name several people share (Emeka, Dara, Tom) and a project name two or three
  open projects share (Beacon data catalog, Iris recommendation engine, Nimbus pricing
  experiment) need a clarification; a name one open and one closed project share (Beacon battery
  pack, Falcon push notifications, Sierra model monitoring, Beacon smart thermostat, Delta sensor
  hub) is the open one. "The most productive team" is undefined (points, items or projects
  finished, per portfolio?) and asks for a clarification.
- Refused: money (spend, day rates), customer satisfaction, annual leave, overtime hours,
  reporting lines and hiring requisitions are not in the data.
- Non-English questions (German, French, Spanish, Dutch, Italian, Portuguese) expect the
  English-only notice and then the answer the data gives.
"""

SPLIT = "unseen36"

QUESTIONS = [
    {
        "id": "u36-001", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": ("Got a chunk of new work landing from Growth - how many ppl are completely "
                     "free next wk, i.e. nothing booked at all?"),
        "expect": {"count": "people", "where": {"free": "next_week"}},
    },
    {
        "id": "u36-002", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many of our projects are overdue at the moment?",
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u36-003", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": ("For the headcount slide in the quarterly pack: how many data engineers do we"
                     " have in total?"),
        "expect": {"count": "people", "where": {"role": "Data engineer"}},
    },
    {
        "id": "u36-004", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "how many Devices projects are still open?",
        "expect": {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}},
    },
    {
        "id": "u36-005", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": "how many people are overbooked this week",
        "expect": {"count": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u36-006", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": ("Sorry if this is a basic one, I only joined on Monday - how many projects "
                     "are actually active right now?"),
        "expect": {"count": "projects", "where": {"status": "active"}},
    },
    {
        "id": "u36-007", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "no. of Payments projects flagged at risk atm?",
        "expect": {"count": "projects", "where": {"portfolio": "Payments", "health": "at_risk"}},
    },
    {
        "id": "u36-008", "split": SPLIT, "persona": "director", "category": "counts",
        "question": "How many critical priority projects have we still got open?",
        "expect": {"count": "projects", "where": {"priority": "critical", "status": "open"}},
    },
    {
        "id": "u36-009", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": "how many open items are left on this one?",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0051", "status": "open"}},
        "page": "/projects/PRJ-0051",
    },
    {
        "id": "u36-010", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": ("How many of our python people are sitting with nothing booked for the whole "
                     "of July?"),
        "expect": {"count": "people",
                   "where": {"skill": "python", "free": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u36-011", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": "how many projects are still only proposed and haven't kicked off yet?",
        "expect": {"count": "projects", "where": {"status": "proposed"}},
    },
    {
        "id": "u36-012", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "how many work items did the teams close out last wk, all portfolios together?",
        "expect": {"count": "work_items", "where": {"done": "last_week"}},
    },
    {
        "id": "u36-013", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": "How many projects are on hold right now?",
        "expect": {"count": "projects", "where": {"status": "on_hold"}},
    },
    {
        "id": "u36-014", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "list the late projects pls",
        "expect": {"list": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u36-015", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": ("Which open projects are due in the next fortnight? I want to make sure none "
                     "of them lose people in the reshuffle."),
        "expect": {"list": "projects", "where": {"status": "open", "due": "next_days:14"}},
    },
    {
        "id": "u36-016", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "Which Mobile Apps projects are at risk?",
        "expect": {"list": "projects", "where": {"portfolio": "Mobile Apps", "health": "at_risk"}},
    },
    {
        "id": "u36-017", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": ("Could you give me every project Hugo Lopez owns that's still open? I need it"
                     " for the cost centre mapping."),
        "expect": {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}},
    },
    {
        "id": "u36-018", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "which Growth projects are still in the proposed stage?",
        "expect": {"list": "projects", "where": {"status": "proposed", "portfolio": "Growth"}},
    },
    {
        "id": "u36-019", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": ("I'm rebalancing the data engineers this week, can you list all the open Data"
                     " Platform projects?"),
        "expect": {"list": "projects", "where": {"portfolio": "Data Platform", "status": "open"}},
    },
    {
        "id": "u36-020", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "Which high or critical priority projects are past their due date?",
        "expect": {"list": "projects",
                   "where": {"priority": ["high", "critical"], "health": "late"}},
    },
    {
        "id": "u36-021", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "what projects is Sofia Zhang on at the moment? she's my onboarding buddy",
        "expect": {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}},
    },
    {
        "id": "u36-022", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "Which projects have been cancelled?",
        "expect": {"list": "projects", "where": {"status": "cancelled"}},
    },
    {
        "id": "u36-023", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "which Infrastructure projects are active?",
        "expect": {"list": "projects",
                   "where": {"portfolio": "Infrastructure", "status": "active"}},
    },
    {
        "id": "u36-024", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": ("Leo Moreau looks massively overcommitted on the resourcing sheet - which "
                     "projects is he staffed on right now?"),
        "expect": {"list": "projects", "where": {"staffed_by": "Leo Moreau"}},
    },
    {
        "id": "u36-025", "split": SPLIT, "persona": "director", "category": "lists",
        "question": "show me the ML Platform projects that are on track",
        "expect": {"list": "projects", "where": {"portfolio": "ML Platform", "health": "on_track"}},
    },
    {
        "id": "u36-026", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": "which Security projects are either late or at risk?",
        "expect": {"list": "projects",
                   "where": {"portfolio": "Security", "health": ["late", "at_risk"]}},
    },
    {
        "id": "u36-027", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": "Which portfolios have no late projects at all?",
        "expect": {"list": "portfolios", "where": {"health": "late"}, "having": "none"},
    },
    {
        "id": "u36-028", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "what's still due between now and EOM?",
        "expect": {"list": "projects",
                   "where": {"status": "open", "due": "range:2026-06-17:2026-06-30"}},
    },
    {
        "id": "u36-029", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": ("Which projects are due in July? Trying to work out where the crunch is "
                     "before the summer holidays."),
        "expect": {"list": "projects",
                   "where": {"status": "open", "due": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u36-030", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "How many projects have we completed in H1 so far?",
        "expect": {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}},
    },
    {
        "id": "u36-031", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "what finished last month?",
        "expect": {"list": "projects", "where": {"completed": "last_month"}},
    },
    {
        "id": "u36-032", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "Which projects have kicked off so far this month?",
        "expect": {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}},
    },
    {
        "id": "u36-033", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "which projects start next month? need to line ppl up for them",
        "expect": {"list": "projects", "where": {"started": "next_month"}},
    },
    {
        "id": "u36-034", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "How many open projects are due in Q3?",
        "expect": {"count": "projects", "where": {"status": "open", "due": "q3"}},
    },
    {
        "id": "u36-035", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "how many projects wrapped up in Q1?",
        "expect": {"count": "projects", "where": {"completed": "q1"}},
    },
    {
        "id": "u36-036", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "How many ppl are over 100% at some point in the coming fortnight?",
        "expect": {"count": "people", "where": {"over_allocated": "next_days:14"}},
    },
    {
        "id": "u36-037", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": ("how many people have nothing booked at all the week after next (29 Jun - 5 "
                     "Jul)?"),
        "expect": {"count": "people", "where": {"free": "range:2026-06-29:2026-07-05"}},
    },
    {
        "id": "u36-038", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "What's due this week?",
        "expect": {"list": "projects", "where": {"status": "open", "due": "this_week"}},
    },
    {
        "id": "u36-039", "split": SPLIT, "persona": "director", "category": "periods",
        "question": "Which Devices projects are due in Q3?",
        "expect": {"list": "projects",
                   "where": {"status": "open", "portfolio": "Devices", "due": "q3"}},
    },
    {
        "id": "u36-040", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": "How many story points did the teams deliver last month in total?",
        "expect": {"value": "points_done", "where": {"done": "last_month"}},
    },
    {
        "id": "u36-041", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "when's this one due again?",
        "expect": {"value": "due_date", "of": "PRJ-0137"},
        "page": "/projects/PRJ-0137",
    },
    {
        "id": "u36-042", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "who are the 5 most overloaded ppl this wk?",
        "expect": {"top": "people", "by": "load", "k": 5, "period": "this_week"},
    },
    {
        "id": "u36-043", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which three late projects are furthest past their due date?",
        "expect": {"top": "projects", "by": "days_overdue", "k": 3},
    },
    {
        "id": "u36-044", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "top 3 people by number of open work items assigned to them?",
        "expect": {"top": "people", "by": "open_items", "k": 3},
    },
    {
        "id": "u36-045", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": "Which portfolio has the most open projects?",
        "expect": {"top": "portfolios", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u36-046", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "what's the most common skill across everyone here?",
        "expect": {"top": "skills", "by": "people", "k": 1},
    },
    {
        "id": "u36-047", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": "Who's spread across the most projects right now? Top 5 please.",
        "expect": {"top": "people", "by": "projects", "k": 5},
    },
    {
        "id": "u36-048", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "Which five open projects have the most story points still left to do?",
        "expect": {"top": "projects",
                   "by": "remaining_points",
                   "k": 5,
                   "where": {"status": "open"}},
    },
    {
        "id": "u36-049", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "which 3 ML engineers are carrying the heaviest load next week?",
        "expect": {"top": "people",
                   "by": "load",
                   "k": 3,
                   "period": "next_week",
                   "where": {"role": "ML engineer"}},
    },
    {
        "id": "u36-050", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": "Which project owner has the most open projects on their plate?",
        "expect": {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u36-051", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": ("Trying to decide what to learn first - which skills have the most open work "
                     "items needing them? top 3"),
        "expect": {"top": "skills", "by": "open_items", "k": 3},
    },
    {
        "id": "u36-052", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": ("Prepping the programme review - can I get open projects per portfolio, "
                     "please?"),
        "expect": {"groups": "projects", "by": "portfolio", "where": {"status": "open"}},
    },
    {
        "id": "u36-053", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": "compare next wk's load for Emeka Okafor, Leo Moreau and Sofia Zhang",
        "expect": {"groups": "people",
                   "by": "load",
                   "only": ["Emeka Okafor", "Leo Moreau", "Sofia Zhang"],
                   "period": "next_week"},
    },
    {
        "id": "u36-054", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "Payments vs Growth: how many open work items does each have?",
        "expect": {"groups": "work_items",
                   "by": "portfolio",
                   "where": {"status": "open"},
                   "only": ["Payments", "Growth"]},
    },
    {
        "id": "u36-055", "split": SPLIT, "persona": "team_lead", "category": "comparisons",
        "question": "How do the open Data Platform projects split by health?",
        "expect": {"groups": "projects",
                   "by": "health",
                   "where": {"portfolio": "Data Platform", "status": "open"}},
    },
    {
        "id": "u36-056", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": "do more people know react or typescript?",
        "expect": {"groups": "skills", "by": "people", "only": ["react", "typescript"]},
    },
    {
        "id": "u36-057", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": "What's the split of open projects by priority?",
        "expect": {"groups": "projects", "by": "priority", "where": {"status": "open"}},
    },
    {
        "id": "u36-058", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": "Who's more stretched this week, Ana Brown or Lara Ahmed?",
        "expect": {"groups": "people",
                   "by": "load",
                   "only": ["Ana Brown", "Lara Ahmed"],
                   "period": "this_week"},
    },
    {
        "id": "u36-059", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "break the late projects down by portfolio for me",
        "expect": {"groups": "projects", "by": "portfolio", "where": {"health": "late"}},
    },
    {
        "id": "u36-060", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "ML Platform vs Data Platform - how many at-risk projects each?",
        "expect": {"groups": "projects",
                   "by": "portfolio",
                   "where": {"health": "at_risk"},
                   "only": ["ML Platform", "Data Platform"]},
    },
    {
        "id": "u36-061", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "What's Ada Martin's utilization looking like this week?",
        "expect": {"value": "load", "of": "Ada Martin", "period": "this_week"},
    },
    {
        "id": "u36-062", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "who's on this project at the moment?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0033"}},
        "page": "/projects/PRJ-0033",
    },
    {
        "id": "u36-063", "split": SPLIT, "persona": "director", "category": "people",
        "question": "Who owns the Granite chatbot pilot?",
        "expect": {"value": "owner", "of": "PRJ-0086"},
    },
    {
        "id": "u36-064", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": ("I've been told to shadow Kai Kaur for a couple of weeks - which projects is "
                     "Kai working on?"),
        "expect": {"list": "projects", "where": {"staffed_by": "Kai Kaur"}},
    },
    {
        "id": "u36-065", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "need some testing cover - which QA engineers are free this wk?",
        "expect": {"list": "people", "where": {"free": "this_week", "role": "QA engineer"}},
    },
    {
        "id": "u36-066", "split": SPLIT, "persona": "finance", "category": "people",
        "question": "Who is over-allocated in July?",
        "expect": {"list": "people", "where": {"over_allocated": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u36-067", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "is Rosa Singh overbooked next month? what's her load looking like",
        "expect": {"value": "load", "of": "Rosa Singh", "period": "next_month"},
    },
    {
        "id": "u36-068", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "How much of Hugo Patel's time is already committed next week?",
        "expect": {"value": "load", "of": "Hugo Patel", "period": "next_week"},
    },
    {
        "id": "u36-069", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "who's the lead on Sierra invoice engine?",
        "expect": {"value": "owner", "of": "PRJ-0063"},
    },
    {
        "id": "u36-070", "split": SPLIT, "persona": "director", "category": "people",
        "question": "who's staffed on this right now?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0127"}},
        "page": "/projects/PRJ-0127",
    },
    {
        "id": "u36-071", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "Who's in this team?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0037"}},
        "page": "/projects/PRJ-0037",
    },
    {
        "id": "u36-072", "split": SPLIT, "persona": "finance", "category": "people",
        "question": "How many FTE is Grace Moreau booked at this month?",
        "expect": {"value": "load", "of": "Grace Moreau", "period": "this_month"},
    },
    {
        "id": "u36-073", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "any DevOps engineers overbooked next wk?",
        "expect": {"list": "people",
                   "where": {"over_allocated": "next_week", "role": "DevOps engineer"}},
    },
    {
        "id": "u36-074", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "Which projects does Tom Kaur work on?",
        "expect": {"list": "projects", "where": {"staffed_by": "Tom Kaur"}},
    },
    {
        "id": "u36-075", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "who knows kubernetes and is free next wk?",
        "expect": {"list": "people", "where": {"skill": "kubernetes", "free": "next_week"}},
    },
    {
        "id": "u36-076", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "I'm pairing with Felix Haddad tomorrow, what skills has he got?",
        "expect": {"list": "skills", "where": {"person": "Felix Haddad"}},
    },
    {
        "id": "u36-077", "split": SPLIT, "persona": "director", "category": "skills",
        "question": "How many people do we have with ML skills?",
        "expect": {"count": "people", "where": {"skill": "ml"}},
    },
    {
        "id": "u36-078", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": ("Need someone with both terraform and security who has zero bookings in July "
                     "- anyone?"),
        "expect": {"list": "people",
                   "where": {"skill": ["terraform", "security"],
                             "free": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u36-079", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "Who has accessibility experience? I have some questions about our WCAG work.",
        "expect": {"list": "people", "where": {"skill": "accessibility"}},
    },
    {
        "id": "u36-080", "split": SPLIT, "persona": "finance", "category": "skills",
        "question": "how many people have spark as a skill?",
        "expect": {"count": "people", "where": {"skill": "spark"}},
    },
    {
        "id": "u36-081", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "any go devs available this week?",
        "expect": {"list": "people", "where": {"skill": "go", "free": "this_week"}},
    },
    {
        "id": "u36-082", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "which people know both statistics and python",
        "expect": {"list": "people", "where": {"skill": ["statistics", "python"]}},
    },
    {
        "id": "u36-083", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "Which of our embedded people will be free for the coming fortnight?",
        "expect": {"list": "people", "where": {"skill": "embedded", "free": "next_days:14"}},
    },
    {
        "id": "u36-084", "split": SPLIT, "persona": "director", "category": "skills",
        "question": "What's our rarest skill, i.e. the one the fewest people have?",
        "expect": {"top": "skills", "by": "people", "k": 1, "order": "asc"},
    },
    {
        "id": "u36-085", "split": SPLIT, "persona": "director", "category": "changes",
        "question": "Which projects slipped past their due date this month?",
        "expect": {"list": "projects", "where": {"became_late": "this_month"}},
    },
    {
        "id": "u36-086", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "how many new items got added to the scope of open projects last month?",
        "expect": {"value": "scope_items_added",
                   "where": {"status": "open"},
                   "period": "last_month"},
    },
    {
        "id": "u36-087", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": "What got completed last week?",
        "expect": {"list": "projects", "where": {"completed": "last_week"}},
    },
    {
        "id": "u36-088", "split": SPLIT, "persona": "resource_manager", "category": "changes",
        "question": ("which projects have started since Monday? want to check they actually got "
                     "the people we promised"),
        "expect": {"list": "projects", "where": {"started": "since_monday"}},
    },
    {
        "id": "u36-089", "split": SPLIT, "persona": "new_hire", "category": "changes",
        "question": "Have any new projects been created this month? Which ones?",
        "expect": {"list": "projects", "where": {"created": "this_month"}},
    },
    {
        "id": "u36-090", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": "how much scope has been added here in the last 30 days?",
        "expect": {"value": "scope_items_added",
                   "where": {"key": "PRJ-0174"},
                   "period": "last_days:30"},
        "page": "/projects/PRJ-0174",
    },
    {
        "id": "u36-091", "split": SPLIT, "persona": "director", "category": "changes",
        "question": "What's gone late in the last 30 days?",
        "expect": {"list": "projects", "where": {"became_late": "last_days:30"}},
    },
    {
        "id": "u36-092", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": ("How many work items were added to projects this month after they had already"
                     " kicked off?"),
        "expect": {"count": "work_items", "where": {"created": "this_month", "after_start": True}},
    },
    {
        "id": "u36-093", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "Why is PRJ-0104 late?",
        "expect": {"cause": "PRJ-0104"},
    },
    {
        "id": "u36-094", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "why is this running late?",
        "expect": {"cause": "PRJ-0130"},
        "page": "/projects/PRJ-0130",
    },
    {
        "id": "u36-095", "split": SPLIT, "persona": "resource_manager", "category": "causes",
        "question": ("What's behind the slip on the Zephyr chatbot pilot? I'm being asked to throw"
                     " more people at it and want to know if that would even help."),
        "expect": {"cause": "PRJ-0102"},
    },
    {
        "id": "u36-096", "split": SPLIT, "persona": "finance", "category": "causes",
        "question": "Harbor sensor hub is overdue - what happened there?",
        "expect": {"cause": "PRJ-0183"},
    },
    {
        "id": "u36-097", "split": SPLIT, "persona": "new_hire", "category": "causes",
        "question": "Why is Granite refund automation flagged as at risk?",
        "expect": {"cause": "PRJ-0127"},
    },
    {
        "id": "u36-098", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "what's dragging PRJ-0174 down?",
        "expect": {"cause": "PRJ-0174"},
    },
    {
        "id": "u36-099", "split": SPLIT, "persona": "new_hire", "category": "causes",
        "question": "why is this one at risk?",
        "expect": {"cause": "PRJ-0063"},
        "page": "/projects/PRJ-0063",
    },
    {
        "id": "u36-100", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "Why is Falcon push notifications late?",
        "expect": {"cause": "PRJ-0165"},
    },
    {
        "id": "u36-101", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "What are the chances Beacon battery pack lands on time?",
        "expect": {"value": "p_on_time", "of": "PRJ-0040"},
    },
    {
        "id": "u36-102", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "when will this realistically finish?",
        "expect": {"value": "p50_date", "of": "PRJ-0016"},
        "page": "/projects/PRJ-0016",
    },
    {
        "id": "u36-103", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "ETA for PRJ-0029?",
        "expect": {"value": "p50_date", "of": "PRJ-0029"},
    },
    {
        "id": "u36-104", "split": SPLIT, "persona": "resource_manager", "category": "forecasts",
        "question": "Which open projects have less than a 25% chance of hitting their date?",
        "expect": {"list": "projects", "where": {"p_below": 0.25}},
    },
    {
        "id": "u36-105", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": "How likely is it that Sierra model monitoring finishes on time?",
        "expect": {"value": "p_on_time", "of": "PRJ-0160"},
    },
    {
        "id": "u36-106", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "Of the at-risk projects, which one has the worst odds of making its date?",
        "expect": {"top": "projects", "by": "p_on_time", "k": 1, "where": {"health": "at_risk"}},
    },
    {
        "id": "u36-107", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": "how many open projects are at least 80% likely to finish on time?",
        "expect": {"count": "projects", "where": {"p_at_least": 0.8}},
    },
    {
        "id": "u36-108", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "When is this expected to be done?",
        "expect": {"value": "p50_date", "of": "PRJ-0192"},
        "page": "/projects/PRJ-0192",
    },
    {
        "id": "u36-109", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": "what are the odds this lands by its due date?",
        "expect": {"value": "p_on_time", "of": "PRJ-0086"},
        "page": "/projects/PRJ-0086",
    },
    {
        "id": "u36-110", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": "What's the expected end date for Quartz offline mode?",
        "expect": {"value": "p50_date", "of": "PRJ-0062"},
    },
    {
        "id": "u36-111", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "whos overbookd nxt wk",
        "expect": {"list": "people", "where": {"over_allocated": "next_week"}},
    },
    {
        "id": "u36-112", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "how many projcts r late",
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u36-113", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "wat skils does Olga Chen hav",
        "expect": {"list": "skills", "where": {"person": "Olga Chen"}},
    },
    {
        "id": "u36-114", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "hw many open projets in Paymnets",
        "expect": {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}},
    },
    {
        "id": "u36-115", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "who ownz Delta sensr hub",
        "expect": {"value": "owner", "of": "PRJ-0126"},
    },
    {
        "id": "u36-116", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "is Lara Ahmed fre next wk? whats her laod",
        "expect": {"value": "load", "of": "Lara Ahmed", "period": "next_week"},
    },
    {
        "id": "u36-117", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "ppl with kubernets skils pls",
        "expect": {"list": "people", "where": {"skill": "kubernetes"}},
    },
    {
        "id": "u36-118", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "wich projects are at risc in Devcies",
        "expect": {"list": "projects", "where": {"portfolio": "Devices", "health": "at_risk"}},
    },
    {
        "id": "u36-119", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "chnce Tundra featrue store finishes on tiem?",
        "expect": {"value": "p_on_time", "of": "PRJ-0100"},
    },
    {
        "id": "u36-120", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "who is workng on this rn",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0145"}},
        "page": "/projects/PRJ-0145",
    },
    {
        "id": "u36-121", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Wie viele Projekte sind derzeit überfällig?",
        "expect": {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}},
    },
    {
        "id": "u36-122", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Qui est disponible la semaine prochaine avec des compétences en React ?",
        "expect": {"language": "fr",
                   "then": {"list": "people", "where": {"skill": "react", "free": "next_week"}}},
    },
    {
        "id": "u36-123", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "¿Cuántos proyectos abiertos tiene el portafolio de Payments?",
        "expect": {"language": "es",
                   "then": {"count": "projects",
                            "where": {"status": "open", "portfolio": "Payments"}}},
    },
    {
        "id": "u36-124", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Wie werkt er op dit moment aan dit project?",
        "expect": {"language": "nl", "then": {"list": "people", "where": {"works_on": "PRJ-0048"}}},
        "page": "/projects/PRJ-0048",
    },
    {
        "id": "u36-125", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Chi è il responsabile del progetto Granite vulnerability program?",
        "expect": {"language": "it", "then": {"value": "owner", "of": "PRJ-0011"}},
    },
    {
        "id": "u36-126", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Quais projetos estão atrasados no portfólio Customer Support?",
        "expect": {"language": "pt",
                   "then": {"list": "projects",
                            "where": {"portfolio": "Customer Support", "health": "late"}}},
    },
    {
        "id": "u36-127", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "Wer ist nächste Woche überbucht?",
        "expect": {"language": "de",
                   "then": {"list": "people", "where": {"over_allocated": "next_week"}}},
    },
    {
        "id": "u36-128", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": "Quelle est la probabilité que PRJ-0085 soit livré à temps ?",
        "expect": {"language": "fr", "then": {"value": "p_on_time", "of": "PRJ-0085"}},
    },
    {
        "id": "u36-129", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "¿Qué proyectos abiertos vencen la próxima semana?",
        "expect": {"language": "es",
                   "then": {"list": "projects", "where": {"status": "open", "due": "next_week"}}},
    },
    {
        "id": "u36-130", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Perché questo progetto è in ritardo?",
        "expect": {"language": "it", "then": {"cause": "PRJ-0125"}},
        "page": "/projects/PRJ-0125",
    },
    {
        "id": "u36-131", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "What's the total spend to date on the Payments portfolio, in euros?",
        "expect": {"refuse": "no money figures"},
    },
    {
        "id": "u36-132", "split": SPLIT, "persona": "resource_manager", "category": "unanswerable",
        "question": "who's on annual leave next wk?",
        "expect": {"refuse": "no leave data"},
    },
    {
        "id": "u36-133", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": "What's our customer satisfaction score for the web storefront?",
        "expect": {"refuse": "no customer satisfaction data"},
    },
    {
        "id": "u36-134", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "What day rate are we paying the contractors on Data Platform?",
        "expect": {"refuse": "no rates or costs"},
    },
    {
        "id": "u36-135", "split": SPLIT, "persona": "team_lead", "category": "unanswerable",
        "question": "How many overtime hours did my team log last month?",
        "expect": {"refuse": "no timesheets"},
    },
    {
        "id": "u36-136", "split": SPLIT, "persona": "new_hire", "category": "unanswerable",
        "question": "Who is Tom Kaur's line manager?",
        "expect": {"refuse": "no reporting lines"},
    },
    {
        "id": "u36-137", "split": SPLIT, "persona": "resource_manager", "category": "unanswerable",
        "question": ("how many open reqs have we got for data engineers, and when do the new "
                     "starters join?"),
        "expect": {"refuse": "no hiring data"},
    },
    {
        "id": "u36-138", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "is Emeka free next wk?",
        "expect": {"clarify": {"people_named": "Emeka"}},
    },
    {
        "id": "u36-139", "split": SPLIT, "persona": "team_lead", "category": "ambiguous",
        "question": "what's Dara working on at the moment?",
        "expect": {"clarify": {"people_named": "Dara"}},
    },
    {
        "id": "u36-140", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "How's Beacon data catalog doing?",
        "expect": {"clarify": {"projects_named": "Beacon data catalog", "open": True}},
    },
    {
        "id": "u36-141", "split": SPLIT, "persona": "finance", "category": "ambiguous",
        "question": "When will the Iris recommendation engine be done?",
        "expect": {"clarify": {"projects_named": "Iris recommendation engine", "open": True}},
    },
    {
        "id": "u36-142", "split": SPLIT, "persona": "new_hire", "category": "ambiguous",
        "question": "Who's on the Nimbus pricing experiment?",
        "expect": {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}},
    },
    {
        "id": "u36-143", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "how loaded is Tom next month",
        "expect": {"clarify": {"people_named": "Tom"}},
    },
    {
        "id": "u36-144", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "Which of our teams is the most productive?",
        "expect": {"clarify": ["story points finished per portfolio",
                               "work items finished per portfolio",
                               "projects completed per portfolio"]},
    },
    {
        "id": "u36-145", "split": SPLIT, "persona": "team_lead", "category": "documents",
        "question": "what did the team decide at the last sync?",
        "expect": {"text": [{"decision_of": "PRJ-0069"}]},
        "page": "/projects/PRJ-0069",
    },
    {
        "id": "u36-146", "split": SPLIT, "persona": "director", "category": "documents",
        "question": ("What's the main risk in the latest status note for Meridian Kubernetes "
                     "migration?"),
        "expect": {"text": [{"risk_of": "PRJ-0151"}]},
    },
    {
        "id": "u36-147", "split": SPLIT, "persona": "resource_manager", "category": "documents",
        "question": ("Why was Umbra observability stack put on hold? Two of my people came off it "
                     "and I never heard the reason."),
        "expect": {"text": ["the business case no longer holds"]},
    },
    {
        "id": "u36-148", "split": SPLIT, "persona": "finance", "category": "documents",
        "question": "What's the stated goal in the Granite chatbot pilot spec?",
        "expect": {"text": ["answer 80% of tickets within four hours"]},
    },
    {
        "id": "u36-149", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": "what was decided at the most recent meeting here?",
        "expect": {"text": [{"decision_of": "PRJ-0030"}]},
        "page": "/projects/PRJ-0030",
    },
    {
        "id": "u36-150", "split": SPLIT, "persona": "team_lead", "category": "documents",
        "question": "whats the open question in the spec for Beacon smart thermostat?",
        "expect": {"text": ["component lead times are 16 weeks"]},
    },
]
