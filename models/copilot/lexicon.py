"""The domain's words: how managers name the concepts of ``docs/metrics.md`` and the copilot's
measures, as phrases matched on lemmas (so "finished", "finishes" and "finishing" are one word)
after typos are corrected (``words.Corrector`` also corrects into these words).

Each concept has a family (``status``, ``health``, ``subject``...) and a value. A phrase is
matched longest-first; a phrase of several words may be written with other words between them
only where marked ``...`` (at most three words between).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from models.copilot.words import Token, lemma

CONCEPTS: dict[str, list[str]] = {
    # what the question is about
    "subject:projects": ["project", "initiative", "programme", "workstream", "effort", "proj",
                         "projs", "prj", "deliveries"],  # outsiders: a delivery is a project
    "subject:people": ["people", "person", "persons", "who", "whom", "anyone", "anybody",
                       "someone", "somebody", "everyone", "engineer", "member", "staff",
                       "resource", "employee", "colleague", "folk", "teammate", "developer",
                       "headcount", "individual", "resource pool", "team member"],
    "subject:items": ["work item", "item", "task", "ticket", "story", "backlog item",
                      "issue", "card", "feature", "backlog", "deliverable"],
    "subject:points": ["story point", "point", "sp", "pts", "pt", "story pts"],
    "subject:documents": ["document", "doc", "file", "write-up", "writeup", "paper"],
    "subject:portfolios": ["part of the business", "area of the business", "business area",
                           "side of the business", "side of the house", "part of the company",
                           "portfolio", "department", "business unit", "area", "division",
                           "team"],
    "subject:skills": ["skill", "skillset", "skill set", "expertise", "competence",
                       "competency", "competencies", "capability", "capabilities",
                       "technology", "tech"],  # not "know-how": "know how many"
    "subject:owners": ["owner", "project manager", "project lead", "pm", "lead", "point person",
                       "main contact", "contact person", "named contact",
                       "go-to person for this", "go to person for this",
                       "point of contact"],
    # statuses (data.schema.STATUSES) and the two sets of them
    "status:open": ["open", "ongoing", "on the go", "in flight", "unfinished", "incomplete",
                    "still going", "still running", "still live", "not yet done",
                    "not done", "still not done", "not finished", "not completed",
                    "haven't finished", "hasn't finished", "have not finished",
                    "has not finished", "not closed yet", "outstanding", "live", "not close",
                    "not closed", "still to be delivered", "yet to be delivered",
                    "still to be done", "yet to be done", "still to be finished",
                    "going on at the moment", "going on right now", "going right now",
                    "currently going on", "going at the moment", "on the go right now"],
    "status:closed": ["closed", "close out", "shut"],
    "status:proposed": ["proposed", "propose", "proposal", "proposals", "not start",
                        "not begin", "not yet begin",
                        "in the queue", "queued", "in the intake queue",
                        "not yet start", "planned",
                        "pipeline", "not kick off", "not kicked off",
                        "nobody has started", "nobody started", "no one has started",
                        "no one started", "has no one started", "has nobody started",
                        "nobody has begun", "no one has begun", "not been started",
                        "not been kicked off"],
    "status:active": ["still shipping", "shipping", "being delivered", "being worked on",
                      "active", "actively", "in progress", "underway", "running", "progressing",
                      "under way", "in execution", "wip", "work in progress"],
    "status:on_hold": ["on hold", "hold", "paused", "pause", "parked", "park", "suspended",
                       "on ice", "put on ice", "deferred", "postponed", "dormant",
                       "suspend", "frozen", "freeze", "blocked", "stalled", "stuck"],
    "status:done": ["done", "completed", "finished", "delivered", "shipped", "wrapped up",
                    "handed over",
                    "closed as done"],
    "status:cancelled": ["cancelled", "canceled", "cancel", "dropped", "drop", "killed",
                         "kill", "abandoned", "abandon", "scrapped", "scrap", "stopped",
                         "shelved", "terminated", "axed", "stood down", "stand down",
                         "stood-down", "wound down", "wind down", "sunset", "sunsetted"],
    # health (data.metrics)
    "health:late": ["late", "overdue", "past due", "past deadline", "behind schedule",
                    "on fire",
                    "deadline ... passed", "due date ... passed", "date has passed",
                    "deadline passed", "due date passed", "deadline missed", "due date missed",
                    "deadline ... missed", "due date ... missed",
                    "running behind", "behind their due date", "behind its due date",
                    "behind their deadline", "behind its deadline", "behind the deadline",
                    "past their deadline", "past the deadline", "past their deadlines",
                    "past their go-live", "past its go-live", "past the go-live",
                    "past go-live", "missed their go-live", "missed its go-live",
                    "in delay",
                    "delayed", "missed deadline", "missed date", "missed their deadline",
                    "miss deadline", "slipped past", "running late", "past its due date",
                    "past their due date", "beyond due date", "past its date",
                    "past their date", "past the date", "past its deadline", "overrunning",
                    "overran", "overrun", "blown through", "blown past", "blew through",
                    "blew past", "gone past", "went past", "overshot", "missed its due date",
                    "missed their due date", "missed the due date", "missed its deadline",
                    "missed the deadline", "deadline missed", "due date missed",
                    "missed their date", "missed its date", "missed the date",
                    "missed their dates", "missed their deadline", "missed their deadlines"],
    "health:at_risk": ["in risk", "ambers", "likely to blow", "blow their deadline",
                       "blow its deadline",
                       "blow the deadline",
                       "at risk", "risky", "in danger", "in jeopardy", "at risk rating",
                       "at risk status", "at risk flag",
                       "endangered", "likely to miss", "likely to slip", "likely to be late",
                       "going to be late", "will be late", "unlikely to finish",
                       "unlikely to hit", "unlikely to make", "not going to hit", "won't hit",
                       "will not hit", "won't make", "will not make", "unlikely to land",
                       "danger", "jeopardy", "amber", "risk", "miss their date",
                       "miss its date", "miss the date", "miss their deadline",
                       "miss its deadline", "miss the deadline", "will miss", "going to miss",
                       "miss their due date", "miss its due date", "miss the due date",
                       "miss their dates", "miss their deadlines", "miss their due dates",
                       "not make it", "not going to make it", "might slip", "could slip",
                       "forecast to miss", "predicted to miss", "expected to miss",
                       "projected to miss", "set to miss", "forecast to slip",
                       "will slip", "going to slip", "gonna slip", "forecast to be late",
                       "predicted to be late", "expected to be late",
                       "projected to be late", "expected to slip", "predicted to slip",
                       "shaky", "looking shaky", "wobbly", "dicey", "iffy", "on thin ice",
                       "touch and go", "on the edge", "on the brink", "at the edge"],
    "health:attention": ["need attention", "needs attention", "require attention", "worry about",
                         "worried about", "concern", "concerning", "red flag",
                         "problematic", "struggling", "off track", "trouble spot",
                         "in trouble", "troubled",  # late or at risk, as "off track"
                         "behind plan", "behind the plan", "behind target", "off plan"],
    "health:on_track": ["on track", "on schedule", "healthy", "in good shape", "going well",
                        "green", "fine", "okay"],
    # RAG colours as the dashboard draws health: red (vermillion) is late, amber (orange) at risk
    "health:late_red": ["red", "in the red", "rag red", "flagged red", "reds", "gone red",
                        "went red", "turned red", "go red"],
    "health:attention_rag": ["amber or red", "red or amber", "red and amber", "amber and red",
                             "reds and ambers", "ambers and reds"],
    # priorities
    "priority:critical": ["critical", "urgent", "p0", "highest priority", "top priority",
                          "mission critical"],
    "priority:high": ["high priority", "high", "important", "p1"],
    "priority:medium": ["medium", "normal priority", "medium priority", "p2", "moderate"],
    "priority:low": ["low priority", "low", "p3", "minor"],
    # what happened to projects, items and documents (anchors for periods)
    "verb:due": ["due", "deadline", "due date", "come due", "expire", "target date", "fall due",
                 "falls due", "fell due", "falling due",
                 "scheduled to finish", "scheduled to end", "scheduled to complete",
                 "planned to finish", "supposed to finish", "meant to finish", "due to finish",
                 "scheduled to be done", "supposed to be done", "meant to be done",
                 "end date"],
    "verb:complete": ["complete", "completed", "finish", "finished", "deliver", "delivered",
                      "ship", "shipped", "wrap up", "close", "closed", "done", "land",
                      "release", "get done", "go live", "gone live", "went live", "goes live",
                     "hand over", "handed over", "hands over", "signed off", "sign off",
                     "over the line", "across the line",
                      "out the door", "wrap ... up", "finish ... off", "close ... out",
                      "get ... done", "get ... over the line"],
    "verb:start": ["got under way", "get under way", "got underway", "get underway",
                   "got going", "got started", "get started",
                   "start", "started", "kick off", "kicked off", "begin", "began", "launch",
                   "commence"],
    "verb:create": ["create", "created", "new", "add", "added", "open", "opened", "set up",
                    "register", "write", "written", "raise", "raised"],
    "verb:become_late": ["went red", "gone red", "turned red", "go red", "turn red",
                         "slipped past", "slip past", "gone past", "went past", "run past",
                         "ran past",
                         "become late", "became late", "go late", "went late", "turn late",
                         "slip", "slipped", "slip into lateness", "fall behind", "fell behind",
                         "tip into", "move into late", "become overdue", "became overdue",
                         "go overdue", "went overdue", "turn overdue", "turned overdue",
                         "gone late", "gone overdue", "slip into", "slipped into",
                         "fall overdue", "fallen overdue", "fell overdue", "falling overdue",
                         "passed ... due date", "passed ... deadline", "passed ... end date",
                         "passed ... target date",
                         "tip over into", "tipped over into", "tip over", "tipped over",
                         "tip into overdue", "tipped into"],
    "verb:scope": ["extra work", "scope", "scope creep", "added to scope", "scope growth",
                   "scope change",
                   "bolted on", "bolted onto", "bolt on", "tacked on", "tacked onto", "tack on",
                   "piled on", "piled onto", "crept in", "crept into", "snuck in",
                   "work got added", "work has been added", "work was added",
                   "on top of the original plan", "on top of the plan", "added on top",
                   "work added to", "grown its scope", "grew its scope", "grown in scope",
                   "grew in scope", "scope has grown", "scope grew", "scope increase",
                   "scope increased", "scope has increased"],  # not "new work items created"
    "verb:work_on": ["work on", "working on", "assign", "assigned", "allocate", "allocated",
                     "staff", "staffed", "on the team", "team", "involved", "busy with",
                     "contribute", "member of", "on", "charged to", "charging to",
                     "charge their time to", "book their time to", "booking time to"],
    "verb:own": ["belong to", "belongs to", "belonging to",
                 "own", "owns", "owned", "owner", "lead", "leads", "led", "run", "runs",
                 "in charge", "responsible", "manage", "manages", "managed", "accountable",
                 "led by", "owned by", "run by", "managed by", "headed by", "overseen by",
                 "look after", "looks after", "oversee", "oversees", "head", "heads",
                 "heading up", "heading", "fronting", "fronts", "stewardship",
                 "under their stewardship", "steward", "stewards", "stewarded by"],
    "verb:know": ["know", "knows", "skill", "skilled", "experience", "experienced", "expert",
                  "can do", "familiar", "proficient", "good at", "specialist", "specialise",
                  "specialize", "list", "background"],
    # how the answer is measured
    "measure:count": ["how many", "number of", "count", "total", "how much", "tally",
                      "amount of", "headcount"],
    "measure:list": ["which", "what", "list", "show", "give", "name", "display", "find",
                     "any", "who", "tell", "enumerate"],
    "rank:most": ["most", "highest", "biggest", "largest", "top", "max", "maximum", "greatest",
                  "thinnest",
                  "busiest", "furthest", "farthest", "heaviest", "more", "longest",
                  "most common", "commonest", "most popular", "most frequent", "most widespread"],
    "rank:least": ["least", "lowest", "smallest", "fewest", "bottom", "min", "minimum",
                   "shortest", "lightest", "least common", "rarest", "least popular",
                   "least frequent", "scarcest", "scarce",
                   "thinnest on", "thin on", "thinner on",  # "skills we're thinnest on"
                   "thinnest skill", "thinnest skills", "thinnest coverage", "thinnest bench"],
    "rank:bound": ["at least", "at most", "more than", "less than", "fewer than",
                   "greater than", "no more than", "no less than", "higher than", "lower than"],
    "rank:worst": ["most likely to blow", "most likely to slip", "most likely to overrun",
                   "most at risk of missing", "most likely to be late",
                   "worst", "riskiest", "least likely", "most likely to miss",
                   "most likely to be late", "most at risk", "most in danger",
                   "most likely to slip", "lowest chance", "weakest", "shakiest"],
    "rank:best": ["best", "most likely", "safest", "healthiest", "highest chance"],
    # "rank the open projects by progress", "sort people by load": a ranking, most first
    "rank:order": ["rank", "ranked", "ranking", "rankings", "sort ... by", "sorted by",
                   "order ... by", "ordered by", "league table", "leaderboard"],
    "rank:soonest": ["soonest", "earliest", "next due", "closest", "nearest", "first due",
                     "due next", "upcoming deadline", "next ... deadline", "deadlines coming up",
                     "deadline coming up", "coming up"],
    "compare": ["compare", "compared", "comparison", "vs", "versus", "against", "difference",
                "side by side", "head to head", "stack up", "stacks up",
                "differ", "relative to", "compared with", "compared to", "contrast"],
    "group": ["per", "each", "breakdown", "break down", "split", "distribution", "across",
              "every", "for each", "by", "grouped", "group", "mix", "make-up", "makeup"],
    "single": ["single", "one", "the one"],
    # project measures people rank by
    "m:overdue": ["overdue", "late", "behind", "past due", "days late", "days overdue",
                  "days behind", "days past due", "days past the due date", "days past due date",
                  "days past their due date", "days past its due date", "days past deadline",
                  "days past the deadline", "days over", "days overdue"],
    "m:open_items": ["open item", "open work item", "open task", "work item", "item",
                     "task", "ticket", "open ticket", "unfinished item", "unfinished ticket",
                     "unfinished task", "unfinished work item", "open work assigned",
                     "work assigned"],
    "m:remaining": ["work left", "remaining", "remain", "remains", "left", "remaining point",
                    "point left", "to go", "still to do", "outstanding work"],
    "m:progress": ["furthest along", "further along", "farther along", "progress", "far along",
                   "most complete", "most done",
                   "closest to done", "closest to finish", "advanced", "percent done",
                   "nearest to finish", "nearest to finishing", "closest to finishing",
                   "progress done", "progress made",
                   "nearest to done", "closest to being done", "nearest to being done",
                   "closest to the finish line", "nearest to the finish line",
                   "nearest the finish line", "closest to the finish", "closest to completion",
                   "nearest to completion", "percentage wise", "percentage-wise",
                   "% done", "completion", "percent complete", "% complete", "per cent complete",
                   "pct complete", "percentage complete"],
    # forecasts
    "f:trust": ["trust", "trusted", "trustworthy", "low trust", "high trust", "medium trust",
                "how reliable", "reliability", "how much confidence", "confidence in",
                "confidence ... forecast", "rely on ... forecast", "believe ... forecast",
                "how solid", "how much weight", "how confident should", "how confident can",
                "confident should i be", "confident can i be", "forecast trustworthy",
                "forecasts trustworthy", "forecast reliable", "forecasts reliable"],
    "f:chance": ["delivered by ... due date", "done by ... due date", "finished by ... due date",
                 "completed by ... due date", "delivered by ... deadline", "done by ... deadline",
                 "finished by ... deadline", "delivered on time", "land on time", "ship on time",
                 "ships on time",
                 "hit the due date", "hit its due date", "hit our due date", "hit the date",
                 "hit its date", "going to hit", "going to make", "gonna hit", "gonna make",
                 "make the deadline", "make its deadline", "make our deadline",
                 "make their deadline", "hit our deadline", "meet the due date",
                 "make the due date", "make its due date", "make ... deadline",
                 "hit ... deadline", "meet ... deadline", "make ... due date",
                 "hit ... due date", "meet ... due date",
                 "chance", "probability", "likelihood", "likely", "odds", "how likely",
                 "make its date", "make the date", "hit its deadline", "hit the deadline",
                 "meet its deadline", "meet the deadline", "on time", "p on time",
                 "confidence", "make it", "in time", "possibility", "prospect", "percent chance",
                 "percentage", "percent"],
    "f:p50": ["when will", "when is", "expected end", "expected finish", "expected completion",
              "finish date", "end date", "completion date", "forecast", "forecast finish",
              "projected", "eta", "estimate", "estimated", "predicted", "when do", "when does",
              "land", "most likely", "by when", "delivery date", "go-live date", "go live date",
              "landing date", "ship date", "median date", "median finish",
              "forecast say", "forecast says", "forecast said", "forecast tell",
              "forecast tells", "model say", "model says", "date can i promise",
              "date can we promise", "when can we promise", "when can i promise",
              "best guess", "best estimate", "realistically", "realistic go-live",
              "realistic date", "realistic finish", "expect delivery", "should i expect",
              "actually expect"],
    "f:p85": ["85", "p85", "p85 date", "85 %", "eighty-five", "fairly sure", "confident"],
    "f:p95": ["95", "p95", "p95 date", "95 %", "ninety-five", "almost certain", "safe date",
              "worst case",
              "worst-case", "pessimistic", "at the latest", "latest possible"],
    "field:due_date": ["due", "deadline", "due date", "target date", "when due",
                       "planned go-live", "planned go live", "planned finish", "planned end",
                       "planned completion", "planned end date", "target go-live",
                       "supposed to be done", "supposed to be finished", "meant to be done",
                       "meant to be finished", "supposed to be delivered", "agreed date",
                       "agreed deadline", "agreed due date", "agreed end date",
                       "agreed completion date", "committed date", "promised date"],
    "field:progress": ["progress", "how far along", "how much of", "how much is done",
                       "percent complete", "how far",
                       "% complete", "completion", "how much done", "how complete"],
    "field:status": ["status", "state", "how is", "how are", "doing", "going", "health",
                     "update", "where are we", "where do we stand", "overview", "summary",
                     "rundown", "run-down", "lowdown", "recap", "brief me",
                     "catch me up", "fill me in"],
    # people
    "people:load": ["load", "loaded", "busy", "booked", "capacity", "utilization",
                    "spoken for", "time is taken",
                    "utilisation", "allocation", "workload", "how much work", "occupied",
                    "stretched", "allocated", "carrying", "carry", "on their plate", "fte", "ftes",
                    "fte commitment", "commitment", "committed",
                    "on her plate", "on his plate", "on my plate", "peak load", "peak allocation",
                    "at peak", "at the peak", "peak",
                    # room left (router.UNDER_FULL reads the bound)
                    "under 100%", "below 100%", "less than 100%", "lower than 100%",
                    "under 100 %", "below 100 %", "less than 100 %"],
    "people:over": ["over-allocated", "over allocated", "overallocated", "overbooked",
                    "beyond a full week", "more than a full-time week", "stretched too thin",
                    "spread too thin", "stretched thin", "spread thin",
                    "more hours than they have", "more hours than they've got",
                    "more than their full hours", "beyond their hours", "over their hours",
                    "more than their hours", "past their hours", "past full time",
                    "beyond full time", "over full time", "more than full time",
                    "stretched past", "over full-time", "past full-time",
                    "more than a full week", "more than a week's worth",
                    "overloaded", "over capacity", "too much work", "overworked",
                    "overcommitted", "over committed", "more than full", "over 100",
                    "over-booked", "double booked", "overstretched", "above 100", "underwater",
                    "above their capacity", "above capacity", "over their capacity",
                    "beyond capacity", "beyond their capacity", "more than a full week",
                    "over-utilised", "over-utilized", "overutilised", "overutilized",
                    "over utilised", "over utilized",
                    "under water", "swamped", "drowning", "snowed under", "maxed out",
                    "beyond 100", "more than 100", "exceed 100", "past 100",
                    "more than their full time", "more than full time", "over full time",
                    "over their full time", "beyond full time", "beyond their full time",
                    "above full time", "above their full time", "more than their capacity",
                    "more than 100%", "over 100%", "above 100%", "more than a full-time",
                    "more than full-time", "beyond full-time", "over full-time"],
    "people:free": ["nothing planned", "nothing scheduled", "nothing lined up", "no work planned",
                    "empty diary", "empty calendar", "diary is empty", "calendar is empty",
                    "nothing in the diary", "nothing in their diary",
                    "nothing in the plan", "no allocation at all", "not planned", "not scheduled",
                    "free", "available", "unallocated", "idle", "spare", "bench", "unbooked",
                    "not booked", "nothing assigned", "nothing at all assigned",
                    "no work assigned", "not assigned to anything",
                    "not allocated", "no allocation", "unassigned", "without allocation",
                    "no other commitments", "no commitments", "no other commitment",
                    "nothing else on", "no other work",
                    "no project time booked", "no time booked", "zero bookings",
                    "no project assignment", "no assignment", "no assignments",
                    "not assigned", "has capacity", "have capacity", "not busy",
                    "without any allocation", "no allocations", "nothing booked",
                    "not booked", "no bookings", "without work", "nothing allocated",
                    "not on anything", "on nothing", "not working on anything",
                    "nothing else on", "nothing else booked", "help out",
                    "no work lined up", "no work booked", "no work scheduled",
                    "no projects at all", "no project at all",
                    "not on any project", "nothing on", "not staffed", "unstaffed",
                    "zero allocations", "zero allocation", "0 allocations",
                    "nothing ... booked", "nothing ... allocated", "nothing ... scheduled",
                    "nothing else on", "nothing else booked", "got nothing on",
                    "has nothing", "have nothing"],
    "skill:demand": ["demand", "in demand", "needed", "need", "required", "require",
                     "short on", "short of", "shortfall", "gap", "bottleneck",
                     "requested", "shortage", "sought", "crying out for", "cry out for",
                     "calling for", "call for", "hungry for", "asking for", "ask for"],
    # why
    "cause": ["is that down to", "is it down to", "was that down to", "was it down to",
              "late because", "behind because", "at risk because", "slipping because",
              "staffing thing", "staffing issue", "staffing problem", "scope thing",
              "scope issue", "scope problem", "was it the scope", "is it the scope",
              "was it scope", "is it scope", "scope or people", "people or scope",
              "scope or staffing", "staffing or scope", "scope or team", "scope or pace",
              "lose people", "lost people", "did we lose",
              "holding ... back", "hold ... back", "held ... back", "keeping ... back",
              "why", "reason", "cause", "explain", "driving", "drive", "go wrong",
              "went wrong", "wrong", "root cause", "holding up", "hold up", "blocking",
              "holdup", "holdups", "blocker", "blockers", "slippage", "putting ... at risk",
              "puts ... at risk", "put ... at risk", "going on", "pushed", "pushing",
              "knocked ... off",
              "problem", "issue with", "what happened", "how come", "making", "behind",
              "dragging", "drag down", "dragging down", "hurting", "weighing on",
              "holding back", "weigh on", "holding ... up", "hold ... up", "held ... up",
              "slowing ... down", "what's wrong with", "bogging down", "what made",
              "made ... slip", "made ... late"],
    # documents
    "doc:decide": ["made the call", "make the call", "call to", "whose call", "decide",
                   "decided", "decision",
                   "agree", "agreed", "conclude",
                   "concluded", "resolve", "resolved", "settle", "where did we land",
                   "where we landed", "what did they land on", "what did we land on",
                   "what did the team land on", "what they landed on", "what we landed on",
                   "sign off on", "signed off on"],  # not "land on" alone: "lands on its due
    # date", "did we land on time"
    "doc:meeting": ["meeting", "minutes", "sync", "standup", "stand-up", "retro",
                    "workshop", "call", "meeting minutes", "weekly sync", "weekly meeting",
                    "weekly", "weeklies"],
    "doc:note": ["status note", "note", "status update", "status report", "report", "notes",
                 "progress update", "progress updates", "written update", "written updates"],
    "doc:spec": ["spec", "specification", "specs", "requirements", "design doc"],
    "doc:say": ["say", "said", "mention", "mentioned", "discuss", "discussed", "talk",
                "talked", "write", "wrote", "main risk", "quote"],
    # the action items minuted in meetings (``documents.commitments``): "mei's action items",
    # "what is Tariq on the hook for", "open actions for PRJ-7"
    # (not "on her plate", "committed to", "take on": those ask about people's load; not "to
    # do" or "todo": "points left to do", "tickets in the todo column")
    "doc:actions": ["action item", "action items", "actions", "next step", "next steps",
                    "next action", "last action", "latest action", "open action",
                    "follow-up", "follow-ups", "follow ups",
                    "on the hook", "signed up for", "sign up for", "signs up for",
                    "owes", "owe us", "owe me", "owes me", "owes us",
                    # who was given a task at a meeting (not "who is supposed to work on X":
                    # a team, today)
                    "who was meant to", "who were meant to", "who was supposed to",
                    "who was tasked with", "who was asked to", "who got asked to",
                    # what was promised at a meeting ("what did Omar commit to")
                    "commitments made", "commitments from"],
    "recency:latest": ["latest", "last", "most recent", "newest", "recent", "previous"],
    # what the data does not hold
    "refuse:money": ["budget", "burn rate", "cost", "costs", "spend", "spent", "total value",
                     "business value",
                     "spending", "money", "salary", "salaries", "pay", "paid", "wage",
                     "revenue", "profit", "contract value", "contract values", "deal value",
                     "roi", "return on investment", "price", "dollar", "euro", "funding",
                     "expense", "invoice amount", "invoice", "invoiced", "billed", "billing",
                     "margin", "financial", "earn", "profitable", "profitability",
                     "bonus", "compensation", "capex", "opex", "paying", "vendor", "vendors",
                     "supplier", "suppliers", "contractor rate", "day rate", "hourly rate",
                     "rate card", "daily rate", "rates", "cash flow", "cash-flow", "cash burn",
                     "monthly burn", "burn per month", "purchase order", "purchase orders",
                     "po value", "order value", "purchase-order value"],
    "refuse:time": ["hour", "hours", "timesheet", "time sheet", "log", "logged", "overtime",
                    "clock", "billable", "time tracking"],
    "refuse:leave": ["last working day", "last day at work", "notice period", "leaving date",
                     "resigning", "resigned", "resignation",
                     "vacation", "holiday", "leave", "sick", "pto", "time off", "day off",
                     "out of office", "absent", "absence", "parental"],
    # meetings to come: minutes are kept of meetings held, not a calendar
    "refuse:schedule": ["next meeting", "next sync", "next standup", "next stand-up",
                        "next review meeting", "meeting schedule", "when do we meet",
                        "when are we meeting"],
    # how a due date changed: only today's due date is kept
    "refuse:history": ["due date ... moved", "due date ... changed", "due date ... pushed",
                       "deadline ... moved", "deadline ... changed", "deadline ... pushed",
                       "moved the due date", "changed the due date", "pushed the due date",
                       "moved the deadline", "changed the deadline", "pushed the deadline",
                       "rebaselined", "re-baselined", "due date history", "original due date"],
    # a person's contract (not a vendor's, which documents may speak of)
    "refuse:employment": ["contract end", "contract ends", "contract ending", "contract expires",
                          "contract expiry", "end of contract", "employment contract",
                          "'s contract", "his contract", "her contract", "their contract",
                          "contract renewal"],
    "refuse:opinion": ["satisfied", "satisfaction", "nps", "happy", "happiness", "sentiment",
                       "morale", "mood", "opinion", "rating", "review score",
                       "customer feedback"],
    "refuse:judgement": ["performer", "performers", "performance review", "appraisal",
                         "appraisals", "promotion", "promote", "layoff", "lay off", "fire",
                         "underperformer", "underperformers", "good employee", "best employee",
                         "worst employee", "trustworthy", "lazy"],
    "refuse:operations": ["customers report", "customers reported", "customer reported",
                          "bugs ... report", "bugs ... reported",
                          "incident", "incidents", "outage", "outages", "downtime", "sla",
                          "postmortem", "post-mortem", "on-call", "on call", "pager", "bug",
                          "bugs", "defect", "defects", "customer complaint",
                          "customer complaints", "reported by customers",
                          "customers reported", "support ticket", "support tickets"],
    "refuse:org": ["org chart", "organisation chart", "organization chart", "orgchart",
                   "reports to", "report to", "reporting line", "reporting lines",
                   "line manager", "line managers", "direct reports", "direct report",
                   "hiring plan", "hiring", "recruiting", "recruitment", "vacancy",
                   "vacancies", "open positions", "job openings", "headcount plan",
                   "job positions", "job position", "open roles", "job ads", "job postings",
                   "board decide", "board decided", "board decision", "board decisions",
                   "board approve", "board approved"],
    "refuse:contact": ["email address", "email addresses", "e-mail address", "'s email",
                       "his email", "her email", "their email", "phone number",
                       "phone numbers", "mobile number", "contact details", "contact info",
                       "contact information", "slack handle"],
    "refuse:world": ["competitor", "competitors", "rival", "rivals", "market share",
                     "competition",
                     "weather", "coffee", "which office", "office location", "lunch", "parking",
                     "stock price", "what time is", "what time does", "what time will",
                     "the news", "in the news", "headlines", "joke", "offsite", "canteen",
                     "wifi", "password", "birthday", "traffic jam", "road traffic",
                     "restaurant", "rain", "snow", "sunny", "temperature",
                     "forecast the weather", "meeting room", "meeting rooms", "conference room",
                     "conference rooms", "room booking", "book a room", "desk booking",
                     "hot desk", "hot desks"],
    # the question's own page
    "this": ["this project", "this one", "current project", "the project I am on",
             "this page", "this proj", "this initiative", "here", "this team",
             "the team here", "this squad", "my project", "our project"],
    "negation": ["not", "no", "never", "without", "nobody", "none", "neither", "nothing", "zero"],
    "yet": ["yet", "still"],
}

# A date said by what it marks: "missed their end dates", "past its target date".
for _noun in ("end date", "target date", "finish date", "delivery date", "completion date",
              "go-live date", "launch date", "planned date", "end dates", "target dates",
              "finish dates", "delivery dates", "completion dates", "launch dates",
              "promised date", "promised dates", "agreed date", "agreed dates",
              "committed date", "committed dates"):
    # "missed their agreed completion date": a word or three may qualify it
    CONCEPTS["health:late"] += [f"missed ... {_noun}", f"past ... {_noun}", f"blown ... {_noun}",
                                f"blew ... {_noun}"]
    CONCEPTS["health:at_risk"] += [f"miss ... {_noun}"]
for _noun in ("due date", "due dates", "deadline", "deadlines"):  # "blown their due date"
    CONCEPTS["health:late"] += [f"blown ... {_noun}", f"blew ... {_noun}"]

# Concepts worth correcting typos into (long enough to be told apart).
STOP = {"the", "a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "is", "are",
        "was", "were", "be", "been", "do", "does", "did", "we", "our", "us", "i", "me", "my",
        "you", "your", "it", "its", "they", "their", "them", "there", "that", "this", "these",
        "those", "at", "by", "from", "as", "have", "has", "had", "will", "would", "can",
        "could", "should", "please", "right", "now", "so", "far", "all", "about",
        "into", "over", "up", "out", "than", "then", "still", "yet", "currently", "moment",
        "today", "time", "he", "she"}


@dataclass(frozen=True)
class Hit:
    concept: str
    start: int  # token index
    end: int  # exclusive
    exact: bool  # matched the surface words, not only their lemmas

    @property
    def family(self) -> str:
        return self.concept.split(":", 1)[0]

    @property
    def value(self) -> str:
        return self.concept.split(":", 1)[-1]


GAP = "..."  # in a phrase: up to MAX_GAP other words
MAX_GAP = 3


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(text.lower().replace("-", " ").split())


_PHRASES: list[tuple[tuple[str, ...], str]] = sorted(
    ((_phrase(p), c) for c, phrases in CONCEPTS.items() for p in phrases),
    key=lambda pc: -len(pc[0]))


_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _words, _concept in _PHRASES:
    for _key in {_words[0], lemma(_words[0])}:
        _BY_FIRST.setdefault(_key, []).append((_words, _concept))


ALL_WORDS = {w for words, _ in _PHRASES for w in words if w != GAP}


def vocabulary() -> set[str]:
    """Every word of the lexicon (what typos may be corrected into)."""
    return {w for words, _ in _PHRASES for w in words if w.isalpha() and len(w) >= 4}


def _match(words: tuple[str, ...], tokens: Sequence[Token], at: int) -> tuple[bool, bool, int]:
    """(matches, on surface words, end token) for a phrase starting at token ``at``; a ``...``
    in the phrase stands for up to three other words ("holding ... up")."""
    i, surface = at, True
    for n, w in enumerate(words):
        if w == GAP:
            rest = words[n + 1:]
            for skip in range(MAX_GAP + 1):
                ok, on_surface, end = _match(rest, tokens, i + skip)
                if ok and skip > 0:
                    return True, surface and on_surface, end
            return False, False, at
        if i >= len(tokens):
            return False, False, at
        t = tokens[i]
        if t.low != w:
            surface = False
            if t.lemma != w:
                return False, False, at
        i += 1
    return True, surface, i


def find(tokens: Sequence[Token], skip: set[int] | None = None) -> list[Hit]:
    """Every concept a phrase of the question names (overlapping phrases of one concept family
    are all kept; ``skip`` holds tokens already read as names or periods)."""
    taken = skip or set()
    hits: list[Hit] = []
    for at in range(len(tokens)):
        if at in taken:
            continue
        first = tokens[at]
        candidates = {id(pc): pc for key in (first.low, first.lemma)
                      for pc in _BY_FIRST.get(key, [])}
        for words, concept in sorted(candidates.values(), key=lambda pc: -len(pc[0])):
            ok, surface, end = _match(words, tokens, at)
            hit = Hit(concept, at, end, surface)
            if ok and hit not in hits and not any(i in taken for i in range(at, end)):
                hits.append(hit)
    return [h for h in hits if not any(_inside(h, g) or _lemma_only(h, g) for g in hits)]


def _lemma_only(h: Hit, g: Hit) -> bool:
    """``h`` matched only by its lemmas where ``g``, of its own family, matches the same words
    as written: "missed their deadline" is late, not "miss their deadline" (at risk)."""
    return (not h.exact and g.exact and g.family == h.family and g.start == h.start
            and g.end >= h.end and g is not h)


def _inside(h: Hit, g: Hit) -> bool:
    """``h`` is part of a longer phrase ``g`` of its own family ("story" in "story point"), or
    of a ranking phrase ("likely to miss" in "most likely to miss")."""
    covers = g.start <= h.start and h.end <= g.end and g is not h
    longer = covers and g.end - g.start > h.end - h.start
    overlaps = g.start < h.end and h.start < g.end and g.start <= h.start
    ranked = g.family == "rank" and h.family not in ("rank", "m", "subject") and (
        g.end - g.start >= h.end - h.start)  # "worst case" is not inside "worst"
    phrase_word = longer and ((g.family == "cause" and h.family == "status")  # "holding up"
                              or (g.family == "m" and h.family == "rank")  # "closest to done"
                              or (g.concept == "m:progress" and h.family == "status")
                              or (g.family == "verb" and h.family == "group")  # "led by"
                              or (g.family == "health" and h.family in ("verb", "field")))
    return (longer and g.family == h.family) or (overlaps and ranked) or phrase_word
