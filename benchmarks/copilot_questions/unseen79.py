"""Held-out split unseen79: 150 questions written blind, for reporting only.

Written by a helper session working from benchmarks/copilot_questions/BRIEF.md alone, in a worktree
of main (branch ``unseen79``). It read only the benchmark's own files (``copilot_questions.py``,
``expect.py``, ``facts.py``, ``periods.py``, ``scoring.py``, ``records.py``), ``docs/metrics.md``
and ``data/demo.py``, looked names, keys, skills, roles, portfolios, owners and document phrases
up with plain SQL in a demo database built as the brief says (200 projects, seed 7, today
2026-06-17), and checked every spec with ``--resolve-only``. It never opened the copilot's code,
the dashboard, the tests, docs/copilot.md or any other split, and saw no score.

The questions are what the five personas (director, team lead, resource manager, new hire,
finance) would type into the chat box: some terse, some full sentences with context, some
dictated, some thumbed on a phone with typos. About a third are worded the way one colleague
writes to another on Slack, not in the dashboard's words, including questions about what will
happen (who will be free, when something will be done, what still has to land) and about what
already happened (what slipped, what finished late, what was added), and a few ask two things
at once where one answer covers both ("which are late and who owns them": the late projects).
15 are asked from a project page ("this one", "here", "this project").

Readings used (today is Wednesday 2026-06-17):
- open = proposed, active or on hold; "still open", "still on the go", "not done yet" = open;
  "haven't started yet", "at the proposal stage" = proposed; "on hold", "paused", "auf Eis" =
  on hold.
- late, overdue, "past its due date", "behind" (of a project today) = open and due before today;
  "slipped past its deadline last week" / "gone late in the last 30 days" = became late in that
  period (due date the day before a day of it, still late).
- "finished late" / "came in after its due date" = done, completed after the due date; those
  sets were worked out with SQL and are given as keys, with the period as a check.
- at risk / "look at risk" / "flagged at risk" = the health rule of metrics.md; "odds", "chance",
  "are we going to make the deadline", "will it hit its date" = P(on time); "when will it be
  done", "realistically wrap up", "expected finish" = the P50 date.
- "free", "nothing booked", "nothing on", "available" = no allocation on any day of the period;
  "overbooked", "over capacity", "over 100%", "stretched" (most) = over-allocated (load above
  100% on some day); "how loaded / busy" = load (highest daily sum of shares); "bandwidth" is
  either free or with room, so it asks which.
- "works on", "on", "staffed on", "the team" of a project = allocated to it today; "the Security
  team" / "people on Payments projects" = allocated today to one of its projects.
- "owner", "lead" of a project = its owner.
- "this week" = Mon 15 – Sun 21 June 2026; "last week" = 8–14 June; "next week" = 22–28 June;
  "since Monday" = 15–17 June; "this month" / "so far this month" = June 2026 (completions so
  far), "kicked off this month so far" = started 1–17 June; "last month" = May 2026;
  "March" (a question about what happened) = March 2026;
  "July" and "next month" = July 2026; "Q1" = Jan–Mar 2026; "Q3" = Jul–Sep 2026; "H1" = Jan–Jun
  2026; "the coming fortnight" and "the next two weeks" = today and the 13 days after it
  (17–30 June).
- work items are also "tickets", "items"; "closed out" / "finished" of items = done in the
  period; "added to scope" = items added after the project's start, from the daily snapshots.
- Undefined or shared words get a clarification: a first name several people share, a project
  name two or more open projects share, "bandwidth", "biggest". Money, satisfaction, vacation,
  rates, revenue and timesheet hours are not in the data: refused.
"""

from __future__ import annotations

from typing import Any

SPLIT = "unseen79"


def _q(n: int, persona: str, category: str, question: str, expect: dict[str, Any],
       page: str | None = None) -> dict[str, Any]:
    record = {"id": f"u79-{n:03d}", "split": SPLIT, "persona": persona, "category": category,
              "question": question, "expect": expect}
    if page:
        record["page"] = page
    return record


