"""Held-out split unseen72: people outside the project office, asking in their own trade's words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17, a Wednesday). The
copilot's code, its tests, its documentation and every other split's questions were not opened
(of unseen68 only the first 15 lines were read, for the file's shape); the copilot was not run
and no score was looked at. Specs were checked with ``--resolve-only`` only (that is also where
the forecast-dependent facts, P(on time) and P50 dates, were read).

Who asks (mapped onto the five personas, 30 questions each; none of them uses the dashboard's
words, each uses those of their own trade):
- director: the manager of the device factory (what the hardware side will hand over to the
  line and when: thermostats, battery packs, sensor hubs, firmware; terse, often dictated from
  the shop floor, "job" for a project, "past its date" for late);
- team_lead: the contact-centre floor supervisor (the chatbot pilots, help center and ticketing
  work her agents will live with; types on her phone between shifts, lowercase, typos);
- resource_manager: a member of the works council (whether colleagues are booked beyond their
  working time, who has nothing booked; long, formal messages with the reason first, some in
  German and Dutch);
- new_hire: a technical writer in his second week (whom to interview, which specs and minutes
  exist, what was decided, skills of the people he will write with; polite, with context);
- finance: a procurement buyer (when to line up suppliers and purchase orders: what starts,
  what is proposed, on hold or cancelled, which deliveries will slip; short business mails).
16 questions are asked from a project page ("this job", "here", "this project").

Readings used:
- "still on the books", "not finished or dropped", "hasn't been finished or called off" = open
  (proposed, active or on hold); "underway", "running" with that sense = open as well unless the
  question sets started work apart; "not kicked off / not started yet" = proposed; "scrapped",
  "called off" = cancelled; "parked", "on ice" = on hold.
- "past its date", "behind its date", "overdue" = late; "slipped past its date this month / last
  week" = became late in that period (its due date + 1 falls in it); "less than an even chance"
  = P(on time) below 0.5; "likely to miss" for a portfolio without late projects = at risk.
- "booked beyond full time", "over their hours", "more than 100 %" = over-allocated (load above
  1.0 on some day of the period); "nothing booked", "no assignment" = free (load 0 all period);
  "how much is X booked" = load; "on", "working on" = an allocation covering today; "the support
  side / my people" = Customer Support's team (people on one of its projects today).
- "realistically done", "go live", "expected to finish" = the forecast's P50 date; "odds",
  "chance" = P(on time); "who runs / leads / owns" = the project's owner.
- "tasks", "jobs left", "things still to do" on a project = work items not done; "work left"
  = remaining story points; "further along" = progress; "extra tasks added / piled on" = items
  added to the scope (snapshots) in the period.
- Periods (today 2026-06-17, a Wednesday): "this week" 15-21 June, "last week" 8-14 June, "next
  week" 22-28 June; "the coming fortnight" = today and the 13 days after it (17-30 June);
  "July" = next month (1-31 July); "August" = 1-31 August 2026; "in May" = 1-31 May 2026;
  "last quarter" = January-March 2026; "Q3" = July-September 2026; "H1" = January-June 2026;
  "second half of the year" = July-December 2026; "since January" = this year; "started this
  month" = a start date from 1 June up to today (not the ones that start later in June); "the
  last 30 days" = today and the 29 days before it.
- Names: a first name several people share (Noor, Rosa, Tom) needs a clarification; a project
  name two open projects share (Beacon data catalog, the thermostats, the chatbot pilots, Nimbus
  pricing experiment) too.
"""

from __future__ import annotations

SPLIT = "unseen72"

