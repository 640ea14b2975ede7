"""Words of a question: tokens with their lemma, whether they are English, typo correction and
the language a question is written in.

Libraries do the linguistics: ``simplemma`` lemmatizes (finished -> finish, projects ->
project), ``wordfreq`` says how common a word is in English and in the other languages managers
write in (a word no English text uses is a typo or a name; a question whose words are common
German and rare English is German), and ``rapidfuzz`` finds the known word a typo was meant to
be (optimal string alignment: one transposition counts as one edit).
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import simplemma
from rapidfuzz import process
from rapidfuzz.distance import OSA
from text_to_num import alpha2digit
from wordfreq import top_n_list, zipf_frequency

KEY = re.compile(r"\b([A-Za-z][A-Za-z0-9]{0,11})[-\s]?(\d{1,6})\b")
KEY_STRICT = re.compile(r"\b[A-Za-z][A-Za-z0-9]{0,11}-\d{1,6}\b")
_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]{0,11}-\d{1,6}(?![\w-])|\d+(?:[.,]\d+)?|[^\W\d_]+"
                    r"|'s\b|%|\?")
_CONTRACTIONS = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    (r"\bwon't\b", "will not"), (r"\bcan't\b", "can not"), (r"\bcannot\b", "can not"),
    (r"n't\b", " not"), (r"'re\b", " are"), (r"'ve\b", " have"), (r"'ll\b", " will"),
    (r"'d\b", " would"), (r"'m\b", " am"), (r"\b(it|what|who|that|there|here|how|where|when|"
     r"which|he|she|let)'s\b", r"\1"), (r"(?<=\w)'s\b", " 's"), (r"s'(?=\s)", "s 's")]]
# Chat shorthand, spelled out before anything else reads the question (whole words, any case).
_WEEKDAY = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday",
            "thu": "thursday", "thur": "thursday", "thurs": "thursday", "fri": "friday",
            "sat": "saturday", "sun": "sunday"}  # said after "since", "on", "by" …
# docs/metrics.md, Throughput: work items (and their points, "velocity") finished per week; the
# router asks over which weeks when none are said (``router.RATE``)
THROUGHPUT_WORDS = r"throughput|delivery rate|completion rate"
VELOCITY_WORDS = r"velocity|(?:story )?points (?:burned|burnt|burned down)"
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_DAY_OF_MONTH = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})|(?:{_MONTHS})\s+"
                 rf"\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?(?!\w)")
SHORTHAND = [(re.compile(p, re.IGNORECASE), r) for p, r in [
    # a "throughput trend" is the throughput week by week (before throughput is spelled out)
    (r"\b(?:weekly\s+)?(throughput|velocity)\s+trend\b", r"weekly \1"),
    (r"\btrend (?:of|in) (?:the )?(?:weekly )?(throughput|velocity)\b", r"weekly \1"),
    # "finished ahead of their due date": early
    (r"\b(finished|completed|delivered|done|closed)\s+(?:ahead of|before)\s+(?:their|its|the|"
     r"there)\s+(?:due|target|planned)\s+dates?\b", r"\1 early"),
    (r"\bw/o\b", "without"), (r"(?<!\w)w/(?=\s)", "with"), (r"\bcrit\b", "critical"),
    (r"\bprios?\b", "priority"), (r"\bwks?\b", "week"), (r"\bm(?:n)?ths?\b", "month"),
    (r"\blst\b(?= (?:wk|week|mo|mth|month|qtr|quarter|yr|year|time|sprint|monday|tuesday|"
     r"wednesday|thursday|friday|meeting|sync)\b)", "last"),  # not "lst of late projects"
    (r"\bnotifs?\b", "notifications"),
    (r"\b(?:supposed|meant|scheduled|planned|slated) to be (?:delivered|done|finished|"
     r"completed|shipped|ready|live)\b", "due"),
    (r"\b(?:scheduled|planned|slated|set) to (?:conclude|finish|complete|end|close|wrap up|"
     r"deliver|land|ship)\b", "due"),
    (r"\b(which|what|each|every|per|by) (?:business )?group\b", r"\1 portfolio"),
    (r"\b(?:pieces|bits|chunks) of work\b", "work items"),
    (r"\bcall(?:ed|ing|s)? off\b", "cancelled"),  # "finished or called off"
    (r"\bunfinished work\b(?! items?\b)", "open work items"),
    # docs/metrics.md, Throughput: work items (and their points) finished per week
    (rf"\b(?:(?:our|the|its|their|team'?s?|weekly|average) )*(?:{THROUGHPUT_WORDS})\b",
     "work items finished"),
    (rf"\b(?:(?:our|the|its|their|team'?s?|weekly|average) )*(?:{VELOCITY_WORDS})\b",
     "story points finished"),  # not "burn rate": money
    (r"\bby how (?:urgent|important) (?:they are|it is)\b", "by priority"),
    (r"\b(?:that |which )?(?:our |the )?projects are (?:grouped|split|organi[sz]ed|divided) "
     r"(?:in|into)\b", ""),  # "what are the different areas projects are grouped into"
    (r"(?<![\w/.-])(?-i:w)(?= [a-z])", "with"),
    (r"\bmos\b", "months"), (r"\b(last|this|next|per|a|one|\d+) ?mo\b", r"\1 month"),
    (r"\b(kick(?:ing|ed|s)?) of\b", r"\1 off"), (r"\byrs?\b", "year"), (r"\bqtrs?\b", "quarter"),
    (r"\beom\b", "end of the month"), (r"\beoq\b", "end of the quarter"),
    (r"\beoy\b", "end of the year"), (r"\beow\b", "end of the week"),
    # "whos free eom", "free end of the month": from today to it (alone it named no period)
    (r"(?<!\bthe )(?<!\bby )(?<!\btill )(?<!\buntil )(?<!\bto )(?<!\bbefore )(?<!\bat )"
     r"\bend of the (month|quarter|year|week)\b", r"by the end of the \1"),
    (r"\b(?:atm|rn)\b", "right now"), (r"\bppl\b", "people"), (r"\bmgrs?\b", "manager"),
    (r"\bhows\b", "how is"),  # "hows ML doing": not "shows"
    (r"\btil\b", "till"),
    (r"\bauslastung\b", "load"),  # German, said among English words
    # "finished early - ahead of their due date - this year": the outcome said twice; the due
    # date restated is no date filter (the period dates the finish)
    (r"\b(early|late)\s*(?:[-–—(,]\s*)?(?:i\.?e\.?,?\s+|that is,?\s+)?(?:ahead of|before|after|"
     r"past|behind)\s+(?:their|its|the|there)\s+(?:due|target|planned)\s+dates?\s*(?:[-–—),]\s*)?",
     r"\1 "),
    # what a customer can be promised is when the work will be done (the forecast): "can we
    # promise X (to a customer) by September", "can I tell the customer this ships in August",
    # "X - ready by end of July?", "X when?", "what's happening with X"
    (r"\bcan (?:we|i) (?:safely |really |confidently )?(?:promise|commit to|guarantee|count on)"
     r"\s+(?:(?:the |our )?customers?\s+)?(?P<x>.+?)(?:\s+to (?:a |the |our )?customers?)?\s+"
     r"(?P<by>by|before|in|for)\b", r"will \g<x> be done \g<by>"),
    (r"\bcan (?:we|i) (?:safely |really |confidently )?(?:promise|commit to|guarantee)\s+(?P<m>"
     r"(?:in |by )?(?:january|february|march|april|may|june|july|august|september|october|"
     r"november|december|q[1-4])\b)", r"will it be done by \g<m>"),
    (r"\bcan (?:we|i) tell (?:the |our |a )?customers? (?:that )?(?P<x>.+?)\s+(?:ships?|lands?|"
     r"goes live|will ship|will land|will be (?:ready|done|live))\s+(?P<by>by|before|in)\b",
     r"will \g<x> be done \g<by>"),
    (r"\b(?:be\s+)?ready\s+(by|before|in|for)\b(?!\s+(?:review|testing|qa)\b)", r"done \1"),
    (r"^(?!(?:who|what|which|how|when|where|why|do|does|did|can|could|will|would|has|have|"
     r"had|so)\b)(?![\w' -]*\b(?:is|are|was|were|since|and|or|from|until|till|by|late|due)\b)"
     r"(?P<x>\w[\w' -]{1,58}\w)\s*[-–—,:]?\s*when\s*\?*\s*$",
     r"when will \g<x> be done?"),  # a name, then "when?" (not "who's free and when?")
    (r"\bwhat(?:'s| is|s) (?:happening|going on|up) (?:with|on)\b", "what is the status of"),
    (r"\bheadcount\s+(by|per)\s+role\b", "how many people per role"),
    # everyday words for defined terms: "people with nothing to do" are free, items that
    # "don't have anyone assigned" are unassigned
    (r"\b(?:with|who have|that have|having|who've got)\s+nothing\s+to\s+do\b", "free"),
    (r"\b(?:do not|don't|dont|does not|doesn't|doesnt)\s+have\s+(?:anyone|anybody|someone|"
     r"somebody|an? (?:owner|assignee))(?:\s+assigned)?(?:\s+to them)?\b", "are unassigned"),
    (r"\bhow bad is (it|this one|this project|this|the situation|things)\b",
     r"what is the status of \1"),
    (r"^(?:has|did|is|was) (?:the )?scope (?:grown|grow|growing|crept|creeping|expanded|"
     r"increased|gone up)\b", "how much scope was added since the start"),  # asked alone:
    # beside "why is X late" it is a cause the answer gives
    (r"\bkey (?:people|players|persons|contacts|folks)\b", "people on the team"),
    (r"\b(?:is|was) (?P<x>.+?) (?:approved|signed off|green-?lit) or (?:is it )?(?:still )?"
     r"(?:just )?(?:an idea|a proposal|proposed|on paper|a plan)\b",
     r"what is the status of \g<x>"),
    (r"\brank (?:the )?(?:portfolios|teams) by (?:the )?(?:share|percentage|proportion|%) of "
     r"([^?.!]+)", r"what percentage of \1 in each portfolio"),
    # when a project became late (docs/metrics.md, Late: the day after its due date): its
    # status says the days late and since when, not the forecast's P50
    (r"\bsince when (?:is|are|has|have|was)\s+(.+?)\s+(?:been\s+)?(?:late|overdue)\b",
     r"how many days late is \1"),
    (r"\bwhen did\s+(.+?)\s+(?:go|become|turn|fall|get|start being|slip)\s+(?:late|overdue)\b",
     r"how many days late is \1"),
    (r"\bhow long (?:has|have|is|are)\s+(.+?)\s+(?:been\s+)?(?:late|overdue)\b",
     r"how many days late is \1"),
    (r"\b(?:the\s+)?most\s+days\s+(?:after|past|beyond|behind)\s+(?:its|their|the)\s+(?:due|"
     r"target|end)\s+dates?\b", "the most days late"),
    # "from 1 May to 15 May", "1 May - 15 May 2026", "from May 1 until May 15": one span
    # ("between …", which periods reads), not "since 1 May" and "on 15 May"
    (rf"\b(?:from\s+)?({_DAY_OF_MONTH})\s*(?:to|until|till|through|thru|-|–)\s*"
     rf"({_DAY_OF_MONTH})", r"between \1 and \2"),
    (rf"\b(?:from\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|until|till|through|-|–)\s*(\d{{1,2}})"
     rf"(?:st|nd|rd|th)?\s+({_MONTHS})\b", r"between \1 \3 and \2 \3"),
    # "what did Priya finish recently": work finished in the last 30 days (not her projects)
    (r"\b(finish(?:ed)?|complet(?:ed|e)|clos(?:ed|e)|deliver(?:ed)?|ship(?:ped)?|done)\s+"
     r"(?:\w+\s+)?recently\b", r"\1 in the last 30 days"),
    (r"\brecently\s+(finished|completed|closed|delivered|shipped|done)\b",
     r"\1 in the last 30 days"),
    # "decisions so far", "risks raised to date": those of every meeting held, not the latest
    (r"\b(decisions?|risks?|action items?|actions)\b([^?.!]*?)\s*\b(?:so far|to date|thus far|"
     r"(?:un)?till? now|up to now|ever)\b", r"\1\2 in all meetings"),
    (r"\bany1\b", "anyone"), (r"\bsome1\b", "someone"), (r"\bevery1\b", "everyone"),
    (r"\bno1\b(?! (?:priority|project)\b)", "no one"),
    (r"\bdevs\b", "developers"), (r"\bengs\b", "engineers"), (r"\beng\b", "engineer"),
    (r"\bbrought to (?:completion|a close|an end|conclusion)\b", "completed"),
    (r"\b(next|this|last) weak\b", r"\1 week"),
    (r"\b(are|is) do (?=next|this|by|before)", r"\1 due "),
    (r",? and (?:remain|remains|still are|are still|is still) (?:so|late|overdue)\b", ""),
    (r"\bp50(?: date)?\b", "median date"),  # the tokenizer splits "P50" ("85", "95" read P85)
    *((rf"\b(since|on|last|this|next|by|before|until|till|from) {short}\b\.?", rf"\1 {day}")
      for short, day in _WEEKDAY.items()),  # "kicked off since mon"
    (r"\b(last|past|next|within|in|over) (\d+) ?d\b", r"\1 \2 days"),  # "items done last 7d"
    (r"\b(?:the )?calendar year (?=(?:19|20)\d\d\b)", ""),  # "in calendar year 2025"
    (r"\bcalendar (year|month|quarter|week)\b", r"\1"),
    (r"\bprojs\b", "projects"), (r"\bproj\b", "project"), (r"\bfcsts?\b", "forecast"),
    (r"\ballocs\b", "allocations"),  # "alloc" alone stays for the speller (allocation/-ed)
    (r"\b(?:with|w/?) (?:some )?room\b(?! for| to)", "under 100%"),  # the defined term
    (r"\bthru\b", "through"), (r"\bthrough (?=(?:the )?end of\b)", "till "),  # "thru EOM"
    (r"\b(?:the )?recent (meetings|syncs|minutes)\b", r"\1 in the last 30 days"),
    (r"\b(meetings|syncs|minutes) (?:lately|recently)\b", r"\1 in the last 30 days"),
    (r"\bhow (?:big|large|long) is (?:the |our |its |this project'?s )?backlog\b|"
     r"\b(?:the |our |its )?backlog size\b|\bsize of (?:the |our |its )?backlog\b",
     "how many open items"),  # the backlog: the open work items (metrics: Open items)
    (r"\bwis\b", "work items"), (r"\b(?:0|zero) ?% (?:allocated|allocation|alloc)\b", "free"),
    (r"(?:<=|\u2264) ?(?=\d)", "at most "), (r"(?:>=|\u2265) ?(?=\d)", "at least "),
    (r"< ?(?=\d)", "less than "), (r"> ?(?=\d)", "more than "), (r"\bpls\b|\bplz\b", "please"),
    (r"\b(less|more|fewer|greater|lower|higher|worse|better|rather|other) then\b", r"\1 than"),
    (r"\btmrw\b", "tomorrow"), (r"\bftes\b", "people"), (r"\bfte\b", "person"),
    (r"\b(?:are|is|were|was|be|been|being) (?:currently |now )?resourced (?:on|to|against)\b",
     "are working on"),
    (r"\bstuf\b", "stuff"),
    (r"\brag(?:[- ](?:status(?:es)?|ratings?|colou?rs?))?\b", "health"),  # red, amber, green
    (r"\b(?:parked|sitting|stuck|waiting) (?:at|in) (?:the )?(?:proposal|proposed|idea|intake) "
     r"stage\b", "proposed"),  # a stage is a status: proposed, not "parked" (on hold)
    (r"\b(?:an? )?(?:completely |totally |entirely )?(?:empty|clear) week\b(?! of)",
     "nothing booked this week"),  # "which UX designers have a completely empty week?"
    (r"\b(?:an? )?(?:completely |totally |entirely )?(?:empty|clear) (?:calendar|diary|"
     r"schedule)\b", "nothing booked"),
    (r"\b(this|that) 1\b(?![\d%.,])", r"\1 one"),  # "chance this 1 is on time"
    (r"\bhow high (?=(?:does|do|did|will|is|are|was)\b(?![^?]*\bpriorit))", "how much "),
    (r"\bb4\b", "before"), (r"(?<=\s)v\.?(?=\s)", "vs"),
    (r"\brunning (?=late\b|behind\b)", ""), (r"\bnxt\b", "next"), (r"\bwek\b", "week"),
    (r"\bwh?n\b|\bwen\b", "when"), (r"\bhwo\b|\bhw(?= (?:many|much|long|is|are)\b)", "how"),
    (r"\bteh\b", "the"), (r"\bmis(?= (?:the|their|its|our|there|a|any)\b)", "miss"),
    (r"\b(past|missed|miss|meet|met|hit|beyond|over|passed|blown|blow|make|made) there"
     r"(?= (?:deadlines?|due dates?|target dates?|end dates?|dates?)\b)", r"\1 their"),
    (r"\b(last|this|next) (month|week|quarter|year)s(?= (?:load|workload|allocations?|capacity|"
     r"availability|bookings?|schedule|plan|numbers|figures|deadlines?|projects|status|"
     r"meetings?|minutes|sync|review|report|utili[sz]ation)\b)", r"\1 \2's"),  # the month's
    (r"\bdev[ -]ops\b", "devops"),
    (r"(?<=[a-z]s) called(?=\s*[?.!]*\s*$)", ""),  # "what are the business areas called?"
    (r"\b(?:booked|scheduled|allocated|loaded|working) (?:for )?(?:well |way |far )?(?:more|beyond|"
     r"over|past) (?:hours than (?:they have|they've got|they can work|available)|(?:than )?their "
     r"(?:full )?(?:hours|capacity))\b", "over-allocated"),  # "booked for more hours than …"
    (r"\btop[- ]priority\b", "critical-priority"),
    (r"\burgency(?: levels?)?\b", "priority"),  # "split by urgency level"
    (r"(\bmy|\byour|\bhis|\bher|\btheir|\bour|'s) own\b", r"\1"),  # "my own load": no owning
    (r"\b(?:what(?:'s| is)? )?(?:your |the |a )?best guess (?:for|of|on|as to|at) when\b",
     "when"),  # "what's your best guess for when X will be delivered"
    (r"\b(people|staff|employees|folks) (?:work|are working) (?:here|for us|at the company|"
     r"in the company)\b", r"\1"),  # "how many people work here in total"
    (r"\bon course\b(?! to\b)", "on track"),  # "on course to finish on time" is a chance
    (r"\b(finished|done|completed|closed|delivered) or (?:were|was|got|have been|has been) "
     r"(cancelled|canceled)\b", r"\1 or \2"),  # "finished or were called off"
    (r"\b(?:due|scheduled|planned|meant|supposed) to (?:wrap up|finish|end|complete|close|"
     r"be (?:done|finished|completed|over))\b", "due"),  # "when is this one due to wrap up"
    (r"\b(?:waiting|yet) to (?:start|begin|kick off)\b", "not started"),
    (r"\b((?:have|has|had)(?: \w+)?(?: still)? got|still got|have|has|had) going(?: on)?\b",
     r"\1 open"),
    # "what we've got going in X" is open; "which projects got going last week" started
    (r"\b(are|is|was|were|projects|ones|items|anything|which) (?:do|dew)(?= (?:in|by|on|before|"
     r"next|this|within|over|at|soon|today|tomorrow|the)\b)", r"\1 due"),  # dictated "due"
    (r"\b(in|across|at|around) the co\b", r"\1 the company"),
    (r"(\d+)\s?(%|percent)\s?(chance|probability|likelihood|odds)\s?or (?:more|higher|above|"
     r"better)", r"at least \1 % \3"),  # "a 95% chance or better"
    (r",?\s*(?:whether )?(?:finished|done|completed|closed|open|active|live) or not\b", ""),
    (r"\b(?:what|which) (?:share|fraction|part|percent|%)(?= of (?:our |the |all |all of our |my )?"
     r"(?:projects|people|staff|work items|items|tasks|tickets)\b)", "what proportion"),
    (r"\b(is|are|was|were|do|does|did|has|have|had|wo|ca|could|should|would)nt\b",
     r"\1 not"),
    (r"\b(?:as of|as at|as from) (?:today|now|right now)\b|\b(?:thanks|thank you) in advance\b|"
     r"\bas (?:things|it|they) stands?(?: (?:today|now|right now|at the moment))?\b|"
     r"\bas we speak\b|\bat this (?:point in time|moment in time)\b", ""),
    (r"\btme\b", "time"), (r"\blat\b(?=\s*[?.!]*\s*$)", "late"),
    (r"\bwhos\b", "who is"), (r"\bnothin\b'?", "nothing"),
    (r"\bsomethin\b'?", "something"), (r"\bmny\b", "many"), (r"\bths\b", "this"),
    (r"\bwht\b", "what"), (r"\bi\.\s?e\.,?", "that is"), (r"\be\.\s?g\.,?", "for example"),
    (r"\b(?:have|has|keep|kept|hold|held) on (?:file|record)\b", "have"),
    (r"\bwil\b", "will"), (r"\b(can|could|would|will|do|did|have) u\b", r"\1 you"),
    (r"\br\b(?= (?:still|open|late|done|free|there|we|they|you|the|on|in|at)\b)", "are"),
    (r"\b([a-z+#]+)[- ]skilled (people|folks|engineers|devs|developers|staff|person)\b",
     r"\2 with \1 skills"),
    (r"\babt\b", "about"), (r"\bcalendar (?=(?:q[1-4]|quarter|year|month|week|h[12]|20\d\d|"
                            r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)", ""),
    (r"\b(?:due|set|slated|planned|scheduled|supposed) to (?:kick ?off|start|begin|launch|"
     r"commence)\b", "scheduled to start"),
    (r"\b(closest|nearest|closer|nearer) to being (?:done|finished|complete|completed)\b",
     r"\1 to done"),
    (r"\b(?<!open )(work items|items|tasks|tickets|stories) (?:still )?(?:left|remaining|to do)\b",
     r"open \1"),
    (r"\bdew\b(?=\s*[?.!]*\s*$)|\bdew(?= date\b)", "due"),
    (r"\bgo ?/ ?no[- ]go\b", "decision"),
    (r"\bwats\b|\bwhats\b", "what is"), (r"\bk8s\b", "kubernetes"),  # not "wat": Dutch
    (r"\bwat\b(?= (?:skills?|skils|does|do|did|are|proj(?:ec|c|e|)ts?|about|abt)\b)", "what"),
    (r"\bhav\b", "have"), (r"\bfre\b", "free"), (r"\blst\b", "list"),
    (r"\b(projects|initiatives|ones) going on\b", r"\1 in progress"),
    (r"\b(?:one |a )?(?:line|row|number|word|sentence)s? (?:each|per \w+) (?:is|are|would be) "
     r"(?:fine|ok|okay|enough|plenty)\b", ""),  # "one line each is fine": how to answer
    (r"\b(?:the |a )?(?:list|keys|names|numbers?|count|table|summary) (?:is|are|would be) "
     r"(?:fine|ok|okay|enough|plenty)\b", ""),  # "just the list is fine": how to answer
    (r"\bsince records began\b|\bof all time\b|\bon paper\b|\bpercent(?:age)?[- ]wise\b", ""),
    (r"\bstill to be (?:delivered|done|finished|completed|shipped) this year\b",
     "open and due by the end of the year"),
    (r"\bstill to be (?:delivered|done|finished|completed|shipped)\b", "still open"),
    (r"\bend(?:ed)? up (?:scrapping|cancelling|canceling|killing|dropping|shelving)\b", "cancel"),
    (r"\bstill on the books\b", "still open"), (r"\bstill have going\b", "still have open"),
    (r"\bfor (q[1-4]|h[12]|this quarter|next quarter|this month|next month|"
     r"january|february|march|april|may|june|july|august|september|october|november|"
     r"december) delivery\b", r"due in \1"), (r"\bhow (?:mann+e?y|maney)\b", "how many"),
    (r"\bag(?:ia|ai)n\b", "again"), (r"\b(last|this|next) mo(?:th|nht|nth|tnh)\b", r"\1 month"),
    (r"\b(year|month|quarter|week)[- ]end\b", r"end of the \1"),
    (r"\b(this (week|month|quarter)) or (?:the )?next\b(?!\s+(?:week|month|quarter))",
     r"\1 or next \2"),
    (r"\((?:mon(?:day)?|sun(?:day)?)\s*(?:to|-|through|thru|–)\s*(?:sun(?:day)?|sat(?:urday)?|"
     r"fri(?:day)?)\)", ""),
    (r"\b(?:one |a )?hundred\s*(?:percent|per cent|%)", "100 %"), (r"\bper cent\b", "%"),
    (r"(?<!\w)#\s?of\b", "number of"),
    (r"\bno\.\s?of\b|\b(?:nr|num)\.?\s+of\b|\bno of(?= (?:open |late |active )?\w+s\b)",
     "number of"),
    (r"(?<=\s)&(?=\s)", "and"), (r"\bleav(?:e|ing) (?:out|off|aside)\b|\b(?:setting|set) aside\b|"
                                    r"\bnot counting\b|\bignoring\b|\bapart from\b", "excluding"),
    (r"\bskill[- ]?wise\b", "skills"), (r"\b(?:between )?today and (?=(?:the )?end of\b)",
                                          "between now and "),
    (r"(\d+)\s?%\s?\+", r"at least \1 %"),
    (r"(\d+)\s?(%|percent)\s?(?:or (?:more|higher|above|better)|and (?:up|above))",
     r"at least \1 %"),
    (r"(\d+)\s?(%|percent)\s?or (?:less|lower|below|worse)", r"at most \1 %"),
    (r"(?<=\d)\s?%", " %"),
    (r"[$€£¥]", " money ")]]
OTHER_LANGUAGES = ("de", "fr", "es", "nl", "it", "pt")
LANGUAGE_NAMES = {"en": "English", "de": "German", "fr": "French", "es": "Spanish",
                  "nl": "Dutch", "it": "Italian", "pt": "Portuguese"}
COMMON = 2.0  # zipf frequency from which a word is ordinary English (not a typo, not a name)


@dataclass(frozen=True)
class Token:
    text: str  # as written (after contractions are expanded)
    low: str  # lower case, the spelling matched against names
    lemma: str  # dictionary form, the spelling matched against the lexicon
    start: int  # character offsets in the normalized question
    end: int
    capitalized: bool = False  # an upper-case initial, not at the start of the question
    upper_initial: bool = False  # an upper-case initial anywhere
    corrected_from: str = ""  # the typo this token was corrected from

    @property
    def is_word(self) -> bool:
        return self.low.isalpha()

    @property
    def is_number(self) -> bool:
        return bool(re.fullmatch(r"\d+(?:[.,]\d+)?", self.low))

    @property
    def is_key(self) -> bool:
        return bool(KEY_STRICT.fullmatch(self.text))


# Spoken forms of dictation: numbers said in several words, letters spelled one by one
_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)")
_SPOKEN_NUMBER = re.compile(rf"\b{_NUMBER_WORD}(?:(?:[ -]|\s+and\s+){_NUMBER_WORD})+\b",
                            re.IGNORECASE)
_SPELLED = re.compile(r"(?<![\w'])([b-hj-z])((?: [a-z]){1,3})(?![\w'])", re.IGNORECASE)
_SPOKEN_PERIOD = re.compile(r"\b([qh]) (one|two|three|four)\b", re.IGNORECASE)
# one number word before "percent" is a share, not a word ("ninety percent or better")
_WORD_PERCENT = re.compile(rf"\b(?!hundred|thousand){_NUMBER_WORD}(?=\s*(?:%|percent\b|"
                           rf"per cent\b))", re.IGNORECASE)  # not "a hundred percent": as said


def _number(said: re.Match[str]) -> str:
    """"twenty five" -> 25, "twenty twenty six" -> 2026 (a year), "zero zero four two" -> 0042
    (digits said one by one, as in a key)."""
    words = re.split(r"[ -]+", said.group(0).lower())
    if words == ["fifty", "fifty"]:
        return said.group(0)  # even odds
    if all(w in _UNITS for w in words):  # a key's digits; not "two three weeks" (2 or 3)
        if len(words) < 3 and "zero" not in words:
            return said.group(0)
        return "".join(str(_UNITS.index(w)) for w in words)
    digits = alpha2digit(said.group(0), "en", threshold=0)
    year = re.fullmatch(r"(19|20) (\d\d)", digits)
    return year.group(1) + year.group(2) if year else digits


def spoken(text: str) -> str:
    """A dictated question in written form: "twenty five percent" is 25 percent, "twenty twenty
    six" 2026, "p r j zero zero four two" prj 0042, "m l platform" ml platform, "q three" q3.
    One number word alone is left as said ("the top three", "two weeks"): it reads as it is,
    unless a percent follows ("fifty percent" is 50 percent)."""
    text = _SPELLED.sub(lambda m: m.group(1) + m.group(2).replace(" ", ""), text)
    text = _SPOKEN_NUMBER.sub(_number, text)
    text = _WORD_PERCENT.sub(lambda m: alpha2digit(m.group(0), "en", threshold=0), text)
    return _SPOKEN_PERIOD.sub(lambda m: m.group(1) + str(_UNITS.index(m.group(2).lower())),
                              text)


def normalize(question: str) -> str:
    """One spelling for quotes, dashes, contractions, dictation and chat shorthand ("prio",
    "wk", "EOM", "w/"); whitespace collapsed."""
    text = unicodedata.normalize("NFKC", question or "")
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = spoken(text)
    for pattern, repl in _CONTRACTIONS:
        text = pattern.sub(repl, text)
    for pattern, repl in SHORTHAND:
        text = pattern.sub(repl, text)
    text = _DOTTED_DAY.sub(_written_day, text)
    return " ".join(text.split())


# a day written the European way ("since 1.5.2026", "until 30.6."): with its year, or, without
# one, after a word that dates (a bare "1.5" is a number)
_DOTTED_DAY = re.compile(r"\b(?:(?P<word>since|until|till|by|on|from|before|after|due|between|"
                         r"and|to|ab|bis|seit|am)\s+)?(?P<d>\d{1,2})\.(?P<m>\d{1,2})\."
                         r"(?P<y>(?:19|20)\d\d)?(?!\d)", re.IGNORECASE)
_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")


def _written_day(m: re.Match[str]) -> str:
    day, month = int(m["d"]), int(m["m"])
    if not (1 <= day <= 31 and 1 <= month <= 12) or not (m["y"] or m["word"]):
        return m.group(0)
    word = f"{m['word']} " if m["word"] else ""
    return f"{word}{day} {_MONTH_NAMES[month - 1]}{' ' + m['y'] if m['y'] else ''}"


@lru_cache(maxsize=50_000)
def lemma(word: str) -> str:
    if not word.isalpha():
        return word
    return str(simplemma.lemmatize(word, lang="en")).lower()


# Clipped words of engineering chat, and the word written out in documents: "cert lab" is the
# "certification lab" of the minutes, "board rev" its "revision C". Matched in dictionary form
# on both sides (``written_out``); never used to read a question, where "dev" or "prod" may be a
# name.
CLIPPED = {"cert": "certification", "certs": "certification", "rev": "revision",
           "revs": "revision", "env": "environment", "envs": "environment", "db": "database",
           "dbs": "database", "repo": "repository", "repos": "repository",
           "infra": "infrastructure", "config": "configuration", "configs": "configuration",
           "auth": "authentication", "dep": "dependency", "deps": "dependency",
           "perf": "performance", "prod": "production", "spec": "specification",
           "specs": "specification", "ops": "operations", "req": "requirement",
           "reqs": "requirement", "mgmt": "management", "admin": "administrator",
           "admins": "administrator", "k8s": "kubernetes", "dept": "department",
           "msg": "message", "msgs": "message",
           "vuln": "vulnerability", "vulns": "vulnerability", "app": "application",
           "apps": "application", "otel": "opentelemetry"}


def written_out(word: str) -> str:
    """A word in dictionary form, a clipped one written out ("certs" -> "certification")."""
    low = word.lower()
    return CLIPPED.get(low) or lemma(low)


@lru_cache(maxsize=50_000)
def english(word: str) -> float:
    """How common a word is in English (wordfreq's zipf scale: 0 unknown, 7 'the')."""
    return float(zipf_frequency(word, "en", wordlist="small"))


@lru_cache(maxsize=50_000)
def frequency(word: str, language: str) -> float:
    return float(zipf_frequency(word, language, wordlist="small"))


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    for m in _TOKEN.finditer(text):
        raw = m.group(0)
        low = raw.lower()
        first = not out
        out.append(Token(raw, low, lemma(low), m.start(), m.end(),
                         capitalized=raw[:1].isupper() and not first,
                         upper_initial=raw[:1].isupper()))
    return out


def language(tokens: Sequence[Token], ignore: Iterable[int] = ()) -> str:
    """'en', or the other language the words are far more common in."""
    skip = set(ignore)
    words = [t.low for i, t in enumerate(tokens) if i not in skip and t.is_word]
    if not words:
        return "en"
    scores = {lang: sum(frequency(w, lang) for w in words) for lang in OTHER_LANGUAGES}
    en = sum(english(w) for w in words)
    best = max(scores, key=lambda lang: scores[lang])
    theirs = sum(frequency(w, best) > english(w) + 1.0 for w in words)  # one word is no
    if scores[best] >= 6.0 and scores[best] > 1.25 * en and theirs >= min(2, len(words)):
        return best  # language: "What's Ben Silva's utilisation" is English
    return "en"


def _one_word_family(a: str, b: str) -> bool:
    """"own" and "owner", "start" and "started": one word, so not rival corrections."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 3 and long.startswith(short)
                      and long[len(short):] in ("s", "es", "er", "ers", "ed", "ing", "d", "ly"))


@lru_cache(maxsize=1)
def _common_english() -> list[str]:
    """The 30,000 most common English words (wordfreq's list, shipped with the package)."""
    return [w for w in top_n_list("en", 30_000, wordlist="small") if w.isalpha() and len(w) >= 4]


def _the_swapped(candidates: list[tuple[str, float, int]], word: str
                 ) -> list[tuple[str, float, int]]:
    """Of candidates as near as each other, the one with the word's letters in another order,
    when exactly one has them: a typo swaps letters more often than it drops one."""
    swapped = [c for c in candidates if sorted(str(c[0])) == sorted(word)]
    return swapped if len(candidates) > 1 and len(swapped) == 1 else candidates


def _plain_english(token: Token) -> Token:
    """A misspelt ordinary word ("compleatly", "startt") read as that word, so it is not taken
    for an unknown filter. Only lower-case words of six letters or more, one clear candidate:
    a misspelt name is never turned into an English word."""
    word = token.low
    if len(word) < 6 or token.upper_initial:
        return token
    found = process.extract(word, _common_english(), scorer=OSA.normalized_similarity,
                            score_cutoff=0.79, limit=2)
    if len(found) > 1 and found[1][1] >= found[0][1] - 1e-9:
        found = _the_swapped(found, word)  # "momnet": moment (not Monet, a letter dropped)
    if not found or (len(found) > 1 and found[1][1] >= found[0][1] - 1e-9
                     and not _one_word_family(lemma(found[0][0]), lemma(found[1][0]))):
        return token
    fixed = str(found[0][0])
    return replace(token, low=fixed, lemma=lemma(fixed), corrected_from=token.text)


class Corrector:
    """Corrects words no English text uses into the nearest known word (names, skills, the
    lexicon), when exactly one known word is that near."""

    def __init__(self, known: Iterable[str], names: Iterable[str] = ()) -> None:
        self.known = sorted({w for w in known if len(w) >= 3 and w.isalpha()})
        self._known_set = set(self.known)
        self.names = set(names)
        self._fours = [w for w in self.known if len(w) == 4 and w not in self.names]
        self._threes = sorted({lemma(w) for w in self.known if len(lemma(w)) == 3}
                              - self.names)  # "own" of "owns"

    def __call__(self, token: Token) -> Token:
        word = token.low
        if token.text.isupper() and 2 <= len(word) <= 6:  # "SAML", "VPN": an acronym, not a
            return token  # mistyped "Sam" or "van"
        if len(word) == 3 and word.isalpha():
            return self._short(token)
        if word in self._known_set and word not in self.names and word.endswith("s") and \
                word[:-1] in self._known_set and lemma(word) == word and english(word) < 1.0:
            fixed = word[:-1]  # "lates": "late" with an "s" no English writes, not a new word
            return replace(token, low=fixed, lemma=lemma(fixed), corrected_from=token.text)
        if (len(word) < 4 or not word.isalpha() or word in self._known_set
                or lemma(word) in self._known_set or english(word) >= COMMON):
            return token
        whole = self._abbreviated(word)
        if whole is not None:
            return replace(token, low=whole, lemma=lemma(whole), corrected_from=token.text)
        cutoff = 0.75 if len(word) <= 6 else 0.72
        found = process.extract(word, self.known, scorer=OSA.normalized_similarity,
                                score_cutoff=cutoff, limit=3)
        if not found:
            return _plain_english(token)
        tied = [f for f in found if f[1] >= found[0][1] - 1e-9]
        if len(tied) > 1 and len([f for f in tied if len(f[0]) == len(word)]) == 1:
            tied = [f for f in tied if len(f[0]) == len(word)]  # "mnay": swapped, not dropped
        tied = _the_swapped(tied, word)  # "stauts": status, its letters swapped, not "starts"
        # or "stats", a letter changed or dropped
        named = [f for f in tied if f[0] in self.names]
        if token.upper_initial and len(named) == 1:  # a capitalised typo: the name it is near
            tied = named
        same_start = [f for f in tied if str(f[0])[:1] == word[:1]]
        best = same_start[0] if len(same_start) == 1 else found[0]  # first letters are rarely
        # mistyped: "itmes" is "items", not "times"
        two = [f for f in same_start if str(f[0])[:2] == word[:2]]
        if len(same_start) > 1 and two and all(  # "ownes": owns or owner, not ones
                _one_word_family(lemma(f[0]), lemma(two[0][0])) for f in two):
            best, same_start = two[0], [two[0]]
        pool = same_start if len(same_start) == 1 else tied
        rivals = [f for f in pool if f is not best
                  and not _one_word_family(lemma(f[0]), lemma(best[0]))]
        if rivals:
            return token
        fixed = str(best[0])
        return replace(token, low=fixed, lemma=lemma(fixed), corrected_from=token.text)

    def _abbreviated(self, word: str) -> str | None:
        """A word no English text uses that begins known words of one stem only ("infra":
        infrastructure, "alloc": allocation or allocated, "prio": priority): the most common of
        them. Not when the known words part before the stem is two letters longer ("fore":
        forecast or foreseen), nor when one is the word and a letter ("engin": engine)."""
        if len(word) < 4 or english(word) >= 1.0:
            return None
        longer = [w for w in self.known if w.startswith(word) and len(w) > len(word)]
        if not longer or min(map(len, longer)) == len(word) + 1:
            return None  # "engin", "overdu": a last letter dropped, for the typo corrector
        stem = os.path.commonprefix(longer)
        if len(stem) < len(word) + 2:
            return None
        return max(longer, key=lambda w: (english(w), -len(w)))

    def _short(self, token: Token) -> Token:
        """A three-letter word no English text uses, one letter short of exactly one known
        four-letter word with the same first letter ("hld" hold, "opn" open); names excepted."""
        word = token.low
        if word in self._known_set or english(word) >= 1.0 or token.upper_initial:
            return token
        swapped = [w for w in self._threes if w[0] == word[0] and sorted(w) == sorted(word)]
        if len(swapped) == 1:  # "onw": own, two letters swapped
            return replace(token, low=swapped[0], lemma=lemma(swapped[0]),
                           corrected_from=token.text)
        near = [w for w in self._fours if w[0] == word[0] and OSA.distance(word, w) == 1]
        if len({lemma(w) for w in near}) != 1:  # "hld": hold or held, one word either way
            return token
        near = [lemma(near[0])] if lemma(near[0]) in near else near
        return replace(token, low=near[0], lemma=lemma(near[0]), corrected_from=token.text)

