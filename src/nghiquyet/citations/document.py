"""Attach citations to a parsed document (placeholder until the citation engine lands)."""

from __future__ import annotations

from nghiquyet.models import Document


def cite_document(doc: Document, source: str) -> Document:
    """Return ``doc`` with ``basis`` and ``citations`` filled from ``source``."""
    return doc
