"""Blind evaluation set: loose-topic questions answered only by project documents.

Written blind on 2026-12-06 by a helper session that did not read the copilot's code, tests,
docs or benchmarks, nor run them. The expected answers were computed with plain SQL against
the demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

The questions ask about something written only in the project documents (meeting minutes,
status notes) without naming a document: a topic, a risk, a technical issue, a decision
subject or a follow-up owner, the way a manager asks when half-remembering something.

Each entry of ``QUESTIONS`` is a dict with:

- "id": "lt-NNN".
- "question": the text.
- "kind": "named_project" (the question names one project) or "no_project" (it names none).
- "project": the project key the question names (also when it uses the name), or None.
- "must_cite": list of document ids (documents.id), newest first, at most 10: the documents
  (created on or before 2026-06-17, of the named project when one is named, otherwise of any
  project) whose body states what the question asks about. An answer is right on citations
  if it cites ANY of them. For a no_project question whose topic appears in many projects,
  the 10 newest are listed.
- "must_say": 1-2 short phrases (3-7 words) copied exactly from those documents' text; the
  answer is right on content if it contains ANY of them (compared case-insensitively,
  ignoring markdown).
"""

QUESTIONS = [
    {
        "id": "lt-001",
        "question": "hey whats the latest on the cloud quota for Tundra observability stack",
        "kind": "named_project",
        "project": "PRJ-0004",
        "must_cite": [33, 32, 31, 26],
        "must_say": ["cloud quota increase is still pending"],
    },
    {
        "id": "lt-002",
        "question": "is on-call still getting hammered while the migrations are running?",
        "kind": "no_project",
        "project": None,
        "must_cite": [30, 129, 268, 267, 105, 127, 130, 187, 190, 25],
        "must_say": ["on-call load is high during the migration"],
    },
    {
        "id": "lt-003",
        "question": ("Which initiative got axed because the money went to something with higher "
                     "priority?"),
        "kind": "no_project",
        "project": None,
        "must_cite": [269],
        "must_say": ["budget moved to a higher-priority initiative"],
    },
    {
        "id": "lt-004",
        "question": "Why exactly was Granite pricing experiment paused? Who made that call?",
        "kind": "named_project",
        "project": "PRJ-0028",
        "must_cite": [213],
        "must_say": ["key people moved to an urgent project"],
    },
    {
        "id": "lt-005",
        "question": ("what did they end up deciding about the refund API on Harbor refund "
                     "automation"),
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [11, 9],
        "must_say": ["postpone the refund API", "refund API to the next quarter"],
    },
    {
        "id": "lt-006",
        "question": "did we ever sort out the flaky acquirer sandbox?",
        "kind": "no_project",
        "project": None,
        "must_cite": [254, 144, 252, 146, 230, 13, 16],
        "must_say": ["acquirer's sandbox is unstable", "sandbox is unstable"],
    },
    {
        "id": "lt-007",
        "question": "Remind me, which team picked PostgreSQL as the analytics database?",
        "kind": "no_project",
        "project": None,
        "must_cite": [156, 77],
        "must_say": ["adopt PostgreSQL for reporting"],
    },
    {
        "id": "lt-008",
        "question": "whos checking the vendor contract on vega sensor hub",
        "kind": "named_project",
        "project": "PRJ-0038",
        "must_cite": [257],
        "must_say": ["Hugo Patel will check the vendor contract"],
    },
    {
        "id": "lt-009",
        "question": "Nimbus checkout payments: is the acquirer's test environment still unstable?",
        "kind": "named_project",
        "project": "PRJ-0037",
        "must_cite": [254, 252],
        "must_say": ["acquirer's sandbox is unstable", "sandbox is unstable"],
    },
    {
        "id": "lt-010",
        "question": "are we still finding people using the old VPN that nobody knew about",
        "kind": "no_project",
        "project": None,
        "must_cite": [132, 34, 109, 131, 29, 28, 27, 126, 186, 189],
        "must_say": ["legacy VPN has undocumented users"],
    },
    {
        "id": "lt-011",
        "question": "bank settlement files late again? which teams are hit",
        "kind": "no_project",
        "project": None,
        "must_cite": [249, 143, 248, 247, 236, 231, 234, 229, 233, 12],
        "must_say": ["settlement files arrive late from the bank"],
    },
    {
        "id": "lt-012",
        "question": ("Did Beacon metrics layer ever figure out what to do about the source "
                     "system not having change timestamps?"),
        "kind": "named_project",
        "project": "PRJ-0020",
        "must_cite": [150, 148],
        "must_say": ["source system has no change timestamps"],
    },
    {
        "id": "lt-013",
        "question": "is falcon battery pack still failing the drop tests or is that fixed",
        "kind": "named_project",
        "project": "PRJ-0008",
        "must_cite": [65, 64, 61],
        "must_say": ["battery fails the drop test"],
    },
    {
        "id": "lt-014",
        "question": "Is anyone lining up a second supplier for the BLE chip?",
        "kind": "no_project",
        "project": None,
        "must_cite": [61, 255, 35, 196, 195, 194],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "lt-015",
        "question": "where did we land on 3-D Secure for European cards",
        "kind": "no_project",
        "project": None,
        "must_cite": [251, 142, 232, 230, 229, 13],
        "must_say": ["add 3-D Secure for all EU cards"],
    },
    {
        "id": "lt-016",
        "question": "did Kestrel sensor hub ever lock down the PCB layout, and at which revision?",
        "kind": "named_project",
        "project": "PRJ-0026",
        "must_cite": [198, 193],
        "must_say": ["freeze the PCB layout at revision C", "PCB layout at revision C"],
    },
    {
        "id": "lt-017",
        "question": "card processor switch on Iris refund automation - what was decided?",
        "kind": "named_project",
        "project": "PRJ-0019",
        "must_cite": [143],
        "must_say": ["switch the card processor", "card processor to the new acquirer"],
    },
    {
        "id": "lt-018",
        "question": ("okay so um the certification lab slots thing, is that still holding "
                     "anybody up"),
        "kind": "no_project",
        "project": None,
        "must_cite": [263, 259, 256, 59, 202, 36, 201, 200, 199],
        "must_say": ["certification lab slots are scarce"],
    },
    {
        "id": "lt-019",
        "question": "which teams decided to move the OTA server over to the cloud backend?",
        "kind": "no_project",
        "project": None,
        "must_cite": [62, 258, 60, 256, 36],
        "must_say": ["OTA server to the cloud backend"],
    },
    {
        "id": "lt-020",
        "question": "whats the deal with the referral terms and legal on PRJ-0030?",
        "kind": "named_project",
        "project": "PRJ-0030",
        "must_cite": [215, 214],
        "must_say": ["legal has not approved the referral terms"],
    },
    {
        "id": "lt-021",
        "question": "PRJ-0022 storage spend - is it running away from us?",
        "kind": "named_project",
        "project": "PRJ-0022",
        "must_cite": [164, 160, 158, 157, 161],
        "must_say": ["storage costs grow faster than planned"],
    },
    {
        "id": "lt-022",
        "question": "What discount did we settle on for the annual plans?",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 209, 208, 241, 240, 237, 171, 218, 217],
        "must_say": ["annual plans at a 15% discount"],
    },
    {
        "id": "lt-023",
        "question": "any updates on the 16 week lead times for components",
        "kind": "no_project",
        "project": None,
        "must_cite": [264, 62, 257, 60, 63, 255, 38, 35, 197, 195],
        "must_say": ["component lead times are 16 weeks"],
    },
    {
        "id": "lt-024",
        "question": "How long are we planning to keep the raw events around on PRJ-0011?",
        "kind": "named_project",
        "project": "PRJ-0011",
        "must_cite": [86, 82],
        "must_say": ["keep raw events for 13 months only", "raw events for 13 months"],
    },
    {
        "id": "lt-025",
        "question": "who was on the hook for the rollout runbook for Willow mobile onboarding",
        "kind": "named_project",
        "project": "PRJ-0007",
        "must_cite": [53],
        "must_say": ["Emeka Jansen will write the rollout runbook"],
    },
    {
        "id": "lt-026",
        "question": "upstream schema changes still landing without warning?",
        "kind": "no_project",
        "project": None,
        "must_cite": [152, 89, 159, 149, 162, 156, 81, 78, 80, 76],
        "must_say": ["upstream schemas drift without notice"],
    },
    {
        "id": "lt-027",
        "question": "did we actualy pull the plug on paid social or not",
        "kind": "no_project",
        "project": None,
        "must_cite": [207, 270, 206, 2, 242, 1, 220, 70, 68],
        "must_say": ["stop the paid social campaign"],
    },
    {
        "id": "lt-028",
        "question": "who's chasing the cloud quota increase for Kestrel network refresh?",
        "kind": "named_project",
        "project": "PRJ-0003",
        "must_cite": [20],
        "must_say": ["Ines Eriksen follows up"],
    },
    {
        "id": "lt-029",
        "question": ("Vega push notifications - were older android phones running out of memory, "
                     "and is that still a thing?"),
        "kind": "named_project",
        "project": "PRJ-0006",
        "must_cite": [48, 47, 42, 41, 45, 40, 39],
        "must_say": ["older Android phones run out of memory"],
    },
    {
        "id": "lt-030",
        "question": "How low is tracking consent these days?",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 273, 272, 7, 271, 4, 274, 210, 206, 2],
        "must_say": ["tracking consent is below 60%"],
    },
]
