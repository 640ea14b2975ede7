"""Two questions in one sentence: both answered, or the part left out said, never dropped.

``both``: "who's on this team, and who leads it?", "how many are due in the next fortnight and
how many of those are at risk?": each part read on its own and both answered, when the whole
sentence was read as only one of them.

``left_unanswered``: "which projects are at risk and how much evidence is there?", "who is
over-allocated and what are they working on?": the first part often reads cleanly while the
second does not stand on its own. An answer that gives the first part in full and says nothing
of the second reads as complete, and a manager takes it as the whole answer; so the answer
names the part it did not answer. Where the whole was read as something neither part asks
("what is the average progress of active projects and how many are late" read as the days
overdue), each part's own reading is answered instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from models.copilot.plan import Call, Plan

# two parts joined by "and", "also", "plus", a comma or a semicolon, the second opening as a
# question ("… and which portfolios are they in", "…, is that normal") or a request ("… and
# tell me their due dates", "… and list their skills")
_TWO_PARTS = re.compile(
    r"^(?P<first>.*?\w.*?)\s*(?:[,;]\s*(?:and\s+|also\s+|plus\s+|but\s+)?|"
    r"\s+(?:and|also|plus|but)\s+)"
    r"(?P<second>(?:who|whom|whose|what|which|when|where|why|how)(?:'s|s)?\b.+|"
    r"(?:in|on|for|across|by|at)\s+(?:which|what)\b.+|"
    r"(?:does|do|did|is|are|was|were|can|could|has|have|had|will|would|should)\s+"
    r"(?:he|she|they|it|this|that|those|these|any|anyone|anybody|we|there)\b.+|"
    r"(?:tell me|show me|list|give me|name|break (?:it|that|them) down)\b.+)$",
    re.IGNORECASE)
_OPENS_A_QUESTION = re.compile(
    r"(?:who|whom|whose|what|which|when|where|why|how)(?:'s|s)?\b|(?:does|do|did|is|are|was|"
    r"were|can|could|has|have|had|will|would|should)\s+\w+.*\?$|(?:tell me|show me|list|"
    r"give me|name)\b", re.IGNORECASE)
# the first part is a question or a request too, not a preface ("Of the open projects, which …")
_ASKS = re.compile(r"\b(?:who|whom|whose|what|which|how|when|where|why)\b|^\s*(?:is|are|does|do|"
                   r"did|can|could|has|have|list|show|give|tell|count|rank|name)\b",
                   re.IGNORECASE)

# what each line of a project list already says (tools._line): its owner, due date, how late,
# status, health and chance of finishing on time; "… and who owns them" is answered by the list
_SHOWN_BY_PROJECT_LINES = re.compile(
    r"^(?:(?:who|whom|whose)\b(?:'s|s)?\s+(?:owns?|own|are|is|runs?|leads?|responsible|in charge|"
    r"the owners?|their owners?|owner)\b|(?:what|which) (?:are|is) (?:their|its|the) (?:owners?|"
    r"due dates?|deadlines?|status|health|chances?)\b|when (?:are|is|were) (?:they|it|those|these)"
    r" (?:due|supposed to finish)\b|how late\b|(?:tell me|show me|list|give me|name) (?:their|the|"
    r"its) (?:owners?|due dates?|deadlines?|names?)\b|(?:tell me|show me|list|give me|name) "
    r"(?:them|those|these|which ones)\b|which (?:ones|are they|ones are they)\b|who are they\b|"
    r"what are they\b)", re.IGNORECASE)
# tools whose answer is a list of projects written one line each (tools._line)
_PROJECT_LISTS = {"projects"}


# the second part asks for the first's answer split by a group ("… and in which portfolios",
# "…, which teams are they in", "… and break it down by owner"): the first part per group
_GROUPED = re.compile(
    r"^(?:(?:in|across|by|per|for|on|under|from)\s+)?(?:which|what|each)\s+(?P<group>portfolio|"
    r"owner|team|status|priority)(?:s|es|ies)?(?:\s+(?:are|is|were|was)\s+(?:they|those|these|"
    r"it|that)(?:\s+(?:in|under|from|on))?)?$|^break (?:it|that|them|this) (?:down|up) by "
    r"(?:the\s+)?(?P<by>portfolio|owner|team|status|priority)s?$", re.IGNORECASE)
_GROUP_WORD = {"team": "portfolio"}  # a portfolio is a team's work in this data


# two short phrases joined once ("progress and due date", "status + team size", "when is it
# due & what's the chance"): both asked, when each reads as a question on its own
_JOINED_ONCE = re.compile(r"^(?P<first>[^,;&+?]+?)\s*(?:\s(?:and|&|\+)\s|,\s*)\s*"
                          r"(?P<second>[^,;&+?]+?)[?.!]*$", re.IGNORECASE)
_SHORT = 7  # words in each phrase


def split(question: str) -> tuple[str, str, bool] | None:
    """The two parts of a question that asks two things, and whether the split is sure (the
    second opens as a question, or the first ends with a question mark), else ``None``."""
    text = " ".join(question.split())
    m = _TWO_PARTS.match(text)
    if m is not None and _ASKS.search(m["first"]) and len(m["second"].split()) >= 2:
        return m["first"].strip(" ,;"), m["second"].strip(" ?.!"), True
    first, mark, second = text.partition("? ")
    if mark and _OPENS_A_QUESTION.match(second) and "?" not in second.rstrip("?"):
        return first, second.strip(" ?.!"), True  # "is this late? what's left to do" (not
        # "who has terraform? need a reviewer asap": what it is for)
    m = _JOINED_ONCE.match(text)
    if m is not None and all(len(m[p].split()) <= _SHORT and not re.search(
            r"\s(?:and|or)\s", m[p], re.IGNORECASE) for p in ("first", "second")):
        return m["first"], m["second"], False
    return None


# "who's on this team, and who leads it?", "what are his skills, does he do accessibility?":
# two questions in one sentence, the second starting with its own question word. ``both``
# answers both parts without a word of doubt, so it splits only here; ``_TWO_PARTS`` above is
# wider (requests, "in which …", "but …") because what it splits off is at worst said to be
# unanswered
_SECOND_QUESTION = re.compile(
    r"^(?P<first>.*?\w.*?)\s*(?:[,;]\s*(?:and\s+|also\s+|plus\s+)?|\s+(?:and|also|plus)\s+)"
    r"(?P<second>(?:who|what|which|when|where|how)s?\b.+|(?:does|do|did|is|are|can|has|have)\s+"
    r"(?:he|she|they|it|this|that)\b.+)$", re.IGNORECASE)
# the first part is a question too ("kenji brown - what are his skills", "is X late"), not a
# preface ("Of the open projects, which …", "X is overdue, what happened?")
_A_QUESTION = re.compile(r"\b(?:who|whom|whose|what|which|how|when|where)\b|^\s*(?:is|are|does|"
                         r"do|did|can|has|have|list|show|give|tell)\b", re.IGNORECASE)
# words that point back at the first part's answer ("which are late and who owns them"): the
# second part does not stand alone; "it" does on a project page (the project)
_BACK_AT_ANSWER = re.compile(r"\b(?:they|them|their|theirs|those|these|ones|each|her)\b",
                             re.IGNORECASE)
# a second part without its own subject ("how many critical projects are there and how many
# are on track"): said of the first part's answer
_ELLIPTIC = re.compile(r"(?:how many|which|what number)\s+(?:are|is|were|was|have|has|had|"
                       r"will)\b", re.IGNORECASE)


# "how many … and are any of them late?": a yes-or-no about the first part's answer
_THEN_ABOUT_THOSE = re.compile(
    r"^(?P<first>.*?\w.*?)\s*,?\s+and\s+(?P<second>(?:are|is|were|was)\s+(?:any|all|some|none)"
    r"\s+of\s+(?:them|those|these)\b.+)$", re.IGNORECASE)


def _and_of_those(first_text: str, whole: Plan, route_first: Callable[[str], Plan],
                  join: Callable[..., str]) -> Plan | None:
    """"How many projects are due in the next fortnight and how many of those are at risk?",
    "… does Hugo own and are any of them late?": the first part answered, then the whole (the
    second narrows the first); it answered only the narrower one."""
    first = route_first(first_text)
    if first.kind != "answer" or whole.kind != "answer" or len(first.calls) != 1 or len(
            whole.calls) != 1 or first.calls == whole.calls or not narrows(
            whole.calls[0], first.calls[0]):
        return None  # the whole read as something else ("the average progress … and how many
        # are behind" as the average days overdue)
    return replace(first, calls=first.calls + whole.calls,
                   interpretation=join(first, whole, "and of them,"))


def both(question: str, whole: Plan, route_first: Callable[[str], Plan],
         route_part: Callable[[str], Plan], join: Callable[..., str],
         on_page: bool) -> Plan | None:
    """Both parts answered, when each reads as a question the data answers on its own (the
    second with the person or project the first names in place of "he", "it") and the whole
    question was read as one of them, or not answered; else ``None`` (the whole's reading).
    ``route_first`` reads the first part as a follow-up of the conversation may be read."""
    m = _SECOND_QUESTION.match(" ".join(question.split())) or _THEN_ABOUT_THOSE.match(
        " ".join(question.split()))
    if m is None or not _A_QUESTION.search(m["first"]):
        return None
    back = [b for b in _BACK_AT_ANSWER.finditer(m["second"])
            if not (b[0].lower() == "her" and _possessive_her(b))]  # "her workload": hers
    if back or _ELLIPTIC.match(m["second"]):
        return _and_of_those(m["first"], whole, route_first, join)
    first = route_first(m["first"])
    if first.kind != "answer" or not first.calls:
        return None
    person = named_person(first)
    second_text = m["second"] if person is None else _PRONOUN.sub(
        lambda p: f"{person}'s" if p[1].lower() in ("his", "hers") or _possessive(p)
        else person, m["second"])
    if _PRONOUN.search(second_text):
        return None  # "… and what is his load": whose, the first part does not say
    if _IT.search(second_text) and len(first.project_keys) == 1:  # "PRJ-0018 … who owns it"
        key = first.project_keys[0]
        second_text = _IT.sub(lambda p: f"{key}'s" if p[0].lower() == "its" else key,
                              second_text)
    elif _IT.search(second_text) and not on_page:
        return None
    second = read_second(second_text, m["first"], first, route_part)
    extra = [c for c in second.calls if c not in first.calls]
    if second.kind != "answer" or not extra or not all(  # "…, how many ppl": said of the first
            set(args) - {"measure", "k", "limit", "order"} for _, args in extra):
        return None
    if any(name == "search_documents" for name, _ in [*first.calls, *extra]):
        return None  # a part read as a search of the documents: read the whole ("who should
        # I talk to about PRJ-0130, who is responsible for it?" says one thing twice)
    if whole.kind == "answer" and whole.calls not in (first.calls, second.calls) and not (
            person is not None and second.subject == "people" != whole.subject):
        return None  # the whole reads as one question of its own ("how many are late, how
        # many at risk"): its reading stands; not when the second part asks of the person the
        # first names ("how many projects does Ines own, and how's her workload": her load,
        # not her projects due next week)
    return replace(first, calls=first.calls + extra,
                   interpretation=join(first, second),
                   intents=[*first.intents, *second.intents],
                   project_keys=list(dict.fromkeys([*first.project_keys,
                                                    *second.project_keys])))


def _shown(plan: Plan, second: str) -> bool:
    return any(name in _PROJECT_LISTS for name, _ in plan.calls) and bool(
        _SHOWN_BY_PROJECT_LINES.match(second))


# words that point back at the first part's answer ("… and what are they working on", "who
# owns the latest one"): such a second part does not read on its own
_BACK = re.compile(r"\b(?:they|them|their|theirs|those|these|one|ones|each|he|him|his|she|her|"
                   r"hers)\b", re.IGNORECASE)
_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)  # the project, on a project's page
_PRONOUN = re.compile(r"\b(he|she|him|his|hers|her)\b", re.IGNORECASE)
# "her workload" (hers) against "ask her", "her to", "for her next week" (her)
_NOT_OWNED = re.compile(r"\s*(?:$|[^\w\s]|(?:to|a|an|the|about|for|with|on|in|at|by|and|or|if|"
                        r"when|now|today|tomorrow|this|next|last|up|out|over|off|back|know|"
                        r"going|busy|free|available|is|was|has|had)\b)", re.IGNORECASE)


def _possessive(m: re.Match[str]) -> bool:
    return m[1].lower() == "her" and _possessive_her(m)


def _possessive_her(m: re.Match[str]) -> bool:
    return not _NOT_OWNED.match(m.string, m.end())
# tools whose answer says the project's status, how late and how likely ("how late is it and
# why": the reasons, which say both)
_SAYS_STATUS = {"why", "project_status"}
# one project's facts, each its own answer ("progress", "due date", "team size")
_PROJECT_FACTS = {"project_field", "project_forecast", "project_work", "project_team",
                  "project_status", "work_items", "project_skills", "project_holders"}
_COMPARING = re.compile(r"\b(?:compare[sd]?|comparing|vs\.?|versus|than|against|differ\w*|"
                        r"change[sd]?|trend\w*)\b", re.IGNORECASE)
_LOOSE = {"k", "limit", "order", "sort", "descending"}


def narrows(call: Call, base: Call) -> bool:
    """``call`` is ``base`` with more filters: the same tool, measure and arguments, and more
    ("how many critical projects … and how many are on track": critical and on track)."""
    (name, args), (base_name, base_args) = call, base
    counted = {args.get("measure", "list"), base_args.get("measure", "list")} <= {"count", "list"}
    implied = base_args.get("status") == ["open"] and bool(args.get("health"))  # open, as
    # every project with a health is
    return name == base_name and all(
        args.get(k) == v for k, v in base_args.items()
        if k not in _LOOSE and not (k == "measure" and counted) and not (
            k == "status" and implied))


def _covers(call: Call, part: Call) -> bool:
    """``call`` asks what ``part`` asks, of as many groups or more (its lists hold the part's)."""
    (name, args), (part_name, part_args) = call, part
    return name == part_name and all(
        args.get(k) == v or isinstance(v, list) and isinstance(args.get(k), list) and set(
            v) <= set(args[k]) for k, v in part_args.items() if k not in _LOOSE)


def _same_reading(whole: list[Call], first: list[Call]) -> bool:
    """The whole's calls are the first part's, but for how many are shown or whether they are
    counted or listed ("how many are free next week and who are they")."""
    def core(args: dict[str, Any]) -> dict[str, Any]:
        loose = _LOOSE | ({"measure"} if args.get("measure", "list") in ("count", "list")
                          else set())
        return {k: v for k, v in args.items() if k not in loose}

    return len(whole) == len(first) and all(
        w_name == f_name and core(w_args) == core(f_args)
        for (w_name, w_args), (f_name, f_args) in zip(whole, first, strict=True))


def two_parts(question: str) -> tuple[str, str] | None:
    """The two questions of one sentence ("how many hours a week does X have, and what's she
    working on?"), or ``None``."""
    m = _SECOND_QUESTION.match(" ".join(question.split()))
    return (m["first"], m["second"]) if m else None


def named_person(plan: Plan) -> str | None:
    """The one person a reading is about ("is Leo overloaded": Leo), else ``None``."""
    for _, args in plan.calls:
        named = [args["person"]] if args.get("person") else list(
            args.get("people") or args.get("owner") or [])  # "does Ines own": Ines
        if len(named) == 1:
            return str(named[0])
    return None


def _pronouns(second: str, first: Plan) -> str:
    """The second part with the person or the project the first names in place of "he",
    "his", "it", "its" ("is Leo overloaded, and what's his load": Leo's load)."""
    person = named_person(first)
    if person is not None:
        second = _PRONOUN.sub(lambda p: f"{person}'s" if p[1].lower() in ("his", "hers")
                              or _possessive(p) else person, second)
    if len(first.project_keys) == 1:
        key = first.project_keys[0]
        second = _IT.sub(lambda p: f"{key}'s" if p[0].lower() == "its" else key, second)
    return second


def _bare(plan: Plan) -> bool:
    """A reading with no filter at all ("which project" alone: every project)."""
    return all(name in ("projects", "people") and not set(args) - _LOOSE - {"measure"}
               for name, args in plan.calls)


# what a part counts or lists: a second part without one is said of the first's ("points
# done and remaining", "how many open items and how many in progress")
_SUBJECT_NOUN = re.compile(r"\b(?:story points|points|work items|items|tasks|tickets|features|"
                           r"backlog items|people|projects)\b", re.IGNORECASE)
_HOW_MANY = re.compile(r"^(how (?:many|much))\b", re.IGNORECASE)


def _carried(second_text: str, first_text: str) -> str | None:
    """The second part with the first part's subject in it, when it has none of its own."""
    nouns = _SUBJECT_NOUN.findall(first_text)
    if not nouns or _SUBJECT_NOUN.search(second_text):
        return None
    noun = nouns[-1].lower()
    if _HOW_MANY.match(second_text):
        return _HOW_MANY.sub(lambda m: f"{m[1]} {noun}", second_text, count=1)
    return f"{second_text} {noun}"


def read_second(second_text: str, first_text: str, first: Plan,
                route_part: Callable[[str], Plan]) -> Plan:
    """The second part's reading: with the first part's subject when it names none and that
    reads as the same kind of answer as the first ("… and how many in progress": items in
    progress, not active projects); else as said."""
    carried = _carried(second_text, first_text)
    if carried is not None:
        with_subject = route_part(carried)
        if with_subject.kind == "answer" and {n for n, _ in with_subject.calls} & {
                n for n, _ in first.calls}:
            return with_subject
    return route_part(second_text)


def _read_alone(second_text: str, first: Plan, route_part: Callable[[str], Plan],
                first_text: str = "") -> Plan | None:
    """The second part's own reading, of the one project the first names when it names none
    ("PRJ-0033 progress and due date"); ``None`` when it does not read as an answer."""
    second: Plan | None = read_second(second_text, first_text, first, route_part)
    if second is not None and (second.kind != "answer" or not second.calls):
        second = None
    if len(first.project_keys) == 1 and (second is None or not second.project_keys):
        key = first.project_keys[0]  # "due date" alone reads as every project's
        keyed = route_part(f"{second_text} of {key}")
        if keyed.kind == "answer" and keyed.calls and keyed.project_keys == [key] and all(
                name in _PROJECT_FACTS - {"project_status"} for name, _ in keyed.calls):
            return keyed  # one of its facts, not its status (what any words of it read as)
    return second


def _said_of_the_first(first: Plan, second: Plan) -> bool:
    """The second part's reading adds nothing of its own: a count or a list of the first's
    ("…, how many ppl"), or a search of the documents that says the first again ("who should
    I talk to about PRJ-0130, who is responsible for it")."""
    extra = [c for c in second.calls if c not in first.calls]
    return any(name == "search_documents" for name, _ in [*first.calls, *extra]) or all(
        _same_reading([call], [base]) for call in extra for base in first.calls
        if call[0] == base[0]) and all(call[0] in {n for n, _ in first.calls} for call in extra)


def left_unanswered(question: str, whole: Plan, plan: Plan, route_part: Callable[[str], Plan],
                    join: Callable[[Plan, Plan], str], on_page: bool) -> Plan:
    """``plan`` when it answers all of ``question``; else both parts' own readings when each
    reads alone, else the first part's reading with the second said to be unanswered (in its
    interpretation and under the answer). ``route_part`` reads one part as a question of its
    own; ``join`` writes two readings' interpretations as one."""
    if plan is not whole or plan.kind != "answer" or len(plan.calls) != 1:
        return plan  # both parts answered (two calls), asked back or refused
    parts = split(question)
    if parts is None:
        return plan
    first_text, second_text, sure = parts
    if _shown(plan, second_text):
        return plan
    first = route_part(first_text)
    if first.kind != "answer" or not first.calls:
        return plan
    kept = _same_reading(plan.calls, first.calls)
    if plan.measure == "groups" and all(_covers(plan.calls[0], call) for call in first.calls):
        return plan  # a comparison that holds the first part's groups, narrowed by the second
        # ("Data vs ML: how many projects, and how many at risk": at risk in each)
    if not kept and len(first.calls) == 1 and narrows(plan.calls[0], first.calls[0]) and not (
            _COMPARING.search(second_text)):
        return plan  # the first part narrowed by the second ("who is on X, and which of them
        # know python"); not "… and how does it compare with last month" (no filter)
    grouped = _GROUPED.match(second_text) if sure else None
    if grouped is not None:
        group = (grouped["group"] or grouped["by"]).lower()
        per = route_part(f"{first_text} per {_GROUP_WORD.get(group, group)}")
        if per.kind == "answer" and per.calls and per.calls != first.calls:
            return _both(first, per, join)  # the first part's answer, then per group
    second_text = _pronouns(second_text, first)
    alone = not _BACK.search(second_text) and (on_page or not _IT.search(second_text))
    second = _read_alone(second_text, first, route_part, first_text) if alone else None
    if second is not None and _bare(second):  # "…, which project": every project, read
        if kept:  # alone; said of the first, whose answer lists them
            return plan
        second = None
    tools = {name for name, _ in [*first.calls, *(second.calls if second else [])]}
    if not sure:
        return _two_facts(plan, first, second, kept, join)
    if second is not None and all(c in plan.calls for c in second.calls) and (
            any(name in _SAYS_STATUS for name, _ in plan.calls)
            or _said_of_the_first(second, first)):
        return plan  # the reading is the second part's, which says the first's too ("how
        # late is it and why": the reasons say how late)
    if second is not None and plan.measure == "groups" and len(second.calls) == 1 and _covers(
            plan.calls[0], second.calls[0]):
        return plan  # a comparison that holds the second part's groups and more ("how many
        # are on track, how many at risk, and how many late": one count per health)
    if second is not None and not kept and len(second.calls) == 1 and narrows(
            plan.calls[0], second.calls[0]) and plan.calls != second.calls:
        return _both(first, plan, join)  # the second part as the whole read it, with the
        # first's filters ("how many projects does ML have compared with Data, and which has
        # the better on-time record": the two portfolios' rates)
    if second is not None and not kept and not any(name in tools for name, _ in plan.calls):
        return plan  # a reading of its own that holds both ("how many are overdue, and how
        # many likely to slip": a count by health)
    if second is not None and kept and {n for n, _ in second.calls} <= {n for n, _ in first.calls}:
        return plan  # the same kind of answer read alone from words said of the first's
        # ("which are due this month, and are any critical"): the whole's reading stands
    if second is not None and (not kept or not _said_of_the_first(first, second)):
        return _both(first, second, join)  # each part answered on its own
    if second is not None:
        return plan
    if not kept and plan.measure != "top" and not {name for name, _ in plan.calls} & {
            name for name, _ in first.calls}:
        return plan  # a reading of its own ("how many have python, and how many react": a
        # comparison); not a ranking the second part's "worst" made of a count
        # ("how many late … and who's the owner of the worst one")
    if not kept and plan.measure == "groups":
        return _both(first, plan, join)  # the second part read by the whole as a comparison
        # ("how are A and B doing on health, which has more at risk": at risk in each)
    base = plan if kept else first
    return replace(base, unanswered=second_text,
                   interpretation=f"{base.interpretation} (not answered: “{second_text}”)")


def _two_facts(plan: Plan, first: Plan, second: Plan | None, kept: bool,
               join: Callable[[Plan, Plan], str]) -> Plan:
    """Two short phrases about one project ("progress + due date", "progress so far and team
    size"): both answered when each is one of its facts and the whole read just one of them,
    or neither ("team size" read as the portfolios); the whole's reading when it merged them
    ("to do, in progress and done": one count per status). Phrases about anything else are
    too loose to split ("owners and portfolios of late projects")."""
    if second is None or not first.project_keys or first.project_keys != second.project_keys:
        return plan
    facts = {name for name, _ in [*first.calls, *second.calls]}
    if not facts <= _PROJECT_FACTS or any(name in _SAYS_STATUS for name, _ in plan.calls):
        return plan
    merged = not (kept or _same_reading(plan.calls, second.calls)) and (
        any(name in facts for name, _ in plan.calls) or plan.project_keys == first.project_keys)
    if merged or _said_of_the_first(first, second) or _said_of_the_first(second, first):
        return plan
    return _both(first, second, join)


def _both(first: Plan, second: Plan, join: Callable[[Plan, Plan], str]) -> Plan:
    return replace(first, calls=first.calls + [c for c in second.calls if c not in first.calls],
                   interpretation=join(first, second), intents=[*first.intents, *second.intents],
                   project_keys=list(dict.fromkeys([*first.project_keys, *second.project_keys])))
