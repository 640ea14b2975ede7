"""Held-out split 15: 150 questions written blind, for reporting only.

Written by a helper session of the project from BRIEF.md, without opening the copilot's code
(``models/``, ``dashboard/``, ``components/``, ``pages/``), ``docs/copilot.md``, ``tests/`` or any
other split, and without running the copilot or looking at any score. Names, keys, roles, skills,
portfolios, owners and document phrases were looked up with plain SQL in the demo (200 projects,
seed 7, today 2026-06-17); each expected answer was checked with ``--resolve-only``.

Who asks: an even mix of five people, 30 questions each, each in the middle of something: a
director cutting scope after a budget freeze (what is behind, what can wait), a team lead whose
two engineers (Noor Larsen and Rafael Alvarez) just resigned (who else has their skills, who is
free), a resource manager balancing next month's allocations, a new hire handed a project
(its history, people and documents) and a finance analyst reconciling what was delivered this
quarter against last. A third are one-liners, a third one sentence with context, a third two or
three sentences; 15 are asked from a project page ("this project", "here", "this team").

Readings used (today is Wednesday 2026-06-17):
- open = proposed, active or on hold; late / overdue / past its due date / went late = open and
  due before today; at risk / likely to miss = P(on time) below 50 %; "least likely to make their
  date" = lowest P(on time), late ones (P = 0) included, ties accepted; "less than a 50 % chance" =
  P(on time) below 0.5 (late ones included); ETA / "realistically finish" / "expected to be
  done" = the P50 date.
- free / "nothing allocated" / "no allocation" in a period = load 0 on every day of it;
  overbooked / over-allocated = load above 100 % on some day; load = highest daily load.
- works on / staffed on / allocated to / "on the team" / "on this project" = an allocation that
  covers today; owns / leads / responsible for / "owner" = the project's owner field.
- "the coming fortnight" = today and the 13 days after it; "next week" = Mon 22 to Sun 28 June;
  "next month" and "July" = 1-31 July 2026; "this quarter" = Q2 (April-June), "last quarter" =
  Q1; "the third quarter" = Q3; "H1" = 1 January to 30 June 2026; "in May" = 1-31 May 2026;
  "between today and the end of the quarter" = 17-30 June; "the next 30 days" = today and the
  29 days after it; "kicked off this month" = start date from 1 June to today (a proposed project
  starting later in June has not kicked off); "start next month" = start date in July.
- delivered / finished / completed (work) = work items done in the period and their story
  points; a project completed in a period = status Done with its completion date in it.
- "how much has the scope grown" = work items added (project snapshots) in the period; "why is
  it late / what went wrong / what's behind it" = the computed causes (scope growth, a drop in
  throughput, a smaller team).
- A first name two people share (Grace, Carla, Paul) or a project name several projects share
  asks for a clarification; money, rates, spending, leave, leaving dates and customer
  satisfaction are not in the data and are refused.
"""

SPLIT = "unseen15"

JULY = "range:2026-07-01:2026-07-31"
H1 = "range:2026-01-01:2026-06-30"
MAY = "range:2026-05-01:2026-05-31"
TO_QUARTER_END = "range:2026-06-17:2026-06-30"
KICKED_OFF = "range:2026-06-01:2026-06-17"

