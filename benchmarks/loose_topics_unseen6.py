"""Blind evaluation set: loose questions about topics found only in project documents (sixth
set, chat-box and hallway style questions, with questions no document answers).

Written blind by a helper session that did not read the copilot's code, tests, docs or other
benchmarks (only this format, taken from the docstring of ``loose_topics_unseen5.py``), nor ran
them or looked at any score. Expected answers were computed with plain SQL (sqlite3) against the
demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

The questions are what someone who missed the discussion would type into a chat box or ask in
a hallway: short, informal, sometimes with shorthand or everyday words for the thing meant
("go-live slot", "over-the-air update service", "spreadsheet downloads", "fingerprint or face
login", "circuit board layout", "low-RAM problem"); who, when, why, what-happened, "did we ever",
"is it true that" and "what's the status of" forms. They paraphrase the documents (synonyms,
describing instead of naming; no run of four or more consecutive words is shared with any
document body) and never name a document type. Half of the questions name a project: by key in
loose spellings (prj3, prj-10, project 19, PRJ30), by full name, by a part of the name
("harbour refund automation", "apollo offline", "ember network refresh"), or misspelt ("falcon
batery pack", "tundra netwrok refresh", "kestrel sensr hub"). The answerable questions cover 12
named projects and twelve cross-project decisions, risks, goals and scope items (citing
documents of many other projects), at most one question per topic phrase; the topics avoid the
hold/cancel notices and the shorthand-heavy topics of the earlier sets.

The no_answer questions sit next to words the documents do use (reporting store, the legacy
VPN, push notifications, lifecycle emails, ingestion, App Store review, observability, a second
source for a chip, older Android phones running out of memory, the PCI audit, 3-D Secure, legal
approval of the referral terms) but hinge on a distinctive word that occurs in no document body
or title; each was checked absent with a case-insensitive LIKE over all 276 documents:
snowflake, wireguard, firebase, braze, kafka, testflight, grafana, zigbee, huawei, pentest,
amex, lawyer.

Fields of each dict in ``QUESTIONS``:

- "id": "l6-NNN".
- "question": the text.
- "kind": "named_project" or "no_project" (answerable), or "no_answer" (no document states it).
- "project": the project key the question names (also when it uses the name), or None.
- "must_cite": list of document ids (documents.id), newest first, at most 10: the documents
  (created on or before 2026-06-17; of the named project when one is named, otherwise of any
  project) whose body states what the question asks about; [] for no_answer. An answer is right
  on citations if it cites ANY of them.
- "must_say": 1-2 short phrases (3-7 words) copied exactly from those documents' text; [] for
  no_answer. An answer is right on content if it contains ANY of them (case-insensitive,
  ignoring markdown).
"""

