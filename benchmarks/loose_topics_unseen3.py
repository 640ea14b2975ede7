"""Blind evaluation set: loose questions about topics found only in project documents (third set).

Written blind on 2026-12-06 by a helper session that did not read the copilot's code, tests,
docs or benchmarks, nor run them. Expected answers were computed with plain SQL against the
demo database (data/demo.py, 40 projects, seed 7, today 2026-06-17).

The questions are typed the way a busy manager writes in a chat sidebar: mostly lower case,
dropped punctuation and apostrophes, a few typos ("battry", "sensr", "apolo"), abbreviations
("pls", "tmrw", "w/", "r", "ppl", "k8s", "v1", "T&Cs"), from four-word fragments to one long
rambling question. They ask about technical issues, vendors and suppliers, decisions, who
follows something up, whether a problem persists and what was agreed or changed, always with
synonyms instead of the documents' own wording (no phrase of more than three words is copied
from a cited document) and never naming a document type. Named projects are referred to by
key (PRJ-0038, PRJ-37, prj-2), full name, a lower-case part of the name, or a misspelling.

Fields of each dict in ``QUESTIONS``:

- "id": "lv-NNN".
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


# ruff: noqa: E501 (questions are kept as their writer typed them)

QUESTIONS = [
    {
        "id": "lv-001",
        "question": "did falcon battry pack end up changing who makes the cells for it?",
        "kind": "named_project",
        "project": "PRJ-0008",
        "must_cite": [59],
        "must_say": ["switch the battery supplier"],
    },
    {
        "id": "lv-002",
        "question": "which apps r having trouble w/ old android devices running out of ram",
        "kind": "no_project",
        "project": None,
        "must_cite": [178, 56, 50, 48, 47, 42, 41, 45, 40, 39],
        "must_say": ["older Android phones run out of memory"],
    },
    {
        "id": "lv-003",
        "question": "anyone flagged unknown ppl still using the old vpn we want to shut down?",
        "kind": "no_project",
        "project": None,
        "must_cite": [132, 34, 109, 131, 29, 28, 27, 126, 186, 189],
        "must_say": ["the legacy VPN has undocumented users"],
    },
    {
        "id": "lv-004",
        "question": "prj-2 what was agreed re the refunds endpoint, did it get pushed out?",
        "kind": "named_project",
        "project": "PRJ-0002",
        "must_cite": [11, 9],
        "must_say": ["postpone the refund API"],
    },
    {
        "id": "lv-005",
        "question": "Tundra observability stack - are we still waiting on the cloud provider to raise our limits?",
        "kind": "named_project",
        "project": "PRJ-0004",
        "must_cite": [33, 32, 31, 26],
        "must_say": ["the cloud quota increase is still pending"],
    },
    {
        "id": "lv-006",
        "question": "where is cookie consent too low to measure conversions properly? pls list projects",
        "kind": "no_project",
        "project": None,
        "must_cite": [154, 273, 272, 7, 271, 4, 274, 210, 206, 2],
        "must_say": ["tracking consent is below 60%"],
    },
    {
        "id": "lv-007",
        "question": "who's following up on the shortage of cert lab bookings",
        "kind": "no_project",
        "project": None,
        "must_cite": [259, 256, 59, 36],
        "must_say": ["Dara Jansen follows up", "certification lab slots are scarce"],
    },
    {
        "id": "lv-008",
        "question": "nimbus k8s migration where do backups go now",
        "kind": "named_project",
        "project": "PRJ-0016",
        "must_cite": [119, 116],
        "must_say": ["move backups to object storage"],
    },
    {
        "id": "lv-009",
        "question": "how long r we holding onto raw event data in falcon reporting warehouse, was there a retention call made at some point or is it still open?",
        "kind": "named_project",
        "project": "PRJ-0011",
        "must_cite": [86, 82],
        "must_say": ["keep raw events for 13 months only"],
    },
    {
        "id": "lv-010",
        "question": "are we overspending on storage anywhere in the data work",
        "kind": "no_project",
        "project": None,
        "must_cite": [164, 90, 160, 86, 151, 88, 158, 84, 157, 83],
        "must_say": ["storage costs grow faster than planned"],
    },
    {
        "id": "lv-011",
        "question": "any issue w/ the source db lacking last-modified columns",
        "kind": "no_project",
        "project": None,
        "must_cite": [150, 163, 85, 148, 77],
        "must_say": ["the source system has no change timestamps"],
    },
    {
        "id": "lv-012",
        "question": "Iris refund automation: could the card-industry compliance audit stop us shipping?",
        "kind": "named_project",
        "project": "PRJ-0019",
        "must_cite": [147, 145, 142, 141],
        "must_say": ["PCI audit findings could block the release"],
    },
    {
        "id": "lv-013",
        "question": "whos chasing the upstream schema changes problem on raven metrics",
        "kind": "named_project",
        "project": "PRJ-0022",
        "must_cite": [159, 156],
        "must_say": ["Ivan Ito follows up", "Leo Schmidt follows up"],
    },
    {
        "id": "lv-014",
        "question": "is apples approval process likely to push back any launches",
        "kind": "no_project",
        "project": None,
        "must_cite": [205, 181, 114, 204, 203, 179, 113, 111, 57, 53],
        "must_say": ["App Store review may delay the launch"],
    },
    {
        "id": "lv-015",
        "question": "did anyone decide to cut offline support out of v1",
        "kind": "no_project",
        "project": None,
        "must_cite": [54, 44, 136, 41],
        "must_say": ["drop offline mode from the first release"],
    },
    {
        "id": "lv-016",
        "question": "ember offline mode — going w/ toggles for the new signup flow or not",
        "kind": "named_project",
        "project": "PRJ-0024",
        "must_cite": [179, 178],
        "must_say": ["use feature flags for the new onboarding"],
    },
    {
        "id": "lv-017",
        "question": "which board rev did kestrel sensr hub lock in",
        "kind": "named_project",
        "project": "PRJ-0026",
        "must_cite": [198, 193],
        "must_say": ["freeze the PCB layout at revision C"],
    },
    {
        "id": "lv-018",
        "question": "are we getting rid of the old csv downloads? what was agreed",
        "kind": "no_project",
        "project": None,
        "must_cite": [160, 150, 157, 83, 78, 75],
        "must_say": ["retire the old CSV exports"],
    },
    {
        "id": "lv-019",
        "question": "what happened with the nightly job, we going incremental?",
        "kind": "no_project",
        "project": None,
        "must_cite": [85, 84, 76],
        "must_say": ["move the nightly batch to incremental loads"],
    },
    {
        "id": "lv-020",
        "question": "granite pricing experiment whats the deal on discounting yearly subscriptions",
        "kind": "named_project",
        "project": "PRJ-0028",
        "must_cite": [209, 208],
        "must_say": ["offer annual plans at a 15% discount"],
    },
    {
        "id": "lv-021",
        "question": "why did ci speed-up get killed",
        "kind": "named_project",
        "project": "PRJ-0039",
        "must_cite": [269],
        "must_say": ["the budget moved to a higher-priority initiative"],
    },
    {
        "id": "lv-022",
        "question": "did we line up an alternate supplier for the bluetooth chip",
        "kind": "no_project",
        "project": None,
        "must_cite": [61, 255, 35, 196, 195, 194],
        "must_say": ["second source for the BLE chip"],
    },
    {
        "id": "lv-023",
        "question": "where's the firmware update server moving to",
        "kind": "no_project",
        "project": None,
        "must_cite": [62, 258, 60, 256, 36],
        "must_say": ["OTA server to the cloud backend"],
    },
    {
        "id": "lv-024",
        "question": "PRJ-37 are they still moving card processing over to the other acquiring bank? what did the team settle on",
        "kind": "named_project",
        "project": "PRJ-0037",
        "must_cite": [250, 248],
        "must_say": ["switch the card processor"],
    },
    {
        "id": "lv-025",
        "question": "PRJ-0038 is the battery still breaking when dropped",
        "kind": "named_project",
        "project": "PRJ-0038",
        "must_cite": [260, 258, 262, 261],
        "must_say": ["the battery fails the drop test"],
    },
    {
        "id": "lv-026",
        "question": "quick one before my 1:1 tmrw — i heard marketing wanted to kill the paid ads on social media, did that actually get decided and on which projects?",
        "kind": "no_project",
        "project": None,
        "must_cite": [207, 270, 206, 2, 242, 1, 220, 70, 68],
        "must_say": ["stop the paid social campaign"],
    },
    {
        "id": "lv-027",
        "question": "b2b customers invoice layout staying the same?",
        "kind": "no_project",
        "project": None,
        "must_cite": [144, 249, 231, 12],
        "must_say": ["keep the legacy invoice format for B2B"],
    },
    {
        "id": "lv-028",
        "question": "has legal signed off the referral T&Cs for iris landing pages yet or still stuck",
        "kind": "named_project",
        "project": "PRJ-0040",
        "must_cite": [275, 270],
        "must_say": ["legal has not approved the referral terms"],
    },
    {
        "id": "lv-029",
        "question": "who is reviewing the supplier agreement for apolo offline mode",
        "kind": "named_project",
        "project": "PRJ-0015",
        "must_cite": [112],
        "must_say": ["Zoe Haddad will check the vendor contract"],
    },
    {
        "id": "lv-030",
        "question": "bank settlement files coming in late — which projects does that hit and is anybody on it",
        "kind": "no_project",
        "project": None,
        "must_cite": [249, 143, 248, 247, 236, 231, 234, 229, 233, 12],
        "must_say": ["settlement files arrive late from the bank"],
    },
]