_RAW = [
    # --- counts ---------------------------------------------------------------------------------
    ("director", "counts", "How many projects are late right now?",
     {"count": "projects", "where": {"health": "late"}}),
    ("finance", "counts", "how many projects did we close out as done this quarter",
     {"count": "projects", "where": {"completed": "this_quarter"}}),
    ("resource_manager", "counts", "How many people are overbooked in July?",
     {"count": "people", "where": {"over_allocated": "next_month"}}),
    ("team_lead", "counts", "Quick one: how many QA engineers do we have in total?",
     {"count": "people", "where": {"role": "QA engineer"}}),
    ("new_hire", "counts", "How many open work items does this project still have?",
     {"count": "work_items", "where": {"project": "PRJ-0051", "status": "open"}},
     "/projects/PRJ-0051"),
    ("director", "counts", "I'm preparing a scope review after the budget freeze. How many open "
     "projects are sitting in the Growth portfolio?",
     {"count": "projects", "where": {"status": "open", "portfolio": "Growth"}}),
    ("finance", "counts", "number of work items finished last quarter",
     {"count": "work_items", "where": {"done": "last_quarter"}}),
    ("resource_manager", "counts", "For next week's planning I need a head count: how many people "
     "have nothing allocated at all next week?",
     {"count": "people", "where": {"free": "next_week"}}),
    ("team_lead", "counts", "how many people know Go?",
     {"count": "people", "where": {"skill": "go"}}),
    ("new_hire", "counts", "How many documents are there for Sierra refund automation? I'd like "
     "to read up before my first stand-up tomorrow.",
     {"count": "documents", "where": {"project": "PRJ-0140"}}),
    ("director", "counts", "How many critical-priority projects are still open?",
     {"count": "projects", "where": {"status": "open", "priority": "critical"}}),
    ("finance", "counts", "How many projects have been cancelled in total? I'm putting together "
     "the list of written-off work for the quarterly review.",
     {"count": "projects", "where": {"status": "cancelled"}}),
    ("resource_manager", "counts", "Number of data engineers?",
     {"count": "people", "where": {"role": "Data engineer"}}),
    ("team_lead", "counts", "Noor Larsen and Rafael Alvarez both handed in their notice this "
     "morning. How many open work items are assigned to Noor Larsen right now?",
     {"count": "work_items", "where": {"assignee": "Noor Larsen", "status": "open"}}),
    # --- lists ----------------------------------------------------------------------------------
    ("director", "lists", "Which projects are late?",
     {"list": "projects", "where": {"health": "late"}}),
    ("resource_manager", "lists", "Who is completely free next month?",
     {"list": "people", "where": {"free": "next_month"}}),
    ("team_lead", "lists", "Who's working on this at the moment?",
     {"list": "people", "where": {"works_on": "PRJ-0072"}}, "/projects/PRJ-0072"),
    ("new_hire", "lists", "I was just added to this project. Who else is on the team?",
     {"list": "people", "where": {"works_on": "PRJ-0140"}}, "/projects/PRJ-0140"),
    ("finance", "lists", "Which projects were completed last month?",
     {"list": "projects", "where": {"completed": "last_month"}}),
    ("director", "lists", "list the open Customer Support projects",
     {"list": "projects", "where": {"status": "open", "portfolio": "Customer Support"}}),
    ("resource_manager", "lists", "Which security engineers do we have?",
     {"list": "people", "where": {"role": "Security engineer"}}),
    ("team_lead", "lists", "Noor Larsen is leaving at the end of the month. Which projects is "
     "Noor currently staffed on?",
     {"list": "projects", "where": {"staffed_by": "Noor Larsen"}}),
    ("new_hire", "lists", "What projects does Omar Schmidt own? He's my new manager and I'd like "
     "to know what he is responsible for.",
     {"list": "projects", "where": {"owner": "Omar Schmidt"}}),
    ("finance", "lists", "Which projects are on hold at the moment?",
     {"list": "projects", "where": {"status": "on_hold"}}),
    ("director", "lists", "Before I decide what to pause: which open Devices projects are high or "
     "critical priority?",
     {"list": "projects", "where": {"status": "open", "portfolio": "Devices",
                                    "priority": ["high", "critical"]}}),
    ("team_lead", "lists", "which projects are still only proposed",
     {"list": "projects", "where": {"status": "proposed"}}),
    ("new_hire", "lists", "Which portfolios have no late projects at all?",
     {"list": "portfolios", "where": {"health": "late"}, "having": "none"}),
    # --- periods --------------------------------------------------------------------------------
    ("director", "periods", "What's due in the coming fortnight?",
     {"list": "projects", "where": {"status": "open", "due": "next_days:14"}}),
    ("finance", "periods", "How many story points did we deliver last quarter?",
     {"value": "points_done", "where": {"done": "last_quarter"}}),
    ("finance", "periods", "I'm reconciling delivery for the quarter. How many story points have "
     "been completed so far this quarter?",
     {"value": "points_done", "where": {"done": "this_quarter"}}),
    ("resource_manager", "periods", "Who is free next week?",
     {"list": "people", "where": {"free": "next_week"}}),
    ("team_lead", "periods", "Which projects are planned to start next month? I need to know "
     "where my people might get pulled in.",
     {"list": "projects", "where": {"started": "next_month"}}),
    ("new_hire", "periods", "Which projects kicked off this month? I'm trying to get a feel for "
     "what's new around here.",
     {"list": "projects", "where": {"started": KICKED_OFF}}),
    ("director", "periods", "open projects due in July",
     {"list": "projects", "where": {"status": "open", "due": JULY}}),
    ("finance", "periods", "How many projects were completed in H1?",
     {"count": "projects", "where": {"completed": H1}}),
    ("resource_manager", "periods", "How many people are over-allocated at some point in the next "
     "30 days?",
     {"count": "people", "where": {"over_allocated": "next_days:30"}}),
    ("finance", "periods", "work items completed last month, how many",
     {"count": "work_items", "where": {"done": "last_month"}}),
    ("director", "periods", "Which open projects are due between today and the end of the "
     "quarter? Those are the ones I can't cut anymore.",
     {"list": "projects", "where": {"status": "open", "due": TO_QUARTER_END}}),
    ("team_lead", "periods", "How many work items did Sara Martin finish last week?",
     {"count": "work_items", "where": {"assignee": "Sara Martin", "done": "last_week"}}),
    ("new_hire", "periods", "Which projects finished in May?",
     {"list": "projects", "where": {"completed": MAY}}),
    ("resource_manager", "periods", "I'm looking for spare capacity for Q3. Who has no "
     "allocation at all in the third quarter?",
     {"list": "people", "where": {"free": "q3"}}),
    # --- rankings -------------------------------------------------------------------------------
    ("director", "rankings", "Which three late projects are furthest past their due date?",
     {"top": "projects", "by": "days_overdue", "k": 3}),
    ("resource_manager", "rankings", "Who has the highest load next month? Give me the top five.",
     {"top": "people", "by": "load", "k": 5, "period": "next_month"}),
    ("team_lead", "rankings", "Which skills are most in demand across the open work items?",
     {"top": "skills", "by": "open_items", "k": 3}),
    ("finance", "rankings", "Which portfolio has finished the most projects this year?",
     {"top": "portfolios", "by": "projects", "k": 1, "where": {"completed": "this_year"}}),
    ("new_hire", "rankings", "who has the most open work items assigned",
     {"top": "people", "by": "open_items", "k": 1}),
    ("director", "rankings", "With the freeze I want to see the big ones first. Which five open "
     "projects have the most story points left to do?",
     {"top": "projects", "by": "remaining_points", "k": 5, "where": {"status": "open"}}),
    ("resource_manager", "rankings", "Who is spread over the most projects at the moment?",
     {"top": "people", "by": "projects", "k": 1}),
    ("team_lead", "rankings", "What's the rarest skill we have?",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}),
    ("finance", "rankings", "Which owners have the most open projects? Top three is enough.",
     {"top": "owners", "by": "projects", "k": 3, "where": {"status": "open"}}),
    ("new_hire", "rankings", "Which open projects are furthest along?",
     {"top": "projects", "by": "progress", "k": 3, "where": {"status": "open"}}),
    # --- comparisons ----------------------------------------------------------------------------
    ("director", "comparisons", "Which portfolio has more late projects, Customer Support or "
     "Devices?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Customer Support", "Devices"]}),
    ("finance", "comparisons", "How do Payments and Growth compare on work items finished this "
     "quarter?",
     {"groups": "work_items", "by": "portfolio", "where": {"done": "this_quarter"},
      "only": ["Payments", "Growth"]}),
    ("resource_manager", "comparisons", "Compare next month's load for Emeka Okafor and Sara "
     "Martin. One of them has to give up an allocation and I want to pick the busier one.",
     {"groups": "people", "by": "load", "period": "next_month",
      "only": ["Emeka Okafor", "Sara Martin"]}),
    ("team_lead", "comparisons", "Do more people know React or TypeScript?",
     {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    ("new_hire", "comparisons", "How do the open projects break down by health?",
     {"groups": "projects", "by": "health", "where": {"status": "open"}}),
    ("director", "comparisons", "open projects per portfolio side by side please",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"}}),
    ("finance", "comparisons", "For the quarterly reconciliation, how many projects did each "
     "portfolio complete this quarter?",
     {"groups": "projects", "by": "portfolio", "where": {"completed": "this_quarter"}}),
    ("resource_manager", "comparisons", "Who is busier this week, Leo Moreau or Sofia Zhang?",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Leo Moreau", "Sofia Zhang"]}),
    ("team_lead", "comparisons", "Are there more people with Kubernetes or with Terraform? Olga "
     "Larsen has both and I'm worried about coverage.",
     {"groups": "skills", "by": "people", "only": ["kubernetes", "terraform"]}),
    # --- people ---------------------------------------------------------------------------------
    ("resource_manager", "people", "What is Hugo Lopez's load next month?",
     {"value": "load", "of": "Hugo Lopez", "period": "next_month"}),
    ("team_lead", "people", "What is Rafael Alvarez working on right now? He resigned and I need "
     "to hand his projects over.",
     {"list": "projects", "where": {"staffed_by": "Rafael Alvarez"}}),
    ("new_hire", "people", "Who owns this project?",
     {"value": "owner", "of": "PRJ-0063"}, "/projects/PRJ-0063"),
    ("new_hire", "people", "Who works on Granite chatbot pilot?",
     {"list": "people", "where": {"works_on": "PRJ-0086"}}),
    ("director", "people", "who owns Falcon metrics layer",
     {"value": "owner", "of": "PRJ-0094"}),
    ("resource_manager", "people", "Maya Kaur asked for more work. What's her load this week?",
     {"value": "load", "of": "Maya Kaur", "period": "this_week"}),
    ("finance", "people", "Who is the owner of Raven pricing experiment? I need to ask them about "
     "what was delivered in May.",
     {"value": "owner", "of": "PRJ-0084"}),
    ("new_hire", "people", "who's on this project",
     {"list": "people", "where": {"works_on": "PRJ-0033"}}, "/projects/PRJ-0033"),
    ("resource_manager", "people", "Which projects is Emeka Okafor allocated to today?",
     {"list": "projects", "where": {"staffed_by": "Emeka Okafor"}}),
    ("resource_manager", "people", "Who are our product managers?",
     {"list": "people", "where": {"role": "Product manager"}}),
    ("team_lead", "people", "I need a UX designer for a short research sprint. Which UX designers "
     "are free next week?",
     {"list": "people", "where": {"role": "UX designer", "free": "next_week"}}),
    ("resource_manager", "people", "Which DevOps engineers have no allocation next month? I need "
     "one for a migration starting in July, full time.",
     {"list": "people", "where": {"role": "DevOps engineer", "free": "next_month"}}),
    ("new_hire", "people", "Who leads Beacon smart thermostat?",
     {"value": "owner", "of": "PRJ-0033"}),
    ("finance", "people", "How many projects does Leo Moreau own?",
     {"count": "projects", "where": {"owner": "Leo Moreau"}}),
    # --- skills ---------------------------------------------------------------------------------
    ("team_lead", "skills", "Who knows Go?",
     {"list": "people", "where": {"skill": "go"}}),
    ("team_lead", "skills", "Rafael Alvarez is leaving. What skills does he have? I want to know "
     "what I have to backfill.",
     {"list": "skills", "where": {"person": "Rafael Alvarez"}}),
    ("team_lead", "skills", "who has both kubernetes and terraform",
     {"list": "people", "where": {"skill": ["kubernetes", "terraform"]}}),
    ("resource_manager", "skills", "Is anyone with Go experience free next month?",
     {"list": "people", "where": {"skill": "go", "free": "next_month"}}),
    ("new_hire", "skills", "What are Kenji Brown's skills?",
     {"list": "skills", "where": {"person": "Kenji Brown"}}),
    ("team_lead", "skills", "How many people do we have with security skills?",
     {"count": "people", "where": {"skill": "security"}}),
    ("resource_manager", "skills", "A Devices project needs someone for firmware work. Which "
     "embedded engineers who know C are free next week?",
     {"list": "people", "where": {"role": "Embedded engineer", "skill": "c",
                                  "free": "next_week"}}),
    ("team_lead", "skills", "Noor Larsen did all our API design in Go and has just resigned. Who "
     "has both API design and Go skills?",
     {"list": "people", "where": {"skill": ["api design", "go"]}}),
    ("finance", "skills", "how many people have analytics skills",
     {"count": "people", "where": {"skill": "analytics"}}),
    ("new_hire", "skills", "Who knows accessibility?",
     {"list": "people", "where": {"skill": "accessibility"}}),
    # --- changes --------------------------------------------------------------------------------
    ("director", "changes", "Which projects went late this month?",
     {"list": "projects", "where": {"became_late": "this_month"}}),
    ("finance", "changes", "How many work items were added to the scope of open projects last "
     "month?",
     {"value": "scope_items_added", "where": {"status": "open"}, "period": "last_month"}),
    ("new_hire", "changes", "How much has the scope of this project grown this month?",
     {"value": "scope_items_added", "where": {"key": "PRJ-0063"}, "period": "this_month"},
     "/projects/PRJ-0063"),
    ("resource_manager", "changes", "What new projects were created this month? Some of them will "
     "need people from July.",
     {"list": "projects", "where": {"created": "this_month"}}),
    ("team_lead", "changes", "did any projects slip past their due date last month",
     {"list": "projects", "where": {"became_late": "last_month"}}),
    ("director", "changes", "How many items were added to the scope of Payments projects this "
     "quarter?",
     {"value": "scope_items_added", "where": {"portfolio": "Payments"},
      "period": "this_quarter"}),
    ("finance", "changes", "How many new work items were created last week?",
     {"count": "work_items", "where": {"created": "last_week"}}),
    ("new_hire", "changes", "What got finished this month?",
     {"list": "projects", "where": {"completed": "this_month"}}),
    # --- causes ---------------------------------------------------------------------------------
    ("director", "causes", "Why is Cobalt smart thermostat late?", {"cause": "PRJ-0104"}),
    ("director", "causes", "why is this one behind", {"cause": "PRJ-0130"},
     "/projects/PRJ-0130"),
    ("new_hire", "causes", "I've just been handed this project and it's already past its due "
     "date. What went wrong?", {"cause": "PRJ-0183"}, "/projects/PRJ-0183"),
    ("finance", "causes", "What caused the delay on Falcon push notifications?",
     {"cause": "PRJ-0165"}),
    ("team_lead", "causes", "Why is Zephyr chatbot pilot overdue?", {"cause": "PRJ-0102"}),
    ("resource_manager", "causes", "Raven chatbot pilot slipped. Was it a staffing problem or did "
     "the scope grow?", {"cause": "PRJ-0125"}),
    ("finance", "causes", "Why is PRJ-0200 late?", {"cause": "PRJ-0200"}),
    ("team_lead", "causes", "Falcon metrics layer is months past its due date. What's behind it? "
     "Two of my people used to help there and I want to know if it was us.",
     {"cause": "PRJ-0094"}),
    # --- forecasts ------------------------------------------------------------------------------
    ("director", "forecasts", "When will Sierra invoice engine realistically finish?",
     {"value": "p50_date", "of": "PRJ-0063"}),
    ("director", "forecasts", "Which open projects are least likely to make their due date? "
     "Those are my first candidates to cut.",
     {"top": "projects", "by": "p_on_time", "k": 3, "where": {"status": "open"}}),
    ("finance", "forecasts", "What are the odds Granite refund automation lands on time?",
     {"value": "p_on_time", "of": "PRJ-0127"}),
    ("new_hire", "forecasts", "What's the ETA for this project?",
     {"value": "p50_date", "of": "PRJ-0140"}, "/projects/PRJ-0140"),
    ("resource_manager", "forecasts", "Which of the projects due in July are likely to miss their "
     "date? I may have to move people onto them.",
     {"list": "projects", "where": {"status": "open", "due": JULY, "p_below": 0.5}}),
    ("team_lead", "forecasts", "chance that Juniper battery pack finishes on time?",
     {"value": "p_on_time", "of": "PRJ-0169"}),
    ("director", "forecasts", "How many open projects have less than a 50% chance of hitting "
     "their deadline?",
     {"count": "projects", "where": {"p_below": 0.5}}),
    ("finance", "forecasts", "Will this be delivered by its due date?",
     {"value": "p_on_time", "of": "PRJ-0046"}, "/projects/PRJ-0046"),
    ("new_hire", "forecasts", "When is Nimbus offline mode expected to be done?",
     {"value": "p50_date", "of": "PRJ-0051"}),
    ("resource_manager", "forecasts", "Which Devices projects are at risk?",
     {"list": "projects", "where": {"portfolio": "Devices", "health": "at_risk"}}),
    # --- typos ----------------------------------------------------------------------------------
    ("director", "typos", "how many projcts are lat?",
     {"count": "projects", "where": {"health": "late"}}),
    ("team_lead", "typos", "who knwos kuberntes",
     {"list": "people", "where": {"skill": "kubernetes"}}),
    ("resource_manager", "typos", "whos free nxt week",
     {"list": "people", "where": {"free": "next_week"}}),
    ("finance", "typos", "how many storey points done last quater",
     {"value": "points_done", "where": {"done": "last_quarter"}}),
    ("new_hire", "typos", "who owns sierra invioce engine",
     {"value": "owner", "of": "PRJ-0063"}),
    ("director", "typos", "wich projects are late in customer suport",
     {"list": "projects", "where": {"health": "late", "portfolio": "Customer Support"}}),
    ("team_lead", "typos", "wat is rafael alvarez wroking on",
     {"list": "projects", "where": {"staffed_by": "Rafael Alvarez"}}),
    ("resource_manager", "typos", "hugo lopz load next mnth",
     {"value": "load", "of": "Hugo Lopez", "period": "next_month"}),
    ("finance", "typos", "projcts completd this quartr",
     {"list": "projects", "where": {"completed": "this_quarter"}}),
    ("new_hire", "typos", "whos on tihs team",
     {"list": "people", "where": {"works_on": "PRJ-0086"}}, "/projects/PRJ-0086"),
    # --- languages ------------------------------------------------------------------------------
    ("director", "languages", "Welche Projekte sind überfällig?",
     {"language": "de", "then": {"list": "projects", "where": {"health": "late"}}}),
    ("finance", "languages", "Combien de projets ont été terminés ce trimestre ?",
     {"language": "fr", "then": {"count": "projects", "where": {"completed": "this_quarter"}}}),
    ("resource_manager", "languages", "¿Quién está libre el próximo mes?",
     {"language": "es", "then": {"list": "people", "where": {"free": "next_month"}}}),
    ("team_lead", "languages", "Wie heeft ervaring met Kubernetes?",
     {"language": "nl", "then": {"list": "people", "where": {"skill": "kubernetes"}}}),
    ("new_hire", "languages", "Chi è il responsabile di Sierra refund automation?",
     {"language": "it", "then": {"value": "owner", "of": "PRJ-0140"}}),
    ("director", "languages", "Quantos projetos abertos existem no portfólio Devices?",
     {"language": "pt", "then": {"count": "projects",
                                 "where": {"status": "open", "portfolio": "Devices"}}}),
    ("finance", "languages", "Wie viele Story Points wurden im letzten Quartal erledigt?",
     {"language": "de", "then": {"value": "points_done", "where": {"done": "last_quarter"}}}),
    ("resource_manager", "languages", "Qui travaille sur PRJ-0072 en ce moment ?",
     {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0072"}}}),
    ("team_lead", "languages", "¿Qué habilidades tiene Noor Larsen?",
     {"language": "es", "then": {"list": "skills", "where": {"person": "Noor Larsen"}}}),
    ("new_hire", "languages", "Wanneer is dit project naar verwachting klaar?",
     {"language": "nl", "then": {"value": "p50_date", "of": "PRJ-0051"}}, "/projects/PRJ-0051"),
    # --- unanswerable ---------------------------------------------------------------------------
    ("director", "unanswerable", "How much budget is left here?",
     {"refuse": "budgets in money are not in the data"}, "/projects/PRJ-0018"),
    ("finance", "unanswerable", "What did we spend on contractors in Q1?",
     {"refuse": "spending is not in the data"}),
    ("team_lead", "unanswerable", "What is Noor Larsen's last working day?",
     {"refuse": "notice periods and leaving dates are not in the data"}),
    ("resource_manager", "unanswerable", "Who is on vacation next month? I don't want to plan "
     "allocations for people who are away.",
     {"refuse": "leave and holidays are not in the data"}),
    ("new_hire", "unanswerable", "What's the customer satisfaction score for Willow help center?",
     {"refuse": "customer satisfaction is not in the data"}),
    ("finance", "unanswerable", "What hourly rate do we charge for data engineers?",
     {"refuse": "rates and costs are not in the data"}),
    ("director", "unanswerable", "How much money would we save if we cancelled Iris network "
     "refresh?", {"refuse": "costs in money are not in the data"}),
    # --- ambiguous ------------------------------------------------------------------------------
    ("resource_manager", "ambiguous", "What's Grace's load next month?",
     {"clarify": {"people_named": "grace"}}),
    ("director", "ambiguous", "Is the Kubernetes migration going to be late?",
     {"clarify": {"projects_named": "kubernetes", "open": True}}),
    ("new_hire", "ambiguous", "Who works on Beacon data catalog? I've been asked to join it next "
     "week.", {"clarify": {"projects_named": "beacon data catalog"}}),
    ("team_lead", "ambiguous", "What is Carla working on?",
     {"clarify": {"people_named": "carla"}}),
    ("finance", "ambiguous", "When will Nimbus pricing experiment finish?",
     {"clarify": {"projects_named": "nimbus pricing experiment"}}),
    ("director", "ambiguous", "How far along is Iris recommendation engine?",
     {"clarify": {"projects_named": "iris recommendation engine"}}),
    ("resource_manager", "ambiguous", "Is Paul overbooked this week?",
     {"clarify": {"people_named": "paul"}}),
    # --- documents ------------------------------------------------------------------------------
    ("new_hire", "documents", "What did the team decide at their last meeting?",
     {"text": [{"decision_of": "PRJ-0063"}]}, "/projects/PRJ-0063"),
    ("new_hire", "documents", "What's the main risk on Juniper battery pack according to the "
     "latest status note?", {"text": [{"risk_of": "PRJ-0169"}]}),
    ("director", "documents", "Why was Lumen accessibility audit put on hold?",
     {"text": ["a vendor dependency is blocked"]}),
    ("finance", "documents", "Why was Umbra data catalog cancelled? I need the reason for the "
     "write-off note.", {"text": ["the business case no longer holds"]}),
    ("team_lead", "documents", "What was the open question in the Granite chatbot pilot spec?",
     {"text": ["translations are late for three languages"]}),
    ("new_hire", "documents", "What's the goal of this project according to its spec?",
     {"text": ["cut failed payments by a third"]}, "/projects/PRJ-0140"),
]


QUESTIONS = [
    {"id": f"u15-{i:03d}", "split": SPLIT, "persona": row[0], "category": row[1],
     "question": row[2], "expect": row[3], **({"page": row[4]} if len(row) > 4 else {})}
    for i, row in enumerate(_RAW, start=1)
]
