"""Held-out questions about meeting minutes and status notes, for the chat copilot.

Written blind by a helper session on 2026-12-06, without reading the copilot's code
(nothing under models/, dashboard/, components/, pages/, tests/, docs/ or the other
files of benchmarks/ was opened, and neither the copilot nor any benchmark was run).
The expected answers were computed with plain SQL against the demo database
(data/demo.py, "today" = Wednesday 2026-06-17) and checked line by line.

Each entry of ``QUESTIONS`` is a dict:

- ``id``: stable identifier, ``mq-001`` ... ``mq-040``.
- ``question``: the text a manager would type (terse chat, full sentences,
  dictated speech, a few typos; some name the project by its NAME, which is
  unique among projects, rather than its key).
- ``kind``: one of
    ``person_actions``  - what a person committed to / was asked to do / owes
                          ("Action: <Person> will ... by <date>." lines);
    ``project_actions`` - the open or most recent action items of a project;
    ``decision``        - what was decided in a project's latest meeting, or the
                          latest decision about a topic ("Decision: ..." lines);
    ``risk``            - the latest risk(s) raised for a project ("Risk: ...;
                          X follows up." in minutes, "Main risk: ..." in status notes);
    ``topic``           - what a project's minutes said about a topic.
- ``project``: the project key the question is about (also when the question uses
  the project's name), or None.
- ``person``: the full name of the person the question is about, or None.
- ``must_cite``: document ids (documents.id). The answer is right on citations if it
  cites ANY of them. They are listed newest first:
    * "latest" questions (project_actions, decision, most risk) list the newest
      matching document of the project by created_at;
    * person_actions list the (at most 3) newest documents holding an
      "Action: <Person> will ..." line;
    * generic risk questions ("anything blocking X?") list the newest document
      stating a risk, which is a status note, plus the newest minutes when those
      raise the very same risk; questions that say "main risk" / "status note"
      point at the newest status note, and questions about "the last meeting/sync"
      point at the newest minutes;
    * topic questions (and decisions about a topic) list the newest minutes of the
      project that mention the topic, plus older ones only when they carry the
      same statement.
- ``must_say``: 1-2 short phrases copied exactly from the expected document text;
  the answer is right on content if it contains ANY of them (compare
  case-insensitively).
"""

