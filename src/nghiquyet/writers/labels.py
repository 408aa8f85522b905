"""Canonical printed markers of body nodes ("Chương II", "Điều 3.", "2.", "b)").

Shared by the text, markdown and tree writers so every output numbers nodes the same way.
"""

from __future__ import annotations

from nghiquyet.models import Node, NodeKind

# How each level prints its marker from its number, in the official template's layout.
_MARKERS: dict[NodeKind, str] = {
    NodeKind.PHAN: "Phần {n}",
    NodeKind.CHUONG: "Chương {n}",
    NodeKind.MUC: "Mục {n}",
    NodeKind.TIEU_MUC: "Tiểu mục {n}",
    NodeKind.DIEU: "Điều {n}.",
    NodeKind.KHOAN: "{n}.",
    NodeKind.DIEM: "{n})",
    NodeKind.TIET: "{n})",
}

HEADING_KINDS: frozenset[NodeKind] = frozenset(
    {NodeKind.PHAN, NodeKind.CHUONG, NodeKind.MUC, NodeKind.TIEU_MUC}
)
"""Levels printed as a marker line followed by a separate title line."""


BULLETS: frozenset[str] = frozenset({"-", "+", "•", "*"})
"""Sub-point markers printed bare ("- text"), not followed by ")"."""


def marker(node: Node) -> str:
    """The canonical marker of ``node``; its printed label for sub-points and unnumbered nodes.

    >>> from nghiquyet.models import Span
    >>> marker(Node(kind=NodeKind.DIEM, number="đ", span=Span(start=0, end=0, line=1, end_line=1)))
    'đ)'
    """
    template = _MARKERS.get(node.kind)
    if node.number in BULLETS:
        return node.number
    if node.kind is NodeKind.TIET and node.label:
        return node.label  # sub-points number in many styles (a.1), 1.1., -): keep them
    if template is not None and node.number:
        return template.format(n=node.number)
    return node.label or ("-" if node.kind is NodeKind.TIET else "")


def heading(node: Node) -> str:
    """Marker and title on one line, as a reader scans them ("Điều 1. Phạm vi")."""
    return " ".join(p for p in (marker(node), node.title or "") if p)
