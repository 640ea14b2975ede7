"""Held-out split unseen41: 150 questions written blind, as people type them when they paste in a
message they were sent or write as if replying to one.

Written by a helper session asked for a held-out split, without sight of the copilot (``models/``,
``dashboard/``, ``components/``, ``pages/``, ``docs/copilot.md``, ``tests/``), of the other
splits or of any score. Read: ``benchmarks/copilot_questions.py`` and this package's
``expect.py``, ``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``, ``__init__.py``;
``docs/metrics.md``; ``data/demo.py``. Names, keys, roles, skills, portfolios, owners and document
phrases were looked up with plain SQL in the seeded demo (200 projects, seed 7, today 2026-06-17);
forecast facts (P(on time), P50 dates, at-risk sets) were written as specs and checked with
``--resolve-only``.

Writers: an even mix of director, team lead, resource manager, new hire and finance (30 each),
forwarding or answering a message: "my boss asked me: ...", "got this from finance ...", "quick
sanity check before I reply: ...", a question inside a note with a greeting and a sign-off, and a
few messages holding two related questions where the second is plainly the one to answer. 15 are
asked from a project page ("this project", "here", "this team", "this one").

Readings used (today is Wednesday 2026-06-17):
- open, "still open" = proposed, active or on hold; "active ... actually running, not the
  proposed ones" = status Active; late = open and due before today; "went late this week" =
  became late with the day after the due date in Monday 15 to Sunday 21 June; at risk = open,
  not late and P(on time) < 0.5; "in trouble" / "behind" about one named project = why it is
  late or at risk.
- overbooked = over-allocated (load above 100 % on some day of the period); free, "no
  allocation at all", "nothing booked", "not booked at all" = load 0 over the whole period;
  works on, "is on", "staffed on", "working on", "on the team today" = an allocation covering
  today; load of a person = highest daily sum of shares in the period.
- ETA, "expected to finish", "realistically be finished", "wrap up", "expected end date" = the
  forecast's P50 date; odds, chance, probability of being on time = stored P(on time).
- "the coming fortnight" = today and the 13 days after it; "next two weeks" the same; "next
  week" = Monday 22 to Sunday 28 June; "this month" = June 2026; "last month" and "in May" =
  May 2026; "July" = 1 to 31 July 2026; "next month" = July 2026; "Q3" = July to September 2026;
  "last quarter" = Q1 2026; "H1 so far" = 1 January to 30 June 2026 (nothing after today is
  done); "last 7 days" / "last 30 days" = today and the 6 / 29 days before it; "kicked off" =
  start date in the period; "created", "added to the pipeline", intake = created in the period.
- "finished", "completed", "done" projects = status Done with the completion day in the period;
  work items "finished" / "closed out" = done in the period; story points completed = points
  of items done in the period; "added to scope" = items added after the project started (daily
  snapshots); "since it started" = from the project's start date to today.
- A name two or three open projects share (Beacon data catalog, Iris recommendation engine, Nimbus
  pricing experiment) and a first name several people share (Dara, Tom, Maya) ask for a
  clarification; "the biggest project" names no measure, so it does too. A name one open and
  one closed project share (Beacon battery pack, Juniper battery pack) is the open one.
- Budgets, costs, revenue, billing rates, salaries, absences and customer satisfaction are not
  in the data: refused (in Dutch too: English-only notice or refusal).
"""

from __future__ import annotations

SPLIT = "unseen41"