_DIRECTOR = [
    # counts
    ("counts", "How many device projects haven't been finished or called off yet?",
     {"count": "projects", "where": {"portfolio": "Devices", "status": "open"}}, None),
    ("counts", "quick one - how many of the hardware jobs are past their date right now",
     {"count": "projects", "where": {"portfolio": "Devices", "health": "late"}}, None),
    ("counts", "How many hardware projects did we actually wrap up since January",
     {"count": "projects", "where": {"portfolio": "Devices", "completed": "this_year"}}, None),
    # lists
    ("lists", "Which battery pack projects are still on the books? Not the finished ones.",
     {"list": "projects", "where": {"name": "battery pack", "status": "open"}}, None),
    ("lists", "give me the device projects that haven't kicked off yet, I need to plan line "
              "time for them",
     {"list": "projects", "where": {"portfolio": "Devices", "status": "proposed"}}, None),
    ("lists", "Which hardware jobs have passed their due date? Planning meeting in ten minutes.",
     {"list": "projects", "where": {"portfolio": "Devices", "health": "late"}}, None),
    # periods
    ("periods", "what device work still has to be delivered in August",
     {"list": "projects", "where": {"portfolio": "Devices", "status": "open",
                                    "due": "range:2026-08-01:2026-08-31"}}, None),
    ("periods", "How many hardware projects got finished last quarter?",
     {"count": "projects", "where": {"portfolio": "Devices", "completed": "last_quarter"}}, None),
    ("periods", "uh what's due on the device side in the coming fortnight",
     {"list": "projects", "where": {"portfolio": "Devices", "due": "next_days:14"}}, None),
    # rankings
    ("rankings", "Of the device projects not done yet, which one has the most work left in it?",
     {"top": "projects", "by": "remaining_points", "k": 1,
      "where": {"portfolio": "Devices", "status": "open"}}, None),
    ("rankings", "which hardware job is the furthest past its date",
     {"top": "projects", "by": "days_overdue", "k": 1, "where": {"portfolio": "Devices"}}, None),
    # comparisons
    ("comparisons", "Are more jobs past their date on the device side or on the IT "
                    "infrastructure side?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Devices", "Infrastructure"]}, None),
    ("comparisons", "Cobalt thermostat or Beacon thermostat, which one is further along?",
     {"top": "projects", "by": "progress", "k": 1,
      "where": {"key": ["PRJ-0104", "PRJ-0033"]}}, None),
    # people
    ("people", "Who's on this job right now? I want them down on the line for the pilot build.",
     {"list": "people", "where": {"works_on": "PRJ-0183"}}, "/projects/PRJ-0183"),
    ("people", "who's the lead on this one", {"value": "owner", "of": "PRJ-0176"},
     "/projects/PRJ-0176"),
    # skills
    ("skills", "I've got a board failing on the test rig. Who here knows embedded and "
               "hardware both?",
     {"list": "people", "where": {"skill": ["embedded", "hardware"]}}, None),
    ("skills", "any of the embedded people got nothing booked next week? need one on the floor",
     {"list": "people", "where": {"skill": "embedded", "free": "next_week"}}, None),
    # changes
    ("changes", "How many extra tasks got piled onto the Cobalt smart thermostat last month?",
     {"value": "scope_items_added", "where": {"key": "PRJ-0104"}, "period": "last_month"},
     None),
    ("changes", "which device jobs slipped past their date this month",
     {"list": "projects", "where": {"portfolio": "Devices", "became_late": "this_month"}}, None),
    # causes
    ("causes", "Why is the Cobalt smart thermostat behind? The line was set up for it in May.",
     {"cause": "PRJ-0104"}, None),
    ("causes", "what's holding this one up", {"cause": "PRJ-0183"}, "/projects/PRJ-0183"),
    # forecasts
    ("forecasts", "When will this realistically be done? I have to book the SMT line.",
     {"value": "p50_date", "of": "PRJ-0040"}, "/projects/PRJ-0040"),
    ("forecasts", "What are the odds the Tundra battery pack lands on its date?",
     {"value": "p_on_time", "of": "PRJ-0048"}, None),
    ("forecasts", "which hardware projects have less than an even chance of hitting their date",
     {"list": "projects", "where": {"portfolio": "Devices", "p_below": 0.5}}, None),
    # typos
    ("typos", "hw many thermostat projets r still not finishd",
     {"count": "projects", "where": {"name": "thermostat", "status": "open"}}, None),
    # languages
    ("languages", "Wie viele Geräteprojekte sind gerade überfällig?",
     {"language": "de", "then": {"count": "projects",
                                 "where": {"portfolio": "Devices", "health": "late"}}}, None),
    ("languages", "Quais projetos de dispositivos começam no próximo mês?",
     {"language": "pt", "then": {"list": "projects",
                                 "where": {"portfolio": "Devices", "started": "next_month"}}},
     None),
    # unanswerable
    ("unanswerable", "What's the scrap rate on the thermostat line this month?",
     {"refuse": "no production or quality data"}, None),
    # ambiguous
    ("ambiguous", "how's the thermostat project coming along",
     {"clarify": {"projects_named": "thermostat", "open": True}}, None),
    # documents
    ("documents", "What did they decide in the last Harbor sensor hub meeting?",
     {"text": [{"decision_of": "PRJ-0183"}]}, None),
]