LATE = {"health": "late"}
OPEN = {"status": "open"}

_ROWS: list[tuple[Any, ...]] = [
    # --- counts ---------------------------------------------------------------------------
    ("director", "counts", "quick one: how many projects are still open across everything?",
     {"count": "projects", "where": OPEN}),
    ("finance", "counts", "How many projects were completed in March?",
     {"count": "projects", "where": {"completed": "range:2026-03-01:2026-03-31"}}),
    ("team_lead", "counts", "how many of the Devices projects are past their due date rn?",
     {"count": "projects", "where": {**LATE, "portfolio": "Devices"}}),
    ("new_hire", "counts", "I'm new here and trying to get a sense of scale. How many people "
     "are there in the resource pool overall?",
     {"count": "people", "where": {}}),
    ("resource_manager", "counts", "how many folks are overbooked this week?",
     {"count": "people", "where": {"over_allocated": "this_week"}}),
    ("finance", "counts", "How many open projects are marked critical priority?",
     {"count": "projects", "where": {**OPEN, "priority": "critical"}}),
    ("new_hire", "counts", "Sorry if this is basic, but how many projects are still at the "
     "proposal stage?",
     {"count": "projects", "where": {"status": "proposed"}}),
    ("team_lead", "counts", "how many work items are still not done on this one?",
     {"count": "work_items", "where": {"status": "open", "project": "PRJ-0046"}},
     "/projects/PRJ-0046"),
    ("resource_manager", "counts", "How many QA engineers do we have in total?",
     {"count": "people", "where": {"role": "QA engineer"}}),
    ("new_hire", "counts", "Could you tell me how many status notes have been written for "
     "PRJ-0029 so far?",
     {"count": "documents", "where": {"project": "PRJ-0029", "kind": "status_note"}}),
    ("director", "counts", "how many projects kicked off this month so far?",
     {"count": "projects", "where": {"started": "range:2026-06-01:2026-06-17"}}),
    ("finance", "counts", "how many work items got closed out last week, all portfolios?",
     {"count": "work_items", "where": {"done": "last_week"}}),
    ("team_lead", "counts", "How many ML Platform projects are at risk right now?",
     {"count": "projects", "where": {"health": "at_risk", "portfolio": "ML Platform"}}),
    ("resource_manager", "counts", "How many people have nothing booked at all next week?",
     {"count": "people", "where": {"free": "next_week"}}),
    # --- lists ----------------------------------------------------------------------------
    ("director", "lists", "which projects are running late rn and who owns them?",
     {"list": "projects", "where": LATE}),
    ("team_lead", "lists", "what's currently on hold?",
     {"list": "projects", "where": {"status": "on_hold"}}),
    ("finance", "lists", "Which Payments projects are still open?",
     {"list": "projects", "where": {**OPEN, "portfolio": "Payments"}}),
    ("new_hire", "lists", "Which open projects does Hugo Lopez own? I was told to check in "
     "with him about them.",
     {"list": "projects", "where": {**OPEN, "owner": "Hugo Lopez"}}),
    ("resource_manager", "lists", "Who's staffed on Cobalt smart thermostat?",
     {"list": "people", "where": {"works_on": "PRJ-0104"}}),
    ("director", "lists", "what do we have due in the next two weeks that's still open?",
     {"list": "projects", "where": {**OPEN, "due": "next_days:14"}}),
    ("new_hire", "lists", "Could you list the open projects that have critical priority?",
     {"list": "projects", "where": {**OPEN, "priority": "critical"}}),
    ("finance", "lists", "which projects wrapped up last month?",
     {"list": "projects", "where": {"completed": "last_month"}}),
    ("new_hire", "lists", "How many Devices projects are still open, and which ones are they?",
     {"list": "projects", "where": {**OPEN, "portfolio": "Devices"}}),
    ("resource_manager", "lists", "how many people are over 100% next month, and who are they?",
     {"list": "people", "where": {"over_allocated": "next_month"}}),
    ("director", "lists", "Any high-priority Growth projects still on the go?",
     {"list": "projects", "where": {**OPEN, "priority": "high", "portfolio": "Growth"}}),
    ("team_lead", "lists", "who's working on this?",
     {"list": "people", "where": {"works_on": "PRJ-0040"}}, "/projects/PRJ-0040"),
    ("new_hire", "lists", "Which projects haven't started yet?",
     {"list": "projects", "where": {"status": "proposed"}}),
    ("new_hire", "lists", "What projects is Sofia Zhang on at the moment?",
     {"list": "projects", "where": {"staffed_by": "Sofia Zhang"}}),
    # --- periods --------------------------------------------------------------------------
    ("director", "periods", "what have we still got landing in July?",
     {"list": "projects", "where": {**OPEN, "due": "next_month"}}),
    ("finance", "periods", "Which projects were completed in Q1?",
     {"list": "projects", "where": {"completed": "q1"}}),
    ("team_lead", "periods", "what got shipped this month so far?",
     {"list": "projects", "where": {"completed": "this_month"}}),
    ("resource_manager", "periods", "Who is free for the coming fortnight?",
     {"list": "people", "where": {"free": "next_days:14"}}),
    ("new_hire", "periods", "Which projects are scheduled to start in July?",
     {"list": "projects", "where": {"started": "next_month"}}),
    ("new_hire", "periods", "For my onboarding notes: how many projects did we finish in H1?",
     {"count": "projects", "where": {"completed": "range:2026-01-01:2026-06-30"}}),
    ("finance", "periods", "How many story points were delivered last month?",
     {"value": "points_done", "where": {"done": "last_month"}}),
    ("team_lead", "periods", "how many items has Data Platform closed since Monday?",
     {"count": "work_items", "where": {"done": "since_monday", "portfolio": "Data Platform"}}),
    ("resource_manager", "periods", "Who's over-allocated next week?",
     {"list": "people", "where": {"over_allocated": "next_week"}}),
    ("finance", "periods", "How many still-open projects have a due date in Q3?",
     {"count": "projects", "where": {**OPEN, "due": "q3"}}),
    ("team_lead", "periods", "Which projects were set up last week?",
     {"list": "projects", "where": {"created": "last_week"}}),
    ("director", "periods", "When did Raven checkout payments actually finish, and how far past "
     "its due date was that?",
     {"value": "completed_date", "of": "PRJ-0012"}),
    ("finance", "periods", "did anything we finished this month land after its due date?",
     {"list": "projects", "where": {"completed": "this_month", "key": [
         "PRJ-0036", "PRJ-0087", "PRJ-0093", "PRJ-0096", "PRJ-0105"]}}),
    # --- rankings -------------------------------------------------------------------------
    ("director", "rankings", "Top 3 most overdue projects?",
     {"top": "projects", "by": "days_overdue", "k": 3}),
    ("resource_manager", "rankings", "who's the most stretched this week?",
     {"top": "people", "by": "load", "k": 1, "period": "this_week"}),
    ("finance", "rankings", "Which portfolio has the most open projects?",
     {"top": "portfolios", "by": "count", "k": 1, "where": OPEN}),
    ("team_lead", "rankings", "Which open project has the most story points left to do?",
     {"top": "projects", "by": "remaining_points", "k": 1, "where": OPEN}),
    ("new_hire", "rankings", "What are the five most common skills among our people?",
     {"top": "skills", "by": "people", "k": 5}),
    ("resource_manager", "rankings", "Give me the 5 busiest people in July.",
     {"top": "people", "by": "load", "k": 5, "period": "next_month"}),
    ("director", "rankings", "Of the projects that aren't late yet, which three are least "
     "likely to finish on time?",
     {"top": "projects", "by": "p_on_time", "k": 3,
      "where": {"health": ["at_risk", "on_track"]}}),
    ("finance", "rankings", "Who owns the most open projects?",
     {"top": "owners", "by": "count", "k": 1, "where": OPEN}),
    ("team_lead", "rankings", "which skill has the biggest pile of open work waiting on it?",
     {"top": "skills", "by": "open_items", "k": 1}),
    ("new_hire", "rankings", "Who has the most unfinished work items assigned to them?",
     {"top": "people", "by": "open_items", "k": 1}),
    # --- comparisons ----------------------------------------------------------------------
    ("director", "comparisons", "late projects by portfolio?",
     {"groups": "projects", "by": "portfolio", "where": LATE}),
    ("finance", "comparisons", "Compare Payments and Growth: how many open projects does each "
     "have?",
     {"groups": "projects", "by": "portfolio", "where": OPEN, "only": ["Payments", "Growth"]}),
    ("resource_manager", "comparisons", "Who's more loaded this week, Leo Moreau or Sofia Zhang?",
     {"groups": "people", "by": "load", "period": "this_week",
      "only": ["Leo Moreau", "Sofia Zhang"]}),
    ("team_lead", "comparisons", "How do the open projects break down by priority?",
     {"groups": "projects", "by": "priority", "where": OPEN}),
    ("new_hire", "comparisons", "How many projects are there in each status?",
     {"groups": "projects", "by": "status"}),
    ("director", "comparisons", "Devices vs Data Platform, how many late projects each?",
     {"groups": "projects", "by": "portfolio", "where": LATE,
      "only": ["Devices", "Data Platform"]}),
    ("finance", "comparisons", "Of the open projects, how many are on track, at risk and late?",
     {"groups": "projects", "by": "health", "where": OPEN,
      "only": ["on_track", "at_risk", "late"]}),
    ("resource_manager", "comparisons", "Do more of our people know React or TypeScript?",
     {"groups": "skills", "by": "people", "only": ["react", "typescript"]}),
    ("team_lead", "comparisons", "open items mobile apps vs web storefront?",
     {"groups": "work_items", "by": "portfolio", "where": {"status": "open"},
      "only": ["Mobile Apps", "Web Storefront"]}),
    # --- people ---------------------------------------------------------------------------
    ("resource_manager", "people", "who's gonna be free in July? need hands for a new thing",
     {"list": "people", "where": {"free": "next_month"}}),
    ("team_lead", "people", "what's Aisha on these days?",
     {"list": "projects", "where": {"staffed_by": "Aisha Eriksen"}}),
    ("director", "people", "How loaded is Emeka Okafor this week?",
     {"value": "load", "of": "Emeka Okafor", "period": "this_week"}),
    ("new_hire", "people", "Who is the owner of PRJ-0084?",
     {"value": "owner", "of": "PRJ-0084"}),
    ("resource_manager", "people", "Will Leo Moreau's load ease off at all next month?",
     {"value": "load", "of": "Leo Moreau", "period": "next_month"}),
    ("team_lead", "people", "Who's on the Security team right now?",
     {"list": "people", "where": {"portfolio": "Security"}}),
    ("finance", "people", "How many people will be over capacity next week?",
     {"count": "people", "where": {"over_allocated": "next_week"}}),
    ("new_hire", "people", "I'm joining Apollo metrics layer next week. Who else is working "
     "on it?",
     {"list": "people", "where": {"works_on": "PRJ-0046"}}),
    ("resource_manager", "people", "Which data engineers are free next week?",
     {"list": "people", "where": {"role": "Data engineer", "free": "next_week"}}),
    ("team_lead", "people", "anyone on this project overbooked this week?",
     {"list": "people", "where": {"works_on": "PRJ-0121", "over_allocated": "this_week"}},
     "/projects/PRJ-0121"),
    ("resource_manager", "people", "How busy will Sara Martin be in July?",
     {"value": "load", "of": "Sara Martin", "period": "next_month"}),
    ("finance", "people", "How many people are working on Payments projects at the moment?",
     {"count": "people", "where": {"portfolio": "Payments"}}),
    ("new_hire", "people", "What is Nadia Petrov working on right now?",
     {"list": "projects", "where": {"staffed_by": "Nadia Petrov"}}),
    ("director", "people", "who's the lead here?",
     {"value": "owner", "of": "PRJ-0029"}, "/projects/PRJ-0029"),
    # --- skills ---------------------------------------------------------------------------
    ("resource_manager", "skills", "Who knows Spark?",
     {"list": "people", "where": {"skill": "spark"}}),
    ("team_lead", "skills", "need a Go dev who's free next week, anyone?",
     {"list": "people", "where": {"skill": "go", "free": "next_week"}}),
    ("new_hire", "skills", "What skills does Tariq Olsen have?",
     {"list": "skills", "where": {"person": "Tariq Olsen"}}),
    ("resource_manager", "skills", "anyone with kubernetes who's got nothing on in July?",
     {"list": "people", "where": {"skill": "kubernetes", "free": "next_month"}}),
    ("director", "skills", "How many people have ML skills?",
     {"count": "people", "where": {"skill": "ml"}}),
    ("new_hire", "skills", "Which skill is the rarest across all our people?",
     {"top": "skills", "by": "people", "k": 1, "order": "asc"}),
    ("finance", "skills", "How many people have both accessibility and React skills?",
     {"count": "people", "where": {"skill": ["accessibility", "react"]}}),
    ("resource_manager", "skills", "which people on this project know python?",
     {"list": "people", "where": {"works_on": "PRJ-0063", "skill": "python"}},
     "/projects/PRJ-0063"),
    ("new_hire", "skills", "Who on the Payments projects knows security?",
     {"list": "people", "where": {"skill": "security", "portfolio": "Payments"}}),
    ("team_lead", "skills", "Which networking people are free in July?",
     {"list": "people", "where": {"skill": "networking", "free": "next_month"}}),
    # --- changes --------------------------------------------------------------------------
    ("director", "changes", "did anything slip past its deadline last week?",
     {"list": "projects", "where": {"became_late": "last_week"}}),
    ("team_lead", "changes", "how many new items got added to scope last week?",
     {"value": "scope_items_added", "period": "last_week", "where": {}}),
    ("finance", "changes", "Which projects were added to the portfolio this month?",
     {"list": "projects", "where": {"created": "this_month"}}),
    ("new_hire", "changes", "Which projects have gone late in the last 30 days?",
     {"list": "projects", "where": {"became_late": "last_days:30"}}),
    ("resource_manager", "changes", "How many new items were added to the scope of Devices "
     "projects last month?",
     {"value": "scope_items_added", "period": "last_month", "where": {"portfolio": "Devices"}}),
    ("director", "changes", "what finished this week?",
     {"list": "projects", "where": {"completed": "this_week"}}),
    ("team_lead", "changes", "how many items have been added to this since it kicked off?",
     {"value": "scope_items_added", "period": "range:2026-01-12:2026-06-17",
      "where": {"key": "PRJ-0104"}}, "/projects/PRJ-0104"),
    ("finance", "changes", "Of the projects we closed last month, which ones came in after "
     "their due date?",
     {"list": "projects", "where": {"completed": "last_month",
                                    "key": ["PRJ-0026", "PRJ-0057", "PRJ-0199"]}}),
    # --- causes ---------------------------------------------------------------------------
    ("director", "causes", "Why is Falcon metrics layer so far behind?",
     {"cause": "PRJ-0094"}),
    ("team_lead", "causes", "why did this slip?",
     {"cause": "PRJ-0102"}, "/projects/PRJ-0102"),
    ("finance", "causes", "What's causing the delay on Cobalt smart thermostat?",
     {"cause": "PRJ-0104"}),
    ("new_hire", "causes", "Could you explain why PRJ-0125 is late?",
     {"cause": "PRJ-0125"}),
    ("director", "causes", "what went wrong here?",
     {"cause": "PRJ-0130"}, "/projects/PRJ-0130"),
    ("resource_manager", "causes", "Why is Falcon push notifications overdue?",
     {"cause": "PRJ-0165"}),
    ("team_lead", "causes", "whats the holdup on Harbor sensor hub",
     {"cause": "PRJ-0183"}),
    ("finance", "causes", "Why are we behind schedule on this project?",
     {"cause": "PRJ-0200"}, "/projects/PRJ-0200"),
    # --- forecasts ------------------------------------------------------------------------
    ("director", "forecasts", "when's Apollo metrics layer realistically going to wrap up?",
     {"value": "p50_date", "of": "PRJ-0046"}),
    ("finance", "forecasts", "What are the odds PRJ-0029 finishes on time?",
     {"value": "p_on_time", "of": "PRJ-0029"}),
    ("team_lead", "forecasts", "are we gonna make the deadline on this one?",
     {"value": "p_on_time", "of": "PRJ-0084"}, "/projects/PRJ-0084"),
    ("resource_manager", "forecasts", "When do you expect Ember event pipeline to be done? I need "
     "to plan around when its people free up.",
     {"value": "p50_date", "of": "PRJ-0121"}),
    ("director", "forecasts", "Which projects are at risk of missing their date?",
     {"list": "projects", "where": {"health": "at_risk"}}),
    ("new_hire", "forecasts", "How many projects are currently flagged as at risk?",
     {"count": "projects", "where": {"health": "at_risk"}}),
    ("finance", "forecasts", "Which projects that aren't overdue yet have under a 30% chance of "
     "landing on time?",
     {"list": "projects", "where": {"health": "at_risk", "p_below": 0.3}}),
    ("new_hire", "forecasts", "Do you think Sierra invoice engine will hit its due date?",
     {"value": "p_on_time", "of": "PRJ-0063"}),
    ("director", "forecasts", "when's this one likely to be finished?",
     {"value": "p50_date", "of": "PRJ-0040"}, "/projects/PRJ-0040"),
    ("resource_manager", "forecasts", "Which Devices projects look at risk?",
     {"list": "projects", "where": {"health": "at_risk", "portfolio": "Devices"}}),
    # --- typos ----------------------------------------------------------------------------
    ("team_lead", "typos", "how many projcts r late",
     {"count": "projects", "where": LATE}),
    ("resource_manager", "typos", "whos overalocated this wk",
     {"list": "people", "where": {"over_allocated": "this_week"}}),
    ("new_hire", "typos", "wen is this due",
     {"value": "due_date", "of": "PRJ-0063"}, "/projects/PRJ-0063"),
    ("director", "typos", "lsit open proejcts in Infrastructure",
     {"list": "projects", "where": {**OPEN, "portfolio": "Infrastructure"}}),
    ("resource_manager", "typos", "skils of Nadia Petrov?",
     {"list": "skills", "where": {"person": "Nadia Petrov"}}),
    ("finance", "typos", "who ownz Sierra invoce engine",
     {"value": "owner", "of": "PRJ-0063"}),
    ("team_lead", "typos", "progres on PRJ-0040?",
     {"value": "progress", "of": "PRJ-0040"}),
    ("director", "typos", "how many ppl free nxt week",
     {"count": "people", "where": {"free": "next_week"}}),
    ("finance", "typos", "whats the staus of Umbra obsrvability stack",
     {"value": "status", "of": "PRJ-0155"}),
    ("new_hire", "typos", "which portfolo has the most late projcts",
     {"top": "portfolios", "by": "count", "k": 1, "where": LATE}),
    # --- languages ------------------------------------------------------------------------
    ("director", "languages", "Wie viele Projekte sind im Moment überfällig?",
     {"language": "de", "then": {"count": "projects", "where": LATE}}),
    ("finance", "languages", "Quels projets du portefeuille Payments sont encore ouverts ?",
     {"language": "fr",
      "then": {"list": "projects", "where": {**OPEN, "portfolio": "Payments"}}}),
    ("team_lead", "languages", "¿Quién es el responsable de PRJ-0104?",
     {"language": "es", "then": {"value": "owner", "of": "PRJ-0104"}}),
    ("resource_manager", "languages", "Wie is er volgende week helemaal vrij?",
     {"language": "nl", "then": {"list": "people", "where": {"free": "next_week"}}}),
    ("new_hire", "languages", "Qual è la data di scadenza di Apollo metrics layer?",
     {"language": "it", "then": {"value": "due_date", "of": "PRJ-0046"}}),
    ("resource_manager", "languages", "Quantas pessoas estão sobrecarregadas esta semana?",
     {"language": "pt",
      "then": {"count": "people", "where": {"over_allocated": "this_week"}}}),
    ("director", "languages", "Welche Projekte liegen gerade auf Eis?",
     {"language": "de", "then": {"list": "projects", "where": {"status": "on_hold"}}}),
    ("finance", "languages", "Quel est le budget restant du projet PRJ-0029 ?",
     {"language": "fr", "then": None}),
    ("team_lead", "languages", "¿Cuánto avance lleva este proyecto?",
     {"language": "es", "then": {"value": "progress", "of": "PRJ-0084"}},
     "/projects/PRJ-0084"),
    ("new_hire", "languages", "Hoeveel projecten zijn er deze maand afgerond?",
     {"language": "nl",
      "then": {"count": "projects", "where": {"completed": "this_month"}}}),
    # --- unanswerable ---------------------------------------------------------------------
    ("finance", "unanswerable", "How much have we spent on PRJ-0029 so far?",
     {"refuse": "no costs or budgets in money"}),
    ("director", "unanswerable", "What's our customer satisfaction score on the help center "
     "work?",
     {"refuse": "no customer satisfaction data"}),
    ("resource_manager", "unanswerable", "who's out on vacation next week?",
     {"refuse": "no leave or vacation data"}),
    ("finance", "unanswerable", "What's Hugo Lopez's day rate?",
     {"refuse": "no rates or salaries"}),
    ("new_hire", "unanswerable", "What revenue has the Raven pricing experiment brought in so "
     "far?",
     {"refuse": "no revenue data"}),
    ("team_lead", "unanswerable", "how many hours did people log on this last week?",
     {"refuse": "no timesheets"}, "/projects/PRJ-0046"),
    ("director", "unanswerable", "What's the total budget for Devices this year?",
     {"refuse": "no budgets in money"}),
    # --- ambiguous ------------------------------------------------------------------------
    ("director", "ambiguous", "how's Iris recommendation engine doing?",
     {"clarify": {"projects_named": "iris recommendation", "open": True}}),
    ("team_lead", "ambiguous", "When's Beacon data catalog due?",
     {"clarify": {"projects_named": "beacon data catalog", "open": True}}),
    ("resource_manager", "ambiguous", "what's Grace working on?",
     {"clarify": {"people_named": "grace"}}),
    ("resource_manager", "ambiguous", "who has bandwidth next week?",
     {"clarify": ["free next week (nothing booked)", "with room next week (under 100%)"]}),
    ("finance", "ambiguous", "What's the status of the Nimbus pricing experiment?",
     {"clarify": {"projects_named": "nimbus pricing", "open": True}}),
    ("team_lead", "ambiguous", "is Olga overloaded?",
     {"clarify": {"people_named": "olga"}}),
    ("director", "ambiguous", "Which is our biggest project?",
     {"clarify": ["most story points", "most work items", "largest team"]}),
    # --- documents ------------------------------------------------------------------------
    ("new_hire", "documents", "Why was Umbra observability stack put on hold?",
     {"text": ["the business case no longer holds"]}),
    ("team_lead", "documents", "What did the team decide at the last PRJ-0029 sync?",
     {"text": [{"decision_of": "PRJ-0029"}]}),
    ("director", "documents", "What's the main risk in the latest status note for Raven pricing "
     "experiment?",
     {"text": [{"risk_of": "PRJ-0084"}]}),
    ("resource_manager", "documents", "why is this paused?",
     {"text": ["a vendor dependency is blocked"]}, "/projects/PRJ-0138"),
    ("finance", "documents", "Why did we cancel Umbra checkout redesign?",
     {"text": ["a vendor dependency is blocked"]}),
    ("new_hire", "documents", "What was the open question in the spec for Cobalt smart "
     "thermostat?",
     {"text": ["the battery fails the drop test"]}),
]

QUESTIONS = [_q(n, *row) for n, row in enumerate(_ROWS, start=1)]
