"""Held-out split unseen68: people outside the project office, asking in their own words.

Written blind for this split by a helper session: from the brief, ``expect.py``, ``facts.py``,
``periods.py``, ``scoring.py``, ``records.py``, ``docs/metrics.md``, ``data/demo.py`` and plain
SQL over a freshly built demo database (200 projects, seed 7, today 2026-06-17, a Wednesday). The
copilot's code, its tests, its documentation and every other split's questions were not opened
(of unseen58 only the docstring and header were read, for the file's shape);
the copilot was not run and no score was looked at. Specs were checked with ``--resolve-only``
only (that is also where the forecast-dependent facts, P(on time) and P50 dates, were read).

Who asks (mapped onto the five personas, 30 questions each):
- director: a regional sales manager (what he can promise customers: go-live dates, what has
  slipped, which deliveries look shaky, the storefront, payments and app work);
- team_lead: a data-protection officer (the security work, who handles it, what was decided in
  its meetings, what is still outstanding on it);
- resource_manager: a partner manager at a supplier that places contractors here (who is
  stretched, who has an empty diary, which skills the unfinished work calls for);
- new_hire: a training / onboarding coordinator (who is who, who runs what, who knows what, whom
  to pair a new starter with);
- finance: a finance controller closing the month (what finished, started or was dropped in a
  period, how much work was delivered; money questions are refused).
None of them knows the dashboard's words ("status", "allocation", "at risk", "work items",
"portfolio"), so they say what they mean in their own terms: short chat, full polite sentences
with the reason they ask, and a few typos. 15 questions are asked from a project page.

Readings used:
- "not finished yet", "still going", "live (not finished and not dropped)", "not yet closed
  out", "not closed", "in flight" = open (proposed, active or on hold); "haven't begun",
  "waiting in the wings" = proposed; "paused" = on hold; "scrapped", "dropped", "called off" =
  cancelled; "signed off as complete", "finished", "delivered", "completed" in a period = done
  and completed in it;
- "slipped past / missed its deadline", "overdue", "running late" = late; "looks shaky", "likely
  to slip but not overdue yet", "probably won't make its date" = at risk; "tipped into overdue in
  P" = became late in P;
- "tasks", "pieces of work", "tickets", "to-dos" = work items; "outstanding", "unfinished", "left"
  = not done; "points" = story points; "new tasks added to a project" = scope items added;
- "working on", "busy with", "on the X team", "on X" = works on (an allocation covering today);
  "the security people / support team" = the portfolio's team today;
- "empty diary", "nothing on", "not booked at all" = free (load 0 in the period); "stretched too
  thin", "booked beyond a full week", "over capacity", "double-booked" = over-allocated; "how
  much of X's time is spoken for", "how loaded / booked is X" = X's load in the period;
- "best guess / realistic date / when will it actually land" = the forecast's P50 date; "the odds
  / chance / how likely it makes its deadline" = P(on time); "worst odds" = lowest P(on time);
- "who runs", "who is in charge of", "the go-to person for", "whom do I talk to about" = owner;
- "area", "business line", "side of the business", "group" = portfolio; "the web shop" = Web
  Storefront; "urgency" = priority; "QA folks" = QA engineers; "go-live" / "due to land" = the due
  date, and "projects due in P" (a month, H2, the next 30 days, August) = open projects due in P;
- "the next fortnight" / "next two weeks" / "next 14 days" = today and the 13 days after;
  "next 30 days" = today and the 29 after; "the last 7 / 30 days" = today and the 6 / 29 before;
  "this week" = Monday 15 to Sunday 21 June; "next week" = 22-28 June; "since Monday" = 15-17
  June; "last week" = 8-14 June; "May" / "last month" = May 2026; "this month" / "June" = June
  2026; "Q1" = January-March 2026; "Q2" / "this quarter" = April-June 2026; "July" = July 2026;
  "H1" = 2026-01-01 to 2026-06-30 (not asked here); "second half of the year" / "H2" =
  2026-07-01 to 2026-12-31; "August" = August 2026; "since the start of the month"
  = 1-17 June; "between now and the end of June / September" = from today to that month's end;
  "this year" = calendar 2026;
- a project named by a name two open projects share is asked back; a first name or surname
  several people share is asked back; "big projects" is undefined (priority, size or team?) and
  is asked back.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen68"

D, T, R, N, F = "director", "team_lead", "resource_manager", "new_hire", "finance"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u68-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


_ROWS: list[tuple[Any, ...]] = [
    # --- counts (14) ------------------------------------------------------------------------
    (D, "counts", "Quick one: how many projects are still live company-wide, i.e. not finished "
                  "and not dropped?",
     {"count": "projects", "where": {"status": "open"}}),
    (F, "counts", "For the month-end pack I need the number of projects that were signed off as "
                  "complete in May.",
     {"count": "projects", "where": {"completed": "last_month"}}),
    (T, "counts", "How many security initiatives are not yet closed out?",
     {"count": "projects", "where": {"portfolio": "Security", "status": "open"}}),
    (N, "counts", "how many people work here in total?",
     {"count": "people", "where": {}}),
    (N, "counts", "I'm planning induction groups. How many UX designers are there here?",
     {"count": "people", "where": {"role": "UX designer"}}),
    (D, "counts", "how many projects have slipped past their deadline and still aren't done",
     {"count": "projects", "where": {"health": "late"}}),
    (F, "counts", "How many projects have been called off altogether?",
     {"count": "projects", "where": {"status": "cancelled"}}),
    (T, "counts", "How many tasks are still outstanding on this one?",
     {"count": "work_items", "where": {"project": "PRJ-0130", "status": "open"}},
     "/projects/PRJ-0130"),
    (R, "counts", "How many of your people are booked beyond a full week this week?",
     {"count": "people", "where": {"over_allocated": "this_week"}}),
    (N, "counts", "How many meeting write-ups exist for the Lumen referral program? I'd like "
                  "new starters to read them.",
     {"count": "documents", "where": {"project": "PRJ-0002", "kind": "meeting_minutes"}}),
    (D, "counts", "How many of the high or critical priority projects are due between now and "
                  "the end of June?",
     {"count": "projects", "where": {"status": "open", "priority": ["high", "critical"],
                                     "due": "range:2026-06-17:2026-06-30"}}),
    (F, "counts", "how many tasks got completed last week",
     {"count": "work_items", "where": {"done": "last_week"}}),
    (R, "counts", "How many unfinished tasks call for Spark?",
     {"count": "work_items", "where": {"status": "open", "skill": "spark"}}),
    (F, "counts", "How many tasks are left on this project?",
     {"count": "work_items", "where": {"project": "PRJ-0084", "status": "open"}},
     "/projects/PRJ-0084"),
    # --- lists (13) -------------------------------------------------------------------------
    (D, "lists", "Which projects are due to go live in July? I have customer calls lined up.",
     {"list": "projects", "where": {"status": "open", "due": "range:2026-07-01:2026-07-31"}}),
    (T, "lists", "List the security projects that haven't begun yet.",
     {"list": "projects", "where": {"portfolio": "Security", "status": "proposed"}}),
    (R, "lists", "Who's got a completely empty diary for the next two weeks?",
     {"list": "people", "where": {"free": "next_days:14"}}),
    (N, "lists", "Who are our QA folks?",
     {"list": "people", "where": {"role": "QA engineer"}}),
    (F, "lists", "Which projects were signed off as finished this month?",
     {"list": "projects", "where": {"completed": "this_month"}}),
    (D, "lists", "Which projects is Ines Fischer in charge of at the moment?",
     {"list": "projects", "where": {"owner": "Ines Fischer", "status": "open"}}),
    (T, "lists", "What is Nadia Petrov working on at the moment?",
     {"list": "projects", "where": {"staffed_by": "Nadia Petrov"}}),
    (R, "lists", "Which product managers will be stretched too thin next month?",
     {"list": "people", "where": {"role": "Product manager", "over_allocated": "next_month"}}),
    (N, "lists", "Which areas of the business have nothing waiting in the wings, i.e. no "
                 "project that hasn't started yet?",
     {"list": "portfolios", "where": {"status": "proposed"}, "having": "none"}),
    (D, "lists", "Has any of the web shop work missed its deadline?",
     {"list": "projects", "where": {"portfolio": "Web Storefront", "health": "late"}}),
    (N, "lists", "Who are the people on this project?",
     {"list": "people", "where": {"works_on": "PRJ-0106"}}, "/projects/PRJ-0106"),
    (T, "lists", "Which of the support team's projects are running late?",
     {"list": "projects", "where": {"portfolio": "Customer Support", "health": "late"}}),
    (F, "lists", "Which projects have been put on pause?",
     {"list": "projects", "where": {"status": "on_hold"}}),
    # --- periods (14) -----------------------------------------------------------------------
    (F, "periods", "What did we finish in the first quarter?",
     {"list": "projects", "where": {"completed": "q1"}}),
    (F, "periods", "For the accruals: how much work, in points, was completed in May?",
     {"value": "points_done", "where": {"done": "last_month"}}),
    (T, "periods", "Which projects are due to land in the next 30 days? I have to line up "
                   "privacy sign-offs for them.",
     {"list": "projects", "where": {"status": "open", "due": "next_days:30"}}),
    (R, "periods", "Who has nothing on at all next week? I might have a short gig for them.",
     {"list": "people", "where": {"free": "next_week"}}),
    (N, "periods", "Which projects got under way since the start of the month?",
     {"list": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}),
    (T, "periods", "Is any security project coming due between now and the end of September?",
     {"list": "projects", "where": {"portfolio": "Security", "status": "open",
                                    "due": "range:2026-06-17:2026-09-30"}}),
    (F, "periods", "How many new projects were added to the books in Q1?",
     {"count": "projects", "where": {"created": "q1"}}),
    (D, "periods", "What's meant to be delivered this week?",
     {"list": "projects", "where": {"status": "open", "due": "this_week"}}),
    (R, "periods", "How loaded is Leo Moreau over the next fourteen days?",
     {"value": "load", "of": "Leo Moreau", "period": "next_days:14"}),
    (F, "periods", "How many tasks were ticked off in the last 7 days?",
     {"count": "work_items", "where": {"done": "last_days:7"}}),
    (N, "periods", "What got started last month?",
     {"list": "projects", "where": {"started": "last_month"}}),
    (D, "periods", "How many projects that aren't finished yet are due in the second half of "
                    "the year?",
     {"count": "projects", "where": {"status": "open", "due": "range:2026-07-01:2026-12-31"}}),
    (T, "periods", "Which security projects have been completed so far this year?",
     {"list": "projects", "where": {"portfolio": "Security", "completed": "this_year"}}),
    (F, "periods", "How many points were delivered on this project in May?",
     {"value": "points_done", "where": {"project": "PRJ-0046", "done": "last_month"}},
     "/projects/PRJ-0046"),
    # --- rankings (10) ----------------------------------------------------------------------
    (D, "rankings", "Which three projects are furthest past their deadline?",
     {"top": "projects", "by": "days_overdue", "k": 3}),
    (R, "rankings", "Who are the five busiest people this week?",
     {"top": "people", "by": "load", "k": 5, "period": "this_week"}),
    (R, "rankings", "Which skill do the unfinished tasks call for most?",
     {"top": "skills", "by": "open_items", "k": 1}),
    (N, "rankings", "What are the three most common skills among staff?",
     {"top": "skills", "by": "people", "k": 3}),
    (F, "rankings", "Which side of the business has the most projects still going?",
     {"top": "portfolios", "by": "count", "k": 1, "where": {"status": "open"}}),
    (D, "rankings", "Which 3 deliveries have the worst odds of making their date? Leave out "
                    "the ones that are already overdue.",
     {"top": "projects", "by": "p_on_time", "k": 3, "where": {"health": "at_risk"}}),
    (T, "rankings", "Who has the biggest pile of unfinished tasks assigned to them?",
     {"top": "people", "by": "open_items", "k": 1}),
    (N, "rankings", "Who is involved in the most projects right now?",
     {"top": "people", "by": "projects", "k": 1}),
    (F, "rankings", "Which three unfinished projects have the most points of work left?",
     {"top": "projects", "by": "remaining_points", "k": 3, "where": {"status": "open"}}),
    (T, "rankings", "Which person is in charge of the most projects that are still going?",
     {"top": "owners", "by": "count", "k": 1, "where": {"status": "open"}}),
    # --- comparisons (9) --------------------------------------------------------------------
    (D, "comparisons", "How do Payments and Web Storefront compare on projects in flight?",
     {"groups": "projects", "by": "portfolio", "where": {"status": "open"},
      "only": ["Payments", "Web Storefront"]}),
    (F, "comparisons", "Can you break down this year's finished projects by area?",
     {"groups": "projects", "by": "portfolio", "where": {"completed": "this_year"}}),
    (R, "comparisons", "Who is more booked up this week, Ana Brown or Lara Ahmed?",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Ana Brown", "Lara Ahmed"]}),
    (N, "comparisons", "Do more people here know React or TypeScript?",
     {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    (T, "comparisons", "How many unfinished tasks do Security and Infrastructure each have?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Security", "Infrastructure"]}),
    (D, "comparisons", "Split the live projects by urgency level, please.",
     {"groups": "projects", "by": "priority", "where": {"status": "open"}}),
    (F, "comparisons", "How many projects are at each stage: not started, under way, paused, "
                       "finished, dropped?",
     {"groups": "projects", "by": "status"}),
    (R, "comparisons", "Mobile Apps or Devices: which one has more overdue projects?",
     {"groups": "projects", "by": "portfolio", "where": {"health": "late"},
      "only": ["Mobile Apps", "Devices"]}),
    (N, "comparisons", "How many projects are already overdue, and how many look likely to slip "
                       "but aren't overdue yet?",
     {"groups": "projects", "by": "health", "only": ["late", "at_risk"]}),
    # --- people (14) ------------------------------------------------------------------------
    (N, "people", "Who runs the Tundra landing pages project?",
     {"value": "owner", "of": "PRJ-0135"}),
    (N, "people", "What is Priya Castro working on these days?",
     {"list": "projects", "where": {"staffed_by": "Priya Castro"}}),
    (R, "people", "Is Tom Dubois booked beyond a full week this week? How much is he carrying?",
     {"value": "load", "of": "Tom Dubois", "period": "this_week"}),
    (T, "people", "Who's on the Delta SSO rollout team?",
     {"list": "people", "where": {"works_on": "PRJ-0130"}}),
    (D, "people", "Whom do I talk to about the Raven pricing experiment?",
     {"value": "owner", "of": "PRJ-0084"}),
    (R, "people", "Which data engineers have an empty diary all of next month?",
     {"list": "people", "where": {"role": "Data engineer", "free": "next_month"}}),
    (N, "people", "who's working on this one?",
     {"list": "people", "where": {"works_on": "PRJ-0086"}}, "/projects/PRJ-0086"),
    (T, "people", "Which people are working on security projects right now?",
     {"list": "people", "where": {"portfolio": "Security"}}),
    (D, "people", "Who's the go-to person for this?",
     {"value": "owner", "of": "PRJ-0069"}, "/projects/PRJ-0069"),
    (R, "people", "How much of Sara Martin's time is spoken for next week?",
     {"value": "load", "of": "Sara Martin", "period": "next_week"}),
    (N, "people", "Who is on the support team at the moment? I want to set up a shadowing day.",
     {"list": "people", "where": {"portfolio": "Customer Support"}}),
    (F, "people", "Which project leads have something overdue?",
     {"list": "owners", "where": {"health": "late"}}),
    (T, "people", "What is Omar Okafor busy with?",
     {"list": "projects", "where": {"staffed_by": "Omar Okafor"}}),
    (D, "people", "Who owns the Beacon push notifications work?",
     {"value": "owner", "of": "PRJ-0018"}),
    # --- skills (10) ------------------------------------------------------------------------
    (R, "skills", "Which of your people can do Kubernetes work?",
     {"list": "people", "where": {"skill": "kubernetes"}}),
    (N, "skills", "What is Hana Castro good at?",
     {"list": "skills", "where": {"person": "Hana Castro"}}),
    (R, "skills", "I need someone with both Python and Spark who is free over the next fortnight. "
                  "Anyone?",
     {"list": "people", "where": {"skill": ["python", "spark"], "free": "next_days:14"}}),
    (T, "skills", "Who in the company has networking know-how?",
     {"list": "people", "where": {"skill": "networking"}}),
    (R, "skills", "How many people can write Go?",
     {"count": "people", "where": {"skill": "go"}}),
    (N, "skills", "Is there anyone who does accessibility and isn't booked at all this week?",
     {"list": "people", "where": {"skill": "accessibility", "free": "this_week"}}),
    (D, "skills", "Who could help me with a machine-learning question from a client?",
     {"list": "people", "where": {"skill": "ml"}}),
    (T, "skills", "Does anyone on staff know both Terraform and security?",
     {"list": "people", "where": {"skill": ["terraform", "security"]}}),
    (T, "skills", "Which security engineers know Python?",
     {"list": "people", "where": {"role": "Security engineer", "skill": "python"}}),
    (R, "skills", "Does anybody on this team know embedded?",
     {"list": "people", "where": {"works_on": "PRJ-0048", "skill": "embedded"}},
     "/projects/PRJ-0048"),
    # --- changes (8) ------------------------------------------------------------------------
    (T, "changes", "Which projects tipped into overdue since June began?",
     {"list": "projects", "where": {"became_late": "this_month"}}),
    (F, "changes", "How many new tasks were tacked onto projects already under way in May?",
     {"value": "scope_items_added", "period": "last_month"}),
    (D, "changes", "How many new tasks were added to this over the last 30 days?",
     {"value": "scope_items_added", "where": {"key": "PRJ-0174"}, "period": "last_days:30"},
     "/projects/PRJ-0174"),
    (N, "changes", "Were any new projects set up this week?",
     {"list": "projects", "where": {"created": "this_week"}}),
    (R, "changes", "Which projects went overdue last week?",
     {"list": "projects", "where": {"became_late": "last_week"}}),
    (F, "changes", "What got finished since Monday?",
     {"list": "projects", "where": {"completed": "since_monday"}}),
    (N, "changes", "How many new tickets were raised in May, across everything?",
     {"count": "work_items", "where": {"created": "last_month"}}),
    (T, "changes", "How many new tasks came into the security projects this quarter after they "
                   "had already started?",
     {"value": "scope_items_added", "where": {"portfolio": "Security"},
      "period": "this_quarter"}),
    # --- causes (8) -------------------------------------------------------------------------
    (T, "causes", "Why is the Delta SSO rollout overdue?",
     {"cause": "PRJ-0130"}),
    (F, "causes", "What's holding up the Falcon metrics layer?",
     {"cause": "PRJ-0094"}),
    (N, "causes", "Why is this one running late?",
     {"cause": "PRJ-0104"}, "/projects/PRJ-0104"),
    (R, "causes", "Why is the Juniper battery pack expected to miss its date?",
     {"cause": "PRJ-0169"}),
    (D, "causes", "What went wrong with the Zephyr chatbot pilot? A customer was promised it.",
     {"cause": "PRJ-0102"}),
    (F, "causes", "What's the reason this is likely to slip?",
     {"cause": "PRJ-0063"}, "/projects/PRJ-0063"),
    (R, "causes", "Why is the Nimbus Kubernetes migration late?",
     {"cause": "PRJ-0200"}),
    (D, "causes", "Why does the Granite refund automation look shaky?",
     {"cause": "PRJ-0127"}),
    # --- forecasts (10) ---------------------------------------------------------------------
    (D, "forecasts", "What's your best guess for when Sierra refund automation will actually "
                     "be delivered?",
     {"value": "p50_date", "of": "PRJ-0140"}),
    (F, "forecasts", "What are the odds that Onyx checkout payments lands by its deadline?",
     {"value": "p_on_time", "of": "PRJ-0069"}),
    (R, "forecasts", "Will this be done by its due date? What's the chance?",
     {"value": "p_on_time", "of": "PRJ-0151"}, "/projects/PRJ-0151"),
    (N, "forecasts", "When is this likely to be finished?",
     {"value": "p50_date", "of": "PRJ-0017"}, "/projects/PRJ-0017"),
    (T, "forecasts", "How likely is the Sierra secrets management work to finish on time?",
     {"value": "p_on_time", "of": "PRJ-0085"}),
    (D, "forecasts", "Which projects aren't overdue yet but probably won't make their date?",
     {"list": "projects", "where": {"health": "at_risk"}}),
    (F, "forecasts", "When do we expect the Ember data catalog to be finished?",
     {"value": "p50_date", "of": "PRJ-0080"}),
    (R, "forecasts", "What's the chance Tundra battery pack finishes on schedule?",
     {"value": "p_on_time", "of": "PRJ-0048"}),
    (N, "forecasts", "Which live projects are a safe bet to finish on time, say 90% or better?",
     {"list": "projects", "where": {"status": "open", "p_at_least": 0.9}}),
    (T, "forecasts", "When will the Granite vulnerability program realistically be done?",
     {"value": "p50_date", "of": "PRJ-0011"}),
    # --- typos (10) -------------------------------------------------------------------------
    (R, "typos", "hw many ppl are overbookd next wek?",
     {"count": "people", "where": {"over_allocated": "next_week"}}),
    (D, "typos", "wich projcts are due in agust",
     {"list": "projects", "where": {"status": "open", "due": "range:2026-08-01:2026-08-31"}}),
    (N, "typos", "who owns the quartz ofline mode projct",
     {"value": "owner", "of": "PRJ-0062"}),
    (F, "typos", "how mnay projects finshed in june",
     {"count": "projects", "where": {"completed": "this_month"}}),
    (T, "typos", "whos on the sierra secrets managment team",
     {"list": "people", "where": {"works_on": "PRJ-0085"}}),
    (R, "typos", "who nows terrafrom",
     {"list": "people", "where": {"skill": "terraform"}}),
    (D, "typos", "when will the granit refund automaton realisticly be done",
     {"value": "p50_date", "of": "PRJ-0127"}),
    (N, "typos", "waht skills does tom tanka have",
     {"list": "skills", "where": {"person": "Tom Tanaka"}}),
    (F, "typos", "how many projcts startd this quater",
     {"count": "projects", "where": {"started": "this_quarter"}}),
    (T, "typos", "wats the chance this finshes on time",
     {"value": "p_on_time", "of": "PRJ-0011"}, "/projects/PRJ-0011"),
    # --- languages (10) ---------------------------------------------------------------------
    (D, "languages", "Wie viele Projekte sind derzeit überfällig?",
     {"language": "de", "then": {"count": "projects", "where": {"health": "late"}}}),
    (F, "languages", "Combien de projets ont été terminés le mois dernier ?",
     {"language": "fr", "then": {"count": "projects", "where": {"completed": "last_month"}}}),
    (R, "languages", "Wer ist nächste Woche komplett frei?",
     {"language": "de", "then": {"list": "people", "where": {"free": "next_week"}}}),
    (N, "languages", "Wie is de eigenaar van het project Willow metrics layer?",
     {"language": "nl", "then": {"value": "owner", "of": "PRJ-0192"}}),
    (T, "languages", "Quali progetti di sicurezza non sono ancora chiusi?",
     {"language": "it", "then": {"list": "projects",
                                 "where": {"portfolio": "Security", "status": "open"}}}),
    (D, "languages", "Qual é a previsão de conclusão do Ember event pipeline?",
     {"language": "pt", "then": {"value": "p50_date", "of": "PRJ-0121"}}),
    (F, "languages", "Qual è il budget residuo del progetto Sierra invoice engine?",
     {"language": "it", "then": None}),
    (R, "languages", "Qui maîtrise Terraform et n'a rien de prévu le mois prochain ?",
     {"language": "fr", "then": {"list": "people",
                                 "where": {"skill": "terraform", "free": "next_month"}}}),
    (N, "languages", "¿Quién trabaja en este proyecto?",
     {"language": "es", "then": {"list": "people", "where": {"works_on": "PRJ-0072"}}},
     "/projects/PRJ-0072"),
    (T, "languages", "Hoeveel taken staan nog open bij de beveiligingsprojecten?",
     {"language": "nl", "then": {"count": "work_items",
                                 "where": {"portfolio": "Security", "status": "open"}}}),
    # --- unanswerable (7) -------------------------------------------------------------------
    (F, "unanswerable", "What did the Payments projects cost us in May?",
     {"refuse": "costs in money are not in the data"}),
    (F, "unanswerable", "How much budget is left on the Iris network refresh?",
     {"refuse": "budgets are not in the data"}),
    (D, "unanswerable", "How happy are customers with the storefront these days?",
     {"refuse": "customer satisfaction is not in the data"}),
    (T, "unanswerable", "Which projects handle personal data of EU customers?",
     {"refuse": "what data a project processes is not recorded"}),
    (R, "unanswerable", "What hourly rate are we paying the contractors on the Umbra event "
                        "pipeline?",
     {"refuse": "rates and contracts are not in the data"}),
    (N, "unanswerable", "When is Farah Alvarez off on holiday next?",
     {"refuse": "leave and holidays are not in the data"}),
    (D, "unanswerable", "How much revenue will the Lumen referral program bring in this year?",
     {"refuse": "revenue is not in the data"}),
    # --- ambiguous (7) ----------------------------------------------------------------------
    (R, "ambiguous", "How busy is Ada this week?",
     {"clarify": {"people_named": "Ada"}}),
    (N, "ambiguous", "What is Sam working on?",
     {"clarify": {"people_named": "Sam"}}),
    (D, "ambiguous", "When will the Beacon data catalog be done?",
     {"clarify": {"projects_named": "Beacon data catalog", "open": True}}),
    (T, "ambiguous", "Who's on the Iris recommendation engine?",
     {"clarify": {"projects_named": "Iris recommendation engine", "open": True}}),
    (F, "ambiguous", "Where are we with the Nimbus pricing experiment?",
     {"clarify": {"projects_named": "Nimbus pricing experiment", "open": True}}),
    (D, "ambiguous", "How many big projects do we have on?",
     {"clarify": ["high or critical priority", "the most story points", "the largest team"]}),
    (R, "ambiguous", "Is Kowalski over capacity next week?",
     {"clarify": {"people_named": "Kowalski"}}),
    # --- documents (6) ----------------------------------------------------------------------
    (T, "documents", "What did the team decide at the last Delta SSO rollout meeting?",
     {"text": [{"decision_of": "PRJ-0130"}]}),
    (N, "documents", "What's the main worry flagged in the latest update on the Sierra invoice "
                     "engine?",
     {"text": [{"risk_of": "PRJ-0063"}]}),
    (F, "documents", "Why was the Umbra data catalog cancelled? I need a line for the "
                     "write-off note.",
     {"text": ["the business case no longer holds"]}),
    (D, "documents", "Why has the Lumen accessibility audit been paused?",
     {"text": ["a vendor dependency is blocked"]}),
    (T, "documents", "What was agreed at the most recent meeting here?",
     {"text": [{"decision_of": "PRJ-0085"}]}, "/projects/PRJ-0085"),
    (R, "documents", "What's the biggest risk called out in the latest progress report for the "
                     "Meridian Kubernetes migration?",
     {"text": [{"risk_of": "PRJ-0151"}]}),
]

QUESTIONS: list[dict[str, Any]] = [_q(i, *row) for i, row in enumerate(_ROWS, start=1)]
