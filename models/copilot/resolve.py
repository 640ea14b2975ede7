"""Names in a question resolved against the database: projects (keys, full or partial names),
portfolios, people and owners (full, first or last names) and skills, in the viewer's scope.

Typos are corrected first (``words.Corrector`` over the names' words and the lexicon), then
names are matched as phrases, longest first. A partial name that fits several projects, or a
first name several people share, is kept with all its candidates so the copilot can ask back.
"""

from __future__ import annotations

import copy
import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from data import people_queries, queries, resource_queries
from data.project_queries import ProjectName, project_names
from data.scope import Scope
from models.copilot import lexicon
from models.copilot.periods import PERIOD_WORDS
from models.copilot.words import Corrector, Token, english, lemma

MAX_NAME_WORDS = 6
# Which reading wins when one stretch of words names several things.
PRIORITY = {"project": 0, "portfolio": 1, "person": 2, "skill": 3, "role": 4,
            "project_part": 5, "first_name": 6, "last_name": 7}


@dataclass(frozen=True)
class Mention:
    kind: str  # project | project_part | portfolio | person | first_name | last_name | skill
    # | role
    start: int  # token index
    end: int
    candidates: tuple[str, ...]  # project keys, or names
    text: str = ""
    part: bool = False  # one word of a longer portfolio name ("the support team")

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


