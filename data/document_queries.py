"""Document reads for the search index and the document view.

Index reads (hashes, records) are system reads over every document: the index stores each
passage's portfolio and applies the viewer's scope at search time. The document view and the
lexical fallback's scoped reads take the viewer's ``Scope`` like every other read.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data.schema import Document, Portfolio, Project
from data.scope import AnySelect, S, Scope

IN_BATCH = 500

MAX_ROWS = 50


@dataclass(frozen=True)
class IndexedDocument:
    """What the index stores about a document (its passages carry these fields)."""

    id: int
    project_id: int
    project_key: str
    portfolio_id: int
    kind: str
    title: str
    body: str
    created_at: dt.datetime


def content_hash(title: str, body: str, kind: str, created_at: dt.datetime | None,
                 project_id: int, portfolio_id: int) -> str:
    """What decides whether a document is indexed again: any change to its text (even one of
    the same length), its kind, date, project or the project's portfolio."""
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (title or "", body or "", kind, created_at.isoformat() if created_at else "",
                 str(project_id), str(portfolio_id)):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x1f")
    return digest.hexdigest()


def document_hashes(session: Session) -> Iterator[tuple[int, str]]:
    """(id, content hash) of every document, streamed in id order."""
    stmt = (
        select(Document.id, Document.title, Document.body, Document.kind, Document.created_at,
               Document.project_id, Project.portfolio_id)
        .join(Project, Document.project_id == Project.id)
        .order_by(Document.id)
        .execution_options(yield_per=1000)
    )
    for doc_id, title, body, kind, created_at, project_id, portfolio_id in session.execute(stmt):
        yield doc_id, content_hash(title, body, kind, created_at, project_id, portfolio_id)


@dataclass(frozen=True)
class Fingerprint:
    """A cheap summary of the documents table: when it is unchanged, no sync is needed
    except for same-length edits, which the periodic full hash pass catches."""

    count: int
    max_id: int
    total_length: int
    projects: int

    def key(self) -> str:
        return f"{self.count}:{self.max_id}:{self.total_length}:{self.projects}"


def documents_fingerprint(session: Session) -> Fingerprint:
    row = session.execute(
        select(func.count(Document.id), func.coalesce(func.max(Document.id), 0),
               func.coalesce(func.sum(func.length(Document.body) + func.length(Document.title)),
                             0),
               func.coalesce(func.sum(Document.project_id * 7 + Project.portfolio_id), 0))
        .join(Project, Document.project_id == Project.id)
    ).one()
    return Fingerprint(int(row[0]), int(row[1]), int(row[2]), int(row[3]))


def _records_select() -> AnySelect:
    return (select(Document.id, Document.project_id, Project.key, Project.portfolio_id,
                   Document.kind, Document.title, Document.body, Document.created_at)
            .join(Project, Document.project_id == Project.id))


def documents_by_ids(session: Session, ids: Iterable[int]) -> list[IndexedDocument]:
    out: list[IndexedDocument] = []
    ids = sorted(set(ids))
    for i in range(0, len(ids), IN_BATCH):
        stmt = _records_select().where(Document.id.in_(ids[i:i + IN_BATCH])).order_by(Document.id)
        out.extend(IndexedDocument(*row) for row in session.execute(stmt))
    return out


def document_count(session: Session) -> int:
    return int(session.scalar(select(func.count(Document.id))) or 0)


def documents_of(session: Session, scope: Scope, project_ids: Sequence[int] | None,
                 doc_ids: Sequence[int] | None, limit: int) -> list[IndexedDocument]:
    """The visible documents of some projects (or these documents), newest first, at most
    ``limit``: what a search over part of the corpus reads."""
    stmt = scope.apply(_records_select())
    if project_ids is not None:
        stmt = stmt.where(Document.project_id.in_(sorted(set(project_ids))[:IN_BATCH]))
    if doc_ids is not None:
        stmt = stmt.where(Document.id.in_(sorted(set(doc_ids))[:IN_BATCH]))
    stmt = stmt.order_by(Document.created_at.desc(), Document.id.desc()).limit(limit)
    return [IndexedDocument(*row) for row in session.execute(stmt)]


