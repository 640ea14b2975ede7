"""Blind evaluation set: loose questions about topics found only in project documents (fourth
set, with questions no document answers).

Written blind on 2026-12-06 by a helper session that did not read the copilot's code, tests,
docs or benchmarks, nor run them. Expected answers were computed with plain SQL against the
demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

The questions are what a manager would type in a chat sidebar: some lower case with typos and
abbreviations ("notifs", "k8s", "OTel", "rev"), some plain full sentences; yes/no, who, when,
why and "did we ever" forms. They paraphrase the documents with synonyms (no run of four or more
words is shared with any document body) and never name a document type. Projects are named by
key in several spellings (PRJ-0014, PRJ-38, prj 4), by full name, by a lower-case part of the
name, or misspelt ("Harbour", "refnd", "referal", "observabilty"); answerable topics cover 12
projects and six other cross-project decisions or risks, at most one question per topic phrase.
The no_answer questions sit next to words the documents do use (supplier, certification slots,
legacy VPN, tracking consent, vendor contract, card processor, cloud, warehouse) but hinge on a
distinctive word that occurs in no document body or title; each was checked absent with a
case-insensitive LIKE over all 276 documents: display, stripe, kafka, cluster, firebase, token,
expir, zigbee, radio, grafana, dashboard, gdpr, snowflake, "soc 2", soc2, soc-2, wireguard,
datadog, renew, internet, explorer.

Fields of each dict in ``QUESTIONS``:

- "id": "lw-NNN".
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
        "id": "lw-001",
        "question": "who's chasing the PCI audit worry on iris refnd automation?",
        "kind": "named_project",
        "project": "PRJ-0019",
        "must_cite": [142],
        "must_say": ["Olga Larsen follows up"],
    },
    {
        "id": "lw-002",
        "question": "Which project got axed because the money went to something more important?",
        "kind": "no_project",
        "project": None,
        "must_cite": [269],
        "must_say": ["moved to a higher-priority initiative", "was cancelled on 20 May 2026"],
    },
    {
        "id": "lw-003",
        "question": "falcon battery pack: any call made yet on changing the display vendor?",
        "kind": "no_answer",
        "project": "PRJ-0008",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-004",
        "question": "PRJ-38 - are they moving to a different battery vendor or not",
        "kind": "named_project",
        "project": "PRJ-0038",
        "must_cite": [260, 259],
        "must_say": ["switch the battery supplier"],
    },
    {
        "id": "lw-005",
        "question": (
            "has anyone complained that the source db doesnt record when rows get modified?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [150, 163, 85, 148, 77],
        "must_say": ["source system has no change timestamps"],
    },
    {
        "id": "lw-006",
        "question": "Was Stripe ever approved as the processor for Nimbus checkout payments?",
        "kind": "no_answer",
        "project": "PRJ-0037",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-007",
        "question": (
            "Who is keeping an eye on upstream schema changes that break things in "
            "Meridian Metrics Layer?"
        ),
        "kind": "named_project",
        "project": "PRJ-0010",
        "must_cite": [78, 76],
        "must_say": ["Paul Quinn follows up", "Ada Tanaka follows up"],
    },
    {
        "id": "lw-008",
        "question": "where did we land on using postgres for the reporting side?",
        "kind": "no_project",
        "project": None,
        "must_cite": [156, 77],
        "must_say": ["adopt PostgreSQL for reporting"],
    },
    {
        "id": "lw-009",
        "question": "is the kafka cluster still giving us grief on PRJ-11?",
        "kind": "no_answer",
        "project": "PRJ-0011",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-010",
        "question": "prj 4 are we still stuck waiting for the cloud quota to be raised??",
        "kind": "named_project",
        "project": "PRJ-0004",
        "must_cite": [33, 32, 31, 26],
        "must_say": ["cloud quota increase is still pending"],
    },
    {
        "id": "lw-011",
        "question": "Did any team push the refunds API out to a later quarter?",
        "kind": "no_project",
        "project": None,
        "must_cite": [228, 11, 9],
        "must_say": ["postpone the refund API"],
    },
    {
        "id": "lw-012",
        "question": (
            "who's following up the firebase token expiry bug on Vega Push Notifications?"
        ),
        "kind": "no_answer",
        "project": "PRJ-0006",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-013",
        "question": "did vega push notifs end up cutting offline support from v1?",
        "kind": "named_project",
        "project": "PRJ-0006",
        "must_cite": [44, 41],
        "must_say": ["drop offline mode from the first release"],
    },
    {
        "id": "lw-014",
        "question": "which rev are we locking the circuit board at",
        "kind": "no_project",
        "project": None,
        "must_cite": [257, 198, 193],
        "must_say": ["freeze the PCB layout at revision C"],
    },
    {
        "id": "lw-015",
        "question": (
            "Has kestrel sensor hub managed to book a slot for the zigbee radio certification?"
        ),
        "kind": "no_answer",
        "project": "PRJ-0026",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-016",
        "question": "Harbour refund automation: did they ever agree to change card acquirer?",
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [10],
        "must_say": ["card processor to the new acquirer"],
    },
    {
        "id": "lw-017",
        "question": "anybody switching the overnight batch jobs over to incremental?",
        "kind": "no_project",
        "project": None,
        "must_cite": [85, 84, 76],
        "must_say": ["move the nightly batch to incremental loads"],
    },
    {
        "id": "lw-018",
        "question": "phoenix observabilty - are the grafana dashboards still broken",
        "kind": "no_answer",
        "project": "PRJ-0025",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-019",
        "question": (
            "Who was supposed to go through the supplier agreement for Falcon battery pack, "
            "and by when?"
        ),
        "kind": "named_project",
        "project": "PRJ-0008",
        "must_cite": [60],
        "must_say": ["Marco Brown will check the vendor contract"],
    },
    {
        "id": "lw-020",
        "question": (
            "Did we ever agree to stick with the old invoice layout for business customers?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [144, 249, 231, 12],
        "must_say": ["keep the legacy invoice format for B2B"],
    },
    {
        "id": "lw-021",
        "question": "has anyone raised a GDPR issue around the tracking consent?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-022",
        "question": "when did PRJ-0014 agree to put the CI build runners on k8s",
        "kind": "named_project",
        "project": "PRJ-0014",
        "must_cite": [105],
        "must_say": ["migrate the build agents to Kubernetes"],
    },
    {
        "id": "lw-023",
        "question": "is android going out after ios anywhere? how big is the gap",
        "kind": "no_project",
        "project": None,
        "must_cite": [204, 111, 53, 42, 40],
        "must_say": ["ship Android one week after iOS"],
    },
    {
        "id": "lw-024",
        "question": "What did we agree about moving the warehouse onto Snowflake?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-025",
        "question": "whats the holdup with the design system for ember offline",
        "kind": "named_project",
        "project": "PRJ-0024",
        "must_cite": [180, 177, 176],
        "must_say": ["the design system is not ready"],
    },
    {
        "id": "lw-026",
        "question": "What has been agreed on how long we hold on to raw event data?",
        "kind": "no_project",
        "project": None,
        "must_cite": [86, 159, 149, 158, 82],
        "must_say": ["keep raw events for 13 months only"],
    },
    {
        "id": "lw-027",
        "question": "who owns follow-up on the SOC 2 audit gaps",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-028",
        "question": "Has legal signed off on the referral T&Cs for the Delta referal program yet?",
        "kind": "named_project",
        "project": "PRJ-0035",
        "must_cite": [242, 240, 239, 243],
        "must_say": ["legal has not approved the referral terms"],
    },
    {
        "id": "lw-029",
        "question": "any team lining up a backup vendor for the bluetooth chip?",
        "kind": "no_project",
        "project": None,
        "must_cite": [61, 255, 35, 196, 195, 194],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "lw-030",
        "question": "did we ever decide to replace the old vpn with wireguard?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-031",
        "question": "why'd granite pricing get paused and whose call was it",
        "kind": "named_project",
        "project": "PRJ-0028",
        "must_cite": [213],
        "must_say": ["key people moved to an urgent project", "Decision by Sofia Zhang"],
    },
    {
        "id": "lw-032",
        "question": "annual plan discount - what % did we settle on?",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 209, 208, 241, 240, 237, 171, 218, 217],
        "must_say": ["annual plans at a 15% discount"],
    },
    {
        "id": "lw-033",
        "question": "Where are we on renewing the Datadog contract?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "lw-034",
        "question": "prj 16 backups, did they decide where those should live from now on?",
        "kind": "named_project",
        "project": "PRJ-0016",
        "must_cite": [119, 116],
        "must_say": ["move backups to object storage"],
    },
    {
        "id": "lw-035",
        "question": (
            "Have we committed anywhere to OTel as the standard for traces and metrics?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [29, 267, 187, 26, 100],
        "must_say": ["standardise on OpenTelemetry"],
    },
    {
        "id": "lw-036",
        "question": "did any team agree to drop internet explorer support",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
]