@dataclass
class Vocabulary:
    """The names a viewer may see, indexed by their words."""

    projects: list[ProjectName]
    portfolios: list[str]
    people: list[str]
    owners: list[str]
    skills: list[str]
    skills_of: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: list[str] = field(default_factory=list)  # "QA engineer", "Product manager"
    by_key: dict[str, ProjectName] = field(default_factory=dict)
    phrases: dict[tuple[str, ...], list[tuple[str, str]]] = field(default_factory=dict)
    corrector: Corrector = field(default_factory=lambda: Corrector(()))
    # asked on a project's page: who is, was or will be on its team, and its owner, read only
    # when a first name several people share needs it ("is rafael free?": the one here)
    page_team: Callable[[], frozenset[str]] = field(default=frozenset)

    def on_page(self, team: Callable[[], Iterable[str]]) -> Vocabulary:
        """This vocabulary, asked from a project page whose team ``team()`` reads (a copy: the
        viewer's vocabulary is shared by every page; the team is read at most once, and only
        for a shared name)."""
        clone = copy.copy(self)
        clone.page_team = functools.cache(lambda: frozenset(team()))
        return clone

    def narrowed(self, mention: Mention) -> Mention:
        """A first or last name several people share, settled by the page's team when exactly
        one of them is on it."""
        if mention.kind not in ("first_name", "last_name") or not mention.ambiguous:
            return mention
        team = self.page_team()
        here = tuple(c for c in mention.candidates if c in team)
        return dataclasses.replace(mention, candidates=here) if len(here) == 1 else mention

    @classmethod
    def load(cls, session: Session, scope: Scope) -> Vocabulary:
        persons = people_queries.people(session, scope)
        skills = {s.skill for s in resource_queries.skills_coverage(session, scope, limit=1000)}
        vocab = cls(projects=project_names(session, scope),
                    portfolios=[name for _id, name in queries.portfolios(session, scope)],
                    people=[p.name for p in persons], owners=queries.owners(session, scope),
                    skills=sorted(skills | {s for p in persons for s in p.skills}),
                    skills_of={p.name: p.skills for p in persons},
                    roles=sorted({p.role for p in persons if p.role}))
        vocab._index()
        return vocab

    def _index(self) -> None:
        self.by_key = {p.key.upper(): p for p in self.projects}
        self.singular_portfolios: set[tuple[str, ...]] = set()
        self.role_aliases: set[tuple[str, ...]] = set()  # "testers": a role's people, any case
        # an ordered set per phrase (a dict): "api" names thousands of projects at scale, and a
        # list's membership test made indexing 100,000 project names quadratic (131 s)
        phrases: dict[tuple[str, ...], dict[tuple[str, str], None]] = defaultdict(dict)

        def add(words: tuple[str, ...], kind: str, value: str) -> None:
            if words:
                phrases[words].setdefault((kind, value), None)

        self.name_words: set[str] = set()  # every word of a project's name
        for p in self.projects:
            words = _words(p.name)
            self.name_words.update(words)
            add(words, "project", p.key)
            for size in range(1, len(words)):
                for i in range(len(words) - size + 1):
                    add(words[i:i + size], "project_part", p.key)
        # a word of a portfolio's name, read as it only before a head noun (see find); kept
        # out of the phrases, which decide elsewhere whether a lone word names something
        self.portfolio_parts: dict[str, list[str]] = defaultdict(list)
        self.portfolio_heads: set[str] = set()
        for name in self.portfolios:
            add(_words(name), "portfolio", name)
            words = _words(name)
            plural = bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss")
            if len(words) > 1:  # its words, and its head noun ("the app projects": Mobile Apps)
                heads = {words[-1], words[-1][:-1]} if plural else {words[-1]}
                self.portfolio_heads |= heads
                for word in {w for w in words if w not in lexicon.STOP} | heads:
                    self.portfolio_parts[word].append(name)
            if plural:
                singular = (*words[:-1], words[-1][:-1])  # "mobile app initiatives"
                add(singular, "portfolio", name)
                self.singular_portfolios.add(singular)
        for name in {*self.people, *self.owners}:
            words = _words(name)
            add(words, "person", name)
            if len(words) >= 2:
                add(words[:1], "first_name", name)
                add(words[-1:], "last_name", name)
        for skill in self.skills:
            add(_words(skill), "skill", skill)
            for alias in SKILL_ALIASES.get(skill.lower(), ()):
                add(_words(alias), "skill", skill)
        skill_words = {w for skill in self.skills for w in (
            _words(skill), *map(_words, SKILL_ALIASES.get(skill.lower(), ())))}
        for role in self.roles:
            add(_words(role), "role", role)
            for alias in ROLE_ALIASES.get(role.lower(), ()):
                add(_words(alias), "role", role)
                self.role_aliases.add(_words(alias))
            head = _words(role)[:-1]  # "backend devs", "security folks": the role's people
            if head and head not in skill_words:  # "embedded folks" may mean the skill
                for noun in ROLE_NOUNS:
                    add((*head, noun), "role", role)
        self.phrases = {words: list(found) for words, found in phrases.items()}
        words_of_lexicon = lexicon.vocabulary()
        known = ({w for words in phrases for w in words} | words_of_lexicon | PERIOD_WORDS
                 | PLAIN_WORDS
                 | {w + "s" for w in words_of_lexicon  # "itmes"; not "owneds"
                    if not w.endswith(("s", "ed", "ing"))})
        self.corrector = Corrector(known, names={w for words, found in self.phrases.items()
                                                 for kind, _v in found if kind in NAME_WORDS
                                                 for w in words})

    def correct(self, tokens: Sequence[Token]) -> list[Token]:
        return [self.corrector(t) for t in tokens]

    def find(self, tokens: Sequence[Token], skip: set[int]) -> list[Mention]:
        """Names in the (corrected) tokens, longest and most specific first, not overlapping."""
        found: list[Mention] = []
        for start in range(len(tokens)):
            for size in range(min(MAX_NAME_WORDS, len(tokens) - start), 0, -1):
                span = range(start, start + size)
                if any(i in skip for i in span):
                    continue
                for words in _spellings(tokens[start:start + size]):
                    kinds = _group(self.phrases.get(words, []))
                    for kind, values in kinds.items():
                        if kind == "portfolio" and words in self.singular_portfolios and (
                                start + size >= len(tokens) or tokens[start + size].lemma not in
                                PORTFOLIO_HEADS):
                            continue  # "the mobile app" alone is a thing, not the portfolio
                        if kind == "role" and words in self.role_aliases or _plausible(
                                kind, tokens, start, size, words, "skill" in kinds):
                            text = " ".join(t.text for t in tokens[start:start + size])
                            found.append(Mention(kind, start, start + size, tuple(values),
                                                 text))
            part = self._portfolio_part(tokens, start, skip)
            if part is not None:
                found.append(part)
        found = _merge_name_parts(found)
        found.sort(key=lambda m: (-(m.end - m.start), PRIORITY[m.kind], m.start))
        chosen: list[Mention] = []
        for m in found:
            if all(m.end <= c.start or c.end <= m.start for c in chosen):
                chosen.append(m)
        return sorted(chosen, key=lambda m: m.start)

    def _portfolio_part(self, tokens: Sequence[Token], at: int,
                        skip: set[int]) -> Mention | None:
        """"Web projects", "the platform team": one word of a portfolio's name (of several:
        asked back) before a head noun. Not where projects' names have the word ("data
        projects" filters by name), unless the head is the portfolio's people (``TEAM_HEADS``:
        "the data team") or the word is the portfolio's own head noun ("the app projects":
        Mobile Apps). Also the word alone after "in" ("who's overbooked in mobile next
        month", "open items in storefront?")."""
        word = tokens[at].low
        names = self.portfolio_parts.get(word)
        head = tokens[at + 1].lemma if at + 1 < len(tokens) else ""
        alone = at > 0 and tokens[at - 1].low in ("in", "within", "across") and (
            at + 1 == len(tokens) or at + 1 in skip or not tokens[at + 1].is_word
            or tokens[at + 1].low in AFTER_A_PLACE)
        if not names or not alone and (head not in PORTFOLIO_HEADS or (
                word in self.name_words and head not in TEAM_HEADS
                and word not in self.portfolio_heads)):
            return None
        return Mention("portfolio", at, at + 1, tuple(names), tokens[at].text,
                       part=not alone)  # alone after "in", it is asked back for when dropped

    def suggest(self, word: str, kinds: Sequence[str] = ("portfolio", "person", "skill"),
                limit: int = 4, cutoff: float = 50) -> list[str]:
        """Known names nearest to an unknown word (the choices of a clarification)."""
        from rapidfuzz import fuzz, process  # noqa: PLC0415

        pool: list[str] = []
        if "portfolio" in kinds:
            pool += self.portfolios
        if "person" in kinds:
            pool += self.people
        if "skill" in kinds:
            pool += self.skills
        found = process.extract(word.lower(), pool, scorer=fuzz.WRatio, limit=limit,
                                processor=str.lower, score_cutoff=cutoff)
        return [str(f[0]) for f in found if len(str(f[0])) >= 3]


