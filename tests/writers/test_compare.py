"""Equality modulo spans."""

from __future__ import annotations

from nghiquyet.models import Span
from nghiquyet.writers.compare import IGNORED, comparable, same_content
from writers.samples import sample


def test_spans_labels_raw_forms_source_and_diagnostics_are_ignored() -> None:
    doc = sample()
    moved = Span(start=5, end=9, line=7, end_line=8)
    node = doc.body[0].model_copy(update={"span": moved, "label": "CHƯƠNG I:"})
    header = doc.header.model_copy(update={"number_raw": "05/NQ-HĐND", "spans": {}})
    other = doc.model_copy(update={"body": (node,), "header": header, "diagnostics": ()})
    assert same_content(doc, other)
    flat = str(comparable(doc))
    assert not any(f"'{key}'" in flat for key in IGNORED)


def test_content_differences_are_seen() -> None:
    doc = sample()
    node = doc.body[0].model_copy(update={"title": "KHÁC"})
    assert not same_content(doc, doc.model_copy(update={"body": (node,)}))
    assert not same_content(doc, doc.model_copy(update={"recipients": doc.recipients[:1]}))