QUESTIONS = [
    {
        "id": "u41-001", "split": SPLIT, "persona": "director", "category": "counts",
        "question": (
            'My boss just asked me: "How many projects are late at the moment?" I\'d like to '
            "give her a number before the 10 o'clock."
        ),
        "expect": {"count": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u41-002", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": (
            'Got this from our controller — "how many open projects does Payments have right '
            'now?" Can you give me the figure?'
        ),
        "expect": {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}},
    },
    {
        "id": "u41-003", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": (
            "quick sanity check before I reply to my manager: how many people are overbooked "
            "this week?"
        ),
        "expect": {"count": "people", "where": {"over_allocated": "this_week"}},
    },
    {
        "id": "u41-004", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": (
            "HR pinged me: 'How many QA engineers do we have in total?' Just the number is "
            "fine."
        ),
        "expect": {"count": "people", "where": {"role": "QA engineer"}},
    },
    {
        "id": "u41-005", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": (
            "Hi! I'm new here and my onboarding buddy asked me to find out how many projects "
            "have been finished so far, all time. How many are done? Thanks!"
        ),
        "expect": {"count": "projects", "where": {"status": "done"}},
    },
    {
        "id": "u41-006", "split": SPLIT, "persona": "finance", "category": "counts",
        "question": "Before I answer the CFO's email: how many projects are currently on hold?",
        "expect": {"count": "projects", "where": {"status": "on_hold"}},
    },
    {
        "id": "u41-007", "split": SPLIT, "persona": "director", "category": "counts",
        "question": (
            "Reply needed on the board deck thread. How many critical-priority projects are "
            "still open?"
        ),
        "expect": {"count": "projects", "where": {"status": "open", "priority": "critical"}},
    },
    {
        "id": "u41-008", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": (
            'The PO messaged me "how many work items are still open on this project?" can you '
            "check"
        ),
        "expect": {"count": "work_items", "where": {"project": "PRJ-0051", "status": "open"}},
        "page": "/projects/PRJ-0051",
    },
    {
        "id": "u41-009", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": (
            "The PMO asked how many projects are proposed and still waiting to start. What "
            "should I tell them?"
        ),
        "expect": {"count": "projects", "where": {"status": "proposed"}},
    },
    {
        "id": "u41-010", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": (
            "my manager wants me to read up on Beacon observability stack before Friday. how "
            "many documents are there for it?"
        ),
        "expect": {"count": "documents", "where": {"project": "PRJ-0037"}},
    },
    {
        "id": "u41-011", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": (
            "Hello, the auditors emailed our team asking us to confirm the number of cancelled "
            "projects. I've been asked to reply, so how many projects were cancelled? Kind "
            "regards, Lea"
        ),
        "expect": {"count": "projects", "where": {"status": "cancelled"}},
    },
    {
        "id": "u41-012", "split": SPLIT, "persona": "new_hire", "category": "counts",
        "question": (
            "My VP wants the count of active projects in Data Platform, only the ones that are "
            "actually running, not the proposed ones."
        ),
        "expect": {
            "count": "projects",
            "where": {"status": "active", "portfolio": "Data Platform"},
        },
    },
    {
        "id": "u41-013", "split": SPLIT, "persona": "team_lead", "category": "counts",
        "question": (
            "Someone on my team asked how many work items we closed out last week across all "
            "projects. Do you know?"
        ),
        "expect": {"count": "work_items", "where": {"done": "last_week"}},
    },
    {
        "id": "u41-014", "split": SPLIT, "persona": "resource_manager", "category": "counts",
        "question": (
            "For the staffing call at 2: how many people have no allocation at all next week?"
        ),
        "expect": {"count": "people", "where": {"free": "next_week"}},
    },
    {
        "id": "u41-015", "split": SPLIT, "persona": "director", "category": "lists",
        "question": (
            'My boss replied to my update with "ok, but which ones are late?" Can you list the '
            "late projects for me?"
        ),
        "expect": {"list": "projects", "where": {"health": "late"}},
    },
    {
        "id": "u41-016", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": (
            "Hi, finance here. We're reconciling the Security portfolio this week: which "
            "Security projects are still open? Thanks, Marta"
        ),
        "expect": {"list": "projects", "where": {"status": "open", "portfolio": "Security"}},
    },
    {
        "id": "u41-017", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": (
            "my PM sent me this: 'which projects is Sofia Zhang on right now?' can you pull "
            "that up"
        ),
        "expect": {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}},
    },
    {
        "id": "u41-018", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": (
            "Someone in the resourcing channel asked which projects are on hold. Which are "
            "they?"
        ),
        "expect": {"list": "projects", "where": {"status": "on_hold"}},
    },
    {
        "id": "u41-019", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": (
            "Hello! My manager said I should look at the open projects Hugo Lopez owns. Which "
            "ones are those?"
        ),
        "expect": {"list": "projects", "where": {"status": "open", "owner": "Hugo Lopez"}},
    },
    {
        "id": "u41-020", "split": SPLIT, "persona": "director", "category": "lists",
        "question": (
            'From the COO, verbatim: "Which Growth projects are at risk?" Please list them.'
        ),
        "expect": {"list": "projects", "where": {"health": "at_risk", "portfolio": "Growth"}},
    },
    {
        "id": "u41-021", "split": SPLIT, "persona": "finance", "category": "lists",
        "question": (
            "Got this from our controller: which projects were completed in May? She needs the "
            "list for the accruals."
        ),
        "expect": {"list": "projects", "where": {"completed": "range:2026-05-01:2026-05-31"}},
    },
    {
        "id": "u41-022", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": (
            "Mobile lead asked which Mobile Apps projects are still only proposed, not started "
            "yet. which ones?"
        ),
        "expect": {"list": "projects", "where": {"status": "proposed", "portfolio": "Mobile Apps"}},
    },
    {
        "id": "u41-023", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": (
            "The hardware lead asked me who is on Beacon battery pack right now. Who's staffed "
            "on it?"
        ),
        "expect": {"list": "people", "where": {"works_on": "PRJ-0040"}},
    },
    {
        "id": "u41-024", "split": SPLIT, "persona": "new_hire", "category": "lists",
        "question": "Hi all, quick one: which portfolios have no late projects at the moment?",
        "expect": {"list": "portfolios", "where": {"health": "late"}, "having": "none"},
    },
    {
        "id": "u41-025", "split": SPLIT, "persona": "director", "category": "lists",
        "question": (
            "My boss wants to know who is working on this project. Can you list the people?"
        ),
        "expect": {"list": "people", "where": {"works_on": "PRJ-0127"}},
        "page": "/projects/PRJ-0127",
    },
    {
        "id": "u41-026", "split": SPLIT, "persona": "resource_manager", "category": "lists",
        "question": (
            "The risk register needs updating and finance asked me for it: which open projects "
            "are critical priority?"
        ),
        "expect": {"list": "projects", "where": {"status": "open", "priority": "critical"}},
    },
    {
        "id": "u41-027", "split": SPLIT, "persona": "team_lead", "category": "lists",
        "question": (
            "My manager first asked how many Devices projects are due this month, then changed "
            "it to: which open Devices projects are due this month? Can you list those?"
        ),
        "expect": {
            "list": "projects",
            "where": {"status": "open", "portfolio": "Devices", "due": "this_month"},
        },
    },
    {
        "id": "u41-028", "split": SPLIT, "persona": "director", "category": "periods",
        "question": (
            'My boss asked me: "What\'s due in the coming fortnight?" Open projects only, '
            "obviously."
        ),
        "expect": {"list": "projects", "where": {"status": "open", "due": "next_days:14"}},
    },
    {
        "id": "u41-029", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": (
            "quick sanity check before I reply to finance: how many projects did we complete "
            "in H1 so far?"
        ),
        "expect": {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}},
    },
    {
        "id": "u41-030", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": (
            "How many work items has everyone finished this month so far? My director wants a "
            "throughput number."
        ),
        "expect": {"count": "work_items", "where": {"done": "this_month"}},
    },
    {
        "id": "u41-031", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": (
            "The Devices lead asked if anyone is completely free for the whole of July. Who "
            "is?"
        ),
        "expect": {"list": "people", "where": {"free": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u41-032", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": "hey, which projects are planned to start in July?",
        "expect": {"list": "projects", "where": {"started": "range:2026-07-01:2026-07-31"}},
    },
    {
        "id": "u41-033", "split": SPLIT, "persona": "director", "category": "periods",
        "question": (
            "Board prep. She first wanted everything due this year, but now just this: how "
            "many open projects are due in Q3?"
        ),
        "expect": {"count": "projects", "where": {"status": "open", "due": "q3"}},
    },
    {
        "id": "u41-034", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": (
            "Our finance partner wrote: 'Could you send me the projects that were finished "
            "last quarter?' Which ones were they?"
        ),
        "expect": {"list": "projects", "where": {"completed": "last_quarter"}},
    },
    {
        "id": "u41-035", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "my director asked how many projects kicked off last month",
        "expect": {"count": "projects", "where": {"started": "last_month"}},
    },
    {
        "id": "u41-036", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": "Ops asked for the names of everyone who is overbooked next month. Who is it?",
        "expect": {"list": "people", "where": {"over_allocated": "next_month"}},
    },
    {
        "id": "u41-037", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": (
            "What got completed last week? My team lead wants me to summarise it for our "
            "newsletter."
        ),
        "expect": {"list": "projects", "where": {"completed": "last_week"}},
    },
    {
        "id": "u41-038", "split": SPLIT, "persona": "new_hire", "category": "periods",
        "question": (
            "My manager is asking about intake: how many projects were created in the last 7 "
            "days?"
        ),
        "expect": {"count": "projects", "where": {"created": "last_days:7"}},
    },
    {
        "id": "u41-039", "split": SPLIT, "persona": "finance", "category": "periods",
        "question": (
            "Finance needs a number: how many story points were completed in May across all "
            "portfolios?"
        ),
        "expect": {"value": "points_done", "where": {"done": "range:2026-05-01:2026-05-31"}},
    },
    {
        "id": "u41-040", "split": SPLIT, "persona": "team_lead", "category": "periods",
        "question": "Anything due next week that is still open? My manager wants a heads-up.",
        "expect": {"list": "projects", "where": {"status": "open", "due": "next_week"}},
    },
    {
        "id": "u41-041", "split": SPLIT, "persona": "resource_manager", "category": "periods",
        "question": (
            "The team lead here asked me how many items this team finished last week. Can you "
            "check?"
        ),
        "expect": {"count": "work_items", "where": {"project": "PRJ-0037", "done": "last_week"}},
        "page": "/projects/PRJ-0037",
    },
    {
        "id": "u41-042", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": "My boss asked which project is the most overdue right now. Which one?",
        "expect": {"top": "projects", "by": "days_overdue", "k": 1},
    },
    {
        "id": "u41-043", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": (
            "From finance: which three open projects have the most story points still left to "
            "do?"
        ),
        "expect": {
            "top": "projects",
            "by": "remaining_points",
            "k": 3,
            "where": {"status": "open"},
        },
    },
    {
        "id": "u41-044", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": (
            "My manager is asking who has the most open work items assigned to them. Who is "
            "it?"
        ),
        "expect": {"top": "people", "by": "open_items", "k": 1},
    },
    {
        "id": "u41-045", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": (
            "Which 5 people have the heaviest load this week? Need it for the capacity review."
        ),
        "expect": {"top": "people", "by": "load", "k": 5, "period": "this_week"},
    },
    {
        "id": "u41-046", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": "Which portfolio has the most projects? Trying to get a feel for the org.",
        "expect": {"top": "portfolios", "by": "projects", "k": 1},
    },
    {
        "id": "u41-047", "split": SPLIT, "persona": "director", "category": "rankings",
        "question": (
            "Of the projects that aren't late yet, which three are least likely to make their "
            "due date?"
        ),
        "expect": {
            "top": "projects",
            "by": "p_on_time",
            "k": 3,
            "where": {"health": ["at_risk", "on_track"]},
        },
    },
    {
        "id": "u41-048", "split": SPLIT, "persona": "finance", "category": "rankings",
        "question": (
            "Finance is asking where hiring money should go: which skill is most in demand "
            "across the open work items?"
        ),
        "expect": {"top": "skills", "by": "open_items", "k": 1},
    },
    {
        "id": "u41-049", "split": SPLIT, "persona": "team_lead", "category": "rankings",
        "question": "which project owner has the most open projects?",
        "expect": {"top": "owners", "by": "projects", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u41-050", "split": SPLIT, "persona": "resource_manager", "category": "rankings",
        "question": (
            "Replying to a thread from the PMO: they want to know who is on the most projects "
            "right now."
        ),
        "expect": {"top": "people", "by": "projects", "k": 1},
    },
    {
        "id": "u41-051", "split": SPLIT, "persona": "new_hire", "category": "rankings",
        "question": (
            "Hi, my team lead asked me which open project is closest to being done. Do you "
            "know? :)"
        ),
        "expect": {"top": "projects", "by": "progress", "k": 1, "where": {"status": "open"}},
    },
    {
        "id": "u41-052", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": (
            "My boss asked me to compare late projects: Customer Support versus Data Platform, "
            "how many each?"
        ),
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"health": "late"},
            "only": ["Customer Support", "Data Platform"],
        },
    },
    {
        "id": "u41-053", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": "Finance asks: how many open projects in Payments compared with Growth?",
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"status": "open"},
            "only": ["Payments", "Growth"],
        },
    },
    {
        "id": "u41-054", "split": SPLIT, "persona": "team_lead", "category": "comparisons",
        "question": (
            "The data lead asked: which is further along, Apollo metrics layer or Falcon "
            "metrics layer?"
        ),
        "expect": {
            "top": "projects",
            "by": "progress",
            "k": 1,
            "where": {"key": ["PRJ-0046", "PRJ-0094"]},
        },
    },
    {
        "id": "u41-055", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": (
            "Quick sanity check before I reply to the ML lead: who is more loaded this week, "
            "Leo Moreau or Hugo Lopez?"
        ),
        "expect": {
            "groups": "people",
            "by": "load",
            "period": "this_week",
            "only": ["Leo Moreau", "Hugo Lopez"],
        },
    },
    {
        "id": "u41-056", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": (
            "My manager asked me how the number of high and critical priority open projects "
            "compare. How many of each?"
        ),
        "expect": {
            "groups": "projects",
            "by": "priority",
            "where": {"status": "open"},
            "only": ["high", "critical"],
        },
    },
    {
        "id": "u41-057", "split": SPLIT, "persona": "director", "category": "comparisons",
        "question": (
            "For my reply to the CEO: what's the split between at risk and on track among our "
            "open projects?"
        ),
        "expect": {
            "groups": "projects",
            "by": "health",
            "where": {"status": "open"},
            "only": ["at_risk", "on_track"],
        },
    },
    {
        "id": "u41-058", "split": SPLIT, "persona": "finance", "category": "comparisons",
        "question": (
            "Finance question, forwarded: comparing ML Platform and Devices, how many work "
            "items are still open in each?"
        ),
        "expect": {
            "groups": "work_items",
            "by": "portfolio",
            "where": {"status": "open"},
            "only": ["ML Platform", "Devices"],
        },
    },
    {
        "id": "u41-059", "split": SPLIT, "persona": "new_hire", "category": "comparisons",
        "question": (
            "Someone told me we have more python people than sql people. Is that right? How "
            "many of each?"
        ),
        "expect": {"groups": "skills", "by": "people", "only": ["python", "sql"]},
    },
    {
        "id": "u41-060", "split": SPLIT, "persona": "resource_manager", "category": "comparisons",
        "question": (
            "The portfolio review asks: Devices vs Mobile Apps, how many projects has each "
            "portfolio finished?"
        ),
        "expect": {
            "groups": "projects",
            "by": "portfolio",
            "where": {"status": "done"},
            "only": ["Devices", "Mobile Apps"],
        },
    },
    {
        "id": "u41-061", "split": SPLIT, "persona": "director", "category": "people",
        "question": "My boss asked who owns Sierra invoice engine. Who is it?",
        "expect": {"value": "owner", "of": "PRJ-0063"},
    },
    {
        "id": "u41-062", "split": SPLIT, "persona": "finance", "category": "people",
        "question": (
            "Finance needs to know who is working on Raven pricing experiment right now. Names "
            "please."
        ),
        "expect": {"list": "people", "where": {"works_on": "PRJ-0084"}},
    },
    {
        "id": "u41-063", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": (
            "quick sanity check before I reply to Aisha's manager: how loaded is Aisha Eriksen "
            "this week?"
        ),
        "expect": {"value": "load", "of": "Aisha Eriksen", "period": "this_week"},
    },
    {
        "id": "u41-064", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "A team lead asked to borrow Tariq Olsen next week. What's his load then?",
        "expect": {"value": "load", "of": "Tariq Olsen", "period": "next_week"},
    },
    {
        "id": "u41-065", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": (
            "Hi, who is the owner of Delta SSO rollout? I need to ask them for access. Thank "
            "you!"
        ),
        "expect": {"value": "owner", "of": "PRJ-0130"},
    },
    {
        "id": "u41-066", "split": SPLIT, "persona": "director", "category": "people",
        "question": "From my boss: 'which of our security engineers are overbooked this week?'",
        "expect": {
            "list": "people",
            "where": {"role": "Security engineer", "over_allocated": "this_week"},
        },
    },
    {
        "id": "u41-067", "split": SPLIT, "persona": "finance", "category": "people",
        "question": (
            "Finance asked whether Leo Moreau is busy. More precisely: which projects is he "
            "working on at the moment?"
        ),
        "expect": {"list": "projects", "where": {"staffed_by": "Leo Moreau"}},
    },
    {
        "id": "u41-068", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": "My manager asked: is anyone on this project overbooked this week? Who?",
        "expect": {
            "list": "people",
            "where": {"works_on": "PRJ-0192", "over_allocated": "this_week"},
        },
        "page": "/projects/PRJ-0192",
    },
    {
        "id": "u41-069", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": (
            "Got this from the web team: 'Are any frontend engineers free this month?' Who?"
        ),
        "expect": {"list": "people", "where": {"role": "Frontend engineer", "free": "this_month"}},
    },
    {
        "id": "u41-070", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "How busy is Chen Brown next week? I'd like to ask him to pair with me.",
        "expect": {"value": "load", "of": "Chen Brown", "period": "next_week"},
    },
    {
        "id": "u41-071", "split": SPLIT, "persona": "new_hire", "category": "people",
        "question": "My boss wants to call whoever owns Quartz metrics layer. Who is that?",
        "expect": {"value": "owner", "of": "PRJ-0115"},
    },
    {
        "id": "u41-072", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": (
            "The ML lead asked me to confirm who's on the Nimbus model monitoring team today."
        ),
        "expect": {"list": "people", "where": {"works_on": "PRJ-0013"}},
    },
    {
        "id": "u41-073", "split": SPLIT, "persona": "team_lead", "category": "people",
        "question": (
            "my director asked which product managers have nothing booked next week. who are "
            "they"
        ),
        "expect": {"list": "people", "where": {"role": "Product manager", "free": "next_week"}},
    },
    {
        "id": "u41-074", "split": SPLIT, "persona": "resource_manager", "category": "people",
        "question": "Sofia Zhang's manager asked me what her load is over the next two weeks.",
        "expect": {"value": "load", "of": "Sofia Zhang", "period": "next_days:14"},
    },
    {
        "id": "u41-075", "split": SPLIT, "persona": "director", "category": "skills",
        "question": "My boss asked: how many people do we have who know kubernetes?",
        "expect": {"count": "people", "where": {"skill": "kubernetes"}},
    },
    {
        "id": "u41-076", "split": SPLIT, "persona": "finance", "category": "skills",
        "question": "What skills does Zoe Ahmed have? Finance is putting together a skills matrix.",
        "expect": {"list": "skills", "where": {"person": "Zoe Ahmed"}},
    },
    {
        "id": "u41-077", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "I need someone with terraform who is free next week. Who's available?",
        "expect": {"list": "people", "where": {"skill": "terraform", "free": "next_week"}},
    },
    {
        "id": "u41-078", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": (
            "A backend lead wrote: 'need someone who knows both Go and SQL, any ideas?' Who "
            "fits?"
        ),
        "expect": {"list": "people", "where": {"skill": ["go", "sql"]}},
    },
    {
        "id": "u41-079", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "Which skill is the most common across all our people?",
        "expect": {"top": "skills", "by": "people", "k": 1},
    },
    {
        "id": "u41-080", "split": SPLIT, "persona": "director", "category": "skills",
        "question": (
            'Got a note from the CTO: "Do we have anyone with accessibility skills who isn\'t '
            'booked at all in July?"'
        ),
        "expect": {
            "list": "people",
            "where": {"skill": "accessibility", "free": "range:2026-07-01:2026-07-31"},
        },
    },
    {
        "id": "u41-081", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": "How many people have spark skills? My mentor asked me to find out.",
        "expect": {"count": "people", "where": {"skill": "spark"}},
    },
    {
        "id": "u41-082", "split": SPLIT, "persona": "team_lead", "category": "skills",
        "question": "which react people are overbooked this week",
        "expect": {"list": "people", "where": {"skill": "react", "over_allocated": "this_week"}},
    },
    {
        "id": "u41-083", "split": SPLIT, "persona": "resource_manager", "category": "skills",
        "question": "Does anyone on this team know devops?",
        "expect": {"list": "people", "where": {"works_on": "PRJ-0151", "skill": "devops"}},
        "page": "/projects/PRJ-0151",
    },
    {
        "id": "u41-084", "split": SPLIT, "persona": "new_hire", "category": "skills",
        "question": (
            "Who has statistics skills? I need help with a forecast analysis for my first "
            "task."
        ),
        "expect": {"list": "people", "where": {"skill": "statistics"}},
    },
    {
        "id": "u41-085", "split": SPLIT, "persona": "director", "category": "changes",
        "question": "My boss asked: what went late this week?",
        "expect": {"list": "projects", "where": {"became_late": "this_week"}},
    },
    {
        "id": "u41-086", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": (
            "Which projects became late last month? Finance is asking for the variance report."
        ),
        "expect": {"list": "projects", "where": {"became_late": "last_month"}},
    },
    {
        "id": "u41-087", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": (
            "How many work items were added to scope across all projects in the last 30 days?"
        ),
        "expect": {"value": "scope_items_added", "where": {}, "period": "last_days:30"},
    },
    {
        "id": "u41-088", "split": SPLIT, "persona": "resource_manager", "category": "changes",
        "question": "The intake board asks: were any new projects created this week? Which ones?",
        "expect": {"list": "projects", "where": {"created": "this_week"}},
    },
    {
        "id": "u41-089", "split": SPLIT, "persona": "new_hire", "category": "changes",
        "question": (
            "My mentor asked me to check scope creep: how many items have been added to "
            "PRJ-0174's scope since it started?"
        ),
        "expect": {
            "value": "scope_items_added",
            "where": {"key": "PRJ-0174"},
            "period": "range:2026-05-19:2026-06-17",
        },
    },
    {
        "id": "u41-090", "split": SPLIT, "persona": "director", "category": "changes",
        "question": (
            "Hi, for my monthly note to the exec team I need this: which projects were "
            "completed this month? Thanks a lot, Jan"
        ),
        "expect": {"list": "projects", "where": {"completed": "this_month"}},
    },
    {
        "id": "u41-091", "split": SPLIT, "persona": "finance", "category": "changes",
        "question": (
            "Finance wrote back asking how many new projects were added to the pipeline this "
            "month. What's the count?"
        ),
        "expect": {"count": "projects", "where": {"created": "this_month"}},
    },
    {
        "id": "u41-092", "split": SPLIT, "persona": "team_lead", "category": "changes",
        "question": (
            "My boss asks how many items were added to the scope here since the project "
            "started."
        ),
        "expect": {
            "value": "scope_items_added",
            "where": {"key": "PRJ-0183"},
            "period": "range:2026-03-14:2026-06-17",
        },
        "page": "/projects/PRJ-0183",
    },
    {
        "id": "u41-093", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "My boss asked why Cobalt smart thermostat is late. What happened there?",
        "expect": {"cause": "PRJ-0104"},
    },
    {
        "id": "u41-094", "split": SPLIT, "persona": "finance", "category": "causes",
        "question": "Finance wants to understand why PRJ-0130 slipped past its due date.",
        "expect": {"cause": "PRJ-0130"},
    },
    {
        "id": "u41-095", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "quick sanity check before I reply to the PO: why is this one at risk?",
        "expect": {"cause": "PRJ-0142"},
        "page": "/projects/PRJ-0142",
    },
    {
        "id": "u41-096", "split": SPLIT, "persona": "resource_manager", "category": "causes",
        "question": (
            "The hardware lead is asking me why Juniper battery pack is at risk. What should I "
            "tell her?"
        ),
        "expect": {"cause": "PRJ-0169"},
    },
    {
        "id": "u41-097", "split": SPLIT, "persona": "new_hire", "category": "causes",
        "question": (
            "Hi! Someone asked me in standup what's causing the delay on Harbor sensor hub and "
            "I didn't know. What is it?"
        ),
        "expect": {"cause": "PRJ-0183"},
    },
    {
        "id": "u41-098", "split": SPLIT, "persona": "director", "category": "causes",
        "question": "The CFO asked me why this project is behind. Can you explain?",
        "expect": {"cause": "PRJ-0069"},
        "page": "/projects/PRJ-0069",
    },
    {
        "id": "u41-099", "split": SPLIT, "persona": "finance", "category": "causes",
        "question": "Before I reply to the CFO: why is Umbra observability stack in trouble?",
        "expect": {"cause": "PRJ-0155"},
    },
    {
        "id": "u41-100", "split": SPLIT, "persona": "team_lead", "category": "causes",
        "question": "why is Nimbus Kubernetes migration late",
        "expect": {"cause": "PRJ-0200"},
    },
    {
        "id": "u41-101", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": "My boss asked: when will Beacon push notifications realistically be finished?",
        "expect": {"value": "p50_date", "of": "PRJ-0018"},
    },
    {
        "id": "u41-102", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": (
            "What are the odds that Falcon card processor migration lands on time? Finance "
            "wants to know before committing spend."
        ),
        "expect": {"value": "p_on_time", "of": "PRJ-0029"},
    },
    {
        "id": "u41-103", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": "PO asked me for the ETA on this one. What is it?",
        "expect": {"value": "p50_date", "of": "PRJ-0065"},
        "page": "/projects/PRJ-0065",
    },
    {
        "id": "u41-104", "split": SPLIT, "persona": "resource_manager", "category": "forecasts",
        "question": (
            "When is Meridian Kubernetes migration expected to wrap up? I need to plan the "
            "team's next assignment."
        ),
        "expect": {"value": "p50_date", "of": "PRJ-0151"},
    },
    {
        "id": "u41-105", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": "what's the chance Delta event pipeline finishes on time?",
        "expect": {"value": "p_on_time", "of": "PRJ-0030"},
    },
    {
        "id": "u41-106", "split": SPLIT, "persona": "director", "category": "forecasts",
        "question": (
            "My boss asked me: how many open projects have less than a 30% chance of making "
            "their date?"
        ),
        "expect": {"count": "projects", "where": {"status": "open", "p_below": 0.3}},
    },
    {
        "id": "u41-107", "split": SPLIT, "persona": "finance", "category": "forecasts",
        "question": (
            "Got this from finance: 'which projects have at least a 90% chance of finishing on "
            "time?' Can you list them?"
        ),
        "expect": {"list": "projects", "where": {"status": "open", "p_at_least": 0.9}},
    },
    {
        "id": "u41-108", "split": SPLIT, "persona": "team_lead", "category": "forecasts",
        "question": (
            "When will Tundra battery pack be done, according to the forecast? The PO wants a "
            "date for the customer."
        ),
        "expect": {"value": "p50_date", "of": "PRJ-0048"},
    },
    {
        "id": "u41-109", "split": SPLIT, "persona": "resource_manager", "category": "forecasts",
        "question": "What's the probability this project hits its due date?",
        "expect": {"value": "p_on_time", "of": "PRJ-0140"},
        "page": "/projects/PRJ-0140",
    },
    {
        "id": "u41-110", "split": SPLIT, "persona": "new_hire", "category": "forecasts",
        "question": (
            "Hello, my manager asked me for the expected end date of Granite vulnerability "
            "program. Could you tell me? Thanks"
        ),
        "expect": {"value": "p50_date", "of": "PRJ-0011"},
    },
    {
        "id": "u41-111", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "my boss askd how many projcts are at risk rite now",
        "expect": {"count": "projects", "where": {"health": "at_risk"}},
    },
    {
        "id": "u41-112", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "whcih portfolio has the most late projetcs?",
        "expect": {"top": "portfolios", "by": "projects", "k": 1, "where": {"health": "late"}},
    },
    {
        "id": "u41-113", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "who is overbookd next wek? my manager wants names",
        "expect": {"list": "people", "where": {"over_allocated": "next_week"}},
    },
    {
        "id": "u41-114", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "how mnay ppl are compeltely free this wek",
        "expect": {"count": "people", "where": {"free": "this_week"}},
    },
    {
        "id": "u41-115", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "whos the ownr of Sierra secrets managment",
        "expect": {"value": "owner", "of": "PRJ-0085"},
    },
    {
        "id": "u41-116", "split": SPLIT, "persona": "director", "category": "typos",
        "question": "lsit the late projets in Devices pls, boss is asking",
        "expect": {"list": "projects", "where": {"health": "late", "portfolio": "Devices"}},
    },
    {
        "id": "u41-117", "split": SPLIT, "persona": "finance", "category": "typos",
        "question": "wen is Raven chatbot pilot expectd to finsh",
        "expect": {"value": "p50_date", "of": "PRJ-0125"},
    },
    {
        "id": "u41-118", "split": SPLIT, "persona": "team_lead", "category": "typos",
        "question": "how many opne items on thsi project",
        "expect": {"count": "work_items", "where": {"project": "PRJ-0029", "status": "open"}},
        "page": "/projects/PRJ-0029",
    },
    {
        "id": "u41-119", "split": SPLIT, "persona": "resource_manager", "category": "typos",
        "question": "skils of Ivan Olsen?",
        "expect": {"list": "skills", "where": {"person": "Ivan Olsen"}},
    },
    {
        "id": "u41-120", "split": SPLIT, "persona": "new_hire", "category": "typos",
        "question": "how many open projecs are due in july",
        "expect": {
            "count": "projects",
            "where": {"status": "open", "due": "range:2026-07-01:2026-07-31"},
        },
    },
    {
        "id": "u41-121", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "Mein Chef fragt gerade: Wie viele Projekte sind im Moment überfällig?",
        "expect": {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}},
    },
    {
        "id": "u41-122", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": (
            "Bonjour, la direction financière me demande combien de projets sont encore "
            "ouverts dans le portefeuille Payments. Pouvez-vous me donner le chiffre ? Merci"
        ),
        "expect": {
            "language": "fr",
            "then": {"count": "projects", "where": {"status": "open", "portfolio": "Payments"}},
        },
    },
    {
        "id": "u41-123", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": (
            "Mi jefa me pregunta: ¿quién está trabajando ahora mismo en Granite chatbot pilot?"
        ),
        "expect": {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0086"}}},
    },
    {
        "id": "u41-124", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "Vraag van HR: wie is er volgende week overboekt?",
        "expect": {
            "language": "nl",
            "then": {"list": "people", "where": {"over_allocated": "next_week"}},
        },
    },
    {
        "id": "u41-125", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": (
            "Ciao! Il mio responsabile vuole sapere: quando dovrebbe finire Beacon "
            "observability stack secondo la previsione?"
        ),
        "expect": {"language": "it", "then": {"value": "p50_date", "of": "PRJ-0037"}},
    },
    {
        "id": "u41-126", "split": SPLIT, "persona": "director", "category": "languages",
        "question": "O meu diretor perguntou: quais projetos estão atrasados?",
        "expect": {"language": "pt", "then": {"list": "projects", "where": {"health": "late"}}},
    },
    {
        "id": "u41-127", "split": SPLIT, "persona": "finance", "category": "languages",
        "question": (
            "Kurze Rückfrage vom Controlling: Wie hoch ist die Wahrscheinlichkeit, dass "
            "PRJ-0063 pünktlich fertig wird?"
        ),
        "expect": {"language": "de", "then": {"value": "p_on_time", "of": "PRJ-0063"}},
    },
    {
        "id": "u41-128", "split": SPLIT, "persona": "team_lead", "category": "languages",
        "question": "Mon chef demande : qui est le responsable de ce projet ?",
        "expect": {"language": "fr", "then": {"value": "owner", "of": "PRJ-0048"}},
        "page": "/projects/PRJ-0048",
    },
    {
        "id": "u41-129", "split": SPLIT, "persona": "resource_manager", "category": "languages",
        "question": "¿Cuántas personas están completamente libres el mes que viene?",
        "expect": {"language": "es", "then": {"count": "people", "where": {"free": "next_month"}}},
    },
    {
        "id": "u41-130", "split": SPLIT, "persona": "new_hire", "category": "languages",
        "question": "Mijn manager vroeg: wat is het budget van Sierra refund automation?",
        "expect": {"language": "nl", "then": None},
    },
    {
        "id": "u41-131", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": (
            "My boss asked what the total budget of the Payments portfolio is. Do we have "
            "that?"
        ),
        "expect": {"refuse": "budget"},
    },
    {
        "id": "u41-132", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "Finance wants the actual cost spent so far on Willow feature store, in euros.",
        "expect": {"refuse": "cost"},
    },
    {
        "id": "u41-133", "split": SPLIT, "persona": "team_lead", "category": "unanswerable",
        "question": "The customer asked for the satisfaction score of this pilot. What's the NPS?",
        "expect": {"refuse": "customer satisfaction"},
        "page": "/projects/PRJ-0102",
    },
    {
        "id": "u41-134", "split": SPLIT, "persona": "resource_manager", "category": "unanswerable",
        "question": "HR asked me what Dara Schmidt's salary band is. Can you look it up?",
        "expect": {"refuse": "salary"},
    },
    {
        "id": "u41-135", "split": SPLIT, "persona": "new_hire", "category": "unanswerable",
        "question": (
            "HR asked me (I'm new!) how many sick days the Devices team took last month. Can "
            "you tell me?"
        ),
        "expect": {"refuse": "absences"},
    },
    {
        "id": "u41-136", "split": SPLIT, "persona": "director", "category": "unanswerable",
        "question": (
            "What revenue will Raven pricing experiment bring in next year? My boss wants it "
            "for the board."
        ),
        "expect": {"refuse": "revenue"},
    },
    {
        "id": "u41-137", "split": SPLIT, "persona": "finance", "category": "unanswerable",
        "question": "Quick one from finance: what hourly rate do we bill for Olga Martin?",
        "expect": {"refuse": "billing rates"},
    },
    {
        "id": "u41-138", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "My boss asked how Dara is doing this week. What's her load?",
        "expect": {"clarify": {"people_named": "Dara"}},
    },
    {
        "id": "u41-139", "split": SPLIT, "persona": "finance", "category": "ambiguous",
        "question": "Finance asked about Beacon data catalog: when will it finish?",
        "expect": {"clarify": {"projects_named": "beacon data catalog", "open": True}},
    },
    {
        "id": "u41-140", "split": SPLIT, "persona": "team_lead", "category": "ambiguous",
        "question": "The ML lead asked me: when is Iris recommendation engine expected to finish?",
        "expect": {"clarify": {"projects_named": "iris recommendation engine", "open": True}},
    },
    {
        "id": "u41-141", "split": SPLIT, "persona": "resource_manager", "category": "ambiguous",
        "question": "A team lead is asking: is Tom free next week?",
        "expect": {"clarify": {"people_named": "Tom"}},
    },
    {
        "id": "u41-142", "split": SPLIT, "persona": "new_hire", "category": "ambiguous",
        "question": (
            "My buddy told me to check with Maya before booking her for the pilot. Is Maya "
            "overbooked next month?"
        ),
        "expect": {"clarify": {"people_named": "Maya"}},
    },
    {
        "id": "u41-143", "split": SPLIT, "persona": "director", "category": "ambiguous",
        "question": "Nimbus pricing experiment, what's the status? boss wants it in 5",
        "expect": {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}},
    },
    {
        "id": "u41-144", "split": SPLIT, "persona": "finance", "category": "ambiguous",
        "question": "Finance wants to know which project is the biggest. Which one is it?",
        "expect": {"clarify": ["most story points", "most work items", "largest team"]},
    },
    {
        "id": "u41-145", "split": SPLIT, "persona": "director", "category": "documents",
        "question": (
            "My boss asked why Lumen accessibility audit was put on hold. What does the note "
            "say?"
        ),
        "expect": {"text": ["a vendor dependency is blocked"]},
    },
    {
        "id": "u41-146", "split": SPLIT, "persona": "finance", "category": "documents",
        "question": (
            "The CFO asked me what the team decided at the latest Meridian Kubernetes "
            "migration sync. What was it?"
        ),
        "expect": {"text": [{"decision_of": "PRJ-0151"}]},
    },
    {
        "id": "u41-147", "split": SPLIT, "persona": "team_lead", "category": "documents",
        "question": "What's the main risk in the latest status note here?",
        "expect": {"text": [{"risk_of": "PRJ-0029"}]},
        "page": "/projects/PRJ-0029",
    },
    {
        "id": "u41-148", "split": SPLIT, "persona": "resource_manager", "category": "documents",
        "question": "Why was Umbra observability stack put on hold? A team member asked me.",
        "expect": {"text": ["the business case no longer holds"]},
    },
    {
        "id": "u41-149", "split": SPLIT, "persona": "new_hire", "category": "documents",
        "question": (
            "Hi! Before my first meeting with them: what's the goal of Granite chatbot pilot "
            "according to its spec?"
        ),
        "expect": {"text": ["answer 80% of tickets within four hours"]},
    },
    {
        "id": "u41-150", "split": SPLIT, "persona": "finance", "category": "documents",
        "question": "what was decided at the last weekly sync on this project?",
        "expect": {"text": [{"decision_of": "PRJ-0072"}]},
        "page": "/projects/PRJ-0072",
    },
]
