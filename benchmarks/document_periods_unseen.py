"""Held-out questions about *when documents were written*, for the copilot's period handling.

Written blind by a helper session on 2026-12-06, without reading the copilot's code (nor its
tests, its docs page or the existing copilot benchmark questions). The only sources used were
``data/demo.py``, ``data/schema.py`` and plain SQL over a demo SQLite database (40 projects,
276 documents written between 2025-01-03 and 2026-06-17; today = Wednesday 2026-06-17), to pick
topics and project keys that really occur in the documents and to check that most periods
contain at least one document.

Each entry:

* ``question`` -- what a manager types into the chat on Wednesday 17 June 2026.
* ``start`` / ``end`` -- the inclusive range of dates on which the documents asked about were
  WRITTEN (``documents.created_at`` date) as a careful human reads the question; ``None`` is an
  open side ("before 4 June" -> end 2026-06-03, no start). Periods that reach the present end on
  today, 2026-06-17, because no document is written in the future.
* ``project`` -- the project key the question is about (also when the project is named by its
  name), or ``None``.
* ``no_period: True`` -- the question names no period for the documents: either no date at all,
  or the only date is a deadline / due date / expected finish mentioned *inside* the documents.
  Both ``start`` and ``end`` are then ``None``.
* ``ambiguous: True`` -- the wording has more than one fair reading (e.g. meteorological vs
  astronomical seasons); the calendar-month reading is the one given.

Conventions used when computing ranges: weeks run Monday-Sunday; "last week" = 8-14 June 2026;
"this week" = 15-17 June 2026; "last month" = May 2026; "Q1" = January-March 2026; "the past two
weeks" = 3-17 June 2026; "earlier this month" = 1-17 June 2026 (1-16 June is an equally fair
reading); month names that lie after June without a year ("in August") mean 2025, the last time
that month happened.

Mix: 40 questions with a writing period (dp-001..dp-040), 10 whose only date is a deadline
(dp-041..dp-050) and 10 with no date at all (dp-051..dp-060). In that demo database 35 of the 40
periods hold at least one document (of the named project, when one is named) and 5 hold none
(listed in ``EMPTY``).
"""

from __future__ import annotations

from typing import Any

TODAY = "2026-06-17"

