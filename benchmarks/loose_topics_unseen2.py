"""Blind evaluation set: loose questions about topics found only in project documents.

Written blind on 2026-12-06 by a helper session that did not read the copilot's code, tests,
docs or benchmarks, nor run them. Expected answers were computed with plain SQL against the
demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

Each question is asked as a manager would in chat, about something written only in the meeting
minutes, status notes or specs of the projects (a technical issue, a vendor, a dependency, a
decision's subject, who follows something up, whether something is still a problem), without
naming a document type.

Fields of each dict in ``QUESTIONS``:

- "id": "lu-NNN".
- "question": the text.
- "kind": "named_project" (names one project) or "no_project" (names none).
- "project": the project key the question names (also when it uses the name), or None.
- "must_cite": list of document ids (documents.id), newest first, at most 10: the documents
  (created on or before 2026-06-17; of the named project when one is named, otherwise of any
  project) whose body states what the question asks about. An answer is right on citations if
  it cites ANY of them. For a no_project question whose topic appears in many projects, the 10
  newest are listed.
- "must_say": 1-2 short phrases (3-7 words) copied exactly from those documents' text; an
  answer is right on content if it contains ANY of them (case-insensitive, ignoring markdown).
"""


QUESTIONS = [
    {
        "id": "lu-001",
        "question": "Falcon battery pack: did they end up changing the cell vendor?",
        "kind": "named_project",
        "project": "PRJ-0008",
        "must_cite": [59],
        "must_say": ["switch the battery supplier"],
    },
    {
        "id": "lu-002",
        "question": "Is the acquirer's test environment still flaky for Nimbus checkout payments?",
        "kind": "named_project",
        "project": "PRJ-0037",
        "must_cite": [254, 252],
        "must_say": ["the acquirer's sandbox is unstable"],
    },
    {
        "id": "lu-003",
        "question": (
            "Quick one while I'm driving: which of our teams think Apple's store review could"
            " push their go-live back?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [205, 181, 114, 204, 203, 179, 113, 111, 57, 53],
        "must_say": ["App Store review may delay the launch"],
    },
    {
        "id": "lu-004",
        "question": "Cert lab slots being scarce, who's chasing that?",
        "kind": "no_project",
        "project": None,
        "must_cite": [259, 256, 59, 36],
        "must_say": ["Dara Jansen follows up", "Hugo Patel follows up"],
    },
    {
        "id": "lu-005",
        "question": (
            "For Raven metrics layer, which database they have chosen for the analytics "
            "queries?"
        ),
        "kind": "named_project",
        "project": "PRJ-0022",
        "must_cite": [156],
        "must_say": ["adopt PostgreSQL for reporting"],
    },
    {
        "id": "lu-006",
        "question": "tundra observability stack - what tracing standard did the team setle on?",
        "kind": "named_project",
        "project": "PRJ-0004",
        "must_cite": [29, 26],
        "must_say": ["standardise on OpenTelemetry"],
    },
    {
        "id": "lu-007",
        "question": (
            "Did anyone agree to discount yearly subscriptions? Which teams and how much off?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 209, 208, 241, 240, 237, 171, 218, 217],
        "must_say": ["annual plans at a 15% discount"],
    },
    {
        "id": "lu-008",
        "question": "Is the cloud quota increase still holding anyone up?",
        "kind": "no_project",
        "project": None,
        "must_cite": [33, 128, 32, 266, 265, 191, 31, 108, 104, 26],
        "must_say": ["the cloud quota increase is still pending"],
    },
    {
        "id": "lu-009",
        "question": "Has legal given approval for the referral terms on Iris landing pages yet?",
        "kind": "named_project",
        "project": "PRJ-0040",
        "must_cite": [275, 270],
        "must_say": ["legal has not approved the referral terms"],
    },
    {
        "id": "lu-010",
        "question": "Why did PRJ-0039 get axed, and who made the call?",
        "kind": "named_project",
        "project": "PRJ-0039",
        "must_cite": [269],
        "must_say": ["the budget moved to a higher-priority initiative", "Decision by Lara Ahmed"],
    },
    {
        "id": "lu-011",
        "question": "Where are we dual-sourcing the Bluetooth chip?",
        "kind": "no_project",
        "project": None,
        "must_cite": [61, 255, 35, 196, 195, 194],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "lu-012",
        "question": "Which projects have problem that old Android handsets go out of RAM?",
        "kind": "no_project",
        "project": None,
        "must_cite": [178, 56, 50, 48, 47, 42, 41, 45, 40, 39],
        "must_say": ["older Android phones run out of memory"],
    },
    {
        "id": "lu-013",
        "question": (
            "Who is taking care about the on-call load problem in Apollo observability stack?"
        ),
        "kind": "named_project",
        "project": "PRJ-0017",
        "must_cite": [129, 127],
        "must_say": ["Nadia Patel follows up", "Carla Tanaka follows up"],
    },
    {
        "id": "lu-014",
        "question": "beacon metrics layer -- are we getting rid of the old csv exports or not?",
        "kind": "named_project",
        "project": "PRJ-0020",
        "must_cite": [150],
        "must_say": ["retire the old CSV exports"],
    },
    {
        "id": "lu-015",
        "question": "Did any team decide to push the refund API out to a later quarter?",
        "kind": "no_project",
        "project": None,
        "must_cite": [228, 11, 9],
        "must_say": ["postpone the refund API", "refund API to the next quarter"],
    },
    {
        "id": "lu-016",
        "question": (
            "Which project was parked because its people got pulled onto something urgent?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [213],
        "must_say": ["key people moved to an urgent project"],
    },
    {
        "id": "lu-017",
        "question": "vega sensor hub: did they lock the board layout, and at what revision?",
        "kind": "named_project",
        "project": "PRJ-0038",
        "must_cite": [257],
        "must_say": ["freeze the PCB layout at revision C"],
    },
    {
        "id": "lu-018",
        "question": (
            "In Harbor refund automation, do business customers keep the old invoice layout?"
        ),
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [12],
        "must_say": ["keep the legacy invoice format for B2B"],
    },
    {
        "id": "lu-019",
        "question": "Which teams flag storage spend rising faster than budgeted?",
        "kind": "no_project",
        "project": None,
        "must_cite": [164, 90, 160, 86, 151, 88, 158, 84, 157, 83],
        "must_say": ["storage costs grow faster than planned"],
    },
    {
        "id": "lu-020",
        "question": "whcih projects have trouble with settlment files coming late from the bank?",
        "kind": "no_project",
        "project": None,
        "must_cite": [249, 143, 248, 247, 236, 231, 234, 229, 233, 12],
        "must_say": ["settlement files arrive late from the bank"],
    },
    {
        "id": "lu-021",
        "question": (
            "Nimbus Kubernetes migration, the cloud quota thing... who's following that up? "
            "Need a name."
        ),
        "kind": "named_project",
        "project": "PRJ-0016",
        "must_cite": [121, 119, 118, 117],
        "must_say": ["Carla Tanaka follows up", "Mei Walsh follows up"],
    },
    {
        "id": "lu-022",
        "question": (
            "Vega push notifications: was Android going out the same day as iPhone, or later?"
        ),
        "kind": "named_project",
        "project": "PRJ-0006",
        "must_cite": [42, 40],
        "must_say": ["ship Android one week after iOS"],
    },
    {
        "id": "lu-023",
        "question": "Who's supposed to look over the vendor contract, and on which projects?",
        "kind": "no_project",
        "project": None,
        "must_cite": [215, 112, 209, 160, 267, 206, 257, 60, 26, 237],
        "must_say": ["check the vendor contract"],
    },
    {
        "id": "lu-024",
        "question": "Any team complaining that source schemas change without warning?",
        "kind": "no_project",
        "project": None,
        "must_cite": [152, 89, 159, 149, 162, 156, 81, 78, 80, 76],
        "must_say": ["upstream schemas drift without notice"],
    },
    {
        "id": "lu-025",
        "question": (
            "Onyx card processor migration, the PCI audit findings -- who has been following "
            "up on that? I need names for the board."
        ),
        "kind": "named_project",
        "project": "PRJ-0034",
        "must_cite": [232, 228],
        "must_say": ["Amir Walsh follows up", "Amir Okafor follows up"],
    },
    {
        "id": "lu-026",
        "question": "ember offline mode: are they gating the new onboarding behind toggles?",
        "kind": "named_project",
        "project": "PRJ-0024",
        "must_cite": [179, 178],
        "must_say": ["use feature flags for the new onboarding"],
    },
    {
        "id": "lu-027",
        "question": "Which teams decided to shift their backups over to blob storage?",
        "kind": "no_project",
        "project": None,
        "must_cite": [28, 126, 185, 103, 119, 116, 19, 95, 94],
        "must_say": ["move backups to object storage"],
    },
    {
        "id": "lu-028",
        "question": "Is the battery still failing the drop test anywhere?",
        "kind": "no_project",
        "project": None,
        "must_cite": [260, 65, 258, 64, 61, 262, 261, 198, 37, 196],
        "must_say": ["the battery fails the drop test"],
    },
    {
        "id": "lu-029",
        "question": "prj-0011: how long did they agree to keep raw events?",
        "kind": "named_project",
        "project": "PRJ-0011",
        "must_cite": [86, 82],
        "must_say": ["keep raw events for 13 months only"],
    },
    {
        "id": "lu-030",
        "question": "Which projects decided to move card processing over to a new acquiring bank?",
        "kind": "no_project",
        "project": None,
        "must_cite": [250, 143, 248, 10],
        "must_say": ["switch the card processor", "card processor to the new acquirer"],
    },
]