_TEAM_LEAD = [
    # counts
    ("counts", "how many of the support projects are running late rn",
     {"count": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}, None),
    ("counts", "How many chatbot projects have we had all told, finished ones included?",
     {"count": "projects", "where": {"name": "chatbot"}}, None),
    ("counts", "how many tasks still not done here?",
     {"count": "work_items", "where": {"project": "PRJ-0125", "status": "open"}},
     "/projects/PRJ-0125"),
    # lists
    ("lists", "which customer service projects aren't finished or cancelled yet",
     {"list": "projects", "where": {"portfolio": "Customer Support", "status": "open"}}, None),
    ("lists", "list the support projects we finished this year pls",
     {"list": "projects", "where": {"portfolio": "Customer Support", "completed": "this_year"}},
     None),
    ("lists", "Which help center projects are still going? Agents keep asking.",
     {"list": "projects", "where": {"name": "help center", "status": "open"}}, None),
    # periods
    ("periods", "anything on the support side due in july?",
     {"list": "projects", "where": {"portfolio": "Customer Support", "status": "open",
                                    "due": "next_month"}}, None),
    ("periods", "what support projects got finished in may",
     {"list": "projects", "where": {"portfolio": "Customer Support",
                                    "completed": "range:2026-05-01:2026-05-31"}}, None),
    # rankings
    ("rankings", "which support project that's not finished has the most tasks left on it",
     {"top": "projects", "by": "open_items", "k": 1,
      "where": {"portfolio": "Customer Support", "status": "open"}}, None),
    ("rankings", "who of the people on the support projects has the most unfinished tasks "
                 "on their name",
     {"top": "people", "by": "open_items", "k": 1, "where": {"portfolio": "Customer Support"}},
     None),
    # comparisons
    ("comparisons", "raven chatbot vs zephyr chatbot - which one is further along",
     {"top": "projects", "by": "progress", "k": 1,
      "where": {"key": ["PRJ-0125", "PRJ-0102"]}}, None),
    ("comparisons", "Support vs Payments, how many late projects does each have?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Customer Support", "Payments"]}, None),
    # people
    ("people", "who's actually working on this? need names for the agent training sessions",
     {"list": "people", "where": {"works_on": "PRJ-0125"}}, "/projects/PRJ-0125"),
    ("people", "who runs the Granite chatbot pilot",
     {"value": "owner", "of": "PRJ-0086"}, None),
    # skills
    ("skills", "need someone who knows sql and analytics to help me with the queue reports, "
               "who has both",
     {"list": "people", "where": {"skill": ["sql", "analytics"]}}, None),
    ("skills", "does anyone know ux AND accessibility? the help center pages are a mess for "
               "screen readers",
     {"list": "people", "where": {"skill": ["ux", "accessibility"]}}, None),
    # changes
    ("changes", "did the zephyr chatbot get extra tasks piled on last month? how many",
     {"value": "scope_items_added", "where": {"key": "PRJ-0102"}, "period": "last_month"},
     None),
    # causes
    ("causes", "Why is the Zephyr chatbot pilot late? My team was told June.",
     {"cause": "PRJ-0102"}, None),
    ("causes", "why's this one behind schedule", {"cause": "PRJ-0125"}, "/projects/PRJ-0125"),
    # forecasts
    ("forecasts", "when's this realistically going live? need to plan agent training",
     {"value": "p50_date", "of": "PRJ-0086"}, "/projects/PRJ-0086"),
    ("forecasts", "chances the sierra support analytics lands on time?",
     {"value": "p_on_time", "of": "PRJ-0072"}, None),
    # typos
    ("typos", "wich suport projcts r late",
     {"list": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}, None),
    ("typos", "who is workin on the umbra ticketing integartion",
     {"list": "people", "where": {"works_on": "PRJ-0152"}}, None),
    ("typos", "hw many chatbot pilots r still not done",
     {"count": "projects", "where": {"name": "chatbot", "status": "open"}}, None),
    # languages
    ("languages", "¿Cuántos proyectos de atención al cliente siguen abiertos?",
     {"language": "es", "then": {"count": "projects",
                                 "where": {"portfolio": "Customer Support", "status": "open"}}},
     None),
    ("languages", "Qui travaille sur le Raven chatbot pilot en ce moment ?",
     {"language": "fr", "then": {"list": "people", "where": {"works_on": "PRJ-0125"}}}, None),
    # unanswerable
    ("unanswerable", "whats our average handle time since the chatbot went live",
     {"refuse": "no contact-centre metrics"}, None),
    # ambiguous
    ("ambiguous", "is the chatbot on track??",
     {"clarify": {"projects_named": "chatbot", "open": True}}, None),
    ("ambiguous", "is Noor free next week? want her for a floor walk",
     {"clarify": {"people_named": "Noor"}}, None),
    # documents
    ("documents", "what's the main risk on the Willow help center in its latest update",
     {"text": [{"risk_of": "PRJ-0123"}]}, None),
]