QUESTIONS: list[dict[str, Any]] = [
    # -- 40 questions that name the period in which the documents were written -----------------
    {
        "id": "dp-001",
        "question": "What did the PRJ-0011 notes say last month about the nightly batch?",
        "start": "2026-05-01",
        "end": "2026-05-31",
        "project": "PRJ-0011",
    },
    {
        "id": "dp-002",
        "question": "any risks flagged in this week's status notes?",
        "start": "2026-06-15",
        "end": "2026-06-17",
        "project": None,
    },
    {
        "id": "dp-003",
        "question": "What was decided at the Tundra observability stack weekly syncs in May?",
        "start": "2026-05-01",
        "end": "2026-05-31",
        "project": "PRJ-0004",
    },
    {
        "id": "dp-004",
        "question": "summarise PRJ-0038 meeting notes during April pls",
        "start": "2026-04-01",
        "end": "2026-04-30",
        "project": "PRJ-0038",
    },
    {
        "id": "dp-005",
        "question": (
            "Over the past two weeks, did anyone mention the vendor contract in the minutes?"
        ),
        "start": "2026-06-03",
        "end": "2026-06-17",
        "project": None,
    },
    {
        "id": "dp-006",
        "question": "Since the start of the year, which risks kept coming up for PRJ-0016?",
        "start": "2026-01-01",
        "end": "2026-06-17",
        "project": "PRJ-0016",
    },
    {
        "id": "dp-007",
        "question": "In Q1, what did the meeting minutes say about the cloud quota increase?",
        "start": "2026-01-01",
        "end": "2026-03-31",
        "project": None,
    },
    {
        "id": "dp-008",
        "question": (
            "Between 2 and 9 June, what did the meeting notes say about confirming the budget "
            "with finance?"
        ),
        "start": "2026-06-02",
        "end": "2026-06-09",
        "project": None,
    },
    {
        "id": "dp-009",
        "question": "What happened at the PRJ-0022 sync on 7 June?",
        "start": "2026-06-07",
        "end": "2026-06-07",
        "project": "PRJ-0022",
    },
    {
        "id": "dp-010",
        "question": "Before April, what open questions did the specs raise?",
        "start": None,
        "end": "2026-03-31",
        "project": None,
    },
    {
        "id": "dp-011",
        "question": (
            "Earlier this month, what did the Beacon metrics layer notes say about the old CSV "
            "exports?"
        ),
        "start": "2026-06-01",
        "end": "2026-06-17",
        "project": "PRJ-0020",
    },
    {
        "id": "dp-012",
        "question": (
            "In the first half of May, what did the minutes say about reviewing test results "
            "with QA?"
        ),
        "start": "2026-05-01",
        "end": "2026-05-15",
        "project": None,
    },
    {
        "id": "dp-013",
        "question": "What decisions did the Nimbus checkout payments team take in the spring?",
        "start": "2026-03-01",
        "end": "2026-05-31",
        "project": "PRJ-0037",
        # astronomical spring (20 March - 20 June) is also a fair reading
        "ambiguous": True,
    },
    {
        "id": "dp-014",
        "question": "What did the status note from a fortnight ago say about PRJ-0014?",
        "start": "2026-06-03",
        "end": "2026-06-03",
        "project": "PRJ-0014",
    },
    {
        "id": "dp-015",
        "question": "what did the PRJ-0003 minutes say in august",
        "start": "2025-08-01",
        "end": "2025-08-31",
        "project": "PRJ-0003",
    },
    {
        "id": "dp-016",
        "question": "Could you list the risks in the PRJ-0040 minutes from Q2 so far?",
        "start": "2026-04-01",
        "end": "2026-06-17",
        "project": "PRJ-0040",
    },
    {
        "id": "dp-017",
        "question": "After 10 June, did any notes warn that App Store review could delay a launch?",
        "start": "2026-06-11",
        "end": "2026-06-17",
        "project": None,
    },
    {
        "id": "dp-018",
        "question": "What did the December minutes say about 3-D Secure?",
        "start": "2025-12-01",
        "end": "2025-12-31",
        "project": None,
    },
    {
        "id": "dp-019",
        "question": "Was anything written about PRJ-0034 in October?",
        "start": "2025-10-01",
        "end": "2025-10-31",
        "project": "PRJ-0034",
    },
    {
        "id": "dp-020",
        "question": "Could you tell me what the PRJ-0030 documents said in May?",
        "start": "2026-05-01",
        "end": "2026-05-31",
        "project": "PRJ-0030",
    },
    {
        "id": "dp-021",
        "question": "Last week's minutes for PRJ-0015 - what was the main risk?",
        "start": "2026-06-08",
        "end": "2026-06-14",
        "project": "PRJ-0015",
    },
    {
        "id": "dp-022",
        "question": "What did the status notes from last year say about PRJ-0026?",
        "start": "2025-01-01",
        "end": "2025-12-31",
        "project": "PRJ-0026",
    },
    {
        "id": "dp-023",
        "question": "Show me what the minutes said about the legacy VPN between 1 and 15 April.",
        "start": "2026-04-01",
        "end": "2026-04-15",
        "project": None,
    },
    {
        "id": "dp-024",
        "question": "What was discussed at yesterday's Vega landing pages sync?",
        "start": "2026-06-16",
        "end": "2026-06-16",
        "project": "PRJ-0021",
    },
    {
        "id": "dp-025",
        "question": "what did todays status note flag for PRJ-0028",
        "start": "2026-06-17",
        "end": "2026-06-17",
        "project": "PRJ-0028",
    },
    {
        "id": "dp-026",
        "question": "Since 15 March, what have the documents said about the PCI audit?",
        "start": "2026-03-15",
        "end": "2026-06-17",
        "project": None,
    },
    {
        "id": "dp-027",
        "question": "In the second half of April, which risks did the PRJ-0019 documents raise?",
        "start": "2026-04-16",
        "end": "2026-04-30",
        "project": "PRJ-0019",
    },
    {
        "id": "dp-028",
        "question": "How did the PRJ-0008 notes read over the winter?",
        "start": "2025-12-01",
        "end": "2026-02-28",
        "project": "PRJ-0008",
        # astronomical winter (21 December - 20 March) is also a fair reading
        "ambiguous": True,
    },
    {
        "id": "dp-029",
        "question": "What came out of the weekly syncs held on Monday 8 June?",
        "start": "2026-06-08",
        "end": "2026-06-08",
        "project": None,
    },
    {
        "id": "dp-030",
        "question": "Before 4 June what did PRJ-0017's status notes say about the legacy VPN?",
        "start": None,
        "end": "2026-06-03",
        "project": "PRJ-0017",
    },
    {
        "id": "dp-031",
        "question": "waht did the minutes in the first week of June decide about the CSV exports?",
        "start": "2026-06-01",
        "end": "2026-06-07",
        "project": None,
    },
    {
        "id": "dp-032",
        "question": "During March, did any status note mention the battery failing the drop test?",
        "start": "2026-03-01",
        "end": "2026-03-31",
        "project": None,
    },
    {
        "id": "dp-033",
        "question": "This month, which minutes mentioned legal not approving the referral terms?",
        "start": "2026-06-01",
        "end": "2026-06-17",
        "project": None,
    },
    {
        "id": "dp-034",
        "question": "Between 20 and 31 May, what did the status notes say about PRJ-0024?",
        "start": "2026-05-20",
        "end": "2026-05-31",
        "project": "PRJ-0024",
    },
    {
        "id": "dp-035",
        "question": "On 20 May, what was written about the Ember CI speed-up?",
        "start": "2026-05-20",
        "end": "2026-05-20",
        "project": "PRJ-0039",
    },
    {
        "id": "dp-036",
        "question": "Has anything been written for PRJ-0029 since January?",
        "start": "2026-01-01",
        "end": "2026-06-17",
        "project": "PRJ-0029",
    },
    {
        "id": "dp-037",
        "question": "What did the PRJ-0013 documents from the first half of 2025 say about risks?",
        "start": "2025-01-01",
        "end": "2025-06-30",
        "project": "PRJ-0013",
    },
    {
        "id": "dp-038",
        "question": (
            "please pull up what the minutes from the week of 18 May said about budgets, thanks"
        ),
        "start": "2026-05-18",
        "end": "2026-05-24",
        "project": None,
    },
    {
        "id": "dp-039",
        "question": "What was discussed in the meetings last Friday?",
        "start": "2026-06-12",
        "end": "2026-06-12",
        "project": None,
    },
    {
        "id": "dp-040",
        "question": "Anything in the PRJ-0011 notes from Q4 last year about storage?",
        "start": "2025-10-01",
        "end": "2025-12-31",
        "project": "PRJ-0011",
    },
    # -- 10 questions whose only date is a deadline inside the documents ------------------------
    {
        "id": "dp-041",
        "question": "What did the minutes say about work due next week?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-042",
        "question": "Who promised in the meeting notes to finish something by the end of June?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-043",
        "question": "Which PRJ-0038 action items are due by 18 June?",
        "start": None,
        "end": None,
        "project": "PRJ-0038",
        "no_period": True,
    },
    {
        "id": "dp-044",
        "question": (
            "For PRJ-0027, what do the notes say about the budget confirmation that's due on "
            "25 June?"
        ),
        "start": None,
        "end": None,
        "project": "PRJ-0027",
        "no_period": True,
    },
    {
        "id": "dp-045",
        "question": "Which status notes say a project is due in July?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-046",
        "question": "what actions from the PRJ-0015 minutes had a deadline this week",
        "start": None,
        "end": None,
        "project": "PRJ-0015",
        "no_period": True,
    },
    {
        "id": "dp-047",
        "question": "What does the spec say Ember offline mode has to deliver by 19 August?",
        "start": None,
        "end": None,
        "project": "PRJ-0024",
        "no_period": True,
    },
    {
        "id": "dp-048",
        "question": (
            "The vendor contract check that's due 24 June - what did the PRJ-0030 sync say "
            "about it?"
        ),
        "start": None,
        "end": None,
        "project": "PRJ-0030",
        "no_period": True,
    },
    {
        "id": "dp-049",
        "question": "Which status notes expect a project to finish in September?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-050",
        "question": "Is anything in the meeting notes due tomorrow?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    # -- 10 questions with no date at all -------------------------------------------------------
    {
        "id": "dp-051",
        "question": "What did the PRJ-0011 minutes say about storage costs?",
        "start": None,
        "end": None,
        "project": "PRJ-0011",
        "no_period": True,
    },
    {
        "id": "dp-052",
        "question": "Summarise the risks in the Tundra observability stack status notes.",
        "start": None,
        "end": None,
        "project": "PRJ-0004",
        "no_period": True,
    },
    {
        "id": "dp-053",
        "question": "Why was PRJ-0028 put on hold?",
        "start": None,
        "end": None,
        "project": "PRJ-0028",
        "no_period": True,
    },
    {
        "id": "dp-054",
        "question": "why did the Ember CI speed-up get cancelled",
        "start": None,
        "end": None,
        "project": "PRJ-0039",
        "no_period": True,
    },
    {
        "id": "dp-055",
        "question": "What has been decided about adopting the shared design system?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-056",
        "question": "Which meetings discussed adding a second source for the BLE chip?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-057",
        "question": "What open questions do the specifications list?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-058",
        "question": (
            "According to the status notes, how late is the Vega sensor hub expected to be?"
        ),
        "start": None,
        "end": None,
        "project": "PRJ-0038",
        "no_period": True,
    },
    {
        "id": "dp-059",
        "question": "Who is following up on the acquirer's sandbox being unstable?",
        "start": None,
        "end": None,
        "project": None,
        "no_period": True,
    },
    {
        "id": "dp-060",
        "question": "What did the Falcon battery pack minutes decide about the battery supplier?",
        "start": None,
        "end": None,
        "project": "PRJ-0008",
        "no_period": True,
    },
]

# Period questions whose range holds no document of the asked-for project in the demo
# database (today 2026-06-17); an honest answer says nothing was written then.
EMPTY = ["dp-020", "dp-028", "dp-036", "dp-039", "dp-040"]
