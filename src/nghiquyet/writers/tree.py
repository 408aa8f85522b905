"""Tree writer: a readable indented outline of a Document, for people.

Long texts are cut to :data:`WIDTH` characters with "…". Example::

    Body
      Điều 1. Phạm vi điều chỉnh
        1. Nghị quyết này quy định …
          a) Đối tượng …
"""

from __future__ import annotations

from collections.abc import Iterator

from nghiquyet.models import Document, Node, NodeKind, Span
from nghiquyet.writers.labels import heading, marker
from nghiquyet.writers.text import recipient_line

WIDTH = 100
INDENT = "  "

_HEADER_FIELDS: tuple[str, ...] = (
    "parent_issuer",
    "issuer",
    "number",
    "place",
    "date",
    "doc_type",
    "title",
)


def _cut(text: str, width: int = WIDTH) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


def _where(span: Span | None) -> str:
    return f"{span.line}:{span.column}" if span else "-:-"


def _node_line(node: Node) -> str:
    if node.kind is NodeKind.TABLE:
        return f"[bảng {len(node.rows)} dòng]"
    if node.kind is NodeKind.DIEU or node.title:
        return _cut(heading(node))
    return _cut(" ".join(p for p in (marker(node), node.text) if p))


def _nodes(nodes: tuple[Node, ...], depth: int) -> Iterator[str]:
    for node in nodes:
        yield INDENT * depth + _node_line(node)
        if node.text and (node.kind is NodeKind.DIEU or node.title):
            yield INDENT * (depth + 1) + _cut(node.text)
        yield from _nodes(node.children, depth + 1)


def _header(doc: Document) -> Iterator[str]:
    yield "Header"
    values = doc.header.model_dump(mode="json", include=set(_HEADER_FIELDS))
    for name in _HEADER_FIELDS:
        if values[name] is not None:
            yield f"{INDENT}{name}: {_cut(str(values[name]))}"
    if doc.header.session is not None:
        yield f"{INDENT}session: {doc.header.session.text}"


def _preamble(doc: Document) -> Iterator[str]:
    if not doc.preamble.items and doc.preamble.formula is None:
        return
    yield "Preamble"
    for item in doc.preamble.items:
        yield f"{INDENT}[{item.kind.value}] {_cut(item.text)}"
    if doc.preamble.formula is not None:
        yield f"{INDENT}formula: {doc.preamble.formula}"


def _footer(doc: Document) -> Iterator[str]:
    if doc.closing is not None and doc.closing.text:
        mark = " ./." if doc.closing.end_mark and not doc.closing.text.endswith("./.") else ""
        yield f"Closing: {_cut(doc.closing.text)}{mark}"
    if doc.recipients:
        yield f"Recipients ({len(doc.recipients)})"
        yield from (f"{INDENT}{_cut(recipient_line(r.text))}" for r in doc.recipients)
    if doc.signatory is not None:
        sig = doc.signatory
        yield "Signatory"
        yield from (INDENT + line for line in (*sig.authority, sig.title, sig.name) if line)


def _appendices(doc: Document) -> Iterator[str]:
    if not doc.appendices:
        return
    yield "Appendices"
    for app in doc.appendices:
        name = " ".join(p for p in (app.label or app.kind, app.title or "") if p)
        yield INDENT + _cut(name)
        yield from _nodes(app.children, 2)


def _diagnostics(doc: Document) -> Iterator[str]:
    if not doc.diagnostics:
        return
    yield f"Diagnostics ({len(doc.diagnostics)})"
    for d in doc.diagnostics:
        yield f"{INDENT}{_where(d.span)} {d.severity.value} {d.code} {_cut(d.message)}"


def render_tree(doc: Document) -> str:
    """``doc`` as an indented outline: header, preamble, body, footer, diagnostics."""
    lines: list[str] = []
    if doc.source.path:
        lines.append(f"Source: {doc.source.path}")
    lines.extend(_header(doc))
    lines.extend(_preamble(doc))
    if doc.body:
        lines.append("Body")
        lines.extend(_nodes(doc.body, 1))
    lines.extend(_footer(doc))
    lines.extend(_appendices(doc))
    lines.extend(_diagnostics(doc))
    return "\n".join(lines) + "\n"