QUESTIONS = [
    {
        "id": "l6-001",
        "question": (
            "Who was meant to lock in the go-live slot for harbour refund automation back in "
            "spring 2025?"
        ),
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [9],
        "must_say": ["Amir Okafor will book the release window"],
    },
    {
        "id": "l6-002",
        "question": "did anybody actually kill off the old spreadsheet downloads?",
        "kind": "no_project",
        "project": None,
        "must_cite": [160, 150, 157, 83, 78, 75],
        "must_say": ["retire the old CSV exports"],
    },
    {
        "id": "l6-003",
        "question": "did raven metrics go with snowflake for the reporting store?",
        "kind": "no_answer",
        "project": "PRJ-0022",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-004",
        "question": "what's the point of tundra netwrok refresh, what target did they sign up to?",
        "kind": "named_project",
        "project": "PRJ-0013",
        "must_cite": [91],
        "must_say": ["cut build times below ten minutes"],
    },
    {
        "id": "l6-005",
        "question": (
            "Which payment efforts complained that the card acquirer's test environment keeps "
            "falling over?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [254, 144, 252, 146, 230, 13, 16],
        "must_say": ["the acquirer's sandbox is unstable"],
    },
    {
        "id": "l6-006",
        "question": "which observability team picked grafana for its dashboards?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-007",
        "question": (
            "what happened to working without a connection on vega push notifs, did that get cut "
            "from v1?"
        ),
        "kind": "named_project",
        "project": "PRJ-0006",
        "must_cite": [44, 41],
        "must_say": ["drop offline mode from the first release"],
    },
    {
        "id": "l6-008",
        "question": (
            "Did we ever decide to host the over-the-air firmware update service in the cloud?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [62, 258, 60, 256, 36],
        "must_say": ["OTA server to the cloud backend"],
    },
    {
        "id": "l6-009",
        "question": "are juniper's push notifs being sent through firebase?",
        "kind": "no_answer",
        "project": "PRJ-0018",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-010",
        "question": (
            "what's the status of that low-RAM problem on old android handsets for ember offline "
            "mode?"
        ),
        "kind": "named_project",
        "project": "PRJ-0024",
        "must_cite": [178],
        "must_say": ["older Android phones run out of memory"],
    },
    {
        "id": "l6-011",
        "question": "did we ever agree to knock money off yearly subscriptions? how much?",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 209, 208, 241, 240, 237, 171, 218, 217],
        "must_say": ["annual plans at a 15% discount"],
    },
    {
        "id": "l6-012",
        "question": "has anyone lined up a second vendor for the zigbee radio?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-013",
        "question": "did the prj3 network folks ever agree to shut down the old VPN for good?",
        "kind": "named_project",
        "project": "PRJ-0003",
        "must_cite": [21, 20],
        "must_say": ["retire the legacy VPN"],
    },
    {
        "id": "l6-014",
        "question": (
            "which teams are stuck because the upstream system doesn't record when rows were "
            "modified?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [150, 163, 85, 148, 77],
        "must_say": ["the source system has no change timestamps"],
    },
    {
        "id": "l6-015",
        "question": "beacon metrics: did they decide to pull events in via kafka?",
        "kind": "no_answer",
        "project": "PRJ-0020",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-016",
        "question": "who on the apollo observability side has to square the money with finance?",
        "kind": "named_project",
        "project": "PRJ-0017",
        "must_cite": [128],
        "must_say": ["Carla Tanaka will confirm the budget"],
    },
    {
        "id": "l6-017",
        "question": "is anyone working on fingerprint or face login?",
        "kind": "no_project",
        "project": None,
        "must_cite": [176],
        "must_say": ["Test biometric unlock"],
    },
    {
        "id": "l6-018",
        "question": "Did anyone book a pentest ahead of the PCI audit?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-019",
        "question": "falcon batery pack - did they end up changing who makes the cells?",
        "kind": "named_project",
        "project": "PRJ-0008",
        "must_cite": [59],
        "must_say": ["switch the battery supplier"],
    },
    {
        "id": "l6-020",
        "question": "are any teams sticking with the old billing layout for business customers?",
        "kind": "no_project",
        "project": None,
        "must_cite": [144, 249, 231, 12],
        "must_say": ["keep the legacy invoice format for B2B"],
    },
    {
        "id": "l6-021",
        "question": "what's replacing the old VPN on ember network refresh, was it wireguard?",
        "kind": "no_answer",
        "project": "PRJ-0014",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-022",
        "question": "what is project 19 (iris refunds) really aiming for in terms of payout speed?",
        "kind": "named_project",
        "project": "PRJ-0019",
        "must_cite": [141],
        "must_say": ["settle refunds within one day"],
    },
    {
        "id": "l6-023",
        "question": "who's struggling to get time booked in the certification test lab?",
        "kind": "no_project",
        "project": None,
        "must_cite": [263, 259, 256, 59, 202, 36, 201, 200, 199],
        "must_say": ["certification lab slots are scarce"],
    },
    {
        "id": "l6-024",
        "question": "which teams are seeing huawei phones crash from lack of memory?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-025",
        "question": "which database did prj-10 land on for the reporting side?",
        "kind": "named_project",
        "project": "PRJ-0010",
        "must_cite": [77],
        "must_say": ["adopt PostgreSQL for reporting"],
    },
    {
        "id": "l6-026",
        "question": "what happened to the refunds endpoint, who kicked it down the road a quarter?",
        "kind": "no_project",
        "project": None,
        "must_cite": [228, 11, 9],
        "must_say": ["postpone the refund API"],
    },
    {
        "id": "l6-027",
        "question": (
            "is the raven app redesign beta going out on testflight before the store review?"
        ),
        "kind": "no_answer",
        "project": "PRJ-0027",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-028",
        "question": (
            "is it true apollo offline is putting out the android version a week behind the iphone "
            "one?"
        ),
        "kind": "named_project",
        "project": "PRJ-0015",
        "must_cite": [111],
        "must_say": ["ship Android one week after iOS"],
    },
    {
        "id": "l6-029",
        "question": "are any teams hiding the new signup flow behind toggles?",
        "kind": "no_project",
        "project": None,
        "must_cite": [179, 178, 110, 51, 137, 134],
        "must_say": ["use feature flags for the new onboarding"],
    },
    {
        "id": "l6-030",
        "question": "is 3-D Secure being forced on amex cards too?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-031",
        "question": "is it true umbra decided to get a backup vendor for the bluetooth chip?",
        "kind": "named_project",
        "project": "PRJ-0005",
        "must_cite": [35],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "l6-032",
        "question": (
            "is it true someone switched the overnight data job to loading only what changed?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [85, 84, 76],
        "must_say": ["move the nightly batch to incremental loads"],
    },
    {
        "id": "l6-033",
        "question": "PRJ30 lifecycle mails: is the new sending platform braze?",
        "kind": "no_answer",
        "project": "PRJ-0030",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l6-034",
        "question": (
            "when did the kestrel sensr hub people lock the circuit board layout, and at which rev?"
        ),
        "kind": "named_project",
        "project": "PRJ-0026",
        "must_cite": [198, 193],
        "must_say": ["freeze the PCB layout at revision C"],
    },
    {
        "id": "l6-035",
        "question": "which projects want a third fewer card payments bouncing?",
        "kind": "no_project",
        "project": None,
        "must_cite": [247, 227, 8],
        "must_say": ["cut failed payments by a third"],
    },
    {
        "id": "l6-036",
        "question": "did the referral terms ever go to an outside lawyer for sign-off?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
]
