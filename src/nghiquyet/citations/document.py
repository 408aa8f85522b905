"""Attach citations to a parsed document: ``Document.citations`` and ``Document.basis``.

What counts (docs/citations.md): every reference after the header starts, in order, except
the document's own number (its "Số:" line and later mentions such as "Ban hành kèm theo
Quyết định số 08/2022/QĐ-TTg") and the editorial notes legal portals insert in square
brackets. Internal references are linked to the eId of the node they name.
"""

from __future__ import annotations

import bisect
import itertools

import regex

from nghiquyet.citations import patterns as P
from nghiquyet.citations.canonical import canonical_number, number_key
from nghiquyet.citations.catalogue import Lookup
from nghiquyet.citations.find import eid, iter_citations
from nghiquyet.citations.resolve import resolve
from nghiquyet.models import (
    Citation,
    CitationKind,
    Document,
    Node,
    NodeKind,
    PreambleKind,
    Relation,
    Span,
)
from nghiquyet.normalize import Normalized, normalize

# Inside a căn cứ line, what starts a consideration: its citations are not basis.
_NOT_BASIS = regex.compile(r"(?<!\p{L})(?:Theo\s+đề\s+nghị|Xét\s|Sau\s+khi\s+nghe|Thực\s+hiện)")
# A căn cứ item that already ends its clause: "...;", "...." (markdown marks allowed).
_CLAUSE_DONE = regex.compile(r"[;.:,][\s*_]*$")
# Where a hard-wrapped căn cứ clause ends: ";" or "." at a line end, a blank line, a new item.
_CLAUSE_END = regex.compile(
    r"(?<=[;.:])[ \t*_]*(?=\n|$)|\n[ \t]*\n"
    r"|\n[ \t*_#>]*(?=Căn\s+cứ|Xét|Theo\s+đề\s+nghị|Sau\s+khi|Thực\s+hiện|Trên\s+cơ\s+sở|Điều\s+\d"
    r"|QUYẾT|[\p{Lu}\s]{6,}$)",
    regex.MULTILINE,
)
_LEVELS: dict[NodeKind, str] = {
    NodeKind.DIEU: "art",
    NodeKind.KHOAN: "para",
    NodeKind.DIEM: "point",
}


def _content_start(doc: Document) -> int:
    """Where the document's own text starts: the earliest header, preamble or body span."""
    starts = [s.start for s in doc.header.spans.values()]
    starts += [i.span.start for i in doc.preamble.items]
    starts += [n.span.start for n in doc.body[:1]]
    return min(starts, default=0)


def _within(span: Span, outer: Span) -> bool:
    return outer.start <= span.start and span.end <= outer.end


def _own(doc: Document) -> str | None:
    return canonical_number(doc.header.number) if doc.header.number else None


class _Editorial:
    """The editorial notes' source spans, for a containment test by bisection."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [e.start for e in spans]
        ends = [e.end for e in spans]
        # Notes never overlap, so starts and ends both ascend; else test every note.
        self.ordered = self.starts == sorted(self.starts) and ends == sorted(ends)

    def covers(self, span: Span) -> bool:
        if not self.spans:
            return False
        if not self.ordered:
            return any(_within(span, e) for e in self.spans)
        i = bisect.bisect_right(self.starts, span.start) - 1
        # The last note starting at or before the span has the largest end of those.
        return i >= 0 and span.end <= self.spans[i].end


def _keep(c: Citation, doc: Document, start: int, editorial: _Editorial, own: str | None) -> bool:
    number_span = doc.header.spans.get("number")
    if c.span.start < start:
        return False
    on_number = number_span is not None and number_span.start < c.span.end
    if on_number and number_span is not None and c.span.start < number_span.end:
        return False
    if own and c.number and number_key(c.number) == number_key(own):
        return False
    return not editorial.covers(c.span)


class _Index:
    """Lookups over a document's body, built once: articles by number and, per level, the
    start offsets of its nodes (to find the enclosing node by bisection)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._articles: dict[str, Node] | None = None
        self._starts: dict[int, list[int] | None] = {}

    def article(self, number: str) -> Node | None:
        """``doc.article(number)``: the first Điều printed with this number."""
        if self._articles is None:
            self._articles = {}
            for a in self.doc.articles:
                if a.number is not None:
                    self._articles.setdefault(a.number, a)
        return self._articles.get(number)

    def _last_before(self, level: tuple[Node, ...], pos: int) -> Node | None:
        """The last node of ``level`` that starts at or before ``pos``."""
        key = id(level)
        if key not in self._starts:
            found = [n.span.start for n in level]
            self._starts[key] = found if found == sorted(found) else None
        starts = self._starts[key]
        if starts is None:
            return next((n for n in reversed(level) if n.span.start <= pos), None)
        i = bisect.bisect_right(starts, pos) - 1
        return level[i] if i >= 0 else None

    def enclosing(self, pos: int) -> dict[str, Node]:
        """The Điều, khoản and điểm around source offset ``pos``, by level name: at each level
        the last node that starts before ``pos`` (a node's span may cover its heading only)."""
        found: dict[str, Node] = {}
        level: tuple[Node, ...] = self.doc.body
        while True:
            node = self._last_before(level, pos)
            if node is None:
                return found
            if node.kind in _LEVELS:
                found[_LEVELS[node.kind]] = node
            level = node.children


