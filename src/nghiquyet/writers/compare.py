"""Compare documents by content: "equal modulo spans".

:func:`comparable` is ``doc.model_dump(mode="json")`` with the keys of :data:`IGNORED` removed
at every depth. What remains — header values, preamble items and formula, the body tree
(kinds, numbers, titles, texts, rows), closing, recipients, signatory, appendices and the
citations — is what a round trip through a writer must keep. Strings are compared with
white space folded (runs of spaces and line breaks count as one space), as a writer lays
out lines anew.
"""

from __future__ import annotations

from typing import Any

from nghiquyet.models import Document

IGNORED: frozenset[str] = frozenset(
    {
        "span",  # where a node was read: differs between a source and its rendering
        "spans",  # Header.spans
        "formula_span",
        "source",  # path, format, hash and length of the input
        "diagnostics",  # rendering repairs what a diagnostic reports
        "label",  # markers as printed ("Điều 1:"); writers print canonical ones
        "number_raw",  # số ký hiệu as printed ("05 /NQ-HĐND")
        "date_raw",  # the date as printed ("ngày 8 tháng 07 năm 2022")
    }
)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k not in IGNORED}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    if isinstance(value, str):
        return " ".join(value.split())
    return value


def comparable(doc: Document) -> dict[str, Any]:
    """The content of ``doc`` as plain JSON data, without spans and source details."""
    stripped: dict[str, Any] = _strip(doc.model_dump(mode="json"))
    return stripped


def same_content(a: Document, b: Document) -> bool:
    """Whether ``a`` and ``b`` are equal modulo spans (see :data:`IGNORED`)."""
    return comparable(a) == comparable(b)