def all_documents(session: Session, scope: Scope) -> Iterator[IndexedDocument]:
    """Every document the scope may see, streamed (the lexical index is built from these)."""
    stmt = scope.apply(_records_select()).order_by(Document.id).execution_options(yield_per=500)
    for row in session.execute(stmt):
        yield IndexedDocument(*row)


@dataclass(frozen=True)
class DocumentView:
    """A document as the document view shows it: text, project, kind and date."""

    id: int
    project_key: str
    project_name: str
    portfolio: str
    kind: str
    title: str
    body: str
    created_at: dt.datetime


def document_view(session: Session, scope: Scope, doc_id: int) -> DocumentView | None:
    """One document the viewer may see, or ``None`` (absent and out of scope look the same)."""
    stmt = scope.apply(
        select(Document.id, Project.key, Project.name, Portfolio.name, Document.kind,
               Document.title, Document.body, Document.created_at)
        .join(Project, Document.project_id == Project.id)
        .join(Portfolio, Project.portfolio_id == Portfolio.id)
        .where(Document.id == int(doc_id))
    )
    row = session.execute(stmt).first()
    return DocumentView(*row) if row else None


@dataclass(frozen=True)
class MeetingRow:
    id: int
    project_key: str
    title: str
    body: str
    created_at: dt.datetime


def project_meetings(session: Session, scope: Scope, project_key: str, limit: int = 5,
                     exact: bool = False) -> list[MeetingRow]:
    """A visible project's latest meeting minutes, newest first (for digests).

    The key matches regardless of case (what a person types), or ``exact``ly (a page's own
    key: keys are unique by case, so ``a-1`` and ``A-1`` may be two projects)."""
    limit = max(1, min(int(limit), 20))
    same_key = (Project.key == project_key if exact
                else func.upper(Project.key) == project_key.strip().upper())
    stmt = scope.apply(
        select(Document.id, Project.key, Document.title, Document.body, Document.created_at)
        .join(Project, Document.project_id == Project.id)
        .where(same_key, Document.kind == "meeting_minutes")
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(limit)
    )
    return [MeetingRow(*row) for row in session.execute(stmt)]


MAX_MINUTES = 2000  # minutes read for one question across meetings


def written_between(stmt: S, start: dt.date | None, end: dt.date | None) -> S:
    """``stmt`` narrowed to documents written from ``start`` to ``end`` inclusive."""
    if start is not None:
        stmt = stmt.where(Document.created_at >= dt.datetime.combine(start, dt.time()))
    if end is not None:
        stmt = stmt.where(Document.created_at < dt.datetime.combine(
            end + dt.timedelta(days=1), dt.time()))
    return stmt


def minutes_in(session: Session, scope: Scope, *, project_key: str | None = None,
               portfolios: Sequence[str] = (), start: dt.date | None = None,
               end: dt.date | None = None, limit: int = MAX_MINUTES) -> list[MeetingRow]:
    """The visible meeting minutes of one project, of some portfolios' projects or of all,
    written from ``start`` to ``end`` inclusive, newest first, at most ``limit`` (what a
    question about every meeting's decisions, actions or risks reads)."""
    stmt = (select(Document.id, Project.key, Document.title, Document.body, Document.created_at)
            .join(Project, Document.project_id == Project.id)
            .where(Document.kind == "meeting_minutes"))
    if project_key:
        stmt = stmt.where(func.upper(Project.key) == project_key.strip().upper())
    if portfolios:
        stmt = stmt.join(Portfolio, Project.portfolio_id == Portfolio.id).where(
            func.lower(Portfolio.name).in_([p.lower() for p in portfolios]))
    stmt = written_between(stmt, start, end)
    stmt = scope.apply(stmt).order_by(Document.created_at.desc(), Document.id.desc()).limit(
        max(1, min(int(limit), MAX_MINUTES)))
    return [MeetingRow(*row) for row in session.execute(stmt)]


