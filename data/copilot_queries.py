"""Kept only so the copilot's retrieval module imports its indexing reads from here while it is
being rewritten; they live in ``data.document_queries``. Nothing else belongs here: the copilot's
tools read through the same query modules as the pages."""

from data.document_queries import DocumentRecord, document_signatures, documents_by_ids

__all__ = ["DocumentRecord", "document_signatures", "documents_by_ids"]