_RESOURCE_MANAGER = [
    # counts
    ("counts", "For the works council's quarterly report I need one figure, please: how many "
               "colleagues are booked for more than their full working time this week?",
     {"count": "people", "where": {"over_allocated": "this_week"}}, None),
    ("counts", "We are checking that nobody is left without work. How many colleagues have "
               "no project assignment at all today?",
     {"count": "people", "where": {"free": "today"}}, None),
    ("counts", "Looking ahead to the summer: how many colleagues will be booked beyond full "
               "time at some point next month?",
     {"count": "people", "where": {"over_allocated": "next_month"}}, None),
    # lists
    ("lists", "The council would like to speak with each person concerned. Could you list "
              "the colleagues who are booked for more than 100 % at some point next month?",
     {"list": "people", "where": {"over_allocated": "next_month"}}, None),
    ("lists", "We received a complaint from the data people. Which colleagues working on Data "
              "Platform projects are over their hours this week?",
     {"list": "people", "where": {"portfolio": "Data Platform", "over_allocated": "this_week"}},
     None),
    # periods
    ("periods", "Some colleagues asked whether there will be work for them over the summer. "
                "Who has nothing at all booked in July?",
     {"list": "people", "where": {"free": "next_month"}}, None),
    ("periods", "Before our meeting with management: who will be booked beyond full time at "
                "any point in the coming fortnight?",
     {"list": "people", "where": {"over_allocated": "next_days:14"}}, None),
    ("periods", "How many colleagues have nothing booked for next week?",
     {"count": "people", "where": {"free": "next_week"}}, None),
    # rankings
    ("rankings", "For our health and safety review: who are the three most heavily booked "
                 "colleagues this week?",
     {"top": "people", "by": "load", "k": 3, "period": "this_week"}, None),
    ("rankings", "Which colleague is spread across the largest number of projects at the "
                 "moment?",
     {"top": "people", "by": "projects", "k": 1}, None),
    # comparisons
    ("comparisons", "Both have asked us for help. How do Lara Ahmed's and Leo Moreau's "
                    "bookings compare this week?",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Lara Ahmed", "Leo Moreau"]}, None),
    ("comparisons", "Please compare how much Sofia Zhang and Grace Moreau are booked next "
                    "month.",
     {"groups": "people", "by": "load", "period": "next_month",
      "only": ["Sofia Zhang", "Grace Moreau"]}, None),
    # people
    ("people", "Emeka Okafor has raised a concern with us. How much is he booked next week, "
               "in percent of his time?",
     {"value": "load", "of": "Emeka Okafor", "period": "next_week"}, None),
    ("people", "Sara Martin works part-time and feels overwhelmed. Which projects is she on "
               "at the moment?",
     {"list": "projects", "where": {"staffed_by": "Sara Martin"}}, None),
    ("people", "Is anyone on this project booked beyond full time this week?",
     {"list": "people", "where": {"works_on": "PRJ-0104", "over_allocated": "this_week"}},
     "/projects/PRJ-0104"),
    ("people", "Is Ben Silva over his hours this week? How much is he booked in total?",
     {"value": "load", "of": "Ben Silva", "period": "this_week"}, None),
    # skills
    ("skills", "Our security colleagues also cover on-call duty. Which colleagues with "
               "security skills are booked beyond full time this week?",
     {"list": "people", "where": {"skill": "security", "over_allocated": "this_week"}}, None),
    ("skills", "Are there colleagues with testing skills who have nothing booked next month? "
               "We would like to suggest them for the new projects.",
     {"list": "people", "where": {"skill": "testing", "free": "next_month"}}, None),
    # changes
    ("changes", "Colleagues tell us the work keeps growing. How many tasks were added on top "
                "of the original plans in the last 30 days, across all projects?",
     {"value": "scope_items_added", "where": {}, "period": "last_days:30"}, None),
    # causes
    ("causes", "The team on the Delta SSO rollout says they are exhausted. Why is that "
               "project late - was work added, or did the team get smaller?",
     {"cause": "PRJ-0130"}, None),
    # forecasts
    ("forecasts", "The colleagues on the Juniper battery pack would like to plan their "
                  "holidays. When will that project most likely be finished?",
     {"value": "p50_date", "of": "PRJ-0169"}, None),
    # typos
    ("typos", "who is overbooked nxt week",
     {"list": "people", "where": {"over_allocated": "next_week"}}, None),
    ("typos", "how many colleages have no projct this week",
     {"count": "people", "where": {"free": "this_week"}}, None),
    # languages
    ("languages", "Welche Kolleginnen und Kollegen sind diese Woche zu mehr als 100 % "
                  "verplant?",
     {"language": "de", "then": {"list": "people", "where": {"over_allocated": "this_week"}}},
     None),
    ("languages", "Hoeveel collega's hebben volgende week helemaal niets ingepland?",
     {"language": "nl", "then": {"count": "people", "where": {"free": "next_week"}}}, None),
    # unanswerable
    ("unanswerable", "How many hours of overtime did colleagues record last month?",
     {"refuse": "no timesheets"}, None),
    ("unanswerable", "How many sick days were taken in the Devices teams this year? We want "
                     "to see whether the pressure shows.",
     {"refuse": "no absence data"}, None),
    # ambiguous
    ("ambiguous", "How is Rosa doing - is she booked beyond full time?",
     {"clarify": {"people_named": "Rosa"}}, None),
    ("ambiguous", "Could you tell me which projects Tom is on? He asked us for advice.",
     {"clarify": {"people_named": "Tom"}}, None),
    # documents
    ("documents", "Who was given the follow-up action in the last meeting of this project, "
                  "and what was it?",
     {"text": ["Dara Hansen will confirm the budget with finance"]}, "/projects/PRJ-0125"),
]

_NEW_HIRE = [
    # counts
    ("counts", "I'm building an index of our documentation. How many specification documents "
               "do we have in total?",
     {"count": "documents", "where": {"kind": "spec"}}, None),
    ("counts", "How many sets of meeting minutes exist for the Harbor sensor hub? I'd like to "
               "read them all before I start.",
     {"count": "documents", "where": {"project": "PRJ-0183", "kind": "meeting_minutes"}}, None),
    # lists
    ("lists", "I've been asked to document the security work first. Which Security projects "
              "are not finished or cancelled yet?",
     {"list": "projects", "where": {"portfolio": "Security", "status": "open"}}, None),
    ("lists", "Hugo Lopez offered to walk me through his projects. Which of the ones he owns "
              "are still not finished?",
     {"list": "projects", "where": {"owner": "Hugo Lopez", "status": "open"}}, None),
    ("lists", "Which mobile app projects haven't started yet? I'd like to be involved from day "
              "one.",
     {"list": "projects", "where": {"portfolio": "Mobile Apps", "status": "proposed"}}, None),
    # periods
    ("periods", "Which projects have started so far this month? I want to write their docs "
                "from the beginning.",
     {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}, None),
    ("periods", "How many written progress reports (not the meeting minutes) were filed last week?",
     {"count": "documents", "where": {"kind": "status_note", "created": "last_week"}}, None),
    # rankings
    ("rankings", "Which area of the company has the most projects still not finished? "
                 "I suspect that's where the documentation gaps are.",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}}, None),
    ("rankings", "Which skill do the most unfinished tasks call for?",
     {"top": "skills", "by": "open_items", "k": 1}, None),
    # comparisons
    ("comparisons", "Do the Mobile Apps or the Web Storefront teams have more unfinished "
                    "tasks?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Mobile Apps", "Web Storefront"]}, None),
    # people
    ("people", "Who leads the Apollo metrics layer? I'd like to interview them for the "
               "architecture write-up.",
     {"value": "owner", "of": "PRJ-0046"}, None),
    ("people", "Who is on the team here? I'd like to set up short interviews with each of them.",
     {"list": "people", "where": {"works_on": "PRJ-0086"}}, "/projects/PRJ-0086"),
    ("people", "What is Kenji Brown working on right now? He's down as my buddy.",
     {"list": "projects", "where": {"staffed_by": "Kenji Brown"}}, None),
    ("people", "Which projects is Aisha Eriksen on at the moment?",
     {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}, None),
    # skills
    ("skills", "What are Olga Novak's skills? I was told to ask her about the design side.",
     {"list": "skills", "where": {"person": "Olga Novak"}}, None),
    ("skills", "Who knows accessibility? I need a reviewer for the accessibility section of "
               "the user guide.",
     {"list": "people", "where": {"skill": "accessibility"}}, None),
    ("skills", "How many people here know Kubernetes? I'm writing the onboarding guide for "
               "the cluster.",
     {"count": "people", "where": {"skill": "kubernetes"}}, None),
    # changes
    ("changes", "For the weekly changelog: how many tasks were finished last week across all "
                "projects?",
     {"count": "work_items", "where": {"done": "last_week"}}, None),
    ("changes", "Which projects were completed this month? They'll need release notes.",
     {"list": "projects", "where": {"completed": "this_month"}}, None),
    # causes
    ("causes", "I'm drafting the retrospective notes for the Nimbus Kubernetes migration. "
               "Why did it end up late?",
     {"cause": "PRJ-0200"}, None),
    # forecasts
    ("forecasts", "When is the Nimbus offline mode expected to be finished? I need to time "
                  "the user documentation.",
     {"value": "p50_date", "of": "PRJ-0051"}, None),
    # typos
    ("typos", "whats the deu date here", {"value": "due_date", "of": "PRJ-0062"},
     "/projects/PRJ-0062"),
    ("typos", "which projcts does Chen Brown own",
     {"list": "projects", "where": {"owner": "Chen Brown"}}, None),
    # languages
    ("languages", "Quelle est la date d'échéance du projet Willow metrics layer ?",
     {"language": "fr", "then": {"value": "due_date", "of": "PRJ-0192"}}, None),
    ("languages", "Quali competenze ha Tariq Olsen?",
     {"language": "it", "then": {"list": "skills", "where": {"person": "Tariq Olsen"}}}, None),
    # unanswerable
    ("unanswerable", "Which Git repository holds the source of the Falcon feature store, and "
                     "where is its API reference published?",
     {"refuse": "no repositories or API docs in the data"}, None),
    ("unanswerable", "Which writing style guide do the product teams follow?",
     {"refuse": "no style guide in the data"}, None),
    # ambiguous
    ("ambiguous", "Who owns the Beacon data catalog? I have questions about its glossary.",
     {"clarify": {"projects_named": "beacon data catalog", "open": True}}, None),
    # documents
    ("documents", "What was decided at the last sync of this project? I'm writing it up for "
                  "the wiki.",
     {"text": [{"decision_of": "PRJ-0046"}]}, "/projects/PRJ-0046"),
    ("documents", "According to its specification, what is the goal of the Cobalt smart "
                  "thermostat?",
     {"text": ["pass CE certification on the first attempt"]}, None),
]