# kinds of names whose words a capitalised typo is read as first ("Lopes": Lopez, not loses)
# request verbs and filler no concept reads: known words, so they are never "corrected" into
# another and their own typos ("rigth") are
PLAIN_WORDS = {"summarise", "summarize", "summarising", "summarizing", "recap", "outline",
               "describe", "explain", "brief", "right", "now", "currently", "please", "today",
               "thanks", "really", "actually", "still"}
# what a role's first word is said with ("backend devs", "QA folks", "security people")
ROLE_NOUNS = ("people", "folks", "folk", "developer", "developers", "dev", "devs", "staff",
              "guys", "person", "specialist", "specialists", "engineers", "engineering")
# what a portfolio's name in the singular qualifies ("mobile app initiatives", "device projects")
PORTFOLIO_HEADS = {"project", "initiative", "programme", "program", "team", "portfolio",
                   "workstream"}
# a portfolio's people: "the support team" is Customer Support's, where "support projects"
# may be the projects named so (a word of a portfolio's name alone, see Vocabulary.find)
TEAM_HEADS = {"team", "portfolio", "workstream"}
# what follows a place said alone ("overbooked in mobile next month", "in support and web")
AFTER_A_PLACE = {"and", "or", "vs", "versus", "next", "this", "last", "today", "now", "right",
                 "currently", "at", "who", "that", "which", "for", "since", "so", "yet"}
