"""Markdown writer: the canonical text with headings, for previews and documentation sites.

Tên loại is ``#``; Phần/Chương/Mục take ``##`` and deeper by nesting; each Điều is a heading
one level below its container. khoản markers are escaped (``1\\.``) so they keep their number.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from nghiquyet.models import Document, Node, NodeKind
from nghiquyet.writers.labels import HEADING_KINDS, marker
from nghiquyet.writers.text import (
    NOI_NHAN,
    appendix_blocks,
    closing_block,
    formula_block,
    header_blocks,
    node_lines,
    recipient_line,
    with_end_mark,
)

_INLINE = re.compile(r"([\\`*_<>\[\]])")
_LINE_START = re.compile(r"^(\d+)\.(?=\s)|^([#+\-])(?=\s)")


def escape(text: str) -> str:
    """``text`` with Markdown syntax characters escaped.

    >>> escape("1. a *b*")
    '1\\\\. a \\\\*b\\\\*'
    """
    out = _INLINE.sub(r"\\\1", text)
    return _LINE_START.sub(lambda m: f"{m[1]}\\." if m[1] else f"\\{m[2]}", out)


def _heading(level: int, text: str) -> str:
    return f"{'#' * min(level, 6)} {escape(text)}"


def _table(node: Node) -> Iterator[str]:
    if not node.rows:
        return
    width = max(len(row) for row in node.rows)
    rows = [
        "| " + " | ".join(escape(c).replace("|", "\\|") for c in row) + " |" for row in node.rows
    ]
    yield "\n".join([rows[0], "|" + " --- |" * width, *rows[1:]])


def _node(node: Node, depth: int) -> Iterator[str]:
    if node.kind in HEADING_KINDS:
        yield _heading(2 + depth, marker(node))
        if node.title:
            yield f"**{escape(node.title)}**"
        yield from (escape(line) for line in node.text.splitlines() if line.strip())
        inner = depth + 1
    else:
        lines = node_lines(node)
        if node.kind is NodeKind.DIEU and lines:
            yield _heading(2 + depth, lines[0])
            lines = lines[1:]
        if node.kind is NodeKind.TABLE:
            yield from _table(node)
        else:
            yield from (escape(line) for line in lines)
        inner = depth
    for child in node.children:
        yield from _node(child, inner)


def render_markdown(doc: Document) -> str:
    """``doc`` as Markdown: one paragraph per item, headings for the hierarchy."""
    paras: list[str] = []
    top, title = header_blocks(doc.header)
    paras.extend(escape(line) for line in top)
    if title:
        paras.append(_heading(1, title[0]))
        paras.extend(f"**{escape(line)}**" for line in title[1:])
    paras.extend(f"*{escape(item.text)}*" for item in doc.preamble.items)
    paras.extend(f"**{escape(line)}**" for line in formula_block(doc))
    for node in doc.body:
        paras.extend(_node(node, 0))
    if doc.closing is not None:
        paras.extend(escape(line) for line in closing_block(doc, doc.closing))
        if doc.closing.end_mark and paras:
            paras[-1] = with_end_mark(paras[-1])
    paras.extend(_footer(doc))
    for app in doc.appendices:
        head, *title = next(appendix_blocks(app), [""])
        paras.append(_heading(2, head))
        paras.extend(f"**{escape(line)}**" for line in title)
        for node in app.children:
            paras.extend(_node(node, 1))
    return "\n\n".join(paras) + "\n"


def _footer(doc: Document) -> Iterator[str]:
    if doc.recipients:
        entries = (recipient_line(r.text) for r in doc.recipients)
        yield f"**{NOI_NHAN}**\n\n" + "\n".join("- " + escape(e[1:].strip()) for e in entries)
    if doc.signatory is not None:
        sig = doc.signatory
        yield from (f"**{escape(line)}**" for line in (*sig.authority, sig.title, sig.name) if line)