_FINANCE = [
    # counts
    ("counts", "How many projects are still only proposals? Each one usually turns into a "
               "purchase request later.",
     {"count": "projects", "where": {"status": "proposed"}}, None),
    ("counts", "How many projects have been cancelled in total?",
     {"count": "projects", "where": {"status": "cancelled"}}, None),
    ("counts", "How many Payments projects are not finished or cancelled right now?",
     {"count": "projects", "where": {"portfolio": "Payments", "status": "open"}}, None),
    # lists
    ("lists", "Which projects were cancelled? I want to stop any supplier orders still tied "
              "to them.",
     {"list": "projects", "where": {"status": "cancelled"}}, None),
    ("lists", "Which Infrastructure projects are parked at the moment? We may need to pause "
              "the hardware deliveries.",
     {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "on_hold"}}, None),
    ("lists", "Which projects kick off next month? I need to line up the suppliers.",
     {"list": "projects", "where": {"started": "next_month"}}, None),
    # periods
    ("periods", "Which Infrastructure projects still to be delivered are due in Q3? Cloud "
                "call-offs depend on it.",
     {"list": "projects", "where": {"portfolio": "Infrastructure", "status": "open",
                                    "due": "q3"}}, None),
    ("periods", "How many projects are scheduled to start in the second half of the year?",
     {"count": "projects", "where": {"started": "range:2026-07-01:2026-12-31"}}, None),
    ("periods", "How many projects were completed in H1? I'm closing out supplier accounts.",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}, None),
    # rankings
    ("rankings", "Which unfinished project has the most work still outstanding?",
     {"top": "projects", "by": "remaining_points", "k": 1, "where": {"status": "open"}}, None),
    ("rankings", "Which project lead has the most unfinished projects? I'd rather meet them "
                 "first about purchasing.",
     {"top": "owners", "by": "count", "k": 1, "where": {"status": "open"}}, None),
    # comparisons
    ("comparisons", "Payments vs Security: how many projects does each have that aren't "
                    "finished or cancelled?",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Payments", "Security"]}, None),
    ("comparisons", "Of the projects not finished yet, how many are proposed, how many active "
                    "and how many on hold?",
     {"groups": "projects", "by": "status", "where": {"status": "open"},
      "only": ["Proposed", "Active", "On hold"]}, None),
    # people
    ("people", "Who owns the Ember card processor migration? I need to talk to them about "
               "the acquirer contract.",
     {"value": "owner", "of": "PRJ-0006"}, None),
    ("people", "Who owns the Sierra refund automation? The licence order needs a business "
               "contact.",
     {"value": "owner", "of": "PRJ-0140"}, None),
    # skills
    ("skills", "We're deciding whether to hire a Terraform contractor. How many of our own "
               "people know Terraform?",
     {"count": "people", "where": {"skill": "terraform"}}, None),
    # changes
    ("changes", "Which projects went past their due date last week?",
     {"list": "projects", "where": {"became_late": "last_week"}}, None),
    ("changes", "How many projects were completed last month?",
     {"count": "projects", "where": {"completed": "last_month"}}, None),
    # causes
    ("causes", "Why is the Falcon push notifications project late? We are already paying for "
               "the push service.",
     {"cause": "PRJ-0165"}, None),
    ("causes", "Why is this so late? The licence for the reporting tool was bought for last "
               "autumn.",
     {"cause": "PRJ-0094"}, "/projects/PRJ-0094"),
    # forecasts
    ("forecasts", "When will the Falcon card processor migration most likely finish? The "
                  "old acquirer contract needs notice.",
     {"value": "p50_date", "of": "PRJ-0029"}, None),
    ("forecasts", "What's the chance this finishes on time?",
     {"value": "p_on_time", "of": "PRJ-0063"}, "/projects/PRJ-0063"),
    ("forecasts", "Which Payments projects are likely to miss their due date?",
     {"list": "projects", "where": {"portfolio": "Payments", "health": ["late", "at_risk"]}},
     None),
    # typos
    ("typos", "wich projects are on hold atm",
     {"list": "projects", "where": {"status": "on_hold"}}, None),
    ("typos", "when is the Sierra refund automaton due",
     {"value": "due_date", "of": "PRJ-0140"}, None),
    # languages
    ("languages", "¿Cuándo termina previsiblemente el proyecto Sierra refund automation?",
     {"language": "es", "then": {"value": "p50_date", "of": "PRJ-0140"}}, None),
    ("languages", "Quais projetos de pagamentos ainda não começaram?",
     {"language": "pt", "then": {"list": "projects",
                                 "where": {"portfolio": "Payments", "status": "proposed"}}},
     None),
    # unanswerable
    ("unanswerable", "What's the total purchase order value for the card processor migration?",
     {"refuse": "no money amounts in the data"}, None),
    # ambiguous
    ("ambiguous", "When does the Nimbus pricing experiment start?",
     {"clarify": {"projects_named": "nimbus pricing experiment", "open": True}}, None),
    # documents
    ("documents", "What did the team decide in their most recent meeting?",
     {"text": [{"decision_of": "PRJ-0063"}]}, "/projects/PRJ-0063"),
]


def _records() -> list[dict]:
    rows = []
    for persona, block in (("director", _DIRECTOR), ("team_lead", _TEAM_LEAD),
                           ("resource_manager", _RESOURCE_MANAGER), ("new_hire", _NEW_HIRE),
                           ("finance", _FINANCE)):
        for category, question, expect, page in block:
            row = {"split": SPLIT, "persona": persona, "category": category,
                   "question": question, "expect": expect}
            if page:
                row["page"] = page
            rows.append(row)
    return [{"id": f"u72-{i:03d}", **row} for i, row in enumerate(rows, start=1)]


QUESTIONS = _records()