NAME_WORDS = {"person", "first_name", "last_name", "portfolio", "project", "project_part"}
# words after which a word is a skill ("knows accessibility to review my page")
SKILL_VERBS = {"know", "knows", "knowing", "with", "in", "speak", "speaks", "do", "does"}
# other names of a role, by what people call those who have it ("testers", "designers")
ROLE_ALIASES = {"qa engineer": ("tester", "test engineer", "quality engineer", "qa folks",
                                "qa people", "qa staff", "qa team", "qa guys"),
                "ux designer": ("designer", "ui designer", "product designer")}
# other names of a skill, where the skill goes by its short form ("machine learning" is ml)
SKILL_ALIASES = {"ml": ("machine learning",), "ux": ("user experience", "ux design"),
                 "testing": ("qa", "quality assurance", "test automation"),
                 "statistics": ("stats",), "kubernetes": ("k8s",), "devops": ("dev ops",),
                 "ai": ("artificial intelligence",), "ui": ("user interface",),
                 "javascript": ("js",), "typescript": ("ts",), "api design": ("apis",),
                 "research": ("user research", "ux research")}


def _merge_name_parts(found: list[Mention]) -> list[Mention]:
    """"Chen" is Chen Brown's first name and Olga Chen's last: one mention naming all of them
    (asked back), not the first name winning silently."""
    parts: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for m in found:
        if m.kind in ("first_name", "last_name"):
            parts[(m.start, m.end)].append(m)
    out = [m for m in found if m.kind not in ("first_name", "last_name")]
    for group in parts.values():
        if len(group) == 1:
            out.append(group[0])
            continue
        names = tuple(dict.fromkeys(v for m in group for v in m.candidates))
        out.append(Mention("first_name", group[0].start, group[0].end, names, group[0].text))
    return out