def _child(node: Node | None, kind: NodeKind, number: str) -> Node | None:
    if node is None:
        return None
    return next((n for n in node.children if n.kind is kind and n.number == number), None)


def _link(c: Citation, index: _Index) -> Citation:
    """An internal reference with ``target`` set to the eId of the node it names, if any.

    "này" and a missing level mean the enclosing one: "khoản 2 Điều này" in Điều 3 is
    ``art_3__para_2``; "điểm a" alone in khoản 1 of Điều 3 is ``art_3__para_1__point_a``.
    """
    m = P.INTERNAL_RE.match(" ".join(c.text.split())) if c.kind is CitationKind.INTERNAL else None
    if m is None or m["chap"]:
        return c
    around = index.enclosing(c.span.start)
    art = index.article(m["art"]) if m["art"] not in (None, "này") else around.get("art")
    para: Node | None = None
    if m["para"] == "này" or (m["point"] and not m["para"]):
        para = around.get("para")
    elif m["para"]:
        para = _child(art, NodeKind.KHOAN, m["para"])
    point = _child(para, NodeKind.DIEM, m["point"]) if m["point"] else None
    missing = (m["point"] and point is None) or ((m["para"] or m["point"]) and para is None)
    if art is None or missing:
        return c
    target = eid(point.number if point else None, para.number if para else None, art.number)
    return c.model_copy(update={"target": target})


def _limits(doc: Document) -> list[int]:
    """Offsets a căn cứ clause never runs past: later items, the formula, the body."""
    marks = [i.span.start for i in doc.preamble.items]
    if doc.preamble.formula_span is not None:
        marks.append(doc.preamble.formula_span.start)
    marks += [n.span.start for n in doc.body[:1]]
    return sorted(marks)


def basis_regions(doc: Document, norm: Normalized) -> list[tuple[int, int]]:
    """Source ranges of the căn cứ clauses: each BASIS item, run on to its clause end when
    the item stops at a hard wrap ("Căn cứ Hiến pháp nước" ⏎ "Cộng hòa ... số 203/2025/QH15;").
    Clause ends are looked for in the normalized text (a decomposed "Xét" is "Xét")."""
    limits = _limits(doc)
    text, to_norm = norm.text, norm.norm_offset
    regions = []
    for item in doc.preamble.items:
        if item.kind is not PreambleKind.BASIS:
            continue
        start, end = item.span.start, item.span.end
        n_start, n_end = to_norm(start), to_norm(end)
        if not _CLAUSE_DONE.search(text, n_start, n_end):
            cap = next((x for x in limits if x >= end), len(norm.source))
            stop = _CLAUSE_END.search(text, n_end, to_norm(cap))
            end = norm.source_offset(stop.start()) if stop else cap
        regions.append((start, end))
    return regions


class _Basis:
    """The căn cứ regions, each with where its first consideration ("Xét ...", "Theo đề
    nghị ...") ends: a citation after that point is not basis. Found once a region, so a
    huge one-line căn cứ block costs linear time, not a search per citation."""

    def __init__(self, regions: list[tuple[int, int]], norm: Normalized) -> None:
        self.regions = []
        for start, end in sorted(regions):
            m = _NOT_BASIS.search(norm.text, norm.norm_offset(start), norm.norm_offset(end))
            self.regions.append((start, end, norm.source_offset(m.end()) if m else end + 1))
        self.starts = [r[0] for r in self.regions]
        # A region ends where the next căn cứ item starts, so they never overlap and the one
        # that can hold a citation is the last that starts before it; else test them all.
        self.disjoint = all(a[1] <= b[0] for a, b in itertools.pairwise(self.regions))

    def holds(self, c: Citation) -> bool:
        if self.disjoint:
            i = bisect.bisect_right(self.starts, c.span.start)
            candidates = self.regions[i - 1 : i] if i else []
        else:
            candidates = self.regions
        for start, end, considered in candidates:
            if start <= c.span.start and c.span.end <= end:
                return c.span.start < considered
        return False


def cite_document(
    doc: Document,
    source: str,
    catalogue: Lookup | None = None,
    *,
    norm: Normalized | None = None,
) -> Document:
    """Return ``doc`` with ``citations``, ``basis`` and citation diagnostics filled from
    ``source`` (the text the parser read; spans point into it).

    ``norm`` is ``normalize(source)`` when the caller has it already (the parser does):
    normalizing a large text again costs about as much as finding its citations.
    """
    if norm is None or norm.source is not source:
        norm = normalize(source)
    notes = [norm.span(m.start(), m.end()) for m in P.EDITORIAL.finditer(norm.text)]
    editorial = _Editorial(notes)
    start = _content_start(doc)
    own = _own(doc)
    found = [c for c in iter_citations(norm) if _keep(c, doc, start, editorial, own)]
    resolved = resolve(found, catalogue, own_number=own)
    regions = _Basis(basis_regions(doc, norm), norm)
    citations = []
    basis = []
    index = _Index(doc)
    for c in resolved.citations:
        c = _link(c, index)
        if regions.holds(c):
            if c.relation is None:
                c = c.model_copy(update={"relation": Relation.BASIS})
            basis.append(c)
        citations.append(c)
    return doc.model_copy(
        update={
            "citations": tuple(citations),
            "basis": tuple(basis),
            "diagnostics": doc.diagnostics + resolved.diagnostics,
        }
    )


__all__ = ["cite_document"]