def meetings_naming(session: Session, scope: Scope, name: str, limit: int = 10
                    ) -> list[MeetingRow]:
    """The latest visible meeting minutes whose text names ``name`` (a person's full name),
    newest first: where that person's action items are."""
    limit = max(1, min(int(limit), 50))
    stmt = scope.apply(
        select(Document.id, Project.key, Document.title, Document.body, Document.created_at)
        .join(Project, Document.project_id == Project.id)
        .where(Document.kind == "meeting_minutes", Document.body.contains(name, autoescape=True))
        .order_by(Document.created_at.desc(), Document.id.desc())
        .limit(limit)
    )
    return [MeetingRow(*row) for row in session.execute(stmt)]


@dataclass(frozen=True)
class Mention:
    id: int
    project_key: str
    title: str
    kind: str
    created_at: dt.datetime


def documents_mentioning(session: Session, scope: Scope, phrase: str, kind: str | None = None,
                         start: dt.date | None = None, end: dt.date | None = None,
                         limit: int = MAX_MINUTES) -> tuple[list[Mention], bool]:
    """The visible documents (of a kind, written from ``start`` to ``end``) whose text says
    ``phrase`` as words of its own, case aside ("SSO", not the "sso" of "processor"), newest
    first: "which meetings discussed the certification lab slots" lists every one, not the best
    few passages. SQL finds the candidates (``LIKE``), at most ``limit`` of them, newest first;
    the words' boundaries are checked on their text. Also says whether that limit cut the
    candidates short (older documents were not read)."""
    said = " ".join(phrase.split()).lower()
    limit = max(1, min(int(limit), MAX_MINUTES))
    stmt = (select(Document.id, Project.key, Document.title, Document.kind, Document.created_at,
                   Document.body)
            .join(Project, Document.project_id == Project.id)
            .where(func.lower(Document.body).contains(said, autoescape=True)))
    if kind:
        stmt = stmt.where(Document.kind == kind)
    stmt = written_between(stmt, start, end)
    stmt = scope.apply(stmt).order_by(Document.created_at.desc(), Document.id.desc()).limit(
        limit + 1)
    words = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in said.split()) + r"(?!\w)",
                       re.IGNORECASE)
    rows = session.execute(stmt).all()
    found = [Mention(doc_id, key, title, doc_kind, created)
             for doc_id, key, title, doc_kind, created, body in rows[:limit]
             if words.search(body or "")]
    return found, len(rows) > limit


@dataclass(frozen=True)
class DocumentText:
    id: int
    project_key: str
    kind: str
    title: str
    created_at: dt.datetime
    body: str


def latest_documents(session: Session, scope: Scope, project_key: str | None = None,
                     kind: str | None = None, limit: int = 5, *, start: dt.date | None = None,
                     end: dt.date | None = None, kinds: Sequence[str] = ()
                     ) -> list[DocumentText]:
    """The newest visible documents (of one project, of one kind or of ``kinds``, written from
    ``start`` to ``end`` inclusive), newest first."""
    stmt = (select(Document.id, Project.key, Document.kind, Document.title, Document.created_at,
                   Document.body)
            .join(Project, Document.project_id == Project.id))
    if project_key:
        stmt = stmt.where(Project.key == project_key)
    if kind:
        stmt = stmt.where(Document.kind == kind)
    if kinds:
        stmt = stmt.where(Document.kind.in_(kinds))
    stmt = written_between(stmt, start, end)
    stmt = scope.apply(stmt).order_by(Document.created_at.desc(), Document.id.desc())
    size = max(1, min(int(limit), MAX_ROWS))
    return [DocumentText(*r) for r in session.execute(stmt.limit(size))]