def _group(pairs: list[tuple[str, str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for kind, value in pairs:
        out[kind].append(value)
    return out


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in re.findall(r"[^\W_]+", name))


def _spellings(tokens: Sequence[Token]) -> list[tuple[str, ...]]:
    surface = tuple(t.low for t in tokens)
    lemmas = tuple(t.lemma for t in tokens)
    head = (*surface[:-1], lemmas[-1])  # "embedded engineers": only the head noun is plural
    american = tuple(BRITISH.sub("or", w) for w in surface)  # "harbour" is Harbor
    joined = [("".join(surface),)] if len(surface) == 2 else []  # "type script", "terra form"
    return list(dict.fromkeys([surface, lemmas, head, american, *joined]))


BRITISH = re.compile(r"(?<=[a-z]{2})our$")


def _plausible(kind: str, tokens: Sequence[Token], start: int, size: int,
               words: tuple[str, ...], also_skill: bool = False) -> bool:
    """Whether a stretch of words that matches part of a name is meant as that name.

    Whole names always are. A part of a project name counts when it is written as a proper
    noun or followed by "project", or when it has several words that are not all ordinary
    question words; a first or last name alone only when capitalised.
    """
    first = tokens[start]
    if kind == "portfolio" and size == 1 and _common_lower(first) and not first.upper_initial:
        # "late in devices", "payments projects": a lower-case portfolio name where a filter goes
        before = tokens[start - 1].low if start else ""
        after = tokens[start + 1].lemma if start + 1 < len(tokens) else ""
        return before in ("in", "for", "from", "within", "inside", "vs", "versus", "or") or \
            after in ("project", "portfolio", "team", "initiative", "vs", "versus") or (
            _all_lower(tokens) and not (also_skill and _skill_context(tokens, start))
            and not any(h.start <= start < h.end for h in lexicon.find(tokens)))
    if kind in ("project", "portfolio", "person", "role"):
        return not (size == 1 and _common_lower(first) and not first.upper_initial)
    if kind == "skill":
        if size == 1 and first.low != words[0] and first.low.endswith(("ing", "ed")):
            return False  # "projects still going": a verb's form, not the skill Go
        following = tokens[start + 1].low if start + 1 < len(tokens) else ""
        before = tokens[start - 1].lemma if start else ""
        if size == 1 and following in VERB_PARTICLES and _common_lower(first) and not (
                {t.low for t in tokens[start:start + 5]} & {"profile", "cv", "skill", "skills"}
                or before in SKILL_VERBS):
            return False  # "our go-to person", "people who go above 100 %": not the skill
        if size == 1 and _common_lower(first) and start >= 2 and (
                tokens[start - 2].low, tokens[start - 1].low) == ("on", "the"):
            return False  # "projects on the go"
        return size > 1 or not _common_lower(first) or _skill_context(tokens, start)
    if kind in ("first_name", "last_name"):
        following = tokens[start + 1].low if start + 1 < len(tokens) else ""
        before = tokens[start - 1].low if start else ""
        return first.capitalized or english(first.low) < 2.5 or (
            _all_lower(tokens) and english(first.low) < 4.5 and not first.corrected_from) or (
            first.upper_initial and following == "'s") or (  # "Tom's load", first word
            before in PERSON_BEFORE and following in PERSON_AFTER)  # "is paul free next week"
    # project_part
    next_token = tokens[start + size] if start + size < len(tokens) else None
    if next_token is not None and next_token.lemma == "project":
        # "the Beacon project" names one; "checkout projects" filters by name (the router's)
        return next_token.low == "project"
    if size == 1:
        return first.capitalized and not first.corrected_from and english(first.low) < 5.0
    content = [w for w in words if w not in lexicon.STOP and lemma(w) not in _LEXICON_WORDS]
    return len(content) >= 1 and any(english(w) < 5.5 for w in words) and len(
        [w for w in words if w not in lexicon.STOP]) >= 2


_LEXICON_WORDS = {w for w in lexicon.vocabulary()}
# a lower-case first or last name between these is a person ("is paul free", "has chen got")
PERSON_BEFORE = {"is", "does", "has", "was", "for", "with", "ask", "about", "of"}
PERSON_AFTER = {"free", "busy", "available", "overloaded", "overbooked", "over-allocated",
                "'s", "working", "got", "on", "allocated", "booked", "loaded", "stretched"}
VERB_PARTICLES = {"to", "above", "over", "beyond", "past", "under", "below", "up", "down",
                  "into", "live", "late", "ahead", "through", "out", "off", "back", "on", "by"}


def _all_lower(tokens: Sequence[Token]) -> bool:
    """A question typed without capitals ("how many late projects does growth have"): there,
    lower case says nothing against a name."""
    return not any(t.upper_initial for t in tokens if t.is_word and not t.is_key)


def _common_lower(token: Token) -> bool:
    """An ordinary English word written in lower case ("security", "go", "product")."""
    return not token.capitalized and english(token.low) >= 3.0 and not token.corrected_from


def _skill_context(tokens: Sequence[Token], at: int) -> bool:
    """Words near a lower-case skill that say it is one ("who knows go", "anyone with both spark
    and python": the sentence's people word may be six words back)."""
    if at and tokens[at - 1].low in ("do", "does", "doing"):
        return True  # "does Mei do accessibility?"
    near = {t.lemma for t in tokens[max(0, at - 6):at + 8]}
    return bool(near & {"skill", "know", "knows", "expertise", "experience", "expert",
                        "can", "experienced", "proficient", "familiar", "good", "vs", "versus",
                        "compare", "compared", "have", "has", "who", "people", "developer",
                        "engineer", "programmer", "specialist", "coder", "person", "anyone",
                        "talk", "help", "ask", "folk", "folks", "someone", "somebody",
                        "anybody", "dev", "devs", "need", "needs", "needing", "require",
                        "everyone", "everybody", "staff", "colleague", "member", "teammate",
                        "item", "ticket", "task",  # "open testing items in Devices"
                        "requires", "requiring", "required", "profile", "profiles", "cv"})