QUESTIONS = [
    # ---------------------------------------------------------------- person_actions
    {"id": "mq-001", "question": "mei's action items pls", "kind": "person_actions",
     "project": None, "person": "Mei Walsh", "must_cite": [29, 105, 27],
     "must_say": ["confirm the budget with finance", "prepare the demo for stakeholders"]},
    {"id": "mq-002", "question": "What did Lina Wong commit to in the recent meetings?",
     "kind": "person_actions", "project": None, "person": "Lina Wong",
     "must_cite": [215, 209, 272],
     "must_say": ["check the vendor contract", "write the rollout runbook"]},
    {"id": "mq-003", "question": "what's on Nadia's plate from the meetings",
     "kind": "person_actions", "project": None, "person": "Nadia Patel",
     "must_cite": [129, 28, 127],
     "must_say": ["update the delivery plan", "book the release window"]},
    {"id": "mq-004", "question": "what does Chen Brown owe us", "kind": "person_actions",
     "project": None, "person": "Chen Brown", "must_cite": [86, 159, 157],
     "must_say": ["confirm the budget with finance", "prepare the demo for stakeholders"]},
    {"id": "mq-005", "question": "Could you list the action items that were assigned to "
     "Emeka Jansen in the minutes, most recent first?", "kind": "person_actions",
     "project": None, "person": "Emeka Jansen", "must_cite": [111, 54, 53],
     "must_say": ["write the rollout runbook", "confirm the budget with finance"]},
    {"id": "mq-006", "question": "what was Dara Jansen asked to do at the last syncs?",
     "kind": "person_actions", "project": None, "person": "Dara Jansen",
     "must_cite": [260, 62, 258],
     "must_say": ["confirm the budget with finance", "write the rollout runbook"]},
    {"id": "mq-007", "question": "zoe haddad todos from the weekly syncs",
     "kind": "person_actions", "project": None, "person": "Zoe Haddad",
     "must_cite": [204, 112, 178],
     "must_say": ["confirm the budget with finance", "check the vendor contract"]},
    {"id": "mq-008", "question": "whats ines eriksen suposed to deliver, per the minutes?",
     "kind": "person_actions", "project": None, "person": "Ines Eriksen",
     "must_cite": [266, 186, 183],
     "must_say": ["update the delivery plan", "book the release window"]},
    {"id": "mq-009", "question": "okay so tell me what tariq olsen is on the hook for "
     "from the meeting minutes", "kind": "person_actions", "project": None,
     "person": "Tariq Olsen", "must_cite": [239, 221, 220],
     "must_say": ["update the delivery plan", "review the test results with QA"]},
    {"id": "mq-010", "question": "Hana's open tasks from meetings?", "kind": "person_actions",
     "project": None, "person": "Hana Wagner", "must_cite": [179, 177, 52],
     "must_say": ["update the delivery plan", "book the release window"]},
    # --------------------------------------------------------------- project_actions
    {"id": "mq-011", "question": "open action items for PRJ-0038?", "kind": "project_actions",
     "project": "PRJ-0038", "person": None, "must_cite": [260],
     "must_say": ["confirm the budget with finance"]},
    {"id": "mq-012", "question": "Who is doing what after the latest Vega landing pages "
     "meeting?", "kind": "project_actions", "project": "PRJ-0021", "person": None,
     "must_cite": [154], "must_say": ["book the release window"]},
    {"id": "mq-013", "question": "PRJ-0030 action items", "kind": "project_actions",
     "project": "PRJ-0030", "person": None, "must_cite": [215],
     "must_say": ["check the vendor contract"]},
    {"id": "mq-014", "question": "Is anything still outstanding from the last Raven app "
     "redesign sync? Who owns it and by when?", "kind": "project_actions",
     "project": "PRJ-0027", "person": None, "must_cite": [204],
     "must_say": ["confirm the budget with finance"]},
    {"id": "mq-015", "question": "what actions came out of the most recent PRJ-0017 meeting",
     "kind": "project_actions", "project": "PRJ-0017", "person": None, "must_cite": [129],
     "must_say": ["update the delivery plan"]},
    {"id": "mq-016", "question": "next steps agreed for PRJ-0022, who has the ball?",
     "kind": "project_actions", "project": "PRJ-0022", "person": None, "must_cite": [160],
     "must_say": ["check the vendor contract"]},
    {"id": "mq-017", "question": "Please summarise the follow-up actions recorded in the "
     "last weekly sync of PRJ-0004.", "kind": "project_actions", "project": "PRJ-0004",
     "person": None, "must_cite": [30], "must_say": ["book the release window"]},
    {"id": "mq-018", "question": "any action items pending on PRJ-0040", "kind": "project_actions",
     "project": "PRJ-0040", "person": None, "must_cite": [273],
     "must_say": ["write the rollout runbook"]},
    # ---------------------------------------------------------------------- decision
    {"id": "mq-019", "question": "what were the takeaways from the last PRJ-0020 sync? "
     "mainly what got decided", "kind": "decision", "project": "PRJ-0020", "person": None,
     "must_cite": [150], "must_say": ["retire the old CSV exports"]},
    {"id": "mq-020", "question": "What did the Ember offline mode team decide at their "
     "latest meeting?", "kind": "decision", "project": "PRJ-0024", "person": None,
     "must_cite": [179], "must_say": ["feature flags for the new onboarding"]},
    {"id": "mq-021", "question": "PRJ-0015 latest decision?", "kind": "decision",
     "project": "PRJ-0015", "person": None, "must_cite": [112],
     "must_say": ["adopt the shared design system"]},
    {"id": "mq-022", "question": "where did we land on pricing in the Granite pricing "
     "experiment, last meeting", "kind": "decision", "project": "PRJ-0028", "person": None,
     "must_cite": [209], "must_say": ["annual plans at a 15% discount"]},
    {"id": "mq-023", "question": "decision from the most recent PRJ-0014 weekly sync",
     "kind": "decision", "project": "PRJ-0014", "person": None, "must_cite": [105],
     "must_say": ["migrate the build agents to Kubernetes"]},
    {"id": "mq-024", "question": "I missed the last PRJ-0037 meeting - what did they "
     "decide?", "kind": "decision", "project": "PRJ-0037", "person": None,
     "must_cite": [251], "must_say": ["3-D Secure for all EU cards"]},
    {"id": "mq-025", "question": "where did we land on the legacy VPN for PRJ-0016",
     "kind": "decision", "project": "PRJ-0016", "person": None, "must_cite": [117],
     "must_say": ["retire the legacy VPN"]},
    {"id": "mq-026", "question": "What was decided about the refund API on PRJ-0002?",
     "kind": "decision", "project": "PRJ-0002", "person": None, "must_cite": [11, 9],
     "must_say": ["postpone the refund API"]},
    # -------------------------------------------------------------------------- risk
    {"id": "mq-027", "question": "anything blocking PRJ-0011?", "kind": "risk",
     "project": "PRJ-0011", "person": None, "must_cite": [90, 86],
     "must_say": ["storage costs grow faster than planned"]},
    {"id": "mq-028", "question": "Which risks came up in the last Falcon battery pack "
     "meeting?", "kind": "risk", "project": "PRJ-0008", "person": None, "must_cite": [62],
     "must_say": ["component lead times are 16 weeks"]},
    {"id": "mq-029", "question": "main risk in the latest status note for PRJ-0038",
     "kind": "risk", "project": "PRJ-0038", "person": None, "must_cite": [264],
     "must_say": ["component lead times are 16 weeks"]},
    {"id": "mq-030", "question": "what risk was raised at the last PRJ-0025 weekly sync and "
     "who is following up on it", "kind": "risk", "project": "PRJ-0025", "person": None,
     "must_cite": [187], "must_say": ["on-call load is high", "Mei Walsh follows up"]},
    {"id": "mq-031", "question": "what are the risks on PRJ-0022 right now?", "kind": "risk",
     "project": "PRJ-0022", "person": None, "must_cite": [164, 160],
     "must_say": ["storage costs grow faster than planned"]},
    {"id": "mq-032", "question": "any red flags for PRJ-0027", "kind": "risk",
     "project": "PRJ-0027", "person": None, "must_cite": [205, 204],
     "must_say": ["App Store review may delay"]},
    {"id": "mq-033", "question": "Whats the current main risk on PRJ-0019?", "kind": "risk",
     "project": "PRJ-0019", "person": None, "must_cite": [147],
     "must_say": ["PCI audit findings could block"]},
    # ------------------------------------------------------------------------- topic
    {"id": "mq-034", "question": "what was said about PostgreSQL in the PRJ-0022 meetings?",
     "kind": "topic", "project": "PRJ-0022", "person": None, "must_cite": [156],
     "must_say": ["adopt PostgreSQL for reporting"]},
    {"id": "mq-035", "question": "Did the Beacon metrics layer team discuss the source "
     "system in their minutes?", "kind": "topic", "project": "PRJ-0020", "person": None,
     "must_cite": [150], "must_say": ["source system has no change timestamps"]},
    {"id": "mq-036", "question": "anything in the Vega sensor hub minutes about the PCB "
     "layout", "kind": "topic", "project": "PRJ-0038", "person": None, "must_cite": [257],
     "must_say": ["freeze the PCB layout"]},
    {"id": "mq-037", "question": "OpenTelemetry - what did the PRJ-0004 syncs say about it?",
     "kind": "topic", "project": "PRJ-0004", "person": None, "must_cite": [29, 26],
     "must_say": ["standardise on OpenTelemetry"]},
    {"id": "mq-038", "question": "what came up about the invoice format in PRJ-0019's "
     "meetings", "kind": "topic", "project": "PRJ-0019", "person": None, "must_cite": [144],
     "must_say": ["keep the legacy invoice format"]},
    {"id": "mq-039", "question": "did anyone mention older android phones in the PRJ-0024 "
     "minutes?", "kind": "topic", "project": "PRJ-0024", "person": None, "must_cite": [178],
     "must_say": ["Android phones run out of memory"]},
    {"id": "mq-040", "question": "Can you tell me what the Falcon reporting warehouse "
     "minutes say about incremental loads?", "kind": "topic", "project": "PRJ-0011",
     "person": None, "must_cite": [85, 84],
     "must_say": ["nightly batch to incremental loads"]},
]
