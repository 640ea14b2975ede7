"""Documents: the newest ones of a project (with their text), and the reads that keep the
copilot's index in step with the table.

Indexing reads (signatures, bodies) are system reads over all documents: the index stores each
passage's portfolio so searches are scoped later. The other reads take the viewer's scope.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from data.schema import Document, Project
from data.scope import Scope

IN_BATCH = 500
MAX_ROWS = 50


@dataclass(frozen=True)
class DocumentRecord:
    id: int
    project_id: int
    project_key: str
    portfolio_id: int
    kind: str
    title: str
    body: str
    created_at: dt.datetime


def document_signatures(session: Session) -> Iterator[tuple[int, str]]:
    """(id, signature) of every document; the signature changes when the text, title, project or
    its portfolio change, which is what decides whether a document is indexed again."""
    stmt = (
        select(Document.id, Document.project_id, Project.portfolio_id, Document.kind,
               Document.created_at, func.length(Document.title), func.length(Document.body))
        .join(Project, Document.project_id == Project.id)
        .order_by(Document.id)
        .execution_options(yield_per=2000)
    )
    for doc_id, *parts in session.execute(stmt):
        yield doc_id, ":".join(str(p) for p in parts)


def documents_by_ids(session: Session, ids: Iterable[int]) -> list[DocumentRecord]:
    out: list[DocumentRecord] = []
    wanted = sorted(set(ids))
    for i in range(0, len(wanted), IN_BATCH):
        stmt = (
            select(Document.id, Document.project_id, Project.key, Project.portfolio_id,
                   Document.kind, Document.title, Document.body, Document.created_at)
            .join(Project, Document.project_id == Project.id)
            .where(Document.id.in_(wanted[i:i + IN_BATCH]))
            .order_by(Document.id)
        )
        out.extend(DocumentRecord(*row) for row in session.execute(stmt))
    return out


@dataclass(frozen=True)
class DocumentText:
    id: int
    project_key: str
    kind: str
    title: str
    created_at: dt.datetime
    body: str


def latest_documents(session: Session, scope: Scope, project_key: str | None = None,
                     kind: str | None = None, limit: int = 5) -> list[DocumentText]:
    """The newest visible documents (of one project, of one kind), newest first."""
    stmt = (select(Document.id, Project.key, Document.kind, Document.title, Document.created_at,
                   Document.body)
            .join(Project, Document.project_id == Project.id))
    if project_key:
        stmt = stmt.where(Project.key == project_key)
    if kind:
        stmt = stmt.where(Document.kind == kind)
    stmt = scope.apply(stmt).order_by(Document.created_at.desc(), Document.id.desc())
    size = max(1, min(int(limit), MAX_ROWS))
    return [DocumentText(*r) for r in session.execute(stmt.limit(size))]
