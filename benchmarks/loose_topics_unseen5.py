"""Blind evaluation set: loose questions about topics found only in project documents (fifth
set, spoken-style questions, with questions no document answers).

Written blind by a helper session that did not read the copilot's code, tests, docs or other
benchmarks (only this format, taken from the docstring and first examples of
``loose_topics_unseen4.py``), nor run them or look at any score. Expected answers were computed
with plain SQL against the demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

The questions are what a manager would ask out loud in a meeting or drop in Slack: short,
informal, sometimes with shorthand ("k8s", "OTel", "notifs", "3DS", "T&Cs", "v1"), some as full
sentences; yes/no, who, when, why, what-happened and "did we ever" forms. They paraphrase the
documents with other words (synonyms, describing instead of naming; no run of four or more
consecutive words is shared with any document body) and never name a document type. Projects
are named by key in loose spellings (prj39, PRJ 4, prj-0023), by full name, by a part of the
name ("falcon warehouse", "nimbus checkout", "Willow onboarding"), or misspelt ("granit pricing
experiement", "onyx card procesor migraton", "vega sensr hub"). The answerable questions cover
12 named projects and twelve cross-project decisions, risks and follow-ups (citing documents of
many other projects), at most one question per topic phrase.

The no_answer questions sit next to words the documents do use (acquirer, storage costs, cloud
quota, build agents, traffic for the experiment, metrics layer, lead times, pricing test in two
markets, design system, acquirer switch, settlement files, on-call load) but hinge on a
distinctive word that occurs in no document body or title; each was checked absent with a
case-insensitive LIKE over all 276 documents: adyen, glacier, azure, jenkins, tiktok, dbt,
mouser, canada, figma, outage, sftp, overtime.

Fields of each dict in ``QUESTIONS``:

- "id": "l5-NNN".
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
        "id": "l5-001",
        "question": "Why did we park the granit pricing experiement back in May?",
        "kind": "named_project",
        "project": "PRJ-0028",
        "must_cite": [213],
        "must_say": ["key people moved to an urgent project", "put on hold on 05 May 2026"],
    },
    {
        "id": "l5-002",
        "question": (
            "Has anyone switched their overnight data job so it only pulls the changes instead"
            " of reloading everything?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [85, 84, 76],
        "must_say": ["nightly batch to incremental loads"],
    },
    {
        "id": "l5-003",
        "question": "prj39 - when did that get killed, and whose call was it?",
        "kind": "named_project",
        "project": "PRJ-0039",
        "must_cite": [269],
        "must_say": ["was cancelled on 20 May 2026", "Decision by Lara Ahmed"],
    },
    {
        "id": "l5-004",
        "question": "Did the Harbor refund folks end up going with Adyen as the new acquirer?",
        "kind": "no_answer",
        "project": "PRJ-0002",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-005",
        "question": "How long is the falcon warehouse team planning to hang on to raw event data?",
        "kind": "named_project",
        "project": "PRJ-0011",
        "must_cite": [86, 82],
        "must_say": ["keep raw events for 13 months only"],
    },
    {
        "id": "l5-006",
        "question": "Did we ever launch one of the apps with offline support cut out of v1?",
        "kind": "no_project",
        "project": None,
        "must_cite": [54, 44, 136, 41],
        "must_say": ["drop offline mode from the first release"],
    },
    {
        "id": "l5-007",
        "question": "PRJ 4: who's reviewing the supplier agreement, and by what date?",
        "kind": "named_project",
        "project": "PRJ-0004",
        "must_cite": [26],
        "must_say": ["Dara Brown will check the vendor contract", "by 31 March 2026"],
    },
    {
        "id": "l5-008",
        "question": "anybody tiering cold data off to Glacier now storage is getting pricey?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-009",
        "question": "Which hardware teams put the over-the-air update server in the cloud?",
        "kind": "no_project",
        "project": None,
        "must_cite": [62, 258, 60, 256, 36],
        "must_say": ["OTA server to the cloud backend"],
    },
    {
        "id": "l5-010",
        "question": "Did the Harbor refunds crew push the refund endpoint back a quarter?",
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [11, 9],
        "must_say": ["postpone the refund API", "refund API to the next quarter"],
    },
    {
        "id": "l5-011",
        "question": "are we lining up a backup vendor for the bluetooth chip anywhere?",
        "kind": "no_project",
        "project": None,
        "must_cite": [61, 255, 35, 196, 195, 194],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "l5-012",
        "question": "tundra observability - is that stuck cloud quota bump an Azure thing?",
        "kind": "no_answer",
        "project": "PRJ-0004",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-013",
        "question": "vega push notifs: who was meant to go over the QA test outcomes?",
        "kind": "named_project",
        "project": "PRJ-0006",
        "must_cite": [41],
        "must_say": ["Omar Schmidt will review the test results"],
    },
    {
        "id": "l5-014",
        "question": "Did anyone agree to knock money off yearly subscriptions? How much?",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 209, 208, 241, 240, 237, 171, 218, 217],
        "must_say": ["annual plans at a 15% discount"],
    },
    {
        "id": "l5-015",
        "question": "is anyone moving their build agents off Jenkins?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-016",
        "question": (
            "nimbus k8s migration: who's chasing down the mystery people still on the old VPN?"
        ),
        "kind": "named_project",
        "project": "PRJ-0016",
        "must_cite": [120, 116],
        "must_say": ["Mei Walsh follows up"],
    },
    {
        "id": "l5-017",
        "question": "Have we pulled our paid ads on social platforms anywhere?",
        "kind": "no_project",
        "project": None,
        "must_cite": [207, 206, 270, 2, 242, 1, 220, 70, 68],
        "must_say": ["stop the paid social campaign"],
    },
    {
        "id": "l5-018",
        "question": "Did Granite pricing decide to buy TikTok ads to get the test more visitors?",
        "kind": "no_answer",
        "project": "PRJ-0028",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-019",
        "question": "onyx card procesor migraton - is 3DS going mandatory for European cards?",
        "kind": "named_project",
        "project": "PRJ-0034",
        "must_cite": [232, 230, 229],
        "must_say": ["add 3-D Secure for all EU cards"],
    },
    {
        "id": "l5-020",
        "question": "Which infra projects decided to shift their backups into blob storage?",
        "kind": "no_project",
        "project": None,
        "must_cite": [28, 126, 185, 103, 119, 116, 19, 95, 94],
        "must_say": ["move backups to object storage"],
    },
    {
        "id": "l5-021",
        "question": "raven metrics layer - did they sign off on dbt for building the metrics?",
        "kind": "no_answer",
        "project": "PRJ-0022",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-022",
        "question": "prj-0023: who's chasing legal about the referral T&Cs?",
        "kind": "named_project",
        "project": "PRJ-0023",
        "must_cite": [171, 167],
        "must_say": ["Tom Nakamura follows up"],
    },
    {
        "id": "l5-023",
        "question": "Which teams settled on OTel as their one telemetry standard?",
        "kind": "no_project",
        "project": None,
        "must_cite": [29, 267, 187, 26, 100],
        "must_say": ["decided to standardise on OpenTelemetry"],
    },
    {
        "id": "l5-024",
        "question": "umbra sensor hub: did anyone order the slow-to-ship parts via Mouser?",
        "kind": "no_answer",
        "project": "PRJ-0005",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-025",
        "question": "Willow onboarding - did they gate the new signup flow behind toggles?",
        "kind": "named_project",
        "project": "PRJ-0007",
        "must_cite": [51],
        "must_say": ["use feature flags for the new onboarding"],
    },
    {
        "id": "l5-026",
        "question": "Who's getting rid of the legacy CSV downloads?",
        "kind": "no_project",
        "project": None,
        "must_cite": [150, 160, 157, 83, 78, 75],
        "must_say": ["retire the old CSV exports"],
    },
    {
        "id": "l5-027",
        "question": "Iris landing pages: was Canada one of the two countries in the price trial?",
        "kind": "no_answer",
        "project": "PRJ-0040",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-028",
        "question": "vega sensr hub - did they lock down the board layout at some revision?",
        "kind": "named_project",
        "project": "PRJ-0038",
        "must_cite": [257],
        "must_say": ["freeze the PCB layout at revision C"],
    },
    {
        "id": "l5-029",
        "question": (
            "Is any data team stuck with an upstream app that doesn't record when rows were"
            " modified?"
        ),
        "kind": "no_project",
        "project": None,
        "must_cite": [150, 163, 85, 148, 77],
        "must_say": ["source system has no change timestamps"],
    },
    {
        "id": "l5-030",
        "question": "Apollo offline mode: is Figma to blame for the late design system?",
        "kind": "no_answer",
        "project": "PRJ-0015",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-031",
        "question": "nimbus checkout - what did they land on for the old B2B invoice layout?",
        "kind": "named_project",
        "project": "PRJ-0037",
        "must_cite": [249],
        "must_say": ["keep the legacy invoice format for B2B"],
    },
    {
        "id": "l5-032",
        "question": "What risks has Paul Quinn been asked to keep an eye on?",
        "kind": "no_project",
        "project": None,
        "must_cite": [160, 78],
        "must_say": ["Paul Quinn follows up"],
    },
    {
        "id": "l5-033",
        "question": "Did Nimbus checkout payments have a prod outage after the acquirer move?",
        "kind": "no_answer",
        "project": "PRJ-0037",
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-034",
        "question": "Did any app team plan to release Android a week behind the Apple build?",
        "kind": "no_project",
        "project": None,
        "must_cite": [204, 111, 53, 42, 40],
        "must_say": ["ship Android one week after iOS"],
    },
    {
        "id": "l5-035",
        "question": "are the bank's late settlement files coming in over SFTP?",
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
    {
        "id": "l5-036",
        "question": (
            "Did finance approve overtime for the people covering the heavy on-call during the"
            " migration?"
        ),
        "kind": "no_answer",
        "project": None,
        "must_cite": [],
        "must_say": [],
    },
]
