"""Citations: find references in text, normalize them, resolve them (docs/citations.md).

Pipeline: :mod:`.find` (text -> citations with spans) -> :mod:`.canonical` (số ký hiệu grammar
-> canonical id / URI) -> :mod:`.resolve` (variants, catalogue). :mod:`.document` attaches
them to a parsed :class:`~nghiquyet.models.Document`.

>>> [c.number for c in find_citations("Căn cứ Nghị định số 15/2022/ND-CP;")]
['15/2022/NĐ-CP']
"""

from __future__ import annotations

from nghiquyet.citations.canonical import (
    NumberParts,
    canonical_number,
    citation_id,
    number_key,
    parse_number,
    work_uri,
)
from nghiquyet.citations.catalogue import Catalogue, Entry, Lookup
from nghiquyet.citations.document import cite_document
from nghiquyet.citations.find import find_citations, iter_citations
from nghiquyet.citations.resolve import Resolution, resolve

__all__ = [
    "Catalogue",
    "Entry",
    "Lookup",
    "NumberParts",
    "Resolution",
    "canonical_number",
    "citation_id",
    "cite_document",
    "find_citations",
    "iter_citations",
    "number_key",
    "parse_number",
    "resolve",
    "work_uri",
]
